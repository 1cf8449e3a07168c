import { useState } from 'react';
import type { FormEvent } from 'react';
import { graphql, useMutation } from 'react-relay';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { FormErrors, TextField } from '../components/Field';
import { splitErrors } from '../relay/errors';
import { useSession } from '../app/session';
import { safeNext } from './next';
import type { SignInMutation } from './__generated__/SignInMutation.graphql';

/** SignIn is the sign-in page: email and password. */
export default function SignIn() {
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const navigate = useNavigate();
  const session = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<{ fields: Record<string, string>; general: string[] }>({ fields: {}, general: [] });
  const [commit, pending] = useMutation<SignInMutation>(graphql`
    mutation SignInMutation($input: LoginInput!) {
      login(input: $input) {
        user {
          id
          email
        }
      }
    }
  `);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    commit({
      variables: { input: { email, password } },
      onCompleted: () => {
        session.reset();
        navigate(next, { replace: true });
      },
      onError: (err) => setErrors(splitErrors(err)),
    });
  };
  return (
    <main id="main" className="narrow">
      <h1>Sign in to Roster</h1>
      <form onSubmit={submit} className="panel" noValidate>
        <FormErrors messages={errors.general} />
        <TextField
          label="Email"
          type="email"
          name="email"
          autoComplete="username"
          required
          autoFocus
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={errors.fields.email}
        />
        <TextField
          label="Password"
          type="password"
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={errors.fields.password}
        />
        <button type="submit" className="primary" disabled={pending}>
          {pending ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
