/**
 * @generated SignedSource<<5f70c461c39b148d6b119ca911b187ef>>
 * @relayHash 4e36bdce84fddd6e9a21496e3613f11f
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID c19e66c33f7daa4b7e51a29988de7fa02feaafbaf46c412c422c1a8635b43d93

import { ConcreteRequest } from 'relay-runtime';
export type RevokeAPIKeyInput = {
  id: string;
};
export type APIKeysScreenRevokeMutation$variables = {
  input: RevokeAPIKeyInput;
};
export type APIKeysScreenRevokeMutation$data = {
  readonly revokeAPIKey: {
    readonly apiKey: {
      readonly id: string;
      readonly revokedAt: string | null | undefined;
    };
  };
};
export type APIKeysScreenRevokeMutation = {
  response: APIKeysScreenRevokeMutation$data;
  variables: APIKeysScreenRevokeMutation$variables;
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
    "concreteType": "APIKeyPayload",
    "kind": "LinkedField",
    "name": "revokeAPIKey",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "concreteType": "APIKey",
        "kind": "LinkedField",
        "name": "apiKey",
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
            "name": "revokedAt",
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
    "name": "APIKeysScreenRevokeMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "APIKeysScreenRevokeMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "4e36bdce84fddd6e9a21496e3613f11f",
    "id": "c19e66c33f7daa4b7e51a29988de7fa02feaafbaf46c412c422c1a8635b43d93",
    "metadata": {},
    "name": "APIKeysScreenRevokeMutation",
    "operationKind": "mutation",
    "text": "mutation APIKeysScreenRevokeMutation(\n  $input: RevokeAPIKeyInput!\n) {\n  revokeAPIKey(input: $input) {\n    apiKey {\n      id\n      revokedAt\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "706a3c769ebeaa2328dc7b3a2d34ecda";

export default node;
