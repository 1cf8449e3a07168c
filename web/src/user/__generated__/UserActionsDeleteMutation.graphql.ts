/**
 * @generated SignedSource<<c75bdd7a9778c25453357218a3786059>>
 * @relayHash cd2910cba3606ea710d870411545e62a
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID f9a574ef434c668d46c41a056d1df516025e5ac02083ea39da9e0e5ff5a5f56b

import { ConcreteRequest } from 'relay-runtime';
export type UserIDInput = {
  id: string;
};
export type UserActionsDeleteMutation$variables = {
  input: UserIDInput;
};
export type UserActionsDeleteMutation$data = {
  readonly deleteUser: {
    readonly deletedID: string;
  };
};
export type UserActionsDeleteMutation = {
  response: UserActionsDeleteMutation$data;
  variables: UserActionsDeleteMutation$variables;
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
    "name": "UserActionsDeleteMutation",
    "selections": [
      {
        "alias": null,
        "args": (v1/*:: as any*/),
        "concreteType": "DeleteUserPayload",
        "kind": "LinkedField",
        "name": "deleteUser",
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
    "name": "UserActionsDeleteMutation",
    "selections": [
      {
        "alias": null,
        "args": (v1/*:: as any*/),
        "concreteType": "DeleteUserPayload",
        "kind": "LinkedField",
        "name": "deleteUser",
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
    "cacheID": "cd2910cba3606ea710d870411545e62a",
    "id": "f9a574ef434c668d46c41a056d1df516025e5ac02083ea39da9e0e5ff5a5f56b",
    "metadata": {},
    "name": "UserActionsDeleteMutation",
    "operationKind": "mutation",
    "text": "mutation UserActionsDeleteMutation(\n  $input: UserIDInput!\n) {\n  deleteUser(input: $input) {\n    deletedID\n  }\n}\n"
  }
};
})();

(node as any).hash = "343e55d6017accdcf515620a1d7cfe5f";

export default node;
