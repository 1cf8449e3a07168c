/**
 * @generated SignedSource<<79982a0fbc616f8019d6fd8b1684625a>>
 * @relayHash 8e2e2baac3a890d928a0636c3c1fe578
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID 9d3c8c6eb333b6ba5a496e59a2da3701c8527b4351f51c8f6d8e8e1ce7914593

import { ConcreteRequest } from 'relay-runtime';
export type UpdateSettingsInput = {
  allowedRedirectHosts?: ReadonlyArray<string> | null | undefined;
  invitationLifetimeSeconds?: number | null | undefined;
  passwordForbidCommon?: boolean | null | undefined;
  passwordForbidNames?: boolean | null | undefined;
  passwordMinLength?: number | null | undefined;
  selfSignupEnabled?: boolean | null | undefined;
  sessionIdleTimeoutSeconds?: number | null | undefined;
  sessionLifetimeSeconds?: number | null | undefined;
};
export type SettingsScreenMutation$variables = {
  input: UpdateSettingsInput;
};
export type SettingsScreenMutation$data = {
  readonly updateSettings: {
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
};
export type SettingsScreenMutation = {
  response: SettingsScreenMutation$data;
  variables: SettingsScreenMutation$variables;
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
    "concreteType": "SettingsPayload",
    "kind": "LinkedField",
    "name": "updateSettings",
    "plural": false,
    "selections": [
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
    ],
    "storageKey": null
  }
];
return {
  "fragment": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Fragment",
    "metadata": null,
    "name": "SettingsScreenMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "SettingsScreenMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "8e2e2baac3a890d928a0636c3c1fe578",
    "id": "9d3c8c6eb333b6ba5a496e59a2da3701c8527b4351f51c8f6d8e8e1ce7914593",
    "metadata": {},
    "name": "SettingsScreenMutation",
    "operationKind": "mutation",
    "text": "mutation SettingsScreenMutation(\n  $input: UpdateSettingsInput!\n) {\n  updateSettings(input: $input) {\n    settings {\n      id\n      allowedRedirectHosts\n      selfSignupEnabled\n      passwordMinLength\n      passwordForbidNames\n      passwordForbidCommon\n      sessionLifetimeSeconds\n      sessionIdleTimeoutSeconds\n      invitationLifetimeSeconds\n      updatedAt\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "692497eded13e4a429b78015a51aaddc";

export default node;
