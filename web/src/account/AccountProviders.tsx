import { graphql, useLazyLoadQuery } from 'react-relay';
import { formatTime } from '../components/format';
import type { AccountProvidersQuery } from './__generated__/AccountProvidersQuery.graphql';

/**
 * AccountProviders lists the sign-in providers linked to the account.
 * Signing in with a provider whose verified address is one of the
 * account's links it.
 */
export default function AccountProviders() {
  const data = useLazyLoadQuery<AccountProvidersQuery>(
    graphql`
      query AccountProvidersQuery {
        viewer {
          user {
            id
            oidcIdentities {
              id
              issuer
              email
              createdAt
              lastUsedAt
            }
          }
        }
        signInOptions {
          oidcProviders {
            name
            loginURL
          }
        }
      }
    `,
    {},
    { fetchPolicy: 'network-only' },
  );
  const identities = data.viewer.user?.oidcIdentities ?? [];
  const providers = data.signInOptions.oidcProviders;
  const back = `${window.location.origin}/account/providers`;
  return (
    <div>
      <h1>Sign-in providers</h1>
      {identities.length === 0 ? (
        <p>No sign-in provider is linked to your account.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>Provider</th>
              <th>Address there</th>
              <th>Linked</th>
              <th>Last used</th>
            </tr>
          </thead>
          <tbody>
            {identities.map((i) => (
              <tr key={i.id}>
                <td>{i.issuer}</td>
                <td>{i.email ?? '—'}</td>
                <td>{formatTime(i.createdAt)}</td>
                <td>{formatTime(i.lastUsedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {providers.length > 0 && (
        <div className="panel" style={{ marginTop: '1rem' }}>
          <p>To link a provider, sign in with it; the provider must confirm one of your addresses.</p>
          <div className="actions">
            {providers.map((p) => (
              <a key={p.name} className="button-link secondary" href={`${p.loginURL}&return_to=${encodeURIComponent(back)}`}>
                Sign in with {p.name}
              </a>
            ))}
          </div>
        </div>
      )}
    </div>
  );
}
