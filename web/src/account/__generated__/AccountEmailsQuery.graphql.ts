/**
 * @generated SignedSource<<8fa79aa79f9149dcd30c858c25b5f0a4>>
 * @relayHash 936af992d2a06de79d4e5e916cd39f8f
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID 07b7acb441bc554b2186a18474ebbc2685289b30b8660f11713cb12dceb307e5

import { ConcreteRequest } from 'relay-runtime';
export type AccountEmailsQuery$variables = Record<PropertyKey, never>;
export type AccountEmailsQuery$data = {
  readonly viewer: {
    readonly user: {
      readonly email: string;
      readonly emailAliases: ReadonlyArray<{
        readonly confirmedAt: string | null | undefined;
        readonly createdAt: string;
        readonly email: string;
        readonly id: string;
      }> | null | undefined;
      readonly id: string;
      readonly unconfirmedEmail: string | null | undefined;
    } | null | undefined;
  };
};
export type AccountEmailsQuery = {
  response: AccountEmailsQuery$data;
  variables: AccountEmailsQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "id",
  "storageKey": null
},
v1 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "email",
  "storageKey": null
},
v2 = [
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
        "concreteType": "User",
        "kind": "LinkedField",
        "name": "user",
        "plural": false,
        "selections": [
          (v0/*:: as any*/),
          (v1/*:: as any*/),
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "unconfirmedEmail",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "concreteType": "EmailAlias",
            "kind": "LinkedField",
            "name": "emailAliases",
            "plural": true,
            "selections": [
              (v0/*:: as any*/),
              (v1/*:: as any*/),
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "confirmedAt",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "createdAt",
                "storageKey": null
              }
            ],
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
    "name": "AccountEmailsQuery",
    "selections": (v2/*:: as any*/),
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "AccountEmailsQuery",
    "selections": (v2/*:: as any*/)
  },
  "params": {
    "cacheID": "936af992d2a06de79d4e5e916cd39f8f",
    "id": "07b7acb441bc554b2186a18474ebbc2685289b30b8660f11713cb12dceb307e5",
    "metadata": {},
    "name": "AccountEmailsQuery",
    "operationKind": "query",
    "text": "query AccountEmailsQuery {\n  viewer {\n    user {\n      id\n      email\n      unconfirmedEmail\n      emailAliases {\n        id\n        email\n        confirmedAt\n        createdAt\n      }\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "5b61bae05f6fdcd291c106c26588e5b0";

export default node;
