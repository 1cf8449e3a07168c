/**
 * @generated SignedSource<<46a3c7ca4a358a27c8b54e73e00ef10c>>
 * @relayHash 46f186d5c6cad5f4605e479e4ad7480e
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID f9d59b6ab6955e216183290931fbcd63c8e88c98e9cf7ae8c2a967a62a0817c4

import { ConcreteRequest } from 'relay-runtime';
export type UserIDInput = {
  id: string;
};
export type UserRowDeleteMutation$variables = {
  connections: ReadonlyArray<string>;
  input: UserIDInput;
};
export type UserRowDeleteMutation$data = {
  readonly deleteUser: {
    readonly deletedID: string;
  };
};
export type UserRowDeleteMutation = {
  response: UserRowDeleteMutation$data;
  variables: UserRowDeleteMutation$variables;
};

const node: ConcreteRequest = (function(){
var v0 = {
  "defaultValue": null,
  "kind": "LocalArgument",
  "name": "connections"
},
v1 = {
  "defaultValue": null,
  "kind": "LocalArgument",
  "name": "input"
},
v2 = [
  {
    "kind": "Variable",
    "name": "input",
    "variableName": "input"
  }
],
v3 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "deletedID",
  "storageKey": null
};
return {
  "fragment": {
    "argumentDefinitions": [
      (v0/*:: as any*/),
      (v1/*:: as any*/)
    ],
    "kind": "Fragment",
    "metadata": null,
    "name": "UserRowDeleteMutation",
    "selections": [
      {
        "alias": null,
        "args": (v2/*:: as any*/),
        "concreteType": "DeleteUserPayload",
        "kind": "LinkedField",
        "name": "deleteUser",
        "plural": false,
        "selections": [
          (v3/*:: as any*/)
        ],
        "storageKey": null
      }
    ],
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [
      (v1/*:: as any*/),
      (v0/*:: as any*/)
    ],
    "kind": "Operation",
    "name": "UserRowDeleteMutation",
    "selections": [
      {
        "alias": null,
        "args": (v2/*:: as any*/),
        "concreteType": "DeleteUserPayload",
        "kind": "LinkedField",
        "name": "deleteUser",
        "plural": false,
        "selections": [
          (v3/*:: as any*/),
          {
            "alias": null,
            "args": null,
            "filters": null,
            "handle": "deleteEdge",
            "key": "",
            "kind": "ScalarHandle",
            "name": "deletedID",
            "handleArgs": [
              {
                "kind": "Variable",
                "name": "connections",
                "variableName": "connections"
              }
            ]
          }
        ],
        "storageKey": null
      }
    ]
  },
  "params": {
    "cacheID": "46f186d5c6cad5f4605e479e4ad7480e",
    "id": "f9d59b6ab6955e216183290931fbcd63c8e88c98e9cf7ae8c2a967a62a0817c4",
    "metadata": {},
    "name": "UserRowDeleteMutation",
    "operationKind": "mutation",
    "text": "mutation UserRowDeleteMutation(\n  $input: UserIDInput!\n) {\n  deleteUser(input: $input) {\n    deletedID\n  }\n}\n"
  }
};
})();

(node as any).hash = "12e8072cb094429fde67a6fffffec3ad";

export default node;
