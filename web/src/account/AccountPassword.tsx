import { useState } from 'react';
import { graphql, useLazyLoadQuery, useMutation } from 'react-relay';
import { FormErrors, TextField } from '../components/Field';
import { splitErrors } from '../relay/errors';
import { PasswordRules } from './PasswordRules';
import type { AccountPasswordQuery } from './__generated__/AccountPasswordQuery.graphql';
import type { AccountPasswordMutation } from './__generated__/AccountPasswordMutation.graphql';

/** AccountPassword changes the signed-in user's password; the rules show before submitting. */
export default function AccountPassword() {
  const data = useLazyLoadQuery<AccountPasswordQuery>(
    graphql`
      query AccountPasswordQuery {
        signInOptions {
          ...PasswordRules_options
        }
      }
    `,
    {},
    // The policy may have changed since this page was last open.
    { fetchPolicy: 'store-and-network' },
  );
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<{ fields: Record<string, string>; general: string[] }>({ fields: {}, general: [] });
  const [done, setDone] = useState(false);
  const [commit, pending] = useMutation<AccountPasswordMutation>(graphql`
    mutation AccountPasswordMutation($input: ChangePasswordInput!) {
      changePassword(input: $input) {
        user {
          id
          passwordChangedAt
        }
      }
    }
  `);
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setDone(false);
    if (next !== repeat) {
      setErrors({ fields: { repeat: 'The two new passwords differ.' }, general: [] });
      return;
    }
    commit({
      variables: { input: { currentPassword: current, newPassword: next } },
      onCompleted: () => {
        setErrors({ fields: {}, general: [] });
        setCurrent('');
        setNext('');
        setRepeat('');
        setDone(true);
      },
      onError: (err) => setErrors(splitErrors(err)),
    });
  };
  return (
    <div>
      <h1>Change password</h1>
      <form onSubmit={submit} noValidate className="panel narrow-form">
        {done && (
          <p className="notice" role="status">
            Your password is changed. Your other sessions have ended.
          </p>
        )}
        <FormErrors messages={errors.general} />
        <TextField label="Current password" type="password" autoComplete="current-password" value={current} onChange={(e) => setCurrent(e.target.value)} error={errors.fields.currentPassword} />
        <TextField
          label="New password"
          type="password"
          autoComplete="new-password"
          value={next}
          onChange={(e) => setNext(e.target.value)}
          error={errors.fields.newPassword}
          hint={<PasswordRules options={data.signInOptions} />}
        />
        <TextField label="Repeat the new password" type="password" autoComplete="new-password" value={repeat} onChange={(e) => setRepeat(e.target.value)} error={errors.fields.repeat} />
        <button type="submit" className="primary" disabled={pending}>
          Change password
        </button>
      </form>
    </div>
  );
}
