/**
 * @generated SignedSource<<62a192bc8c385fee905c4b83b07aa7c7>>
 * @relayHash 7ebe96945091e70d283086bfa60980ec
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID 3a610dd8eef79f20cdd3e04e0cd13dd92ff10bb2a55b0319cb818cedd54fd58b

import { ConcreteRequest } from 'relay-runtime';
export type Permission = "APIKEYS_MANAGE" | "AUDIT_READ" | "CUSTOMERS_MANAGE" | "ROLES_MANAGE" | "SETTINGS_MANAGE" | "USERS_DELETE" | "USERS_EMAIL" | "USERS_EXPORT" | "USERS_INVITE" | "USERS_LOCK" | "USERS_READ" | "USERS_WRITE" | "WEBHOOKS_MANAGE" | "%future added value";
export type ViewerKind = "ANONYMOUS" | "API_KEY" | "USER" | "%future added value";
export type ShellQuery$variables = Record<PropertyKey, never>;
export type ShellQuery$data = {
  readonly viewer: {
    readonly customers: ReadonlyArray<{
      readonly id: string;
      readonly name: string;
    }>;
    readonly kind: ViewerKind;
    readonly permissions: ReadonlyArray<Permission>;
    readonly restricted: boolean;
    readonly user: {
      readonly email: string;
      readonly firstName: string | null | undefined;
      readonly id: string;
      readonly lastName: string | null | undefined;
    } | null | undefined;
  };
};
export type ShellQuery = {
  response: ShellQuery$data;
  variables: ShellQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "id",
  "storageKey": null
},
v1 = [
  {
    "alias": null,
    "args": null,
    "concreteType": "Viewer",
    "kind": "LinkedField",
    "name": "viewer",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "kind",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "permissions",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "restricted",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "concreteType": "Customer",
        "kind": "LinkedField",
        "name": "customers",
        "plural": true,
        "selections": [
          (v0/*:: as any*/),
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "name",
            "storageKey": null
          }
        ],
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "concreteType": "User",
        "kind": "LinkedField",
        "name": "user",
        "plural": false,
        "selections": [
          (v0/*:: as any*/),
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "email",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "firstName",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "lastName",
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
    "argumentDefinitions": [],
    "kind": "Fragment",
    "metadata": null,
    "name": "ShellQuery",
    "selections": (v1/*:: as any*/),
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "ShellQuery",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "7ebe96945091e70d283086bfa60980ec",
    "id": "3a610dd8eef79f20cdd3e04e0cd13dd92ff10bb2a55b0319cb818cedd54fd58b",
    "metadata": {},
    "name": "ShellQuery",
    "operationKind": "query",
    "text": "query ShellQuery {\n  viewer {\n    kind\n    permissions\n    restricted\n    customers {\n      id\n      name\n    }\n    user {\n      id\n      email\n      firstName\n      lastName\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "fbb9380f665310f1601f77ceb3b1410b";

export default node;
