/**
 * @generated SignedSource<<f652ff54476798a1de900fbce0e6bee6>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ReaderFragment } from 'relay-runtime';
import { FragmentRefs } from "relay-runtime";
export type PasswordRules_options$data = {
  readonly passwordPolicy: {
    readonly forbidCommon: boolean;
    readonly forbidNames: boolean;
    readonly maxLength: number;
    readonly minLength: number;
  };
  readonly " $fragmentType": "PasswordRules_options";
};
export type PasswordRules_options$key = {
  readonly " $data"?: PasswordRules_options$data;
  readonly " $fragmentSpreads": FragmentRefs<"PasswordRules_options">;
};

const node: ReaderFragment = {
  "argumentDefinitions": [],
  "kind": "Fragment",
  "metadata": null,
  "name": "PasswordRules_options",
  "selections": [
    {
      "alias": null,
      "args": null,
      "concreteType": "PasswordPolicy",
      "kind": "LinkedField",
      "name": "passwordPolicy",
      "plural": false,
      "selections": [
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "minLength",
          "storageKey": null
        },
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "maxLength",
          "storageKey": null
        },
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "forbidNames",
          "storageKey": null
        },
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "forbidCommon",
          "storageKey": null
        }
      ],
      "storageKey": null
    }
  ],
  "type": "SignInOptions",
  "abstractKey": null
};

(node as any).hash = "0cddfa1cccb3e36744581467cd30217a";

export default node;
