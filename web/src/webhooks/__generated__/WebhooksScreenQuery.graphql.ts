/**
 * @generated SignedSource<<b6a5d7b2821213b1e1374ba714c3537d>>
 * @relayHash 8cce8c6f0fe427b616364dc1411568eb
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID 18e0b917865fa6dc6611652e68c6e7fe684561ce868353ba4e2c65c4ce36cae3

import { ConcreteRequest } from 'relay-runtime';
export type WebhookEventType = "USER_CREATED" | "USER_DELETED" | "USER_EMAIL_CHANGED" | "USER_LOCKED" | "USER_UNLOCKED" | "USER_UPDATED" | "%future added value";
export type WebhooksScreenQuery$variables = Record<PropertyKey, never>;
export type WebhooksScreenQuery$data = {
  readonly webhookEndpoints: ReadonlyArray<{
    readonly createdAt: string;
    readonly description: string | null | undefined;
    readonly enabled: boolean;
    readonly eventTypes: ReadonlyArray<WebhookEventType>;
    readonly id: string;
    readonly url: string;
  }>;
};
export type WebhooksScreenQuery = {
  response: WebhooksScreenQuery$data;
  variables: WebhooksScreenQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "alias": null,
    "args": null,
    "concreteType": "WebhookEndpoint",
    "kind": "LinkedField",
    "name": "webhookEndpoints",
    "plural": true,
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
        "name": "url",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "description",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "enabled",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "eventTypes",
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
];
return {
  "fragment": {
    "argumentDefinitions": [],
    "kind": "Fragment",
    "metadata": null,
    "name": "WebhooksScreenQuery",
    "selections": (v0/*:: as any*/),
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "WebhooksScreenQuery",
    "selections": (v0/*:: as any*/)
  },
  "params": {
    "cacheID": "8cce8c6f0fe427b616364dc1411568eb",
    "id": "18e0b917865fa6dc6611652e68c6e7fe684561ce868353ba4e2c65c4ce36cae3",
    "metadata": {},
    "name": "WebhooksScreenQuery",
    "operationKind": "query",
    "text": "query WebhooksScreenQuery {\n  webhookEndpoints {\n    id\n    url\n    description\n    enabled\n    eventTypes\n    createdAt\n  }\n}\n"
  }
};
})();

(node as any).hash = "d84aad66e142839fa2c963b5a31c2714";

export default node;
