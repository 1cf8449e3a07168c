/**
 * @generated SignedSource<<07fa27ef9c372dfb99e67ddcea76eaed>>
 * @relayHash 47558c65859b3d1b67cd32cea1d346a5
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID 55c8ff2a63a7eeabb0b6dcabc2916b3cb9924d08d9a127c43b937d71abef6aee

import { ConcreteRequest } from 'relay-runtime';
export type SendTestEventInput = {
  endpointID: string;
};
export type WebhookDeliveriesTestMutation$variables = {
  input: SendTestEventInput;
};
export type WebhookDeliveriesTestMutation$data = {
  readonly sendTestEvent: {
    readonly delivery: {
      readonly id: string;
    };
  };
};
export type WebhookDeliveriesTestMutation = {
  response: WebhookDeliveriesTestMutation$data;
  variables: WebhookDeliveriesTestMutation$variables;
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
    "name": "sendTestEvent",
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
    "name": "WebhookDeliveriesTestMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "WebhookDeliveriesTestMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "47558c65859b3d1b67cd32cea1d346a5",
    "id": "55c8ff2a63a7eeabb0b6dcabc2916b3cb9924d08d9a127c43b937d71abef6aee",
    "metadata": {},
    "name": "WebhookDeliveriesTestMutation",
    "operationKind": "mutation",
    "text": "mutation WebhookDeliveriesTestMutation(\n  $input: SendTestEventInput!\n) {\n  sendTestEvent(input: $input) {\n    delivery {\n      id\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "b6063f45911593bc173e8665af72c9de";

export default node;
