/**
 * @generated SignedSource<<f51fd4bd2d4d370db51b4f86e37973d7>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ReaderFragment } from 'relay-runtime';
import { FragmentRefs } from "relay-runtime";
export type AccountNewsletter_subscription$data = {
  readonly id: string;
  readonly subscribedAt: string;
  readonly unsubscribedAt: string | null | undefined;
  readonly user: {
    readonly id: string;
    readonly newsletterSubscription: {
      readonly id: string;
    } | null | undefined;
  } | null | undefined;
  readonly " $fragmentType": "AccountNewsletter_subscription";
};
export type AccountNewsletter_subscription$key = {
  readonly " $data"?: AccountNewsletter_subscription$data;
  readonly " $fragmentSpreads": FragmentRefs<"AccountNewsletter_subscription">;
};

const node: ReaderFragment = (function(){
var v0 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "id",
  "storageKey": null
};
return {
  "argumentDefinitions": [],
  "kind": "Fragment",
  "metadata": null,
  "name": "AccountNewsletter_subscription",
  "selections": [
    (v0/*:: as any*/),
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "subscribedAt",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "unsubscribedAt",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "concreteType": "User",
      "kind": "LinkedField",
      "name": "user",
      "plural": false,
      "selections": [
        (v0/*:: as any*/),
        {
          "alias": null,
          "args": null,
          "concreteType": "NewsletterSubscription",
          "kind": "LinkedField",
          "name": "newsletterSubscription",
          "plural": false,
          "selections": [
            (v0/*:: as any*/)
          ],
          "storageKey": null
        }
      ],
      "storageKey": null
    }
  ],
  "type": "NewsletterSubscription",
  "abstractKey": null
};
})();

(node as any).hash = "f5f5812be9ce486db413c4f707286517";

export default node;
