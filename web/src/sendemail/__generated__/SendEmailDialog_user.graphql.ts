/**
 * @generated SignedSource<<fe6ebd08d00f13e621099f84631d07a3>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ReaderFragment } from 'relay-runtime';
import { FragmentRefs } from "relay-runtime";
export type SendEmailDialog_user$data = {
  readonly email: string;
  readonly emailAliases: ReadonlyArray<{
    readonly confirmedAt: string | null | undefined;
    readonly email: string;
  }> | null | undefined;
  readonly id: string;
  readonly " $fragmentType": "SendEmailDialog_user";
};
export type SendEmailDialog_user$key = {
  readonly " $data"?: SendEmailDialog_user$data;
  readonly " $fragmentSpreads": FragmentRefs<"SendEmailDialog_user">;
};

const node: ReaderFragment = (function(){
var v0 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "email",
  "storageKey": null
};
return {
  "argumentDefinitions": [],
  "kind": "Fragment",
  "metadata": null,
  "name": "SendEmailDialog_user",
  "selections": [
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "id",
      "storageKey": null
    },
    (v0/*:: as any*/),
    {
      "alias": null,
      "args": null,
      "concreteType": "EmailAlias",
      "kind": "LinkedField",
      "name": "emailAliases",
      "plural": true,
      "selections": [
        (v0/*:: as any*/),
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "confirmedAt",
          "storageKey": null
        }
      ],
      "storageKey": null
    }
  ],
  "type": "User",
  "abstractKey": null
};
})();

(node as any).hash = "b160f73a791717aa5d71d35bfc250feb";

export default node;
