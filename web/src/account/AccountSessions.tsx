import { useState } from 'react';
import { graphql, useLazyLoadQuery, useMutation } from 'react-relay';
import { FormErrors } from '../components/Field';
import { formatTime } from '../components/format';
import { splitErrors } from '../relay/errors';
import type { AccountSessionsQuery } from './__generated__/AccountSessionsQuery.graphql';
import type { AccountSessionsRevokeMutation } from './__generated__/AccountSessionsRevokeMutation.graphql';

/** AccountSessions lists the signed-in user's active sessions and signs them out one by one. */
export default function AccountSessions() {
  const [fetchKey, setFetchKey] = useState(0);
  const data = useLazyLoadQuery<AccountSessionsQuery>(
    graphql`
      query AccountSessionsQuery {
        viewer {
          currentSession {
            id
          }
          sessions {
            id
            method
            createdAt
            lastSeenAt
            expiresAt
            ip
            userAgent
          }
        }
      }
    `,
    {},
    { fetchPolicy: 'network-only', fetchKey },
  );
  const [errors, setErrors] = useState<string[]>([]);
  const [revoke, pending] = useMutation<AccountSessionsRevokeMutation>(graphql`
    mutation AccountSessionsRevokeMutation($input: RevokeSessionInput!) {
      revokeSession(input: $input) {
        session {
          id
          revokedAt
        }
      }
    }
  `);
  const current = data.viewer.currentSession?.id;
  return (
    <div>
      <h1>Active sessions</h1>
      <FormErrors messages={errors} />
      <table>
        <thead>
          <tr>
            <th>Signed in</th>
            <th>Method</th>
            <th>Last seen</th>
            <th>From</th>
            <th>Ends</th>
            <th>
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {data.viewer.sessions.map((s) => (
            <tr key={s.id}>
              <td>
                {formatTime(s.createdAt)} {s.id === current && <span className="badge ok">this browser</span>}
              </td>
              <td>{s.method}</td>
              <td>{formatTime(s.lastSeenAt)}</td>
              <td>
                {s.ip ?? '—'}
                {s.userAgent && <div className="muted">{s.userAgent}</div>}
              </td>
              <td>{formatTime(s.expiresAt)}</td>
              <td>
                {s.id !== current && (
                  <button
                    type="button"
                    disabled={pending}
                    aria-label={`Sign out the session from ${formatTime(s.createdAt)}`}
                    onClick={() =>
                      revoke({ variables: { input: { id: s.id } }, onCompleted: () => setFetchKey((k) => k + 1), onError: (err) => setErrors(splitErrors(err).general) })
                    }
                  >
                    Sign out
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
