/**
 * @generated SignedSource<<20abb75dbf82a006a0ae24b696f3406b>>
 * @relayHash ec83b8fb94599803dfbb96fa65fbb6f4
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID 1557ae7711cfdb259e60759dd4687559b8e67bca2b56304bdb6069c71b382bb8

import { ConcreteRequest } from 'relay-runtime';
export type TokenPasswordInput = {
  password: string;
  token: string;
};
export type ChoosePasswordResetMutation$variables = {
  input: TokenPasswordInput;
};
export type ChoosePasswordResetMutation$data = {
  readonly resetPassword: {
    readonly email: string;
  };
};
export type ChoosePasswordResetMutation = {
  response: ChoosePasswordResetMutation$data;
  variables: ChoosePasswordResetMutation$variables;
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
    "concreteType": "ResetPasswordPayload",
    "kind": "LinkedField",
    "name": "resetPassword",
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
    "name": "ChoosePasswordResetMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "ChoosePasswordResetMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "ec83b8fb94599803dfbb96fa65fbb6f4",
    "id": "1557ae7711cfdb259e60759dd4687559b8e67bca2b56304bdb6069c71b382bb8",
    "metadata": {},
    "name": "ChoosePasswordResetMutation",
    "operationKind": "mutation",
    "text": "mutation ChoosePasswordResetMutation(\n  $input: TokenPasswordInput!\n) {\n  resetPassword(input: $input) {\n    email\n  }\n}\n"
  }
};
})();

(node as any).hash = "16f1413eb7152665b798be6d5a9bfd9a";

export default node;
