/**
 * @generated SignedSource<<cccbd7c7c1a6b46cfd0da019f507271f>>
 * @relayHash ff889c6457a98bfc45a726897ea3fb2e
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID 92b71d3ba78e6f3d2c472b9158f361e6168e4742038c5d49aaa50fb595611be1

import { ConcreteRequest } from 'relay-runtime';
export type WebhookDeliveryStatus = "DEAD" | "PENDING" | "SUCCEEDED" | "%future added value";
export type RedeliverWebhookInput = {
  deliveryID: string;
};
export type WebhookDeliveriesRedeliverMutation$variables = {
  input: RedeliverWebhookInput;
};
export type WebhookDeliveriesRedeliverMutation$data = {
  readonly redeliverWebhook: {
    readonly delivery: {
      readonly id: string;
      readonly nextAttemptAt: string;
      readonly status: WebhookDeliveryStatus;
    };
  };
};
export type WebhookDeliveriesRedeliverMutation = {
  response: WebhookDeliveriesRedeliverMutation$data;
  variables: WebhookDeliveriesRedeliverMutation$variables;
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
    "concreteType": "WebhookDeliveryPayload",
    "kind": "LinkedField",
    "name": "redeliverWebhook",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "concreteType": "WebhookDelivery",
        "kind": "LinkedField",
        "name": "delivery",
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
            "name": "status",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "nextAttemptAt",
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
    "name": "WebhookDeliveriesRedeliverMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "WebhookDeliveriesRedeliverMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "ff889c6457a98bfc45a726897ea3fb2e",
    "id": "92b71d3ba78e6f3d2c472b9158f361e6168e4742038c5d49aaa50fb595611be1",
    "metadata": {},
    "name": "WebhookDeliveriesRedeliverMutation",
    "operationKind": "mutation",
    "text": "mutation WebhookDeliveriesRedeliverMutation(\n  $input: RedeliverWebhookInput!\n) {\n  redeliverWebhook(input: $input) {\n    delivery {\n      id\n      status\n      nextAttemptAt\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "573dea731c7011586b78a3d01e50f905";

export default node;
