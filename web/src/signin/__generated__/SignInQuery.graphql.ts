/**
 * @generated SignedSource<<563773eac0d79ac2428508fcd3a22503>>
 * @relayHash e94858962e74fa458fdfd9eb0038c41b
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID 6bffd4ed02c4edc5f671bf728c9b2ff9ee8b27811dd765eb20dd8c47d7136949

import { ConcreteRequest } from 'relay-runtime';
export type SignInQuery$variables = Record<PropertyKey, never>;
export type SignInQuery$data = {
  readonly signInOptions: {
    readonly oidcProviders: ReadonlyArray<{
      readonly loginURL: string;
      readonly name: string;
    }>;
    readonly selfSignupEnabled: boolean;
  };
};
export type SignInQuery = {
  response: SignInQuery$data;
  variables: SignInQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
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
        "kind": "ScalarField",
        "name": "selfSignupEnabled",
        "storageKey": null
      },
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
    "name": "SignInQuery",
    "selections": (v0/*:: as any*/),
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "SignInQuery",
    "selections": (v0/*:: as any*/)
  },
  "params": {
    "cacheID": "e94858962e74fa458fdfd9eb0038c41b",
    "id": "6bffd4ed02c4edc5f671bf728c9b2ff9ee8b27811dd765eb20dd8c47d7136949",
    "metadata": {},
    "name": "SignInQuery",
    "operationKind": "query",
    "text": "query SignInQuery {\n  signInOptions {\n    selfSignupEnabled\n    oidcProviders {\n      name\n      loginURL\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "8d727ecf828d1800a4867c3cfcf74160";

export default node;
