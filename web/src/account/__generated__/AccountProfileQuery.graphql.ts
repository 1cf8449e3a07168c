/**
 * @generated SignedSource<<87dc5e02d53c8d268564a21757a41d12>>
 * @relayHash 7ca627ecf6397cee86855627c47feef2
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID 07ae4251ae9ca526333cb7f1694061238117e436aace8cea2f6000bd0e08ced6

import { ConcreteRequest } from 'relay-runtime';
export type AttributeDefinitionType = "BOOLEAN" | "DATE" | "ENUM" | "NUMBER" | "STRING" | "%future added value";
export type UserSalutation = "DIVERS" | "MR" | "MRS" | "%future added value";
export type AccountProfileQuery$variables = Record<PropertyKey, never>;
export type AccountProfileQuery$data = {
  readonly attributeDefinitions: ReadonlyArray<{
    readonly allowedValues: ReadonlyArray<string> | null | undefined;
    readonly description: string | null | undefined;
    readonly key: string;
    readonly label: string;
    readonly required: boolean;
    readonly type: AttributeDefinitionType;
    readonly userEditable: boolean;
  }>;
  readonly viewer: {
    readonly user: {
      readonly addressAddition: string | null | undefined;
      readonly birthday: string | null | undefined;
      readonly blockedProfileFields: ReadonlyArray<string>;
      readonly city: string | null | undefined;
      readonly company: string | null | undefined;
      readonly country: string | null | undefined;
      readonly customAttributes: Record<string, unknown> | null | undefined;
      readonly email: string;
      readonly firstName: string | null | undefined;
      readonly id: string;
      readonly lastName: string | null | undefined;
      readonly phone: string | null | undefined;
      readonly salutation: UserSalutation | null | undefined;
      readonly street: string | null | undefined;
      readonly updatedAt: string;
      readonly zip: string | null | undefined;
    } | null | undefined;
  };
};
export type AccountProfileQuery = {
  response: AccountProfileQuery$data;
  variables: AccountProfileQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "id",
  "storageKey": null
},
v1 = {
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
          "name": "updatedAt",
          "storageKey": null
        },
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "blockedProfileFields",
          "storageKey": null
        },
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "salutation",
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
        },
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "phone",
          "storageKey": null
        },
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "birthday",
          "storageKey": null
        },
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "company",
          "storageKey": null
        },
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "street",
          "storageKey": null
        },
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "addressAddition",
          "storageKey": null
        },
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "city",
          "storageKey": null
        },
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "zip",
          "storageKey": null
        },
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "country",
          "storageKey": null
        },
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "customAttributes",
          "storageKey": null
        }
      ],
      "storageKey": null
    }
  ],
  "storageKey": null
},
v2 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "key",
  "storageKey": null
},
v3 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "label",
  "storageKey": null
},
v4 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "description",
  "storageKey": null
},
v5 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "type",
  "storageKey": null
},
v6 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "required",
  "storageKey": null
},
v7 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "allowedValues",
  "storageKey": null
},
v8 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "userEditable",
  "storageKey": null
};
return {
  "fragment": {
    "argumentDefinitions": [],
    "kind": "Fragment",
    "metadata": null,
    "name": "AccountProfileQuery",
    "selections": [
      (v1/*:: as any*/),
      {
        "alias": null,
        "args": null,
        "concreteType": "AttributeDefinition",
        "kind": "LinkedField",
        "name": "attributeDefinitions",
        "plural": true,
        "selections": [
          (v2/*:: as any*/),
          (v3/*:: as any*/),
          (v4/*:: as any*/),
          (v5/*:: as any*/),
          (v6/*:: as any*/),
          (v7/*:: as any*/),
          (v8/*:: as any*/)
        ],
        "storageKey": null
      }
    ],
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "AccountProfileQuery",
    "selections": [
      (v1/*:: as any*/),
      {
        "alias": null,
        "args": null,
        "concreteType": "AttributeDefinition",
        "kind": "LinkedField",
        "name": "attributeDefinitions",
        "plural": true,
        "selections": [
          (v2/*:: as any*/),
          (v3/*:: as any*/),
          (v4/*:: as any*/),
          (v5/*:: as any*/),
          (v6/*:: as any*/),
          (v7/*:: as any*/),
          (v8/*:: as any*/),
          (v0/*:: as any*/)
        ],
        "storageKey": null
      }
    ]
  },
  "params": {
    "cacheID": "7ca627ecf6397cee86855627c47feef2",
    "id": "07ae4251ae9ca526333cb7f1694061238117e436aace8cea2f6000bd0e08ced6",
    "metadata": {},
    "name": "AccountProfileQuery",
    "operationKind": "query",
    "text": "query AccountProfileQuery {\n  viewer {\n    user {\n      id\n      email\n      updatedAt\n      blockedProfileFields\n      salutation\n      firstName\n      lastName\n      phone\n      birthday\n      company\n      street\n      addressAddition\n      city\n      zip\n      country\n      customAttributes\n    }\n  }\n  attributeDefinitions {\n    key\n    label\n    description\n    type\n    required\n    allowedValues\n    userEditable\n    id\n  }\n}\n"
  }
};
})();

(node as any).hash = "7c748a02fe017fb9ef88b33d2fa90416";

export default node;
