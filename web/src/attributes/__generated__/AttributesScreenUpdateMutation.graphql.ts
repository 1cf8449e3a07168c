/**
 * @generated SignedSource<<0593dc654c96fefd5e4cb54ed3cb282d>>
 * @relayHash 5840311a282dc10219f7380b8f140a02
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID 5758a21b8060f219afefd3752c1b5167c28689c42da76f422e31bdf46a2bceaf

import { ConcreteRequest } from 'relay-runtime';
export type UpdateAttributeDefinitionInput = {
  allowedValues?: ReadonlyArray<string> | null | undefined;
  description?: string | null | undefined;
  id: string;
  label?: string | null | undefined;
  required?: boolean | null | undefined;
  userEditable?: boolean | null | undefined;
};
export type AttributesScreenUpdateMutation$variables = {
  input: UpdateAttributeDefinitionInput;
};
export type AttributesScreenUpdateMutation$data = {
  readonly updateAttributeDefinition: {
    readonly attributeDefinition: {
      readonly allowedValues: ReadonlyArray<string> | null | undefined;
      readonly description: string | null | undefined;
      readonly id: string;
      readonly label: string;
      readonly required: boolean;
      readonly userEditable: boolean;
    };
  };
};
export type AttributesScreenUpdateMutation = {
  response: AttributesScreenUpdateMutation$data;
  variables: AttributesScreenUpdateMutation$variables;
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
    "name": "updateAttributeDefinition",
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
    ],
    "storageKey": null
  }
];
return {
  "fragment": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Fragment",
    "metadata": null,
    "name": "AttributesScreenUpdateMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "AttributesScreenUpdateMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "5840311a282dc10219f7380b8f140a02",
    "id": "5758a21b8060f219afefd3752c1b5167c28689c42da76f422e31bdf46a2bceaf",
    "metadata": {},
    "name": "AttributesScreenUpdateMutation",
    "operationKind": "mutation",
    "text": "mutation AttributesScreenUpdateMutation(\n  $input: UpdateAttributeDefinitionInput!\n) {\n  updateAttributeDefinition(input: $input) {\n    attributeDefinition {\n      id\n      label\n      description\n      required\n      allowedValues\n      userEditable\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "26bdc6ab2d7cade93000daf57ba4e14a";

export default node;
