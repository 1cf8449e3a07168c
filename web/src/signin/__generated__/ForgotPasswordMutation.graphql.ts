/**
 * @generated SignedSource<<7a34441da8f088bd84e250f1d8038c83>>
 * @relayHash 64129d5a553d2cd6e2453089a5903a63
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID f67e651d7af45670f5949aade207808e2de2304cb9241430332c5bdf450ff0fb

import { ConcreteRequest } from 'relay-runtime';
export type RequestPasswordResetInput = {
  email: string;
};
export type ForgotPasswordMutation$variables = {
  input: RequestPasswordResetInput;
};
export type ForgotPasswordMutation$data = {
  readonly requestPasswordReset: {
    readonly accepted: boolean;
  };
};
export type ForgotPasswordMutation = {
  response: ForgotPasswordMutation$data;
  variables: ForgotPasswordMutation$variables;
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
    "concreteType": "AcceptedPayload",
    "kind": "LinkedField",
    "name": "requestPasswordReset",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "accepted",
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
    "name": "ForgotPasswordMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "ForgotPasswordMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "64129d5a553d2cd6e2453089a5903a63",
    "id": "f67e651d7af45670f5949aade207808e2de2304cb9241430332c5bdf450ff0fb",
    "metadata": {},
    "name": "ForgotPasswordMutation",
    "operationKind": "mutation",
    "text": "mutation ForgotPasswordMutation(\n  $input: RequestPasswordResetInput!\n) {\n  requestPasswordReset(input: $input) {\n    accepted\n  }\n}\n"
  }
};
})();

(node as any).hash = "a98f45997754d55c5da877b3cc6f7819";

export default node;
