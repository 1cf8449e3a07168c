import { useState } from 'react';
import { graphql, useFragment, useMutation } from 'react-relay';
import { Dialog } from '../components/Dialog';
import { CheckboxField, FormErrors, TextArea, TextField } from '../components/Field';
import { splitErrors } from '../relay/errors';
import type { SendEmailDialog_user$key } from './__generated__/SendEmailDialog_user.graphql';
import type { SendEmailDialogMutation } from './__generated__/SendEmailDialogMutation.graphql';

interface Props {
  open: boolean;
  user: SendEmailDialog_user$key;
  onClose: () => void;
  onDone: (message: string) => void;
}

/**
 * SendEmailDialog writes a plain-text message to a user, to the primary
 * address and, if chosen, the confirmed aliases. The history records that
 * a message was sent and its subject, not its text.
 */
export function SendEmailDialog({ open, user, onClose, onDone }: Props) {
  const u = useFragment(
    graphql`
      fragment SendEmailDialog_user on User {
        id
        email
        emailAliases {
          email
          confirmedAt
        }
      }
    `,
    user,
  );
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [includeAliases, setIncludeAliases] = useState(false);
  const [errors, setErrors] = useState<{ fields: Record<string, string>; general: string[] }>({ fields: {}, general: [] });
  const [commit, pending] = useMutation<SendEmailDialogMutation>(graphql`
    mutation SendEmailDialogMutation($input: SendUserEmailInput!) {
      sendUserEmail(input: $input) {
        recipients
        user {
          id
          ...UserProfile_user
        }
      }
    }
  `);
  const aliases = (u.emailAliases ?? []).filter((a) => a.confirmedAt).map((a) => a.email);
  const close = () => {
    setErrors({ fields: {}, general: [] });
    onClose();
  };
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    commit({
      variables: { input: { id: u.id, subject, body, includeAliases } },
      onCompleted: (res) => {
        setSubject('');
        setBody('');
        onDone(`The message is on its way to ${res.sendUserEmail.recipients.join(', ')}.`);
      },
      onError: (err) => setErrors(splitErrors(err)),
    });
  };
  return (
    <Dialog title={`Send an email to ${u.email}`} open={open} onClose={close}>
      <form onSubmit={submit} noValidate>
        <FormErrors messages={errors.general} />
        <TextField label="Subject" required value={subject} maxLength={200} onChange={(e) => setSubject(e.target.value)} error={errors.fields.subject} />
        <TextArea label="Message" required value={body} rows={8} onChange={(e) => setBody(e.target.value)} error={errors.fields.body} hint="Plain text." />
        {aliases.length > 0 && (
          <CheckboxField
            label={`Also to the confirmed aliases (${aliases.join(', ')})`}
            checked={includeAliases}
            onChange={(e) => setIncludeAliases(e.target.checked)}
          />
        )}
        <div className="actions">
          <button type="button" onClick={close}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={pending}>
            Send
          </button>
        </div>
      </form>
    </Dialog>
  );
}
