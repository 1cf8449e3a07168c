/**
 * @generated SignedSource<<a6365a3e4d919c7f82bf707a1ff0e2a4>>
 * @relayHash ddb2b9112ca627c9ac45358d59cd5717
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID 484949e6ac66ea8bfbbd1cd5012a2dafec6945dbc1eed925140e23deff35563c

import { ConcreteRequest } from 'relay-runtime';
import { FragmentRefs } from "relay-runtime";
export type ChoosePasswordQuery$variables = Record<PropertyKey, never>;
export type ChoosePasswordQuery$data = {
  readonly signInOptions: {
    readonly " $fragmentSpreads": FragmentRefs<"PasswordRules_options">;
  };
};
export type ChoosePasswordQuery = {
  response: ChoosePasswordQuery$data;
  variables: ChoosePasswordQuery$variables;
};

const node: ConcreteRequest = {
  "fragment": {
    "argumentDefinitions": [],
    "kind": "Fragment",
    "metadata": null,
    "name": "ChoosePasswordQuery",
    "selections": [
      {
        "alias": null,
        "args": null,
        "concreteType": "SignInOptions",
        "kind": "LinkedField",
        "name": "signInOptions",
        "plural": false,
        "selections": [
          {
            "args": null,
            "kind": "FragmentSpread",
            "name": "PasswordRules_options"
          }
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
    "name": "ChoosePasswordQuery",
    "selections": [
      {
        "alias": null,
        "args": null,
        "concreteType": "SignInOptions",
        "kind": "LinkedField",
        "name": "signInOptions",
        "plural": false,
        "selections": [
          {
            "alias": null,
            "args": null,
            "concreteType": "PasswordPolicy",
            "kind": "LinkedField",
            "name": "passwordPolicy",
            "plural": false,
            "selections": [
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "minLength",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "maxLength",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "forbidNames",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "forbidCommon",
                "storageKey": null
              }
            ],
            "storageKey": null
          }
        ],
        "storageKey": null
      }
    ]
  },
  "params": {
    "cacheID": "ddb2b9112ca627c9ac45358d59cd5717",
    "id": "484949e6ac66ea8bfbbd1cd5012a2dafec6945dbc1eed925140e23deff35563c",
    "metadata": {},
    "name": "ChoosePasswordQuery",
    "operationKind": "query",
    "text": "query ChoosePasswordQuery {\n  signInOptions {\n    ...PasswordRules_options\n  }\n}\n\nfragment PasswordRules_options on SignInOptions {\n  passwordPolicy {\n    minLength\n    maxLength\n    forbidNames\n    forbidCommon\n  }\n}\n"
  }
};

(node as any).hash = "71b40aa13e29606f89e4a130cd940f4b";

export default node;
