/**
 * @generated SignedSource<<01c962687bed295f577ab03e41c9d496>>
 * @relayHash f69a415f85193efc3745eefb6ec71490
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID 67bbf9025ef786ff44b0a0fd406a3508150652670b3207e1e7f05305475411b6

import { ConcreteRequest } from 'relay-runtime';
export type AccountDataExportMutation$variables = Record<PropertyKey, never>;
export type AccountDataExportMutation$data = {
  readonly exportMe: {
    readonly document: Record<string, unknown>;
  };
};
export type AccountDataExportMutation = {
  response: AccountDataExportMutation$data;
  variables: AccountDataExportMutation$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "alias": null,
    "args": null,
    "concreteType": "PersonalDataExportPayload",
    "kind": "LinkedField",
    "name": "exportMe",
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
    "argumentDefinitions": [],
    "kind": "Fragment",
    "metadata": null,
    "name": "AccountDataExportMutation",
    "selections": (v0/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "AccountDataExportMutation",
    "selections": (v0/*:: as any*/)
  },
  "params": {
    "cacheID": "f69a415f85193efc3745eefb6ec71490",
    "id": "67bbf9025ef786ff44b0a0fd406a3508150652670b3207e1e7f05305475411b6",
    "metadata": {},
    "name": "AccountDataExportMutation",
    "operationKind": "mutation",
    "text": "mutation AccountDataExportMutation {\n  exportMe {\n    document\n  }\n}\n"
  }
};
})();

(node as any).hash = "f205e983f1069d7fb6b6337ae94ff249";

export default node;
