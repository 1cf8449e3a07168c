/**
 * @generated SignedSource<<2ee111678c52b671ece5618e522cd180>>
 * @relayHash 319a3d7a28e25e7dc8d7a42fe63edf5b
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID 664c1b36749a7ab266a49dace1edd4045816119309b59a9beea35325f8940512

import { ConcreteRequest } from 'relay-runtime';
export type UserIDInput = {
  id: string;
};
export type UserActionsExportMutation$variables = {
  input: UserIDInput;
};
export type UserActionsExportMutation$data = {
  readonly exportUser: {
    readonly document: Record<string, unknown>;
  };
};
export type UserActionsExportMutation = {
  response: UserActionsExportMutation$data;
  variables: UserActionsExportMutation$variables;
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
    "concreteType": "PersonalDataExportPayload",
    "kind": "LinkedField",
    "name": "exportUser",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "document",
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
    "name": "UserActionsExportMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "UserActionsExportMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "319a3d7a28e25e7dc8d7a42fe63edf5b",
    "id": "664c1b36749a7ab266a49dace1edd4045816119309b59a9beea35325f8940512",
    "metadata": {},
    "name": "UserActionsExportMutation",
    "operationKind": "mutation",
    "text": "mutation UserActionsExportMutation(\n  $input: UserIDInput!\n) {\n  exportUser(input: $input) {\n    document\n  }\n}\n"
  }
};
})();

(node as any).hash = "cae1f3cc3ad946a7ee083b1c7d6e4dac";

export default node;
