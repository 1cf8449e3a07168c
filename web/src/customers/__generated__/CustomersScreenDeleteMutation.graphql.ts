/**
 * @generated SignedSource<<cb63f43cbe394a34c385654b0c894b78>>
 * @relayHash 17ce768980ec3de62753a4d88136cc97
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID fa014eb03edf376f0e8a2cab164840766516b3099278e0f16c4673934c9c692d

import { ConcreteRequest } from 'relay-runtime';
export type DeleteCustomerInput = {
  id: string;
};
export type CustomersScreenDeleteMutation$variables = {
  connections: ReadonlyArray<string>;
  input: DeleteCustomerInput;
};
export type CustomersScreenDeleteMutation$data = {
  readonly deleteCustomer: {
    readonly deletedID: string;
  };
};
export type CustomersScreenDeleteMutation = {
  response: CustomersScreenDeleteMutation$data;
  variables: CustomersScreenDeleteMutation$variables;
};

const node: ConcreteRequest = (function(){
var v0 = {
  "defaultValue": null,
  "kind": "LocalArgument",
  "name": "connections"
},
v1 = {
  "defaultValue": null,
  "kind": "LocalArgument",
  "name": "input"
},
v2 = [
  {
    "kind": "Variable",
    "name": "input",
    "variableName": "input"
  }
],
v3 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "deletedID",
  "storageKey": null
};
return {
  "fragment": {
    "argumentDefinitions": [
      (v0/*:: as any*/),
      (v1/*:: as any*/)
    ],
    "kind": "Fragment",
    "metadata": null,
    "name": "CustomersScreenDeleteMutation",
    "selections": [
      {
        "alias": null,
        "args": (v2/*:: as any*/),
        "concreteType": "DeleteCustomerPayload",
        "kind": "LinkedField",
        "name": "deleteCustomer",
        "plural": false,
        "selections": [
          (v3/*:: as any*/)
        ],
        "storageKey": null
      }
    ],
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [
      (v1/*:: as any*/),
      (v0/*:: as any*/)
    ],
    "kind": "Operation",
    "name": "CustomersScreenDeleteMutation",
    "selections": [
      {
        "alias": null,
        "args": (v2/*:: as any*/),
        "concreteType": "DeleteCustomerPayload",
        "kind": "LinkedField",
        "name": "deleteCustomer",
        "plural": false,
        "selections": [
          (v3/*:: as any*/),
          {
            "alias": null,
            "args": null,
            "filters": null,
            "handle": "deleteEdge",
            "key": "",
            "kind": "ScalarHandle",
            "name": "deletedID",
            "handleArgs": [
              {
                "kind": "Variable",
                "name": "connections",
                "variableName": "connections"
              }
            ]
          }
        ],
        "storageKey": null
      }
    ]
  },
  "params": {
    "cacheID": "17ce768980ec3de62753a4d88136cc97",
    "id": "fa014eb03edf376f0e8a2cab164840766516b3099278e0f16c4673934c9c692d",
    "metadata": {},
    "name": "CustomersScreenDeleteMutation",
    "operationKind": "mutation",
    "text": "mutation CustomersScreenDeleteMutation(\n  $input: DeleteCustomerInput!\n) {\n  deleteCustomer(input: $input) {\n    deletedID\n  }\n}\n"
  }
};
})();

(node as any).hash = "54c7b713ca906b9055d0c21b39c050cc";

export default node;
