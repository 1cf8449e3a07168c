/**
 * @generated SignedSource<<cafbbde0ea285b7a61eca78efe426233>>
 * @relayHash 78bb4f9a1c7112f6ac60b9e2c52c410d
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID 0a240a063a6610d96523c606e777d6b03c1952752935b7257886ccee065e347e

import { ConcreteRequest } from 'relay-runtime';
export type TokenInput = {
  token: string;
};
export type ConfirmEmailMutation$variables = {
  input: TokenInput;
};
export type ConfirmEmailMutation$data = {
  readonly confirmEmail: {
    readonly email: string;
  };
};
export type ConfirmEmailMutation = {
  response: ConfirmEmailMutation$data;
  variables: ConfirmEmailMutation$variables;
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
    "concreteType": "ConfirmEmailPayload",
    "kind": "LinkedField",
    "name": "confirmEmail",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "email",
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
    "name": "ConfirmEmailMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "ConfirmEmailMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "78bb4f9a1c7112f6ac60b9e2c52c410d",
    "id": "0a240a063a6610d96523c606e777d6b03c1952752935b7257886ccee065e347e",
    "metadata": {},
    "name": "ConfirmEmailMutation",
    "operationKind": "mutation",
    "text": "mutation ConfirmEmailMutation(\n  $input: TokenInput!\n) {\n  confirmEmail(input: $input) {\n    email\n  }\n}\n"
  }
};
})();

(node as any).hash = "249ad23071d7c835255e0bad909b5bb1";

export default node;
