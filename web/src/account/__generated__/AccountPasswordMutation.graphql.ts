/**
 * @generated SignedSource<<2ff84990488833b4a244d074c00a530a>>
 * @relayHash 3efa45ab9238f19019a199a5d721fe8b
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID 3fa68d7526a8914301124766d814f853bc071103f80b2746de2001344f1432d8

import { ConcreteRequest } from 'relay-runtime';
export type ChangePasswordInput = {
  currentPassword: string;
  newPassword: string;
};
export type AccountPasswordMutation$variables = {
  input: ChangePasswordInput;
};
export type AccountPasswordMutation$data = {
  readonly changePassword: {
    readonly user: {
      readonly id: string;
      readonly passwordChangedAt: string | null | undefined;
    };
  };
};
export type AccountPasswordMutation = {
  response: AccountPasswordMutation$data;
  variables: AccountPasswordMutation$variables;
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
    "concreteType": "ChangePasswordPayload",
    "kind": "LinkedField",
    "name": "changePassword",
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
            "name": "passwordChangedAt",
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
    "name": "AccountPasswordMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "AccountPasswordMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "3efa45ab9238f19019a199a5d721fe8b",
    "id": "3fa68d7526a8914301124766d814f853bc071103f80b2746de2001344f1432d8",
    "metadata": {},
    "name": "AccountPasswordMutation",
    "operationKind": "mutation",
    "text": "mutation AccountPasswordMutation(\n  $input: ChangePasswordInput!\n) {\n  changePassword(input: $input) {\n    user {\n      id\n      passwordChangedAt\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "1a0e7a881f2c0084700676d29c190316";

export default node;
