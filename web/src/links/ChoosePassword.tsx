import { useState } from 'react';
import { graphql, useLazyLoadQuery, useMutation } from 'react-relay';
import { Link, useNavigate } from 'react-router-dom';
import { FormErrors, TextField } from '../components/Field';
import { splitErrors } from '../relay/errors';
import { useSession } from '../app/session';
import { PasswordRules } from '../account/PasswordRules';
import { PublicPage } from './PublicPage';
import { useLinkToken } from './useLinkToken';
import type { ChoosePasswordQuery } from './__generated__/ChoosePasswordQuery.graphql';
import type { ChoosePasswordAcceptMutation } from './__generated__/ChoosePasswordAcceptMutation.graphql';
import type { ChoosePasswordResetMutation } from './__generated__/ChoosePasswordResetMutation.graphql';

/**
 * ChoosePassword is the page behind invitation links (choose a password,
 * then you are signed in) and password reset links (choose a new
 * password, then sign in with it).
 */
export default function ChoosePassword({ kind }: { kind: 'invitation' | 'reset' }) {
  const token = useLinkToken();
  const data = useLazyLoadQuery<ChoosePasswordQuery>(
    graphql`
      query ChoosePasswordQuery {
        signInOptions {
          ...PasswordRules_options
        }
      }
    `,
    {},
    // The policy may have changed since this page was last open.
    { fetchPolicy: 'store-and-network' },
  );
  const navigate = useNavigate();
  const session = useSession();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<{ fields: Record<string, string>; general: string[] }>({ fields: {}, general: [] });
  const [resetFor, setResetFor] = useState<string | null>(null);
  const [accept, accepting] = useMutation<ChoosePasswordAcceptMutation>(graphql`
    mutation ChoosePasswordAcceptMutation($input: TokenPasswordInput!) {
      acceptInvitation(input: $input) {
        redirectURL
        user {
          id
        }
      }
    }
  `);
  const [reset, resetting] = useMutation<ChoosePasswordResetMutation>(graphql`
    mutation ChoosePasswordResetMutation($input: TokenPasswordInput!) {
      resetPassword(input: $input) {
        email
      }
    }
  `);
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (password !== repeat) {
      setErrors({ fields: { repeat: 'The two passwords differ.' }, general: [] });
      return;
    }
    const onError = (err: Error) => {
      const s = splitErrors(err);
      setErrors({ fields: s.fields, general: s.general.concat(s.fields.token ? [s.fields.token] : []) });
    };
    if (kind === 'invitation') {
      accept({
        variables: { input: { token, password } },
        onCompleted: (r) => {
          if (r.acceptInvitation.redirectURL) {
            window.location.assign(r.acceptInvitation.redirectURL);
            return;
          }
          session.reset();
          navigate('/account/', { replace: true });
        },
        onError,
      });
    } else {
      reset({ variables: { input: { token, password } }, onCompleted: (r) => setResetFor(r.resetPassword.email), onError });
    }
  };
  const title = kind === 'invitation' ? 'Accept your invitation' : 'Choose a new password';
  if (resetFor) {
    return (
      <PublicPage title={title}>
        <div className="panel">
          <p className="notice" role="status">
            Your password is changed, and every session of your account has ended.
          </p>
          <Link to={`/account/sign-in?email=${encodeURIComponent(resetFor)}`}>Sign in with the new password</Link>
        </div>
      </PublicPage>
    );
  }
  return (
    <PublicPage title={title}>
      {!token ? (
        <p role="alert">This link has no token. Open the link from the mail again.</p>
      ) : (
        <form onSubmit={submit} noValidate className="panel">
          {kind === 'invitation' && <p>Choose a password for your account; you are signed in right after.</p>}
          <FormErrors messages={errors.general} />
          <TextField
            label={kind === 'invitation' ? 'Password' : 'New password'}
            type="password"
            autoComplete="new-password"
            autoFocus
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            error={errors.fields.password}
            hint={<PasswordRules options={data.signInOptions} />}
          />
          <TextField label="Repeat the password" type="password" autoComplete="new-password" value={repeat} onChange={(e) => setRepeat(e.target.value)} error={errors.fields.repeat} />
          <button type="submit" className="primary" disabled={accepting || resetting}>
            {kind === 'invitation' ? 'Accept and sign in' : 'Save the new password'}
          </button>
        </form>
      )}
    </PublicPage>
  );
}
