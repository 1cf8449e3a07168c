/**
 * @generated SignedSource<<16daca9219b74c3c596d55762f5017fd>>
 * @relayHash c9207b795adc96748c5b0b397f8e75b4
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID 3bdb7091318de87dc5b04d1c8dde9a061049333e5983bf80323d78897c6c45d3

import { ConcreteRequest } from 'relay-runtime';
import { FragmentRefs } from "relay-runtime";
export type SignUpQuery$variables = Record<PropertyKey, never>;
export type SignUpQuery$data = {
  readonly signInOptions: {
    readonly selfSignupEnabled: boolean;
    readonly " $fragmentSpreads": FragmentRefs<"PasswordRules_options">;
  };
};
export type SignUpQuery = {
  response: SignUpQuery$data;
  variables: SignUpQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "selfSignupEnabled",
  "storageKey": null
};
return {
  "fragment": {
    "argumentDefinitions": [],
    "kind": "Fragment",
    "metadata": null,
    "name": "SignUpQuery",
    "selections": [
      {
        "alias": null,
        "args": null,
        "concreteType": "SignInOptions",
        "kind": "LinkedField",
        "name": "signInOptions",
        "plural": false,
        "selections": [
          (v0/*:: as any*/),
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
    "name": "SignUpQuery",
    "selections": [
      {
        "alias": null,
        "args": null,
        "concreteType": "SignInOptions",
        "kind": "LinkedField",
        "name": "signInOptions",
        "plural": false,
        "selections": [
          (v0/*:: as any*/),
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
    "cacheID": "c9207b795adc96748c5b0b397f8e75b4",
    "id": "3bdb7091318de87dc5b04d1c8dde9a061049333e5983bf80323d78897c6c45d3",
    "metadata": {},
    "name": "SignUpQuery",
    "operationKind": "query",
    "text": "query SignUpQuery {\n  signInOptions {\n    selfSignupEnabled\n    ...PasswordRules_options\n  }\n}\n\nfragment PasswordRules_options on SignInOptions {\n  passwordPolicy {\n    minLength\n    maxLength\n    forbidNames\n    forbidCommon\n  }\n}\n"
  }
};
})();

(node as any).hash = "588202422e65c2586bbd0b205ea9402b";

export default node;
