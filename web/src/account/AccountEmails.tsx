import { useState } from 'react';
import { graphql, useLazyLoadQuery, useMutation } from 'react-relay';
import { ConfirmDialog } from '../components/Dialog';
import { FormErrors, TextField } from '../components/Field';
import { formatTime } from '../components/format';
import { splitErrors } from '../relay/errors';
import type { AccountEmailsQuery } from './__generated__/AccountEmailsQuery.graphql';
import type { AccountEmailsAddMutation } from './__generated__/AccountEmailsAddMutation.graphql';
import type { AccountEmailsRemoveMutation } from './__generated__/AccountEmailsRemoveMutation.graphql';
import type { AccountEmailsPrimaryMutation } from './__generated__/AccountEmailsPrimaryMutation.graphql';

type Alias = NonNullable<NonNullable<AccountEmailsQuery['response']['viewer']['user']>['emailAliases']>[number];

/**
 * AccountEmails manages the signed-in user's additional addresses: add
 * one (a confirmation link goes to it), remove one, or make a confirmed
 * one the primary address.
 */
export default function AccountEmails() {
  const [fetchKey, setFetchKey] = useState(0);
  const data = useLazyLoadQuery<AccountEmailsQuery>(
    graphql`
      query AccountEmailsQuery {
        viewer {
          user {
            id
            email
            unconfirmedEmail
            emailAliases {
              id
              email
              confirmedAt
              createdAt
            }
          }
        }
      }
    `,
    {},
    { fetchPolicy: 'network-only', fetchKey },
  );
  const u = data.viewer.user;
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<{ fields: Record<string, string>; general: string[] }>({ fields: {}, general: [] });
  const [notice, setNotice] = useState('');
  const [removing, setRemoving] = useState<Alias | null>(null);
  const [add, adding] = useMutation<AccountEmailsAddMutation>(graphql`
    mutation AccountEmailsAddMutation($input: EmailInput!) {
      addEmailAlias(input: $input) {
        emailAlias {
          id
          email
          confirmedAt
        }
      }
    }
  `);
  const [remove, pendingRemove] = useMutation<AccountEmailsRemoveMutation>(graphql`
    mutation AccountEmailsRemoveMutation($input: AliasIDInput!) {
      removeEmailAlias(input: $input) {
        removedID @deleteRecord
      }
    }
  `);
  const [primary, pendingPrimary] = useMutation<AccountEmailsPrimaryMutation>(graphql`
    mutation AccountEmailsPrimaryMutation($input: AliasIDInput!) {
      setPrimaryEmail(input: $input) {
        user {
          id
          email
          emailAliases {
            id
            email
            confirmedAt
            createdAt
          }
        }
      }
    }
  `);
  if (!u) return null;
  const refresh = (message: string) => {
    setNotice(message);
    setErrors({ fields: {}, general: [] });
    setFetchKey((k) => k + 1);
  };
  const fail = (err: Error) => setErrors(splitErrors(err));
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    add({
      variables: { input: { email } },
      onCompleted: () => {
        refresh(`A confirmation link went to ${email}. The address works once you follow it.`);
        setEmail('');
      },
      onError: fail,
    });
  };
  return (
    <div>
      <h1>Email addresses</h1>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <FormErrors messages={errors.general} />
      <table>
        <thead>
          <tr>
            <th>Address</th>
            <th>State</th>
            <th>
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>{u.email}</td>
            <td>
              <span className="badge ok">primary</span>
              {u.unconfirmedEmail && <div className="muted">changing to {u.unconfirmedEmail} once confirmed</div>}
            </td>
            <td />
          </tr>
          {(u.emailAliases ?? []).map((a) => (
            <tr key={a.id}>
              <td>{a.email}</td>
              <td>{a.confirmedAt ? `confirmed ${formatTime(a.confirmedAt)}` : <span className="badge warn">waiting for confirmation</span>}</td>
              <td className="row-actions">
                {a.confirmedAt && (
                  <button
                    type="button"
                    className="link-button"
                    disabled={pendingPrimary}
                    aria-label={`Make ${a.email} the primary address`}
                    onClick={() => primary({ variables: { input: { aliasID: a.id } }, onCompleted: () => refresh(`${a.email} is now your primary address.`), onError: fail })}
                  >
                    Make primary
                  </button>
                )}
                <button type="button" className="link-button danger-link" aria-label={`Remove ${a.email}`} onClick={() => setRemoving(a)}>
                  Remove
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form onSubmit={submit} noValidate className="panel narrow-form" style={{ marginTop: '1rem' }}>
        <TextField label="Add an address" type="email" value={email} onChange={(e) => setEmail(e.target.value)} error={errors.fields.email} hint="Confirmed addresses receive notifications and work for sign-in and password reset." />
        <button type="submit" className="primary" disabled={adding}>
          Add address
        </button>
      </form>
      <ConfirmDialog
        title="Remove address"
        open={removing !== null}
        danger
        message={<p>Remove {removing?.email} from your account?</p>}
        confirmLabel={`Remove ${removing?.email ?? ''}`}
        pending={pendingRemove}
        onClose={() => setRemoving(null)}
        onConfirm={() =>
          removing &&
          remove({
            variables: { input: { aliasID: removing.id } },
            onCompleted: () => {
              setRemoving(null);
              refresh(`${removing.email} is removed.`);
            },
            onError: (err) => {
              setRemoving(null);
              fail(err);
            },
          })
        }
      />
    </div>
  );
}
