/**
 * @generated SignedSource<<ff5845e14ec74ce057b54d9a86dadfed>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ReaderFragment } from 'relay-runtime';
import { FragmentRefs } from "relay-runtime";
export type ChangeEmailDialog_user$data = {
  readonly email: string;
  readonly id: string;
  readonly " $fragmentType": "ChangeEmailDialog_user";
};
export type ChangeEmailDialog_user$key = {
  readonly " $data"?: ChangeEmailDialog_user$data;
  readonly " $fragmentSpreads": FragmentRefs<"ChangeEmailDialog_user">;
};

const node: ReaderFragment = {
  "argumentDefinitions": [],
  "kind": "Fragment",
  "metadata": null,
  "name": "ChangeEmailDialog_user",
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
      "name": "email",
      "storageKey": null
    }
  ],
  "type": "User",
  "abstractKey": null
};

(node as any).hash = "3880c40a619cfb7fefa92a4b5fca43a0";

export default node;
