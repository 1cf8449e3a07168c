/**
 * @generated SignedSource<<721f7df2ddce1b90b64b9e88973577a5>>
 * @relayHash f6474e611060179e67adb7068c337ed3
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID 9d3e90592a73b17f5f5ad83d2880e6466705c0fb6e6beba62315409c4b8924f5

import { ConcreteRequest } from 'relay-runtime';
export type OutgoingMailStatus = "DEAD" | "PENDING" | "SENT" | "%future added value";
export type RedeliverMailInput = {
  id: string;
};
export type OutboxScreenRedeliverMutation$variables = {
  input: RedeliverMailInput;
};
export type OutboxScreenRedeliverMutation$data = {
  readonly redeliverMail: {
    readonly mail: {
      readonly attemptCount: number;
      readonly id: string;
      readonly nextAttemptAt: string;
      readonly status: OutgoingMailStatus;
    };
  };
};
export type OutboxScreenRedeliverMutation = {
  response: OutboxScreenRedeliverMutation$data;
  variables: OutboxScreenRedeliverMutation$variables;
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
    "concreteType": "OutgoingMailPayload",
    "kind": "LinkedField",
    "name": "redeliverMail",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "concreteType": "OutgoingMail",
        "kind": "LinkedField",
        "name": "mail",
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
            "name": "status",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "nextAttemptAt",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "attemptCount",
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
    "name": "OutboxScreenRedeliverMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "OutboxScreenRedeliverMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "f6474e611060179e67adb7068c337ed3",
    "id": "9d3e90592a73b17f5f5ad83d2880e6466705c0fb6e6beba62315409c4b8924f5",
    "metadata": {},
    "name": "OutboxScreenRedeliverMutation",
    "operationKind": "mutation",
    "text": "mutation OutboxScreenRedeliverMutation(\n  $input: RedeliverMailInput!\n) {\n  redeliverMail(input: $input) {\n    mail {\n      id\n      status\n      nextAttemptAt\n      attemptCount\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "2aff5727ea422260f1192f4476412dc2";

export default node;
