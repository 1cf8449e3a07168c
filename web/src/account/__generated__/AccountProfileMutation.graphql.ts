/**
 * @generated SignedSource<<0063745eb636c74234269052017a4416>>
 * @relayHash c98261631a61962715a5dd413baadadd
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID 5b50866c4294faf2e9fbdb0e89d818bd469e1485573c9b3232e29940b1164e0b

import { ConcreteRequest } from 'relay-runtime';
export type UserSalutation = "DIVERS" | "MR" | "MRS" | "%future added value";
export type ProfileInput = {
  addressAddition?: string | null | undefined;
  birthday?: string | null | undefined;
  city?: string | null | undefined;
  company?: string | null | undefined;
  country?: string | null | undefined;
  customAttributes?: Record<string, unknown> | null | undefined;
  firstName?: string | null | undefined;
  lastName?: string | null | undefined;
  phone?: string | null | undefined;
  salutation?: UserSalutation | null | undefined;
  street?: string | null | undefined;
  zip?: string | null | undefined;
};
export type AccountProfileMutation$variables = {
  input: ProfileInput;
};
export type AccountProfileMutation$data = {
  readonly updateMe: {
    readonly user: {
      readonly addressAddition: string | null | undefined;
      readonly birthday: string | null | undefined;
      readonly city: string | null | undefined;
      readonly company: string | null | undefined;
      readonly country: string | null | undefined;
      readonly customAttributes: Record<string, unknown> | null | undefined;
      readonly firstName: string | null | undefined;
      readonly id: string;
      readonly lastName: string | null | undefined;
      readonly phone: string | null | undefined;
      readonly salutation: UserSalutation | null | undefined;
      readonly street: string | null | undefined;
      readonly updatedAt: string;
      readonly zip: string | null | undefined;
    };
  };
};
export type AccountProfileMutation = {
  response: AccountProfileMutation$data;
  variables: AccountProfileMutation$variables;
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
    "concreteType": "UserPayload",
    "kind": "LinkedField",
    "name": "updateMe",
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
            "name": "updatedAt",
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
            "name": "salutation",
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
  }
];
return {
  "fragment": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Fragment",
    "metadata": null,
    "name": "AccountProfileMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "AccountProfileMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "c98261631a61962715a5dd413baadadd",
    "id": "5b50866c4294faf2e9fbdb0e89d818bd469e1485573c9b3232e29940b1164e0b",
    "metadata": {},
    "name": "AccountProfileMutation",
    "operationKind": "mutation",
    "text": "mutation AccountProfileMutation(\n  $input: ProfileInput!\n) {\n  updateMe(input: $input) {\n    user {\n      id\n      updatedAt\n      firstName\n      lastName\n      salutation\n      phone\n      birthday\n      company\n      street\n      addressAddition\n      city\n      zip\n      country\n      customAttributes\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "5c0bccd078cfead694a9d53ff6025d1c";

export default node;
