/**
 * @generated SignedSource<<f97d4042a829fa374f50d929bbc68264>>
 * @relayHash b3bd3fb167fc7b3fae5d642d5002a863
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID 48ce2ff28e6f0b65f4e4850e22a81f1623b47dbb81ec9217226bc99abfc04d82

import { ConcreteRequest } from 'relay-runtime';
export type AccountNewsletterUnsubscribeMutation$variables = Record<PropertyKey, never>;
export type AccountNewsletterUnsubscribeMutation$data = {
  readonly unsubscribeNewsletter: {
    readonly subscription: {
      readonly id: string;
      readonly subscribedAt: string;
      readonly unsubscribedAt: string | null | undefined;
      readonly user: {
        readonly id: string;
        readonly newsletterSubscription: {
          readonly id: string;
        } | null | undefined;
      } | null | undefined;
    };
  };
};
export type AccountNewsletterUnsubscribeMutation = {
  response: AccountNewsletterUnsubscribeMutation$data;
  variables: AccountNewsletterUnsubscribeMutation$variables;
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
    "concreteType": "NewsletterPayload",
    "kind": "LinkedField",
    "name": "unsubscribeNewsletter",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "concreteType": "NewsletterSubscription",
        "kind": "LinkedField",
        "name": "subscription",
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
          },
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
                "concreteType": "NewsletterSubscription",
                "kind": "LinkedField",
                "name": "newsletterSubscription",
                "plural": false,
                "selections": [
                  (v0/*:: as any*/)
                ],
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
    "name": "AccountNewsletterUnsubscribeMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "AccountNewsletterUnsubscribeMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "b3bd3fb167fc7b3fae5d642d5002a863",
    "id": "48ce2ff28e6f0b65f4e4850e22a81f1623b47dbb81ec9217226bc99abfc04d82",
    "metadata": {},
    "name": "AccountNewsletterUnsubscribeMutation",
    "operationKind": "mutation",
    "text": "mutation AccountNewsletterUnsubscribeMutation {\n  unsubscribeNewsletter {\n    subscription {\n      id\n      subscribedAt\n      unsubscribedAt\n      user {\n        id\n        newsletterSubscription {\n          id\n        }\n      }\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "f55456d821fcd0cb77f1a8395a445f79";

export default node;
