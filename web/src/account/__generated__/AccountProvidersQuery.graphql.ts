/**
 * @generated SignedSource<<2f7b4ee25757ed283d700a1c27df1361>>
 * @relayHash d3fd1fe1ed6f6e969b9771d97175b72c
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID 72c9ed823ca0b44462f3dc7752ed3dd815a51fe3e69358807b316284fc11daf4

import { ConcreteRequest } from 'relay-runtime';
export type AccountProvidersQuery$variables = Record<PropertyKey, never>;
export type AccountProvidersQuery$data = {
  readonly signInOptions: {
    readonly oidcProviders: ReadonlyArray<{
      readonly loginURL: string;
      readonly name: string;
    }>;
  };
  readonly viewer: {
    readonly user: {
      readonly id: string;
      readonly oidcIdentities: ReadonlyArray<{
        readonly createdAt: string;
        readonly email: string | null | undefined;
        readonly id: string;
        readonly issuer: string;
        readonly lastUsedAt: string | null | undefined;
      }> | null | undefined;
    } | null | undefined;
  };
};
export type AccountProvidersQuery = {
  response: AccountProvidersQuery$data;
  variables: AccountProvidersQuery$variables;
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
        "concreteType": "User",
        "kind": "LinkedField",
        "name": "user",
        "plural": false,
        "selections": [
          (v0/*:: as any*/),
          {
            "alias": null,
            "args": null,
            "concreteType": "OIDCIdentity",
            "kind": "LinkedField",
            "name": "oidcIdentities",
            "plural": true,
            "selections": [
              (v0/*:: as any*/),
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "issuer",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "email",
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
                "name": "lastUsedAt",
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
  },
  {
    "alias": null,
    "args": null,
    "concreteType": "SignInOptions",
    "kind": "LinkedField",
    "name": "signInOptions",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "concreteType": "OIDCProvider",
        "kind": "LinkedField",
        "name": "oidcProviders",
        "plural": true,
        "selections": [
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "name",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "loginURL",
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
    "name": "AccountProvidersQuery",
    "selections": (v1/*:: as any*/),
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "AccountProvidersQuery",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "d3fd1fe1ed6f6e969b9771d97175b72c",
    "id": "72c9ed823ca0b44462f3dc7752ed3dd815a51fe3e69358807b316284fc11daf4",
    "metadata": {},
    "name": "AccountProvidersQuery",
    "operationKind": "query",
    "text": "query AccountProvidersQuery {\n  viewer {\n    user {\n      id\n      oidcIdentities {\n        id\n        issuer\n        email\n        createdAt\n        lastUsedAt\n      }\n    }\n  }\n  signInOptions {\n    oidcProviders {\n      name\n      loginURL\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "44643e1b9a55903117eac3541f5f525f";

export default node;
