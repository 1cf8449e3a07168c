import { Suspense, useState } from 'react';
import { graphql, useFragment, useLazyLoadQuery, useMutation } from 'react-relay';
import { Link } from 'react-router-dom';
import { ConfirmDialog } from '../components/Dialog';
import { displayName, formatTime, statusLabels, statusTone } from '../components/format';
import { splitErrors } from '../relay/errors';
import { useCan, useViewer } from '../app/viewer';
import type { UserRow_user$key } from './__generated__/UserRow_user.graphql';
import type { UserRowDeleteMutation } from './__generated__/UserRowDeleteMutation.graphql';
import type { UserRowSendEmailQuery } from './__generated__/UserRowSendEmailQuery.graphql';
import { SendEmailDialog } from '../sendemail/SendEmailDialog';

interface Props {
  user: UserRow_user$key;
  connectionID: string;
  /** onNotice reports what an action on the row did (deleted, mail sent). */
  onNotice: (message: string) => void;
}

/** UserRow is one user of the overview, with send email, edit and delete at hand. */
export function UserRow({ user, connectionID, onNotice }: Props) {
  const u = useFragment(
    graphql`
      fragment UserRow_user on User {
        id
        email
        firstName
        lastName
        status
        locked
        createdAt
        lastActiveAt
        role {
          name
        }
        customers {
          id
          name
        }
      }
    `,
    user,
  );
  const viewer = useViewer();
  const canWrite = useCan('USERS_WRITE');
  const canDelete = useCan('USERS_DELETE') && viewer.userId !== u.id;
  const canEmail = useCan('USERS_EMAIL');
  const [confirming, setConfirming] = useState(false);
  const [writing, setWriting] = useState(false);
  const [error, setError] = useState<string[]>([]);
  const [commitDelete, deleting] = useMutation<UserRowDeleteMutation>(graphql`
    mutation UserRowDeleteMutation($input: UserIDInput!, $connections: [ID!]!) {
      deleteUser(input: $input) {
        deletedID @deleteEdge(connections: $connections)
      }
    }
  `);
  const name = displayName(u);
  const status = `${statusLabels[u.status] ?? u.status}${u.locked ? ', locked' : ''}`;
  const remove = () =>
    commitDelete({
      variables: { input: { id: u.id }, connections: [connectionID] },
      onCompleted: () => {
        setConfirming(false);
        onNotice(`${name} was deleted`);
      },
      onError: (err) => setError(splitErrors(err).general),
    });
  return (
    <tr title={`${name}: ${status}; role ${u.role.name}`}>
      <td>
        <Link to={`/admin/users/${u.id}`}>{u.email}</Link>
      </td>
      <td>{[u.firstName, u.lastName].filter(Boolean).join(' ') || <span className="muted">—</span>}</td>
      <td>
        <span className={statusTone(u.status, u.locked)}>{status}</span>
      </td>
      <td>{u.role.name}</td>
      <td>{u.customers?.map((c) => c.name).join(', ') || <span className="muted">—</span>}</td>
      <td>{formatTime(u.createdAt)}</td>
      <td>{formatTime(u.lastActiveAt)}</td>
      <td className="row-actions">
        {canEmail && (
          <button type="button" className="link-button" aria-label={`Send an email to ${name}`} onClick={() => setWriting(true)}>
            Email
          </button>
        )}
        {canWrite && (
          <Link to={`/admin/users/${u.id}/edit`} aria-label={`Edit ${name}`}>
            Edit
          </Link>
        )}
        {canDelete && (
          <button type="button" className="link-button danger-link" aria-label={`Delete ${name}`} onClick={() => setConfirming(true)}>
            Delete
          </button>
        )}
        <ConfirmDialog
          title="Delete user"
          open={confirming}
          danger
          pending={deleting}
          error={error}
          confirmLabel={`Delete ${name}`}
          message={
            <p>
              Delete <strong>{name}</strong> ({u.email}) and all their data? Their history goes too; only the newsletter
              subscription stays. This cannot be undone.
            </p>
          }
          onConfirm={remove}
          onClose={() => {
            setConfirming(false);
            setError([]);
          }}
        />
        {writing && (
          <Suspense fallback={null}>
            <RowSendEmail
              id={u.id}
              onClose={() => setWriting(false)}
              onDone={(message) => {
                setWriting(false);
                onNotice(message);
              }}
            />
          </Suspense>
        )}
      </td>
    </tr>
  );
}

/**
 * RowSendEmail loads what the send-email dialog needs (the user's aliases)
 * only when it opens, so the overview's query stays one row per user.
 */
function RowSendEmail({ id, onClose, onDone }: { id: string; onClose: () => void; onDone: (message: string) => void }) {
  const data = useLazyLoadQuery<UserRowSendEmailQuery>(
    graphql`
      query UserRowSendEmailQuery($id: ID!) {
        node(id: $id) {
          ...SendEmailDialog_user @alias(as: "user")
        }
      }
    `,
    { id },
    { fetchPolicy: 'store-or-network' },
  );
  if (!data.node?.user) return null;
  return <SendEmailDialog open user={data.node.user} onClose={onClose} onDone={onDone} />;
}
