/**
 * @generated SignedSource<<09f4dc60ee6b77e84731ac030bd957e0>>
 * @relayHash 2f9898a22c9b207137747778bf18c6c5
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID 1f493fe4291a34f0fd151daa731fed8f1843263ab33da98c1521db7a6d298059

import { ConcreteRequest } from 'relay-runtime';
import { FragmentRefs } from "relay-runtime";
export type AccountPasswordQuery$variables = Record<PropertyKey, never>;
export type AccountPasswordQuery$data = {
  readonly signInOptions: {
    readonly " $fragmentSpreads": FragmentRefs<"PasswordRules_options">;
  };
};
export type AccountPasswordQuery = {
  response: AccountPasswordQuery$data;
  variables: AccountPasswordQuery$variables;
};

const node: ConcreteRequest = {
  "fragment": {
    "argumentDefinitions": [],
    "kind": "Fragment",
    "metadata": null,
    "name": "AccountPasswordQuery",
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
    "name": "AccountPasswordQuery",
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
    "cacheID": "2f9898a22c9b207137747778bf18c6c5",
    "id": "1f493fe4291a34f0fd151daa731fed8f1843263ab33da98c1521db7a6d298059",
    "metadata": {},
    "name": "AccountPasswordQuery",
    "operationKind": "query",
    "text": "query AccountPasswordQuery {\n  signInOptions {\n    ...PasswordRules_options\n  }\n}\n\nfragment PasswordRules_options on SignInOptions {\n  passwordPolicy {\n    minLength\n    maxLength\n    forbidNames\n    forbidCommon\n  }\n}\n"
  }
};

(node as any).hash = "9b47b3dfd3c9a91b3b6ecec44dd140ab";

export default node;
