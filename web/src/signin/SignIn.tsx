import { useState } from 'react';
import type { FormEvent } from 'react';
import { graphql, useLazyLoadQuery, useMutation } from 'react-relay';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { FormErrors, TextField } from '../components/Field';
import { splitErrors } from '../relay/errors';
import { useSession } from '../app/session';
import { PublicPage } from '../links/PublicPage';
import { safeNext } from './next';
import type { SignInQuery } from './__generated__/SignInQuery.graphql';
import type { SignInMutation } from './__generated__/SignInMutation.graphql';

/** Messages for the codes the OpenID Connect callback reports as ?oidc_error=. */
const oidcErrors: Record<string, string> = {
  access_denied: 'The sign-in at the provider was cancelled.',
  provider_error: 'The provider did not complete the sign-in. Try again later.',
  login_failed: 'The sign-in with the provider failed. Try again.',
  account_rejected: 'No account here matches the address the provider confirmed, or the account is locked.',
  server_error: 'The sign-in could not be completed. Try again later.',
};

/** SignIn is the sign-in page: email and password, and each configured OpenID Connect provider. */
export default function SignIn() {
  const data = useLazyLoadQuery<SignInQuery>(
    graphql`
      query SignInQuery {
        signInOptions {
          selfSignupEnabled
          oidcProviders {
            name
            loginURL
          }
        }
      }
    `,
    {},
    { fetchPolicy: 'store-and-network' },
  );
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const oidcError = params.get('oidc_error');
  const navigate = useNavigate();
  const session = useSession();
  const [email, setEmail] = useState(params.get('email') ?? '');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<{ fields: Record<string, string>; general: string[] }>({
    fields: {},
    general: oidcError ? [oidcErrors[oidcError] ?? 'The sign-in with the provider failed.'] : [],
  });
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
  const returnTo = `${window.location.origin}${next}`;
  const providers = data.signInOptions.oidcProviders;
  return (
    <PublicPage title="Sign in to Roster">
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
        <p>
          <Link to="/account/forgot-password">Forgot your password?</Link>
          {data.signInOptions.selfSignupEnabled && (
            <>
              {' · '}
              <Link to="/account/sign-up">Sign up</Link>
            </>
          )}
        </p>
      </form>
      {providers.length > 0 && (
        <div className="panel">
          <p>Or sign in with</p>
          <div className="actions">
            {providers.map((p) => (
              <a key={p.name} className="button-link secondary" href={`${p.loginURL}&return_to=${encodeURIComponent(returnTo)}`}>
                {p.name}
              </a>
            ))}
          </div>
        </div>
      )}
    </PublicPage>
  );
}
