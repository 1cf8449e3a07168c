/**
 * @generated SignedSource<<6a85b53baecb4d0e211c535480391d5e>>
 * @relayHash 5052deb9e9b9f270a2f1dcaed9220203
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID 09966039941514093b39f2eb706d4bb74a897c51acfb6af813d3fb3a3655574d

import { ConcreteRequest } from 'relay-runtime';
import { FragmentRefs } from "relay-runtime";
export type UserRowSendEmailQuery$variables = {
  id: string;
};
export type UserRowSendEmailQuery$data = {
  readonly node: {
    readonly user: {
      readonly " $fragmentSpreads": FragmentRefs<"SendEmailDialog_user">;
    } | null | undefined;
  } | null | undefined;
};
export type UserRowSendEmailQuery = {
  response: UserRowSendEmailQuery$data;
  variables: UserRowSendEmailQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "defaultValue": null,
    "kind": "LocalArgument",
    "name": "id"
  }
],
v1 = [
  {
    "kind": "Variable",
    "name": "id",
    "variableName": "id"
  }
],
v2 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "id",
  "storageKey": null
},
v3 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "email",
  "storageKey": null
};
return {
  "fragment": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Fragment",
    "metadata": null,
    "name": "UserRowSendEmailQuery",
    "selections": [
      {
        "alias": null,
        "args": (v1/*:: as any*/),
        "concreteType": null,
        "kind": "LinkedField",
        "name": "node",
        "plural": false,
        "selections": [
          {
            "fragment": {
              "kind": "InlineFragment",
              "selections": [
                {
                  "args": null,
                  "kind": "FragmentSpread",
                  "name": "SendEmailDialog_user"
                }
              ],
              "type": "User",
              "abstractKey": null
            },
            "kind": "AliasedInlineFragmentSpread",
            "name": "user"
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
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "UserRowSendEmailQuery",
    "selections": [
      {
        "alias": null,
        "args": (v1/*:: as any*/),
        "concreteType": null,
        "kind": "LinkedField",
        "name": "node",
        "plural": false,
        "selections": [
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "__typename",
            "storageKey": null
          },
          (v2/*:: as any*/),
          {
            "kind": "InlineFragment",
            "selections": [
              (v3/*:: as any*/),
              {
                "alias": null,
                "args": null,
                "concreteType": "EmailAlias",
                "kind": "LinkedField",
                "name": "emailAliases",
                "plural": true,
                "selections": [
                  (v3/*:: as any*/),
                  {
                    "alias": null,
                    "args": null,
                    "kind": "ScalarField",
                    "name": "confirmedAt",
                    "storageKey": null
                  },
                  (v2/*:: as any*/)
                ],
                "storageKey": null
              }
            ],
            "type": "User",
            "abstractKey": null
          }
        ],
        "storageKey": null
      }
    ]
  },
  "params": {
    "cacheID": "5052deb9e9b9f270a2f1dcaed9220203",
    "id": "09966039941514093b39f2eb706d4bb74a897c51acfb6af813d3fb3a3655574d",
    "metadata": {},
    "name": "UserRowSendEmailQuery",
    "operationKind": "query",
    "text": "query UserRowSendEmailQuery(\n  $id: ID!\n) {\n  node(id: $id) {\n    __typename\n    ...SendEmailDialog_user\n    id\n  }\n}\n\nfragment SendEmailDialog_user on User {\n  id\n  email\n  emailAliases {\n    email\n    confirmedAt\n    id\n  }\n}\n"
  }
};
})();

(node as any).hash = "6cb1c47260c5ccd583850c9bf24e875c";

export default node;
