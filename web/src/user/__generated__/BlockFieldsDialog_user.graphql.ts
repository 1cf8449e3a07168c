/**
 * @generated SignedSource<<c3843696534f2a95f04ff2a74936e601>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ReaderFragment } from 'relay-runtime';
import { FragmentRefs } from "relay-runtime";
export type BlockFieldsDialog_user$data = {
  readonly blockedProfileFields: ReadonlyArray<string>;
  readonly id: string;
  readonly " $fragmentType": "BlockFieldsDialog_user";
};
export type BlockFieldsDialog_user$key = {
  readonly " $data"?: BlockFieldsDialog_user$data;
  readonly " $fragmentSpreads": FragmentRefs<"BlockFieldsDialog_user">;
};

const node: ReaderFragment = {
  "argumentDefinitions": [],
  "kind": "Fragment",
  "metadata": null,
  "name": "BlockFieldsDialog_user",
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
      "name": "blockedProfileFields",
      "storageKey": null
    }
  ],
  "type": "User",
  "abstractKey": null
};

(node as any).hash = "03eb2e3353a3c245132a6abbb0b8b43b";

export default node;
