/**
 * @generated SignedSource<<1e4f6d59d1697e6def463e23f660a73c>>
 * @relayHash 0b5987d68918af68cd0a0c01c455cc82
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID 75f82c4011a46d92f2face10e43cca6b066347e293042ff2b6963283cdf9de49

import { ConcreteRequest } from 'relay-runtime';
export type ShellLogoutMutation$variables = Record<PropertyKey, never>;
export type ShellLogoutMutation$data = {
  readonly logout: {
    readonly sessionID: string | null | undefined;
  };
};
export type ShellLogoutMutation = {
  response: ShellLogoutMutation$data;
  variables: ShellLogoutMutation$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "alias": null,
    "args": null,
    "concreteType": "LogoutPayload",
    "kind": "LinkedField",
    "name": "logout",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "sessionID",
        "storageKey": null
      }
    ],
    "storageKey": null
  }
];
return {
  "fragment": {
    "argumentDefinitions": [],
    "kind": "Fragment",
    "metadata": null,
    "name": "ShellLogoutMutation",
    "selections": (v0/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "ShellLogoutMutation",
    "selections": (v0/*:: as any*/)
  },
  "params": {
    "cacheID": "0b5987d68918af68cd0a0c01c455cc82",
    "id": "75f82c4011a46d92f2face10e43cca6b066347e293042ff2b6963283cdf9de49",
    "metadata": {},
    "name": "ShellLogoutMutation",
    "operationKind": "mutation",
    "text": "mutation ShellLogoutMutation {\n  logout {\n    sessionID\n  }\n}\n"
  }
};
})();

(node as any).hash = "d0c15c6042fdf20d42384bbe080d9678";

export default node;
