/**
 * @generated SignedSource<<8f5d36a464ab234cad0562d7de66fc1b>>
 * @relayHash 9c24b91d814039974990beda9e5fbfae
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID f67d82dc805679252ef9652b142d5b0546e108d305801ed88e2826fd80b32c41

import { ConcreteRequest } from 'relay-runtime';
export type TokenInput = {
  token: string;
};
export type ConfirmEmailAliasMutation$variables = {
  input: TokenInput;
};
export type ConfirmEmailAliasMutation$data = {
  readonly confirmEmailAlias: {
    readonly emailAlias: {
      readonly confirmedAt: string | null | undefined;
      readonly email: string;
      readonly id: string;
    };
  };
};
export type ConfirmEmailAliasMutation = {
  response: ConfirmEmailAliasMutation$data;
  variables: ConfirmEmailAliasMutation$variables;
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
    "concreteType": "EmailAliasPayload",
    "kind": "LinkedField",
    "name": "confirmEmailAlias",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "concreteType": "EmailAlias",
        "kind": "LinkedField",
        "name": "emailAlias",
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
            "name": "email",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "confirmedAt",
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
    "name": "ConfirmEmailAliasMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "ConfirmEmailAliasMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "9c24b91d814039974990beda9e5fbfae",
    "id": "f67d82dc805679252ef9652b142d5b0546e108d305801ed88e2826fd80b32c41",
    "metadata": {},
    "name": "ConfirmEmailAliasMutation",
    "operationKind": "mutation",
    "text": "mutation ConfirmEmailAliasMutation(\n  $input: TokenInput!\n) {\n  confirmEmailAlias(input: $input) {\n    emailAlias {\n      id\n      email\n      confirmedAt\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "6e7ff99fc809853ce48fcf7e8ac2aec4";

export default node;
