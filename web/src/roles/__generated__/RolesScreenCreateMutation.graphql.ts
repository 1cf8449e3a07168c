/**
 * @generated SignedSource<<8ada9becbec332adbb4ed753bd749128>>
 * @relayHash 935d867138d124b6bd367255407b2dc4
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID ee4d11dc00590ddeef75cfa44342bfa606d455548f99f5c0799d4aaec30d9e82

import { ConcreteRequest } from 'relay-runtime';
export type Permission = "APIKEYS_MANAGE" | "AUDIT_READ" | "CUSTOMERS_MANAGE" | "ROLES_MANAGE" | "SETTINGS_MANAGE" | "USERS_DELETE" | "USERS_EMAIL" | "USERS_EXPORT" | "USERS_INVITE" | "USERS_LOCK" | "USERS_READ" | "USERS_WRITE" | "WEBHOOKS_MANAGE" | "%future added value";
export type CreateRoleInput = {
  description?: string | null | undefined;
  name: string;
  permissions: ReadonlyArray<Permission>;
};
export type RolesScreenCreateMutation$variables = {
  connections: ReadonlyArray<string>;
  input: CreateRoleInput;
};
export type RolesScreenCreateMutation$data = {
  readonly createRole: {
    readonly role: {
      readonly builtin: boolean;
      readonly description: string | null | undefined;
      readonly id: string;
      readonly name: string;
      readonly permissions: ReadonlyArray<Permission>;
    };
  };
};
export type RolesScreenCreateMutation = {
  response: RolesScreenCreateMutation$data;
  variables: RolesScreenCreateMutation$variables;
};

const node: ConcreteRequest = (function(){
var v0 = {
  "defaultValue": null,
  "kind": "LocalArgument",
  "name": "connections"
},
v1 = {
  "defaultValue": null,
  "kind": "LocalArgument",
  "name": "input"
},
v2 = [
  {
    "kind": "Variable",
    "name": "input",
    "variableName": "input"
  }
],
v3 = {
  "alias": null,
  "args": null,
  "concreteType": "Role",
  "kind": "LinkedField",
  "name": "role",
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
      "name": "name",
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
      "name": "builtin",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "permissions",
      "storageKey": null
    }
  ],
  "storageKey": null
};
return {
  "fragment": {
    "argumentDefinitions": [
      (v0/*:: as any*/),
      (v1/*:: as any*/)
    ],
    "kind": "Fragment",
    "metadata": null,
    "name": "RolesScreenCreateMutation",
    "selections": [
      {
        "alias": null,
        "args": (v2/*:: as any*/),
        "concreteType": "RolePayload",
        "kind": "LinkedField",
        "name": "createRole",
        "plural": false,
        "selections": [
          (v3/*:: as any*/)
        ],
        "storageKey": null
      }
    ],
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [
      (v1/*:: as any*/),
      (v0/*:: as any*/)
    ],
    "kind": "Operation",
    "name": "RolesScreenCreateMutation",
    "selections": [
      {
        "alias": null,
        "args": (v2/*:: as any*/),
        "concreteType": "RolePayload",
        "kind": "LinkedField",
        "name": "createRole",
        "plural": false,
        "selections": [
          (v3/*:: as any*/),
          {
            "alias": null,
            "args": null,
            "filters": null,
            "handle": "appendNode",
            "key": "",
            "kind": "LinkedHandle",
            "name": "role",
            "handleArgs": [
              {
                "kind": "Variable",
                "name": "connections",
                "variableName": "connections"
              },
              {
                "kind": "Literal",
                "name": "edgeTypeName",
                "value": "RoleEdge"
              }
            ]
          }
        ],
        "storageKey": null
      }
    ]
  },
  "params": {
    "cacheID": "935d867138d124b6bd367255407b2dc4",
    "id": "ee4d11dc00590ddeef75cfa44342bfa606d455548f99f5c0799d4aaec30d9e82",
    "metadata": {},
    "name": "RolesScreenCreateMutation",
    "operationKind": "mutation",
    "text": "mutation RolesScreenCreateMutation(\n  $input: CreateRoleInput!\n) {\n  createRole(input: $input) {\n    role {\n      id\n      name\n      description\n      builtin\n      permissions\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "8847a6e60b14143c5c4268856b347b4c";

export default node;
