/**
 * @generated SignedSource<<092f33da410f37037b7a1bfa336dabf1>>
 * @relayHash 629aaab79f6b7e1659be31c0344b6801
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID ce8d6fdab869320a7566eb10ac31ed93a82c782aad35f51e7eeaf8ebbf999d04

import { ConcreteRequest } from 'relay-runtime';
export type Permission = "APIKEYS_MANAGE" | "AUDIT_READ" | "CUSTOMERS_MANAGE" | "ROLES_MANAGE" | "SETTINGS_MANAGE" | "USERS_DELETE" | "USERS_EMAIL" | "USERS_EXPORT" | "USERS_INVITE" | "USERS_LOCK" | "USERS_READ" | "USERS_WRITE" | "WEBHOOKS_MANAGE" | "%future added value";
export type UpdateRoleInput = {
  description?: string | null | undefined;
  id: string;
  name?: string | null | undefined;
  permissions?: ReadonlyArray<Permission> | null | undefined;
};
export type RolesScreenUpdateMutation$variables = {
  input: UpdateRoleInput;
};
export type RolesScreenUpdateMutation$data = {
  readonly updateRole: {
    readonly role: {
      readonly description: string | null | undefined;
      readonly id: string;
      readonly name: string;
      readonly permissions: ReadonlyArray<Permission>;
    };
  };
};
export type RolesScreenUpdateMutation = {
  response: RolesScreenUpdateMutation$data;
  variables: RolesScreenUpdateMutation$variables;
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
    "concreteType": "RolePayload",
    "kind": "LinkedField",
    "name": "updateRole",
    "plural": false,
    "selections": [
      {
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
            "name": "permissions",
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
    "name": "RolesScreenUpdateMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "RolesScreenUpdateMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "629aaab79f6b7e1659be31c0344b6801",
    "id": "ce8d6fdab869320a7566eb10ac31ed93a82c782aad35f51e7eeaf8ebbf999d04",
    "metadata": {},
    "name": "RolesScreenUpdateMutation",
    "operationKind": "mutation",
    "text": "mutation RolesScreenUpdateMutation(\n  $input: UpdateRoleInput!\n) {\n  updateRole(input: $input) {\n    role {\n      id\n      name\n      description\n      permissions\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "85260b62754d1302f34e95b435403149";

export default node;
