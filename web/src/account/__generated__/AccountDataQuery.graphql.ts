/**
 * @generated SignedSource<<0daecbb052b396a0ede4a0809127dcba>>
 * @relayHash 996d859ebc21f8a7ee8cf2ff4bfb2264
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID 1972d3bddf58a1d32c5f2918def0bed36cbf27b1bac29c3b1cda1cbda01cb0b2

import { ConcreteRequest } from 'relay-runtime';
export type AccountDataQuery$variables = Record<PropertyKey, never>;
export type AccountDataQuery$data = {
  readonly viewer: {
    readonly user: {
      readonly id: string;
    } | null | undefined;
  };
};
export type AccountDataQuery = {
  response: AccountDataQuery$data;
  variables: AccountDataQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
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
    "argumentDefinitions": [],
    "kind": "Fragment",
    "metadata": null,
    "name": "AccountDataQuery",
    "selections": (v0/*:: as any*/),
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "AccountDataQuery",
    "selections": (v0/*:: as any*/)
  },
  "params": {
    "cacheID": "996d859ebc21f8a7ee8cf2ff4bfb2264",
    "id": "1972d3bddf58a1d32c5f2918def0bed36cbf27b1bac29c3b1cda1cbda01cb0b2",
    "metadata": {},
    "name": "AccountDataQuery",
    "operationKind": "query",
    "text": "query AccountDataQuery {\n  viewer {\n    user {\n      id\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "a5c6f9162bf5dd8284de05cd46bd6f92";

export default node;
