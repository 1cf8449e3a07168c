/**
 * @generated SignedSource<<92a053afbb6f974adf0b4cc273008ee5>>
 * @relayHash bf6a0db3fd6012144a9a254454da9871
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID 5f12297923bb22d0e21b76f0232e9448cff89b1b4981b8f646d0be82e926b261

import { ConcreteRequest } from 'relay-runtime';
export type CreateCustomerInput = {
  externalID?: string | null | undefined;
  name: string;
};
export type CustomersScreenCreateMutation$variables = {
  connections: ReadonlyArray<string>;
  input: CreateCustomerInput;
};
export type CustomersScreenCreateMutation$data = {
  readonly createCustomer: {
    readonly customer: {
      readonly createdAt: string;
      readonly externalID: string | null | undefined;
      readonly id: string;
      readonly name: string;
    };
  };
};
export type CustomersScreenCreateMutation = {
  response: CustomersScreenCreateMutation$data;
  variables: CustomersScreenCreateMutation$variables;
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
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "createdAt",
      "storageKey": null
    }
  ],
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
    "name": "CustomersScreenCreateMutation",
    "selections": [
      {
        "alias": null,
        "args": (v2/*:: as any*/),
        "concreteType": "CustomerPayload",
        "kind": "LinkedField",
        "name": "createCustomer",
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
    "name": "CustomersScreenCreateMutation",
    "selections": [
      {
        "alias": null,
        "args": (v2/*:: as any*/),
        "concreteType": "CustomerPayload",
        "kind": "LinkedField",
        "name": "createCustomer",
        "plural": false,
        "selections": [
          (v3/*:: as any*/),
          {
            "alias": null,
            "args": null,
            "filters": null,
            "handle": "appendNode",
            "key": "",
            "kind": "LinkedHandle",
            "name": "customer",
            "handleArgs": [
              {
                "kind": "Variable",
                "name": "connections",
                "variableName": "connections"
              },
              {
                "kind": "Literal",
                "name": "edgeTypeName",
                "value": "CustomerEdge"
              }
            ]
          }
        ],
        "storageKey": null
      }
    ]
  },
  "params": {
    "cacheID": "bf6a0db3fd6012144a9a254454da9871",
    "id": "5f12297923bb22d0e21b76f0232e9448cff89b1b4981b8f646d0be82e926b261",
    "metadata": {},
    "name": "CustomersScreenCreateMutation",
    "operationKind": "mutation",
    "text": "mutation CustomersScreenCreateMutation(\n  $input: CreateCustomerInput!\n) {\n  createCustomer(input: $input) {\n    customer {\n      id\n      name\n      externalID\n      createdAt\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "b64bfe55b964c41e0ef9751b422a9498";

export default node;
