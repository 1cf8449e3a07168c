/**
 * @generated SignedSource<<15bbc9b40c69fb86056495de1e67b65d>>
 * @relayHash d65cf9980b16b7785f151a73046d677b
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID 02593efafcf10ab65e8951809b96b9fd3c8922d9edeb739c6679a0fa2c54ba2f

import { ConcreteRequest } from 'relay-runtime';
export type SettingsScreenQuery$variables = Record<PropertyKey, never>;
export type SettingsScreenQuery$data = {
  readonly settings: {
    readonly allowedRedirectHosts: ReadonlyArray<string>;
    readonly id: string;
    readonly invitationLifetimeSeconds: number;
    readonly passwordForbidCommon: boolean;
    readonly passwordForbidNames: boolean;
    readonly passwordMinLength: number;
    readonly selfSignupEnabled: boolean;
    readonly sessionIdleTimeoutSeconds: number;
    readonly sessionLifetimeSeconds: number;
    readonly updatedAt: string;
  };
};
export type SettingsScreenQuery = {
  response: SettingsScreenQuery$data;
  variables: SettingsScreenQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "alias": null,
    "args": null,
    "concreteType": "Settings",
    "kind": "LinkedField",
    "name": "settings",
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
        "name": "allowedRedirectHosts",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "selfSignupEnabled",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "passwordMinLength",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "passwordForbidNames",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "passwordForbidCommon",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "sessionLifetimeSeconds",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "sessionIdleTimeoutSeconds",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "invitationLifetimeSeconds",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "updatedAt",
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
    "name": "SettingsScreenQuery",
    "selections": (v0/*:: as any*/),
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "SettingsScreenQuery",
    "selections": (v0/*:: as any*/)
  },
  "params": {
    "cacheID": "d65cf9980b16b7785f151a73046d677b",
    "id": "02593efafcf10ab65e8951809b96b9fd3c8922d9edeb739c6679a0fa2c54ba2f",
    "metadata": {},
    "name": "SettingsScreenQuery",
    "operationKind": "query",
    "text": "query SettingsScreenQuery {\n  settings {\n    id\n    allowedRedirectHosts\n    selfSignupEnabled\n    passwordMinLength\n    passwordForbidNames\n    passwordForbidCommon\n    sessionLifetimeSeconds\n    sessionIdleTimeoutSeconds\n    invitationLifetimeSeconds\n    updatedAt\n  }\n}\n"
  }
};
})();

(node as any).hash = "b54c3a6928e623777243f0a5c0f92239";

export default node;
