/**
 * @generated SignedSource<<4ed96d15d70f3b5078b3e31dac6e0771>>
 * @relayHash c11ca4b8587ac6766663624cb82c523c
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID 5d66c16b3958f8bf72a083dfc2caf5358f1db7ca9b8902b360987b9ec6775d3a

import { ConcreteRequest } from 'relay-runtime';
export type Permission = "APIKEYS_MANAGE" | "AUDIT_READ" | "CUSTOMERS_MANAGE" | "ROLES_MANAGE" | "SETTINGS_MANAGE" | "USERS_DELETE" | "USERS_EMAIL" | "USERS_EXPORT" | "USERS_INVITE" | "USERS_LOCK" | "USERS_READ" | "USERS_WRITE" | "WEBHOOKS_MANAGE" | "%future added value";
export type CreateAPIKeyInput = {
  customerIDs?: ReadonlyArray<string> | null | undefined;
  expiresAt?: string | null | undefined;
  name: string;
  permissions: ReadonlyArray<Permission>;
};
export type APIKeysScreenCreateMutation$variables = {
  input: CreateAPIKeyInput;
};
export type APIKeysScreenCreateMutation$data = {
  readonly createAPIKey: {
    readonly apiKey: {
      readonly id: string;
    };
    readonly key: string;
  };
};
export type APIKeysScreenCreateMutation = {
  response: APIKeysScreenCreateMutation$data;
  variables: APIKeysScreenCreateMutation$variables;
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
    "concreteType": "CreateAPIKeyPayload",
    "kind": "LinkedField",
    "name": "createAPIKey",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "key",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "concreteType": "APIKey",
        "kind": "LinkedField",
        "name": "apiKey",
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
    "name": "APIKeysScreenCreateMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "APIKeysScreenCreateMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "c11ca4b8587ac6766663624cb82c523c",
    "id": "5d66c16b3958f8bf72a083dfc2caf5358f1db7ca9b8902b360987b9ec6775d3a",
    "metadata": {},
    "name": "APIKeysScreenCreateMutation",
    "operationKind": "mutation",
    "text": "mutation APIKeysScreenCreateMutation(\n  $input: CreateAPIKeyInput!\n) {\n  createAPIKey(input: $input) {\n    key\n    apiKey {\n      id\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "9be97e9188b70eee65625a3a7a460f07";

export default node;
