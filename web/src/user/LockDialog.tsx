import { useState } from 'react';
import { graphql, useMutation } from 'react-relay';
import { Dialog } from '../components/Dialog';
import { FormErrors, TextArea, TextField } from '../components/Field';
import { splitErrors } from '../relay/errors';
import type { LockDialogMutation } from './__generated__/LockDialogMutation.graphql';

interface Props {
  open: boolean;
  userId: string;
  name: string;
  onClose: () => void;
  onDone: () => void;
}

/** LockDialog locks a user with a reason and, optionally, an end. */
export function LockDialog({ open, userId, name, onClose, onDone }: Props) {
  const [reason, setReason] = useState('');
  const [until, setUntil] = useState('');
  const [errors, setErrors] = useState<{ fields: Record<string, string>; general: string[] }>({ fields: {}, general: [] });
  const [commit, pending] = useMutation<LockDialogMutation>(graphql`
    mutation LockDialogMutation($input: LockUserInput!) {
      lockUser(input: $input) {
        user {
          ...UserProfile_user
        }
      }
    }
  `);
  const close = () => {
    setErrors({ fields: {}, general: [] });
    onClose();
  };
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    commit({
      variables: { input: { id: userId, reason, expiresAt: until ? new Date(until).toISOString() : null } },
      onCompleted: () => {
        setReason('');
        setUntil('');
        onDone();
      },
      onError: (err) => setErrors(splitErrors(err)),
    });
  };
  return (
    <Dialog title={`Lock ${name}`} open={open} onClose={close}>
      <form onSubmit={submit} noValidate>
        <p>A locked user is signed out at once and cannot sign in until unlocked.</p>
        <FormErrors messages={errors.general} />
        <TextArea label="Reason" required value={reason} onChange={(e) => setReason(e.target.value)} error={errors.fields.reason} rows={3} />
        <TextField
          label="Locked until (optional)"
          type="datetime-local"
          value={until}
          onChange={(e) => setUntil(e.target.value)}
          error={errors.fields.expiresAt}
          hint="Leave empty to lock until someone unlocks."
        />
        <div className="actions">
          <button type="button" onClick={close}>
            Cancel
          </button>
          <button type="submit" className="primary danger" disabled={pending}>
            Lock
          </button>
        </div>
      </form>
    </Dialog>
  );
}
