/**
 * @generated SignedSource<<0a748b2f6e40b106ac0770b9e7dd5a1a>>
 * @relayHash e22bba8595556509e83fb1192cf96cdb
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID de17a646515ae2e9a5567383a55fff6bed0a780f68bfaffcc90a6e57a6030157

import { ConcreteRequest } from 'relay-runtime';
export type DeleteRoleInput = {
  id: string;
};
export type RolesScreenDeleteMutation$variables = {
  connections: ReadonlyArray<string>;
  input: DeleteRoleInput;
};
export type RolesScreenDeleteMutation$data = {
  readonly deleteRole: {
    readonly deletedID: string;
  };
};
export type RolesScreenDeleteMutation = {
  response: RolesScreenDeleteMutation$data;
  variables: RolesScreenDeleteMutation$variables;
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
    "name": "RolesScreenDeleteMutation",
    "selections": [
      {
        "alias": null,
        "args": (v2/*:: as any*/),
        "concreteType": "DeleteRolePayload",
        "kind": "LinkedField",
        "name": "deleteRole",
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
    "name": "RolesScreenDeleteMutation",
    "selections": [
      {
        "alias": null,
        "args": (v2/*:: as any*/),
        "concreteType": "DeleteRolePayload",
        "kind": "LinkedField",
        "name": "deleteRole",
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
    "cacheID": "e22bba8595556509e83fb1192cf96cdb",
    "id": "de17a646515ae2e9a5567383a55fff6bed0a780f68bfaffcc90a6e57a6030157",
    "metadata": {},
    "name": "RolesScreenDeleteMutation",
    "operationKind": "mutation",
    "text": "mutation RolesScreenDeleteMutation(\n  $input: DeleteRoleInput!\n) {\n  deleteRole(input: $input) {\n    deletedID\n  }\n}\n"
  }
};
})();

(node as any).hash = "0b10d1a48b27829cb427022eec8e1c5a";

export default node;
