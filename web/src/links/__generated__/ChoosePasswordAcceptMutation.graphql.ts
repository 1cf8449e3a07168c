/**
 * @generated SignedSource<<83b2feba9bb250368586a95fc5af1afa>>
 * @relayHash 28b454726f3154c3fb14c2d5c02e4080
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID ae092a0de948ab3776af6d8ceda61f929efbad192f0d9f986febfcc43cc1fb68

import { ConcreteRequest } from 'relay-runtime';
export type TokenPasswordInput = {
  password: string;
  token: string;
};
export type ChoosePasswordAcceptMutation$variables = {
  input: TokenPasswordInput;
};
export type ChoosePasswordAcceptMutation$data = {
  readonly acceptInvitation: {
    readonly redirectURL: string | null | undefined;
    readonly user: {
      readonly id: string;
    };
  };
};
export type ChoosePasswordAcceptMutation = {
  response: ChoosePasswordAcceptMutation$data;
  variables: ChoosePasswordAcceptMutation$variables;
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
    "concreteType": "AcceptInvitationPayload",
    "kind": "LinkedField",
    "name": "acceptInvitation",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "redirectURL",
        "storageKey": null
      },
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
    "name": "ChoosePasswordAcceptMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "ChoosePasswordAcceptMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "28b454726f3154c3fb14c2d5c02e4080",
    "id": "ae092a0de948ab3776af6d8ceda61f929efbad192f0d9f986febfcc43cc1fb68",
    "metadata": {},
    "name": "ChoosePasswordAcceptMutation",
    "operationKind": "mutation",
    "text": "mutation ChoosePasswordAcceptMutation(\n  $input: TokenPasswordInput!\n) {\n  acceptInvitation(input: $input) {\n    redirectURL\n    user {\n      id\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "3d2aff3cb38ad81ba2115a4e8ee04b54";

export default node;
