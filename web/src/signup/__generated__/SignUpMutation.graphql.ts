/**
 * @generated SignedSource<<2d2e5080865f09c447e8f7cf769be712>>
 * @relayHash 38ae9d59c1120c46c3c66f285b614f77
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID 827bba102e6ee561c6b74f78b4fc7788cf806dc9c6686408913815ead01e1287

import { ConcreteRequest } from 'relay-runtime';
export type UserSalutation = "DIVERS" | "MR" | "MRS" | "%future added value";
export type SignUpInput = {
  email: string;
  password: string;
  profile?: ProfileInput | null | undefined;
};
export type ProfileInput = {
  addressAddition?: string | null | undefined;
  birthday?: string | null | undefined;
  city?: string | null | undefined;
  company?: string | null | undefined;
  country?: string | null | undefined;
  customAttributes?: Record<string, unknown> | null | undefined;
  firstName?: string | null | undefined;
  lastName?: string | null | undefined;
  phone?: string | null | undefined;
  salutation?: UserSalutation | null | undefined;
  street?: string | null | undefined;
  zip?: string | null | undefined;
};
export type SignUpMutation$variables = {
  input: SignUpInput;
};
export type SignUpMutation$data = {
  readonly signUp: {
    readonly accepted: boolean;
  };
};
export type SignUpMutation = {
  response: SignUpMutation$data;
  variables: SignUpMutation$variables;
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
    "name": "signUp",
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
    "name": "SignUpMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "SignUpMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "38ae9d59c1120c46c3c66f285b614f77",
    "id": "827bba102e6ee561c6b74f78b4fc7788cf806dc9c6686408913815ead01e1287",
    "metadata": {},
    "name": "SignUpMutation",
    "operationKind": "mutation",
    "text": "mutation SignUpMutation(\n  $input: SignUpInput!\n) {\n  signUp(input: $input) {\n    accepted\n  }\n}\n"
  }
};
})();

(node as any).hash = "0ff27a18eee9e7f94248d95621008f1a";

export default node;
