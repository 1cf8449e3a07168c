import { useState } from 'react';
import { graphql, useLazyLoadQuery, useMutation } from 'react-relay';
import { Link } from 'react-router-dom';
import { FormErrors, TextField } from '../components/Field';
import { ProfileFieldset, profileInput, profileValues } from '../components/ProfileForm';
import { splitErrors } from '../relay/errors';
import { PasswordRules } from '../account/PasswordRules';
import { PublicPage } from '../links/PublicPage';
import type { SignUpQuery } from './__generated__/SignUpQuery.graphql';
import type { SignUpMutation } from './__generated__/SignUpMutation.graphql';

/** SignUp registers an account when self sign-up is enabled; a confirmation link is mailed. */
export default function SignUp() {
  const data = useLazyLoadQuery<SignUpQuery>(
    graphql`
      query SignUpQuery {
        signInOptions {
          selfSignupEnabled
          ...PasswordRules_options
        }
      }
    `,
    {},
    // The policy may have changed since this page was last open.
    { fetchPolicy: 'store-and-network' },
  );
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [initial] = useState(() => profileValues(null, []));
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<{ fields: Record<string, string>; general: string[] }>({ fields: {}, general: [] });
  const [done, setDone] = useState(false);
  const [commit, pending] = useMutation<SignUpMutation>(graphql`
    mutation SignUpMutation($input: SignUpInput!) {
      signUp(input: $input) {
        accepted
      }
    }
  `);
  if (!data.signInOptions.selfSignupEnabled) {
    return (
      <PublicPage title="Sign up">
        <p className="panel">Accounts are created by administrators here. Ask yours for an invitation.</p>
      </PublicPage>
    );
  }
  if (done) {
    return (
      <PublicPage title="Check your mail">
        <p className="panel" role="status">
          If {email} can be registered, a confirmation link is on its way to it. Follow it to finish signing up.
        </p>
      </PublicPage>
    );
  }
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    commit({
      variables: { input: { email, password, profile: profileInput(initial, values, [], { all: true }) } },
      onCompleted: () => setDone(true),
      onError: (err) => {
        const s = splitErrors(err);
        const p = splitErrors(err, 'input.profile.');
        setErrors({ fields: { ...s.fields, ...p.fields }, general: s.general });
      },
    });
  };
  return (
    <PublicPage title="Sign up">
      <form onSubmit={submit} noValidate className="panel">
        <FormErrors messages={errors.general} />
        <TextField label="Email" type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} error={errors.fields.email} />
        <TextField
          label="Password"
          type="password"
          autoComplete="new-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={errors.fields.password}
          hint={<PasswordRules options={data.signInOptions} />}
        />
        <ProfileFieldset values={values} onChange={setValues} errors={errors.fields} defs={[]} />
        <button type="submit" className="primary" disabled={pending}>
          Sign up
        </button>
        <p>
          <Link to="/account/sign-in">I have an account</Link>
        </p>
      </form>
    </PublicPage>
  );
}
