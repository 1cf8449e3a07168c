import { useState } from 'react';
import { graphql, useFragment, useMutation } from 'react-relay';
import { Dialog } from '../components/Dialog';
import { CheckboxField, FormErrors, TextField } from '../components/Field';
import { splitErrors } from '../relay/errors';
import type { ChangeEmailDialog_user$key } from './__generated__/ChangeEmailDialog_user.graphql';
import type { ChangeEmailDialogMutation } from './__generated__/ChangeEmailDialogMutation.graphql';

interface Props {
  open: boolean;
  user: ChangeEmailDialog_user$key;
  onClose: () => void;
  onDone: (message: string) => void;
}

/**
 * ChangeEmailDialog changes a user's address: with confirmation (the
 * current address stays until the user follows the link sent to the new
 * one) or at once.
 */
export function ChangeEmailDialog({ open, user, onClose, onDone }: Props) {
  const u = useFragment(
    graphql`
      fragment ChangeEmailDialog_user on User {
        id
        email
      }
    `,
    user,
  );
  const [email, setEmail] = useState('');
  const [requireConfirmation, setRequireConfirmation] = useState(true);
  const [errors, setErrors] = useState<{ fields: Record<string, string>; general: string[] }>({ fields: {}, general: [] });
  const [commit, pending] = useMutation<ChangeEmailDialogMutation>(graphql`
    mutation ChangeEmailDialogMutation($input: ChangeUserEmailInput!) {
      changeUserEmail(input: $input) {
        user {
          ...UserProfile_user
        }
      }
    }
  `);
  const close = () => {
    setErrors({ fields: {}, general: [] });
    setRequireConfirmation(true);
    onClose();
  };
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    commit({
      variables: { input: { id: u.id, email, requireConfirmation } },
      onCompleted: () => {
        setEmail('');
        setRequireConfirmation(true);
        onDone(
          requireConfirmation
            ? `A confirmation link went to ${email}; ${u.email} stays until it is followed.`
            : `The address is now ${email}.`,
        );
      },
      onError: (err) => setErrors(splitErrors(err)),
    });
  };
  return (
    <Dialog title="Change email" open={open} onClose={close}>
      <form onSubmit={submit} noValidate>
        <p>Current address: {u.email}</p>
        <FormErrors messages={errors.general} />
        <TextField label="New email" type="email" required value={email} onChange={(e) => setEmail(e.target.value)} error={errors.fields.email} />
        <CheckboxField
          label="The user confirms the new address"
          checked={requireConfirmation}
          onChange={(e) => setRequireConfirmation(e.target.checked)}
          hint="Without confirmation the address changes at once."
        />
        <div className="actions">
          <button type="button" onClick={close}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={pending}>
            Change email
          </button>
        </div>
      </form>
    </Dialog>
  );
}
