/**
 * @generated SignedSource<<545d0481717e6e50ecddc0922cf25b1c>>
 * @relayHash acdd99d96ac4a0b9a3bc4e2921279014
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID 1a3ac92a3833f3c86ac6f3260b16ba8827fb5e18c0ca79a95826ac6097cc1ae3

import { ConcreteRequest } from 'relay-runtime';
export type DeleteAttributeDefinitionInput = {
  id: string;
};
export type AttributesScreenDeleteMutation$variables = {
  input: DeleteAttributeDefinitionInput;
};
export type AttributesScreenDeleteMutation$data = {
  readonly deleteAttributeDefinition: {
    readonly deletedID: string;
  };
};
export type AttributesScreenDeleteMutation = {
  response: AttributesScreenDeleteMutation$data;
  variables: AttributesScreenDeleteMutation$variables;
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
    "kind": "Variable",
    "name": "input",
    "variableName": "input"
  }
],
v2 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "deletedID",
  "storageKey": null
};
return {
  "fragment": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Fragment",
    "metadata": null,
    "name": "AttributesScreenDeleteMutation",
    "selections": [
      {
        "alias": null,
        "args": (v1/*:: as any*/),
        "concreteType": "DeleteAttributeDefinitionPayload",
        "kind": "LinkedField",
        "name": "deleteAttributeDefinition",
        "plural": false,
        "selections": [
          (v2/*:: as any*/)
        ],
        "storageKey": null
      }
    ],
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "AttributesScreenDeleteMutation",
    "selections": [
      {
        "alias": null,
        "args": (v1/*:: as any*/),
        "concreteType": "DeleteAttributeDefinitionPayload",
        "kind": "LinkedField",
        "name": "deleteAttributeDefinition",
        "plural": false,
        "selections": [
          (v2/*:: as any*/),
          {
            "alias": null,
            "args": null,
            "filters": null,
            "handle": "deleteRecord",
            "key": "",
            "kind": "ScalarHandle",
            "name": "deletedID"
          }
        ],
        "storageKey": null
      }
    ]
  },
  "params": {
    "cacheID": "acdd99d96ac4a0b9a3bc4e2921279014",
    "id": "1a3ac92a3833f3c86ac6f3260b16ba8827fb5e18c0ca79a95826ac6097cc1ae3",
    "metadata": {},
    "name": "AttributesScreenDeleteMutation",
    "operationKind": "mutation",
    "text": "mutation AttributesScreenDeleteMutation(\n  $input: DeleteAttributeDefinitionInput!\n) {\n  deleteAttributeDefinition(input: $input) {\n    deletedID\n  }\n}\n"
  }
};
})();

(node as any).hash = "3346964828d4a0a52f4c32546a729aad";

export default node;
