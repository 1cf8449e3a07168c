import { useState } from 'react';
import { graphql, useLazyLoadQuery, useMutation } from 'react-relay';
import { CheckboxField, FormErrors, TextArea, TextField } from '../components/Field';
import { splitErrors } from '../relay/errors';
import type { SettingsScreenQuery } from './__generated__/SettingsScreenQuery.graphql';
import type { SettingsScreenMutation } from './__generated__/SettingsScreenMutation.graphql';

/** SettingsScreen edits the instance settings: redirect hosts, sign-up, password policy, lifetimes. */
export default function SettingsScreen() {
  const data = useLazyLoadQuery<SettingsScreenQuery>(
    graphql`
      query SettingsScreenQuery {
        settings {
          id
          allowedRedirectHosts
          selfSignupEnabled
          passwordMinLength
          passwordForbidNames
          passwordForbidCommon
          sessionLifetimeSeconds
          sessionIdleTimeoutSeconds
          invitationLifetimeSeconds
          updatedAt
        }
      }
    `,
    {},
    { fetchPolicy: 'network-only' },
  );
  const s = data.settings;
  const [hosts, setHosts] = useState(s.allowedRedirectHosts.join('\n'));
  const [signup, setSignup] = useState(s.selfSignupEnabled);
  const [minLength, setMinLength] = useState(String(s.passwordMinLength));
  const [forbidNames, setForbidNames] = useState(s.passwordForbidNames);
  const [forbidCommon, setForbidCommon] = useState(s.passwordForbidCommon);
  const [session, setSession] = useState(String(s.sessionLifetimeSeconds / 3600));
  const [idle, setIdle] = useState(String(s.sessionIdleTimeoutSeconds / 60));
  const [invitation, setInvitation] = useState(String(s.invitationLifetimeSeconds / 3600));
  const [errors, setErrors] = useState<{ fields: Record<string, string>; general: string[] }>({ fields: {}, general: [] });
  const [saved, setSaved] = useState(false);
  const [commit, pending] = useMutation<SettingsScreenMutation>(graphql`
    mutation SettingsScreenMutation($input: UpdateSettingsInput!) {
      updateSettings(input: $input) {
        settings {
          id
          allowedRedirectHosts
          selfSignupEnabled
          passwordMinLength
          passwordForbidNames
          passwordForbidCommon
          sessionLifetimeSeconds
          sessionIdleTimeoutSeconds
          invitationLifetimeSeconds
          updatedAt
        }
      }
    }
  `);
  const number = (v: string, factor: number) => Math.round(Number(v) * factor);
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setSaved(false);
    commit({
      variables: {
        input: {
          allowedRedirectHosts: hosts.split(/[\s,]+/).filter(Boolean),
          selfSignupEnabled: signup,
          passwordMinLength: number(minLength, 1),
          passwordForbidNames: forbidNames,
          passwordForbidCommon: forbidCommon,
          sessionLifetimeSeconds: number(session, 3600),
          sessionIdleTimeoutSeconds: number(idle, 60),
          invitationLifetimeSeconds: number(invitation, 3600),
        },
      },
      onCompleted: () => {
        setErrors({ fields: {}, general: [] });
        setSaved(true);
      },
      onError: (err) => setErrors(splitErrors(err)),
    });
  };
  const f = errors.fields;
  return (
    <div>
      <h1>Settings</h1>
      <form onSubmit={submit} noValidate className="panel">
        {saved && (
          <p className="notice" role="status">
            The settings are saved.
          </p>
        )}
        <FormErrors messages={errors.general} />
        <fieldset>
          <legend>Sign-up and redirects</legend>
          <CheckboxField label="Anyone may sign up (self sign-up)" checked={signup} onChange={(e) => setSignup(e.target.checked)} error={f.selfSignupEnabled} />
          <TextArea
            label="Allowed redirect hosts"
            value={hosts}
            rows={3}
            onChange={(e) => setHosts(e.target.value)}
            error={f.allowedRedirectHosts ?? Object.entries(f).find(([k]) => k.startsWith('allowedRedirectHosts.'))?.[1]}
            hint="One host name per line (no scheme, no port), such as app.example.com. Return URLs of invitations and sign-in must use one of them."
          />
        </fieldset>
        <fieldset className="grid2">
          <legend>Password policy</legend>
          <TextField label="Minimum length" type="number" min={8} max={128} value={minLength} onChange={(e) => setMinLength(e.target.value)} error={f.passwordMinLength} hint="8 to 128 characters." />
          <CheckboxField label="Refuse passwords containing the user's name or address" checked={forbidNames} onChange={(e) => setForbidNames(e.target.checked)} />
          <CheckboxField label="Refuse common passwords" checked={forbidCommon} onChange={(e) => setForbidCommon(e.target.checked)} />
        </fieldset>
        <fieldset className="grid2">
          <legend>Lifetimes</legend>
          <TextField label="Session lifetime (hours)" type="number" min={0.1} step="any" value={session} onChange={(e) => setSession(e.target.value)} error={f.sessionLifetimeSeconds} />
          <TextField label="Session idle timeout (minutes)" type="number" min={5} step="any" value={idle} onChange={(e) => setIdle(e.target.value)} error={f.sessionIdleTimeoutSeconds} />
          <TextField label="Invitation lifetime (hours)" type="number" min={1} step="any" value={invitation} onChange={(e) => setInvitation(e.target.value)} error={f.invitationLifetimeSeconds} />
        </fieldset>
        <button type="submit" className="primary" disabled={pending}>
          Save settings
        </button>
      </form>
    </div>
  );
}
