/**
 * @generated SignedSource<<354986ec6f19a382404a7c65879aa8c3>>
 * @relayHash f7397c762a08c9039ba06b9056070cea
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID 337800a3772ef49a585bd755ab34421857bd7cb85dac78a751570c549d7cbf1a

import { ConcreteRequest } from 'relay-runtime';
export type DeleteWebhookEndpointInput = {
  id: string;
};
export type WebhooksScreenDeleteMutation$variables = {
  input: DeleteWebhookEndpointInput;
};
export type WebhooksScreenDeleteMutation$data = {
  readonly deleteWebhookEndpoint: {
    readonly deletedID: string;
  };
};
export type WebhooksScreenDeleteMutation = {
  response: WebhooksScreenDeleteMutation$data;
  variables: WebhooksScreenDeleteMutation$variables;
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
    "kind": "Variable",
    "name": "input",
    "variableName": "input"
  }
],
v2 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "deletedID",
  "storageKey": null
};
return {
  "fragment": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Fragment",
    "metadata": null,
    "name": "WebhooksScreenDeleteMutation",
    "selections": [
      {
        "alias": null,
        "args": (v1/*:: as any*/),
        "concreteType": "DeleteWebhookEndpointPayload",
        "kind": "LinkedField",
        "name": "deleteWebhookEndpoint",
        "plural": false,
        "selections": [
          (v2/*:: as any*/)
        ],
        "storageKey": null
      }
    ],
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "WebhooksScreenDeleteMutation",
    "selections": [
      {
        "alias": null,
        "args": (v1/*:: as any*/),
        "concreteType": "DeleteWebhookEndpointPayload",
        "kind": "LinkedField",
        "name": "deleteWebhookEndpoint",
        "plural": false,
        "selections": [
          (v2/*:: as any*/),
          {
            "alias": null,
            "args": null,
            "filters": null,
            "handle": "deleteRecord",
            "key": "",
            "kind": "ScalarHandle",
            "name": "deletedID"
          }
        ],
        "storageKey": null
      }
    ]
  },
  "params": {
    "cacheID": "f7397c762a08c9039ba06b9056070cea",
    "id": "337800a3772ef49a585bd755ab34421857bd7cb85dac78a751570c549d7cbf1a",
    "metadata": {},
    "name": "WebhooksScreenDeleteMutation",
    "operationKind": "mutation",
    "text": "mutation WebhooksScreenDeleteMutation(\n  $input: DeleteWebhookEndpointInput!\n) {\n  deleteWebhookEndpoint(input: $input) {\n    deletedID\n  }\n}\n"
  }
};
})();

(node as any).hash = "8886a1fd8f17ab46798acce3b3b37237";

export default node;
