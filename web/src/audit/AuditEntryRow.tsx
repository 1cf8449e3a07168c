import { graphql, useFragment } from 'react-relay';
import { Link } from 'react-router-dom';
import { formatTime } from '../components/format';
import type { AuditEntryRow_entry$key } from './__generated__/AuditEntryRow_entry.graphql';

const sources: Record<string, string> = { PROFILE: 'Self-service', ADMIN: 'Admin', API: 'API', SYSTEM: 'System' };

/** AuditEntryRow is one changed property: new value, old value, source, author and time. */
export function AuditEntryRow({ entry, showSubject }: { entry: AuditEntryRow_entry$key; showSubject?: boolean }) {
  const e = useFragment(
    graphql`
      fragment AuditEntryRow_entry on AuditEntry {
        id
        subjectID
        property
        oldValue
        newValue
        source
        authorLabel
        createdAt
        user {
          id
          email
        }
        authorUser {
          id
          email
        }
        authorAPIKey {
          id
          name
        }
      }
    `,
    entry,
  );
  const author = e.authorUser ? e.authorUser.email : e.authorAPIKey ? `API key ${e.authorAPIKey.name}` : (e.authorLabel ?? '—');
  const value = (v: string | null | undefined) => (v == null ? <span className="muted">—</span> : <span className="value">{v}</span>);
  return (
    <tr>
      <td>{formatTime(e.createdAt)}</td>
      {showSubject && <td>{e.user ? <Link to={`/admin/users/${e.user.id}`}>{e.user.email}</Link> : <span className="muted">{e.subjectID} (deleted)</span>}</td>}
      <td>
        <code>{e.property}</code>
      </td>
      <td>{value(e.newValue)}</td>
      <td>{value(e.oldValue)}</td>
      <td>{sources[e.source] ?? e.source}</td>
      <td>{e.authorUser ? <Link to={`/admin/users/${e.authorUser.id}`}>{author}</Link> : author}</td>
    </tr>
  );
}
