import { Suspense, useState } from 'react';
import { graphql, useLazyLoadQuery, useMutation, usePaginationFragment } from 'react-relay';
import { Link } from 'react-router-dom';
import { FormErrors, SelectField } from '../components/Field';
import { Loading } from '../components/Loading';
import { attempts, formatTime } from '../components/format';
import { splitErrors } from '../relay/errors';
import type { OutboxScreenQuery } from './__generated__/OutboxScreenQuery.graphql';
import type { OutboxScreen_query$key } from './__generated__/OutboxScreen_query.graphql';
import type { OutboxScreenRedeliverMutation } from './__generated__/OutboxScreenRedeliverMutation.graphql';

/** OutboxScreen lists outgoing mails, newest first; dead or waiting ones can be sent again. */
export default function OutboxScreen() {
  const [status, setStatus] = useState('');
  return (
    <div>
      <h1>Mail outbox</h1>
      <div className="toolbar">
        <SelectField label="Status" value={status} onChange={(e) => setStatus(e.target.value)}>
          <option value="">Any</option>
          <option value="PENDING">Pending</option>
          <option value="SENT">Sent</option>
          <option value="DEAD">Dead</option>
        </SelectField>
      </div>
      <Suspense fallback={<Loading />}>
        <Mails status={status || null} />
      </Suspense>
    </div>
  );
}

function Mails({ status }: { status: string | null }) {
  const query = useLazyLoadQuery<OutboxScreenQuery>(
    graphql`
      query OutboxScreenQuery($where: OutgoingMailWhereInput) {
        ...OutboxScreen_query @arguments(where: $where)
      }
    `,
    { where: status ? { status: status as never } : {} },
    { fetchPolicy: 'store-and-network' },
  );
  const { data, loadNext, hasNext, isLoadingNext } = usePaginationFragment<OutboxScreenQuery, OutboxScreen_query$key>(
    graphql`
      fragment OutboxScreen_query on Query
      @refetchable(queryName: "OutboxScreenPaginationQuery")
      @argumentDefinitions(where: { type: "OutgoingMailWhereInput" }, first: { type: "Int", defaultValue: 25 }, after: { type: "Cursor" }) {
        outgoingMails(first: $first, after: $after, where: $where, orderBy: { field: CREATED_AT, direction: DESC })
          @connection(key: "OutboxScreen_outgoingMails", filters: ["where"]) {
          totalCount
          totalCountIsCapped
          edges {
            node {
              id
              template
              to
              subject
              status
              attemptCount
              nextAttemptAt
              lastError
              sentAt
              createdAt
              user {
                id
              }
            }
          }
        }
      }
    `,
    query,
  );
  const [errors, setErrors] = useState<string[]>([]);
  const [redeliver, pending] = useMutation<OutboxScreenRedeliverMutation>(graphql`
    mutation OutboxScreenRedeliverMutation($input: RedeliverMailInput!) {
      redeliverMail(input: $input) {
        mail {
          id
          status
          nextAttemptAt
          attemptCount
        }
      }
    }
  `);
  const rows = data.outgoingMails.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? [];
  return (
    <>
      <p className="muted">
        {`${data.outgoingMails.totalCount.toLocaleString()}${data.outgoingMails.totalCountIsCapped ? '+' : ''}`} mails. Sent mails keep
        no body.
      </p>
      <FormErrors messages={errors} />
      <table>
        <thead>
          <tr>
            <th>Created</th>
            <th>To</th>
            <th>Subject</th>
            <th>Kind</th>
            <th>Status</th>
            <th>
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((m) => (
            <tr key={m.id}>
              <td>{formatTime(m.createdAt)}</td>
              <td>{m.user ? <Link to={`/admin/users/${m.user.id}`}>{m.to}</Link> : m.to}</td>
              <td>{m.subject}</td>
              <td>{m.template}</td>
              <td>
                <span className={m.status === 'SENT' ? 'badge ok' : m.status === 'DEAD' ? 'badge danger' : 'badge warn'}>{m.status}</span>{' '}
                {m.status === 'SENT' ? formatTime(m.sentAt) : attempts(m.attemptCount)}
                {m.lastError && <div className="field-error">{m.lastError}</div>}
              </td>
              <td>
                {m.status !== 'SENT' && (
                  <button
                    type="button"
                    disabled={pending}
                    aria-label={`Send the mail to ${m.to} again`}
                    onClick={() => redeliver({ variables: { input: { id: m.id } }, onError: (err) => setErrors(splitErrors(err).general) })}
                  >
                    Send again
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {hasNext && (
        <div className="pager">
          <button type="button" disabled={isLoadingNext} onClick={() => loadNext(25)}>
            Show older mails
          </button>
        </div>
      )}
    </>
  );
}
