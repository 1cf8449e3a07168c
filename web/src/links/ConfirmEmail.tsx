import { useEffect, useRef, useState } from 'react';
import { graphql, useMutation } from 'react-relay';
import { Link } from 'react-router-dom';
import { FormErrors } from '../components/Field';
import { splitErrors } from '../relay/errors';
import { PublicPage } from './PublicPage';
import { useLinkToken } from './useLinkToken';
import type { ConfirmEmailMutation } from './__generated__/ConfirmEmailMutation.graphql';
import type { ConfirmEmailAliasMutation } from './__generated__/ConfirmEmailAliasMutation.graphql';

/**
 * ConfirmEmail is the page behind the confirmation links: of a sign-up or
 * an email change (kind "email"), or of an additional address ("alias").
 * Confirming takes a click, so a mail scanner that follows links does not
 * confirm by itself.
 */
export default function ConfirmEmail({ kind }: { kind: 'email' | 'alias' }) {
  const token = useLinkToken();
  const [confirmed, setConfirmed] = useState<string | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [confirmEmail, pendingEmail] = useMutation<ConfirmEmailMutation>(graphql`
    mutation ConfirmEmailMutation($input: TokenInput!) {
      confirmEmail(input: $input) {
        email
      }
    }
  `);
  const [confirmAlias, pendingAlias] = useMutation<ConfirmEmailAliasMutation>(graphql`
    mutation ConfirmEmailAliasMutation($input: TokenInput!) {
      confirmEmailAlias(input: $input) {
        emailAlias {
          id
          email
          confirmedAt
        }
      }
    }
  `);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => button.current?.focus(), []);
  const confirm = () => {
    const onError = (err: Error) => setErrors(splitErrors(err).general.concat(Object.values(splitErrors(err).fields)));
    if (kind === 'alias') {
      confirmAlias({ variables: { input: { token } }, onCompleted: (r) => setConfirmed(r.confirmEmailAlias.emailAlias.email), onError });
    } else {
      confirmEmail({ variables: { input: { token } }, onCompleted: (r) => setConfirmed(r.confirmEmail.email), onError });
    }
  };
  return (
    <PublicPage title={kind === 'alias' ? 'Confirm an additional address' : 'Confirm your email address'}>
      <div className="panel">
        {confirmed ? (
          <>
            <p className="notice" role="status">
              {confirmed} is confirmed.
            </p>
            <Link to="/account/">Go to your account</Link>
          </>
        ) : !token ? (
          <p role="alert">This link has no token. Open the link from the mail again.</p>
        ) : (
          <>
            <FormErrors messages={errors} />
            <button ref={button} type="button" className="primary" disabled={pendingEmail || pendingAlias} onClick={confirm}>
              Confirm the address
            </button>
          </>
        )}
      </div>
    </PublicPage>
  );
}
