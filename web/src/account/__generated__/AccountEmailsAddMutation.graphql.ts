/**
 * @generated SignedSource<<23ae881acf31cacf6800e45454b371db>>
 * @relayHash 497fc660e33294ad54109cec1a99996c
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID f6a510583b612a0f59dc358f93086eb5de934e5398131a55926fe2bf20d3b3de

import { ConcreteRequest } from 'relay-runtime';
export type EmailInput = {
  email: string;
};
export type AccountEmailsAddMutation$variables = {
  input: EmailInput;
};
export type AccountEmailsAddMutation$data = {
  readonly addEmailAlias: {
    readonly emailAlias: {
      readonly confirmedAt: string | null | undefined;
      readonly email: string;
      readonly id: string;
    };
  };
};
export type AccountEmailsAddMutation = {
  response: AccountEmailsAddMutation$data;
  variables: AccountEmailsAddMutation$variables;
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
    "name": "addEmailAlias",
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
    "name": "AccountEmailsAddMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "AccountEmailsAddMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "497fc660e33294ad54109cec1a99996c",
    "id": "f6a510583b612a0f59dc358f93086eb5de934e5398131a55926fe2bf20d3b3de",
    "metadata": {},
    "name": "AccountEmailsAddMutation",
    "operationKind": "mutation",
    "text": "mutation AccountEmailsAddMutation(\n  $input: EmailInput!\n) {\n  addEmailAlias(input: $input) {\n    emailAlias {\n      id\n      email\n      confirmedAt\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "caf40cce52f6ed7a2dc6c30dc27145bc";

export default node;
