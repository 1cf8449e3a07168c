/**
 * @generated SignedSource<<f7bec8aec9be58b3fccfd4ec9e3520c9>>
 * @relayHash bc5bdd116b9059ed144ef703b084b59c
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID cdb5ab2eb1cea60bb539f1b694d566798767651f6bc3f84c91460cc79fdc9be3

import { ConcreteRequest } from 'relay-runtime';
export type SessionMethod = "OIDC" | "PASSWORD" | "%future added value";
export type AccountSessionsQuery$variables = Record<PropertyKey, never>;
export type AccountSessionsQuery$data = {
  readonly viewer: {
    readonly currentSession: {
      readonly id: string;
    } | null | undefined;
    readonly sessions: ReadonlyArray<{
      readonly createdAt: string;
      readonly expiresAt: string;
      readonly id: string;
      readonly ip: string | null | undefined;
      readonly lastSeenAt: string;
      readonly method: SessionMethod;
      readonly userAgent: string | null | undefined;
    }>;
  };
};
export type AccountSessionsQuery = {
  response: AccountSessionsQuery$data;
  variables: AccountSessionsQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "id",
  "storageKey": null
},
v1 = [
  {
    "alias": null,
    "args": null,
    "concreteType": "Viewer",
    "kind": "LinkedField",
    "name": "viewer",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "concreteType": "Session",
        "kind": "LinkedField",
        "name": "currentSession",
        "plural": false,
        "selections": [
          (v0/*:: as any*/)
        ],
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "concreteType": "Session",
        "kind": "LinkedField",
        "name": "sessions",
        "plural": true,
        "selections": [
          (v0/*:: as any*/),
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "method",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "createdAt",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "lastSeenAt",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "expiresAt",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "ip",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "userAgent",
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
    "argumentDefinitions": [],
    "kind": "Fragment",
    "metadata": null,
    "name": "AccountSessionsQuery",
    "selections": (v1/*:: as any*/),
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "AccountSessionsQuery",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "bc5bdd116b9059ed144ef703b084b59c",
    "id": "cdb5ab2eb1cea60bb539f1b694d566798767651f6bc3f84c91460cc79fdc9be3",
    "metadata": {},
    "name": "AccountSessionsQuery",
    "operationKind": "query",
    "text": "query AccountSessionsQuery {\n  viewer {\n    currentSession {\n      id\n    }\n    sessions {\n      id\n      method\n      createdAt\n      lastSeenAt\n      expiresAt\n      ip\n      userAgent\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "78fd5a76ea24b840d667580f950ce910";

export default node;
