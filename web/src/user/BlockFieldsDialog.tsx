import { useState } from 'react';
import { graphql, useFragment, useMutation } from 'react-relay';
import { Dialog } from '../components/Dialog';
import { CheckboxField, FormErrors } from '../components/Field';
import { profileFields } from '../components/ProfileForm';
import { splitErrors } from '../relay/errors';
import type { BlockFieldsDialog_user$key } from './__generated__/BlockFieldsDialog_user.graphql';
import type { BlockFieldsDialogMutation } from './__generated__/BlockFieldsDialogMutation.graphql';

interface Props {
  open: boolean;
  user: BlockFieldsDialog_user$key;
  onClose: () => void;
  onDone: (message: string) => void;
}

const blockable = [...profileFields.map((f) => ({ name: f.name, label: f.label })), { name: 'customAttributes', label: 'Further information' }];

/** BlockFieldsDialog chooses the profile fields the user may no longer edit. */
export function BlockFieldsDialog({ open, user, onClose, onDone }: Props) {
  const u = useFragment(
    graphql`
      fragment BlockFieldsDialog_user on User {
        id
        blockedProfileFields
      }
    `,
    user,
  );
  const [chosen, setChosen] = useState<Set<string>>(new Set(u.blockedProfileFields));
  const [errors, setErrors] = useState<string[]>([]);
  const [commit, pending] = useMutation<BlockFieldsDialogMutation>(graphql`
    mutation BlockFieldsDialogMutation($input: SetBlockedFieldsInput!) {
      setBlockedFields(input: $input) {
        user {
          ...UserProfile_user
        }
      }
    }
  `);
  const close = () => {
    setChosen(new Set(u.blockedProfileFields));
    setErrors([]);
    onClose();
  };
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    commit({
      variables: { input: { id: u.id, fields: blockable.map((b) => b.name).filter((n) => chosen.has(n)) } },
      onCompleted: () => onDone('The blocked fields are saved.'),
      onError: (err) => setErrors(splitErrors(err).general.concat(Object.values(splitErrors(err).fields))),
    });
  };
  return (
    <Dialog title="Block fields from self-editing" open={open} onClose={close}>
      <form onSubmit={submit}>
        <p>The user sees blocked fields on their account page but cannot change them.</p>
        <FormErrors messages={errors} />
        <div className="grid2">
          {blockable.map((b) => (
            <CheckboxField
              key={b.name}
              label={b.label}
              checked={chosen.has(b.name)}
              onChange={(e) =>
                setChosen((s) => {
                  const n = new Set(s);
                  if (e.target.checked) n.add(b.name);
                  else n.delete(b.name);
                  return n;
                })
              }
            />
          ))}
        </div>
        <div className="actions">
          <button type="button" onClick={close}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={pending}>
            Save
          </button>
        </div>
      </form>
    </Dialog>
  );
}
