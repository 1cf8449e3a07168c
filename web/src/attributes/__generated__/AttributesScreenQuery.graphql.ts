/**
 * @generated SignedSource<<2a34a7b6d7a98ee585437c14592e3726>>
 * @relayHash 47474a99bbf60fd3907ff70a42ae1241
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID e61ac1c5decef46ddd5322bafea5eed6ab2c9dc1afaec84ccbd0e6bee607a20c

import { ConcreteRequest } from 'relay-runtime';
export type AttributeDefinitionType = "BOOLEAN" | "DATE" | "ENUM" | "NUMBER" | "STRING" | "%future added value";
export type AttributesScreenQuery$variables = Record<PropertyKey, never>;
export type AttributesScreenQuery$data = {
  readonly attributeDefinitions: ReadonlyArray<{
    readonly allowedValues: ReadonlyArray<string> | null | undefined;
    readonly description: string | null | undefined;
    readonly id: string;
    readonly key: string;
    readonly label: string;
    readonly required: boolean;
    readonly type: AttributeDefinitionType;
    readonly userEditable: boolean;
  }>;
};
export type AttributesScreenQuery = {
  response: AttributesScreenQuery$data;
  variables: AttributesScreenQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "alias": null,
    "args": null,
    "concreteType": "AttributeDefinition",
    "kind": "LinkedField",
    "name": "attributeDefinitions",
    "plural": true,
    "selections": [
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "id",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "key",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "label",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "description",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "type",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "required",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "allowedValues",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "userEditable",
        "storageKey": null
      }
    ],
    "storageKey": null
  }
];
return {
  "fragment": {
    "argumentDefinitions": [],
    "kind": "Fragment",
    "metadata": null,
    "name": "AttributesScreenQuery",
    "selections": (v0/*:: as any*/),
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "AttributesScreenQuery",
    "selections": (v0/*:: as any*/)
  },
  "params": {
    "cacheID": "47474a99bbf60fd3907ff70a42ae1241",
    "id": "e61ac1c5decef46ddd5322bafea5eed6ab2c9dc1afaec84ccbd0e6bee607a20c",
    "metadata": {},
    "name": "AttributesScreenQuery",
    "operationKind": "query",
    "text": "query AttributesScreenQuery {\n  attributeDefinitions {\n    id\n    key\n    label\n    description\n    type\n    required\n    allowedValues\n    userEditable\n  }\n}\n"
  }
};
})();

(node as any).hash = "e817ca13ce3bac9871efe10f69ac90d7";

export default node;
