/**
 * @generated SignedSource<<49f498e7dd6935c6a71f6e48d3c6962a>>
 * @relayHash d67fdd2666798f8b42a25e6667086de8
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID 93a409010c65ba11ad1ade04ca168320c045b5e1e9b75e5917056164d2a127d5

import { ConcreteRequest } from 'relay-runtime';
export type AccountNewsletterSubscribeMutation$variables = Record<PropertyKey, never>;
export type AccountNewsletterSubscribeMutation$data = {
  readonly subscribeNewsletter: {
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
export type AccountNewsletterSubscribeMutation = {
  response: AccountNewsletterSubscribeMutation$data;
  variables: AccountNewsletterSubscribeMutation$variables;
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
    "name": "subscribeNewsletter",
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
    "name": "AccountNewsletterSubscribeMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "AccountNewsletterSubscribeMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "d67fdd2666798f8b42a25e6667086de8",
    "id": "93a409010c65ba11ad1ade04ca168320c045b5e1e9b75e5917056164d2a127d5",
    "metadata": {},
    "name": "AccountNewsletterSubscribeMutation",
    "operationKind": "mutation",
    "text": "mutation AccountNewsletterSubscribeMutation {\n  subscribeNewsletter {\n    subscription {\n      id\n      subscribedAt\n      unsubscribedAt\n      user {\n        id\n        newsletterSubscription {\n          id\n        }\n      }\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "8a7124f85bd997f12b351da5fe05b7bb";

export default node;
