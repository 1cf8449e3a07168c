/**
 * @generated SignedSource<<3a7cbf5ea9de5c2779eb270024cd99c9>>
 * @relayHash c9d1fb51b729f639caab2b7785361143
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID b176969750113a37326f83af2dc6ec1106a99dc680ac00f198792e14d6b83b9c

import { ConcreteRequest } from 'relay-runtime';
export type UpdateCustomerInput = {
  externalID?: string | null | undefined;
  id: string;
  name?: string | null | undefined;
};
export type CustomersScreenUpdateMutation$variables = {
  input: UpdateCustomerInput;
};
export type CustomersScreenUpdateMutation$data = {
  readonly updateCustomer: {
    readonly customer: {
      readonly externalID: string | null | undefined;
      readonly id: string;
      readonly name: string;
    };
  };
};
export type CustomersScreenUpdateMutation = {
  response: CustomersScreenUpdateMutation$data;
  variables: CustomersScreenUpdateMutation$variables;
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
    "concreteType": "CustomerPayload",
    "kind": "LinkedField",
    "name": "updateCustomer",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "concreteType": "Customer",
        "kind": "LinkedField",
        "name": "customer",
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
            "name": "name",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "externalID",
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
    "name": "CustomersScreenUpdateMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "CustomersScreenUpdateMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "c9d1fb51b729f639caab2b7785361143",
    "id": "b176969750113a37326f83af2dc6ec1106a99dc680ac00f198792e14d6b83b9c",
    "metadata": {},
    "name": "CustomersScreenUpdateMutation",
    "operationKind": "mutation",
    "text": "mutation CustomersScreenUpdateMutation(\n  $input: UpdateCustomerInput!\n) {\n  updateCustomer(input: $input) {\n    customer {\n      id\n      name\n      externalID\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "8f781bab112240514dcab8cff915e1bf";

export default node;
