/**
 * @generated SignedSource<<5184e25460a2396806a9509666456382>>
 * @relayHash 078e55c84ad3f50732db1f848f9590b9
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID 388a6feb333bcc0195a06332716043e5ed0f038f6cc9cbc8d58d367056e63264

import { ConcreteRequest } from 'relay-runtime';
export type AliasIDInput = {
  aliasID: string;
};
export type AccountEmailsPrimaryMutation$variables = {
  input: AliasIDInput;
};
export type AccountEmailsPrimaryMutation$data = {
  readonly setPrimaryEmail: {
    readonly user: {
      readonly email: string;
      readonly emailAliases: ReadonlyArray<{
        readonly confirmedAt: string | null | undefined;
        readonly createdAt: string;
        readonly email: string;
        readonly id: string;
      }> | null | undefined;
      readonly id: string;
    };
  };
};
export type AccountEmailsPrimaryMutation = {
  response: AccountEmailsPrimaryMutation$data;
  variables: AccountEmailsPrimaryMutation$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "defaultValue": null,
    "kind": "LocalArgument",
    "name": "input"
  }
],
v1 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "id",
  "storageKey": null
},
v2 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "email",
  "storageKey": null
},
v3 = [
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
    "name": "setPrimaryEmail",
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
          (v1/*:: as any*/),
          (v2/*:: as any*/),
          {
            "alias": null,
            "args": null,
            "concreteType": "EmailAlias",
            "kind": "LinkedField",
            "name": "emailAliases",
            "plural": true,
            "selections": [
              (v1/*:: as any*/),
              (v2/*:: as any*/),
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "confirmedAt",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "createdAt",
                "storageKey": null
              }
            ],
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
    "name": "AccountEmailsPrimaryMutation",
    "selections": (v3/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "AccountEmailsPrimaryMutation",
    "selections": (v3/*:: as any*/)
  },
  "params": {
    "cacheID": "078e55c84ad3f50732db1f848f9590b9",
    "id": "388a6feb333bcc0195a06332716043e5ed0f038f6cc9cbc8d58d367056e63264",
    "metadata": {},
    "name": "AccountEmailsPrimaryMutation",
    "operationKind": "mutation",
    "text": "mutation AccountEmailsPrimaryMutation(\n  $input: AliasIDInput!\n) {\n  setPrimaryEmail(input: $input) {\n    user {\n      id\n      email\n      emailAliases {\n        id\n        email\n        confirmedAt\n        createdAt\n      }\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "15c1775f9d845437a23af7379b97ea8f";

export default node;
