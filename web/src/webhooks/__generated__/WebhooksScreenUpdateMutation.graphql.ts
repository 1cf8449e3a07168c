/**
 * @generated SignedSource<<a567b7a670e750b8cc5810ca6368d045>>
 * @relayHash 9cb86ab00d9232376c2e172f647946e7
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID a4f56d0c801393161b4da090397129fb1a93f53afe71989b6895af1787474a2e

import { ConcreteRequest } from 'relay-runtime';
export type WebhookEventType = "USER_CREATED" | "USER_DELETED" | "USER_EMAIL_CHANGED" | "USER_LOCKED" | "USER_UNLOCKED" | "USER_UPDATED" | "%future added value";
export type UpdateWebhookEndpointInput = {
  description?: string | null | undefined;
  enabled?: boolean | null | undefined;
  events?: ReadonlyArray<WebhookEventType> | null | undefined;
  id: string;
  skipAPIKeyIDs?: ReadonlyArray<string> | null | undefined;
  url?: string | null | undefined;
};
export type WebhooksScreenUpdateMutation$variables = {
  input: UpdateWebhookEndpointInput;
};
export type WebhooksScreenUpdateMutation$data = {
  readonly updateWebhookEndpoint: {
    readonly endpoint: {
      readonly description: string | null | undefined;
      readonly enabled: boolean;
      readonly eventTypes: ReadonlyArray<WebhookEventType>;
      readonly id: string;
      readonly url: string;
    };
  };
};
export type WebhooksScreenUpdateMutation = {
  response: WebhooksScreenUpdateMutation$data;
  variables: WebhooksScreenUpdateMutation$variables;
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
    "concreteType": "WebhookEndpointPayload",
    "kind": "LinkedField",
    "name": "updateWebhookEndpoint",
    "plural": false,
    "selections": [
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
    "name": "WebhooksScreenUpdateMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "WebhooksScreenUpdateMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "9cb86ab00d9232376c2e172f647946e7",
    "id": "a4f56d0c801393161b4da090397129fb1a93f53afe71989b6895af1787474a2e",
    "metadata": {},
    "name": "WebhooksScreenUpdateMutation",
    "operationKind": "mutation",
    "text": "mutation WebhooksScreenUpdateMutation(\n  $input: UpdateWebhookEndpointInput!\n) {\n  updateWebhookEndpoint(input: $input) {\n    endpoint {\n      id\n      url\n      description\n      enabled\n      eventTypes\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "b154c837bd9bcf1c9063cf4bcd223cf1";

export default node;
