/**
 * @generated SignedSource<<e48fd6f52c9858d41ca812a665aa4fb0>>
 * @relayHash bd3b8815fac9a9724c14f3697915c254
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID 84cb6419536a3c3adf4cc092e32e52f1e95306fdc3788ab63a963d738c085a2d

import { ConcreteRequest } from 'relay-runtime';
export type AliasIDInput = {
  aliasID: string;
};
export type AccountEmailsRemoveMutation$variables = {
  input: AliasIDInput;
};
export type AccountEmailsRemoveMutation$data = {
  readonly removeEmailAlias: {
    readonly removedID: string;
  };
};
export type AccountEmailsRemoveMutation = {
  response: AccountEmailsRemoveMutation$data;
  variables: AccountEmailsRemoveMutation$variables;
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
    "kind": "Variable",
    "name": "input",
    "variableName": "input"
  }
],
v2 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "removedID",
  "storageKey": null
};
return {
  "fragment": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Fragment",
    "metadata": null,
    "name": "AccountEmailsRemoveMutation",
    "selections": [
      {
        "alias": null,
        "args": (v1/*:: as any*/),
        "concreteType": "RemoveEmailAliasPayload",
        "kind": "LinkedField",
        "name": "removeEmailAlias",
        "plural": false,
        "selections": [
          (v2/*:: as any*/)
        ],
        "storageKey": null
      }
    ],
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "AccountEmailsRemoveMutation",
    "selections": [
      {
        "alias": null,
        "args": (v1/*:: as any*/),
        "concreteType": "RemoveEmailAliasPayload",
        "kind": "LinkedField",
        "name": "removeEmailAlias",
        "plural": false,
        "selections": [
          (v2/*:: as any*/),
          {
            "alias": null,
            "args": null,
            "filters": null,
            "handle": "deleteRecord",
            "key": "",
            "kind": "ScalarHandle",
            "name": "removedID"
          }
        ],
        "storageKey": null
      }
    ]
  },
  "params": {
    "cacheID": "bd3b8815fac9a9724c14f3697915c254",
    "id": "84cb6419536a3c3adf4cc092e32e52f1e95306fdc3788ab63a963d738c085a2d",
    "metadata": {},
    "name": "AccountEmailsRemoveMutation",
    "operationKind": "mutation",
    "text": "mutation AccountEmailsRemoveMutation(\n  $input: AliasIDInput!\n) {\n  removeEmailAlias(input: $input) {\n    removedID\n  }\n}\n"
  }
};
})();

(node as any).hash = "5cf3b881000faaa438fbb9829ce20d7d";

export default node;
