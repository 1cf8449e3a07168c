/**
 * @generated SignedSource<<702977635df7f709ded7dcaa59e12b8b>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ReaderFragment } from 'relay-runtime';
export type UserStatus = "ACCOUNT_DATA" | "CONFIRMATION_PENDING" | "CONFIRMED" | "INVITED" | "%future added value";
import { FragmentRefs } from "relay-runtime";
export type UserActions_user$data = {
  readonly confirmedAt: string | null | undefined;
  readonly email: string;
  readonly firstName: string | null | undefined;
  readonly id: string;
  readonly invitationSentAt: string | null | undefined;
  readonly lastName: string | null | undefined;
  readonly locked: boolean;
  readonly status: UserStatus;
  readonly " $fragmentSpreads": FragmentRefs<"BlockFieldsDialog_user" | "ChangeEmailDialog_user" | "RestrictionsDialog_user" | "SendEmailDialog_user">;
  readonly " $fragmentType": "UserActions_user";
};
export type UserActions_user$key = {
  readonly " $data"?: UserActions_user$data;
  readonly " $fragmentSpreads": FragmentRefs<"UserActions_user">;
};

const node: ReaderFragment = {
  "argumentDefinitions": [],
  "kind": "Fragment",
  "metadata": null,
  "name": "UserActions_user",
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
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "firstName",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "lastName",
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
      "name": "locked",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "confirmedAt",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "invitationSentAt",
      "storageKey": null
    },
    {
      "args": null,
      "kind": "FragmentSpread",
      "name": "ChangeEmailDialog_user"
    },
    {
      "args": null,
      "kind": "FragmentSpread",
      "name": "RestrictionsDialog_user"
    },
    {
      "args": null,
      "kind": "FragmentSpread",
      "name": "BlockFieldsDialog_user"
    },
    {
      "args": null,
      "kind": "FragmentSpread",
      "name": "SendEmailDialog_user"
    }
  ],
  "type": "User",
  "abstractKey": null
};

(node as any).hash = "dab6597f3fa0ecfd386031d7f912ac3b";

export default node;
