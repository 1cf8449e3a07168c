/**
 * @generated SignedSource<<06d737367ada5901ae623306e973cd1c>>
 * @relayHash 620e7ff10330f169ba539503a8dc505e
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID 77d71a97545daa1e691934180f4be6575b48f5bb34654047777c92d6e9e10479

import { ConcreteRequest } from 'relay-runtime';
export type RotateWebhookSecretInput = {
  id: string;
  keepPreviousForSeconds?: number;
};
export type WebhookDeliveriesRotateMutation$variables = {
  input: RotateWebhookSecretInput;
};
export type WebhookDeliveriesRotateMutation$data = {
  readonly rotateWebhookSecret: {
    readonly endpoint: {
      readonly id: string;
      readonly previousSecretExpiresAt: string | null | undefined;
    };
    readonly secret: string;
  };
};
export type WebhookDeliveriesRotateMutation = {
  response: WebhookDeliveriesRotateMutation$data;
  variables: WebhookDeliveriesRotateMutation$variables;
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
    "concreteType": "RotateWebhookSecretPayload",
    "kind": "LinkedField",
    "name": "rotateWebhookSecret",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "secret",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "concreteType": "WebhookEndpoint",
        "kind": "LinkedField",
        "name": "endpoint",
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
            "name": "previousSecretExpiresAt",
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
    "name": "WebhookDeliveriesRotateMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "WebhookDeliveriesRotateMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "620e7ff10330f169ba539503a8dc505e",
    "id": "77d71a97545daa1e691934180f4be6575b48f5bb34654047777c92d6e9e10479",
    "metadata": {},
    "name": "WebhookDeliveriesRotateMutation",
    "operationKind": "mutation",
    "text": "mutation WebhookDeliveriesRotateMutation(\n  $input: RotateWebhookSecretInput!\n) {\n  rotateWebhookSecret(input: $input) {\n    secret\n    endpoint {\n      id\n      previousSecretExpiresAt\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "9ffdad9282950efd92eab89f1d366155";

export default node;
