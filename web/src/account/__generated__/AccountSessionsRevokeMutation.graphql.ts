/**
 * @generated SignedSource<<102a1fd90cdcc6972a2226a1a33b93aa>>
 * @relayHash e1fc32fb738b803db45ddc1e00b26496
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID d10d35e8aa7e252085d5bef18a2ced416463f7cd8b92c927405b765b32d2adbe

import { ConcreteRequest } from 'relay-runtime';
export type RevokeSessionInput = {
  id: string;
};
export type AccountSessionsRevokeMutation$variables = {
  input: RevokeSessionInput;
};
export type AccountSessionsRevokeMutation$data = {
  readonly revokeSession: {
    readonly session: {
      readonly id: string;
      readonly revokedAt: string | null | undefined;
    };
  };
};
export type AccountSessionsRevokeMutation = {
  response: AccountSessionsRevokeMutation$data;
  variables: AccountSessionsRevokeMutation$variables;
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
    "concreteType": "RevokeSessionPayload",
    "kind": "LinkedField",
    "name": "revokeSession",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "concreteType": "Session",
        "kind": "LinkedField",
        "name": "session",
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
            "name": "revokedAt",
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
    "name": "AccountSessionsRevokeMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "AccountSessionsRevokeMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "e1fc32fb738b803db45ddc1e00b26496",
    "id": "d10d35e8aa7e252085d5bef18a2ced416463f7cd8b92c927405b765b32d2adbe",
    "metadata": {},
    "name": "AccountSessionsRevokeMutation",
    "operationKind": "mutation",
    "text": "mutation AccountSessionsRevokeMutation(\n  $input: RevokeSessionInput!\n) {\n  revokeSession(input: $input) {\n    session {\n      id\n      revokedAt\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "8a9f0eef20b40bf034a2fcdd77f08fec";

export default node;
