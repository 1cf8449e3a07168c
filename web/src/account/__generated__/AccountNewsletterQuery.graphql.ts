/**
 * @generated SignedSource<<4dc174a566f2b0d71cd1a82065795cb0>>
 * @relayHash 6df3c2007c4af88d246dd157634567a7
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID 085b2f62ad61686bfedf7876db6afc410b550eb4b0c3c59cf66b8af699de37b9

import { ConcreteRequest } from 'relay-runtime';
export type AccountNewsletterQuery$variables = Record<PropertyKey, never>;
export type AccountNewsletterQuery$data = {
  readonly viewer: {
    readonly user: {
      readonly email: string;
      readonly id: string;
      readonly newsletterSubscription: {
        readonly id: string;
        readonly subscribedAt: string;
        readonly unsubscribedAt: string | null | undefined;
      } | null | undefined;
    } | null | undefined;
  };
};
export type AccountNewsletterQuery = {
  response: AccountNewsletterQuery$data;
  variables: AccountNewsletterQuery$variables;
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
            "kind": "ScalarField",
            "name": "email",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "concreteType": "NewsletterSubscription",
            "kind": "LinkedField",
            "name": "newsletterSubscription",
            "plural": false,
            "selections": [
              (v0/*:: as any*/),
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "subscribedAt",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "unsubscribedAt",
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
    "name": "AccountNewsletterQuery",
    "selections": (v1/*:: as any*/),
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "AccountNewsletterQuery",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "6df3c2007c4af88d246dd157634567a7",
    "id": "085b2f62ad61686bfedf7876db6afc410b550eb4b0c3c59cf66b8af699de37b9",
    "metadata": {},
    "name": "AccountNewsletterQuery",
    "operationKind": "query",
    "text": "query AccountNewsletterQuery {\n  viewer {\n    user {\n      id\n      email\n      newsletterSubscription {\n        id\n        subscribedAt\n        unsubscribedAt\n      }\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "5a09eb60d060cb630d89170c36dd5fd5";

export default node;
