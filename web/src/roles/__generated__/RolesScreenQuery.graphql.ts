/**
 * @generated SignedSource<<a8bcad985229c3d9001ed7e4a4b38169>>
 * @relayHash 2c02beb5f0e64bd72dfc6703cc83f4a4
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID c1546abce964681adf78ae2eff5da863081fcc3f73c326fa41eda7e7fd8fe08d

import { ConcreteRequest } from 'relay-runtime';
export type Permission = "APIKEYS_MANAGE" | "AUDIT_READ" | "CUSTOMERS_MANAGE" | "ROLES_MANAGE" | "SETTINGS_MANAGE" | "USERS_DELETE" | "USERS_EMAIL" | "USERS_EXPORT" | "USERS_INVITE" | "USERS_LOCK" | "USERS_READ" | "USERS_WRITE" | "WEBHOOKS_MANAGE" | "%future added value";
export type RolesScreenQuery$variables = Record<PropertyKey, never>;
export type RolesScreenQuery$data = {
  readonly roles: {
    readonly __id: string;
    readonly edges: ReadonlyArray<{
      readonly node: {
        readonly builtin: boolean;
        readonly description: string | null | undefined;
        readonly id: string;
        readonly name: string;
        readonly permissions: ReadonlyArray<Permission>;
      } | null | undefined;
    } | null | undefined> | null | undefined;
  };
};
export type RolesScreenQuery = {
  response: RolesScreenQuery$data;
  variables: RolesScreenQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = {
  "kind": "Literal",
  "name": "orderBy",
  "value": {
    "direction": "ASC",
    "field": "NAME"
  }
},
v1 = [
  {
    "alias": null,
    "args": null,
    "concreteType": "RoleEdge",
    "kind": "LinkedField",
    "name": "edges",
    "plural": true,
    "selections": [
      {
        "alias": null,
        "args": null,
        "concreteType": "Role",
        "kind": "LinkedField",
        "name": "node",
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
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "__typename",
            "storageKey": null
          }
        ],
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "cursor",
        "storageKey": null
      }
    ],
    "storageKey": null
  },
  {
    "alias": null,
    "args": null,
    "concreteType": "PageInfo",
    "kind": "LinkedField",
    "name": "pageInfo",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "endCursor",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "hasNextPage",
        "storageKey": null
      }
    ],
    "storageKey": null
  },
  {
    "kind": "ClientExtension",
    "selections": [
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "__id",
        "storageKey": null
      }
    ]
  }
],
v2 = [
  {
    "kind": "Literal",
    "name": "first",
    "value": 100
  },
  (v0/*:: as any*/)
];
return {
  "fragment": {
    "argumentDefinitions": [],
    "kind": "Fragment",
    "metadata": null,
    "name": "RolesScreenQuery",
    "selections": [
      {
        "alias": "roles",
        "args": [
          (v0/*:: as any*/)
        ],
        "concreteType": "RoleConnection",
        "kind": "LinkedField",
        "name": "__RolesScreen_roles_connection",
        "plural": false,
        "selections": (v1/*:: as any*/),
        "storageKey": "__RolesScreen_roles_connection(orderBy:{\"direction\":\"ASC\",\"field\":\"NAME\"})"
      }
    ],
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "RolesScreenQuery",
    "selections": [
      {
        "alias": null,
        "args": (v2/*:: as any*/),
        "concreteType": "RoleConnection",
        "kind": "LinkedField",
        "name": "roles",
        "plural": false,
        "selections": (v1/*:: as any*/),
        "storageKey": "roles(first:100,orderBy:{\"direction\":\"ASC\",\"field\":\"NAME\"})"
      },
      {
        "alias": null,
        "args": (v2/*:: as any*/),
        "filters": [
          "orderBy"
        ],
        "handle": "connection",
        "key": "RolesScreen_roles",
        "kind": "LinkedHandle",
        "name": "roles"
      }
    ]
  },
  "params": {
    "cacheID": "2c02beb5f0e64bd72dfc6703cc83f4a4",
    "id": "c1546abce964681adf78ae2eff5da863081fcc3f73c326fa41eda7e7fd8fe08d",
    "metadata": {
      "connection": [
        {
          "count": null,
          "cursor": null,
          "direction": "forward",
          "path": [
            "roles"
          ]
        }
      ]
    },
    "name": "RolesScreenQuery",
    "operationKind": "query",
    "text": "query RolesScreenQuery {\n  roles(first: 100, orderBy: {field: NAME, direction: ASC}) {\n    edges {\n      node {\n        id\n        name\n        description\n        builtin\n        permissions\n        __typename\n      }\n      cursor\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "988a26f62b5515a941cd138bd49f1d6f";

export default node;
