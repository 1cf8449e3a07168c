import { useState } from 'react';
import { graphql, useMutation } from 'react-relay';
import { Link } from 'react-router-dom';
import { FormErrors, TextField } from '../components/Field';
import { splitErrors } from '../relay/errors';
import { PublicPage } from '../links/PublicPage';
import type { ForgotPasswordMutation } from './__generated__/ForgotPasswordMutation.graphql';

/** ForgotPassword asks for a reset link; the answer never tells whether the account exists. */
export default function ForgotPassword() {
  const [email, setEmail] = useState('');
  const [done, setDone] = useState(false);
  const [errors, setErrors] = useState<{ fields: Record<string, string>; general: string[] }>({ fields: {}, general: [] });
  const [commit, pending] = useMutation<ForgotPasswordMutation>(graphql`
    mutation ForgotPasswordMutation($input: RequestPasswordResetInput!) {
      requestPasswordReset(input: $input) {
        accepted
      }
    }
  `);
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    commit({ variables: { input: { email } }, onCompleted: () => setDone(true), onError: (err) => setErrors(splitErrors(err)) });
  };
  return (
    <PublicPage title="Forgot your password?">
      {done ? (
        <p className="panel" role="status">
          If an account uses {email}, a link to choose a new password is on its way to it.
        </p>
      ) : (
        <form onSubmit={submit} noValidate className="panel">
          <FormErrors messages={errors.general} />
          <TextField label="Email" type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} error={errors.fields.email} />
          <button type="submit" className="primary" disabled={pending}>
            Send me a link
          </button>
          <p>
            <Link to="/account/sign-in">Back to sign-in</Link>
          </p>
        </form>
      )}
    </PublicPage>
  );
}
