import { graphql, useFragment } from 'react-relay';
import type { PasswordRules_options$key } from './__generated__/PasswordRules_options.graphql';

/** PasswordRules lists the password policy before anyone submits a password. */
export function PasswordRules({ options, id }: { options: PasswordRules_options$key; id?: string }) {
  const o = useFragment(
    graphql`
      fragment PasswordRules_options on SignInOptions {
        passwordPolicy {
          minLength
          maxLength
          forbidNames
          forbidCommon
        }
      }
    `,
    options,
  );
  const p = o.passwordPolicy;
  return (
    <ul className="hint rules" id={id}>
      <li>
        {p.minLength} to {p.maxLength} characters
      </li>
      {p.forbidNames && <li>not containing your name</li>}
      {p.forbidCommon && <li>not one of the commonly used passwords</li>}
    </ul>
  );
}
