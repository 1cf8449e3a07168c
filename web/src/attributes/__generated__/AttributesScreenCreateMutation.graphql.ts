/**
 * @generated SignedSource<<aecc14f447a22ea12d08c17a9c3ee2a6>>
 * @relayHash e0dd034615b6a1415d0eb3d169d8001a
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID f7b4431f92b3ec169fc4593af6152a2e29523f3f7fe52cf76b7eb44c145cc306

import { ConcreteRequest } from 'relay-runtime';
export type AttributeDefinitionType = "BOOLEAN" | "DATE" | "ENUM" | "NUMBER" | "STRING" | "%future added value";
export type CreateAttributeDefinitionInput = {
  allowedValues?: ReadonlyArray<string> | null | undefined;
  description?: string | null | undefined;
  key: string;
  label: string;
  required?: boolean;
  type: AttributeDefinitionType;
  userEditable?: boolean;
};
export type AttributesScreenCreateMutation$variables = {
  input: CreateAttributeDefinitionInput;
};
export type AttributesScreenCreateMutation$data = {
  readonly createAttributeDefinition: {
    readonly attributeDefinition: {
      readonly id: string;
    };
  };
};
export type AttributesScreenCreateMutation = {
  response: AttributesScreenCreateMutation$data;
  variables: AttributesScreenCreateMutation$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "defaultValue": null,
    "kind": "LocalArgument",
    "name": "input"
  }
],
v1 = [
  {
    "alias": null,
    "args": [
      {
        "kind": "Variable",
        "name": "input",
        "variableName": "input"
      }
    ],
    "concreteType": "AttributeDefinitionPayload",
    "kind": "LinkedField",
    "name": "createAttributeDefinition",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "concreteType": "AttributeDefinition",
        "kind": "LinkedField",
        "name": "attributeDefinition",
        "plural": false,
        "selections": [
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "id",
            "storageKey": null
          }
        ],
        "storageKey": null
      }
    ],
    "storageKey": null
  }
];
return {
  "fragment": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Fragment",
    "metadata": null,
    "name": "AttributesScreenCreateMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "AttributesScreenCreateMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "e0dd034615b6a1415d0eb3d169d8001a",
    "id": "f7b4431f92b3ec169fc4593af6152a2e29523f3f7fe52cf76b7eb44c145cc306",
    "metadata": {},
    "name": "AttributesScreenCreateMutation",
    "operationKind": "mutation",
    "text": "mutation AttributesScreenCreateMutation(\n  $input: CreateAttributeDefinitionInput!\n) {\n  createAttributeDefinition(input: $input) {\n    attributeDefinition {\n      id\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "a4eb672e5a491dc627cbe50093ee734f";

export default node;
