/**
 * @generated SignedSource<<d49b0ccf061f27fe4ac0bacb296aabd0>>
 * @relayHash 608646a616aa749921ef0e52cc005f5f
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID edf3e8f896ddc9162d464ad75aa2debb478880f3118cb24eb68b6cd6ac0681aa

import { ConcreteRequest } from 'relay-runtime';
export type WebhookEventType = "USER_CREATED" | "USER_DELETED" | "USER_EMAIL_CHANGED" | "USER_LOCKED" | "USER_UNLOCKED" | "USER_UPDATED" | "%future added value";
export type CreateWebhookEndpointInput = {
  description?: string | null | undefined;
  enabled?: boolean;
  events?: ReadonlyArray<WebhookEventType> | null | undefined;
  skipAPIKeyIDs?: ReadonlyArray<string> | null | undefined;
  url: string;
};
export type WebhooksScreenCreateMutation$variables = {
  input: CreateWebhookEndpointInput;
};
export type WebhooksScreenCreateMutation$data = {
  readonly createWebhookEndpoint: {
    readonly endpoint: {
      readonly id: string;
    };
    readonly secret: string;
  };
};
export type WebhooksScreenCreateMutation = {
  response: WebhooksScreenCreateMutation$data;
  variables: WebhooksScreenCreateMutation$variables;
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
    "concreteType": "CreateWebhookEndpointPayload",
    "kind": "LinkedField",
    "name": "createWebhookEndpoint",
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
    "name": "WebhooksScreenCreateMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "WebhooksScreenCreateMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "608646a616aa749921ef0e52cc005f5f",
    "id": "edf3e8f896ddc9162d464ad75aa2debb478880f3118cb24eb68b6cd6ac0681aa",
    "metadata": {},
    "name": "WebhooksScreenCreateMutation",
    "operationKind": "mutation",
    "text": "mutation WebhooksScreenCreateMutation(\n  $input: CreateWebhookEndpointInput!\n) {\n  createWebhookEndpoint(input: $input) {\n    secret\n    endpoint {\n      id\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "2ea2efdd69d602a8fdc61bd06b7f91eb";

export default node;
