import { Suspense, useDeferredValue, useState } from 'react';
import { graphql, useLazyLoadQuery, usePaginationFragment } from 'react-relay';
import { Link, useParams } from 'react-router-dom';
import { CheckboxField, TextField } from '../components/Field';
import { Loading } from '../components/Loading';
import { displayName } from '../components/format';
import { useDebounced } from '../components/useDebounced';
import { AuditEntryRow } from '../audit/AuditEntryRow';
import type { UserHistoryQuery } from './__generated__/UserHistoryQuery.graphql';
import type { UserHistory_user$key } from './__generated__/UserHistory_user.graphql';

/** UserHistory lists a user's changes, newest first, with search and hide-unchanged. */
export default function UserHistory() {
  const { id = '' } = useParams();
  const [search, setSearch] = useState('');
  const [hideUnchanged, setHideUnchanged] = useState(false);
  const settled = useDebounced(search, 300);
  const vars = useDeferredValue({ id, search: settled.trim() || null, hideUnchanged });
  return (
    <div>
      <form className="toolbar" role="search" onSubmit={(e) => e.preventDefault()}>
        <TextField label="Search the history" type="search" value={search} onChange={(e) => setSearch(e.target.value)} placeholder="Property or value" />
        <CheckboxField label="Hide entries without changes" checked={hideUnchanged} onChange={(e) => setHideUnchanged(e.target.checked)} />
      </form>
      <Suspense fallback={<Loading />}>
        <HistoryList variables={vars} />
      </Suspense>
    </div>
  );
}

function HistoryList({ variables }: { variables: { id: string; search: string | null; hideUnchanged: boolean } }) {
  const data = useLazyLoadQuery<UserHistoryQuery>(
    graphql`
      query UserHistoryQuery($id: ID!, $search: String, $hideUnchanged: Boolean!) {
        node(id: $id) {
          ... on User {
            id
            email
            firstName
            lastName
          }
          ...UserHistory_user @alias(as: "history") @arguments(search: $search, hideUnchanged: $hideUnchanged)
        }
      }
    `,
    variables,
    { fetchPolicy: 'store-and-network' },
  );
  const u = data.node;
  if (!u || !u.id || !u.history) return <p>There is no user with this ID you may see.</p>;
  return (
    <>
      <p>
        <Link to={`/admin/users/${u.id}`}>← {displayName(u as { email: string })}</Link>
      </p>
      <h1>History of {displayName(u as { email: string })}</h1>
      <Entries user={u.history} />
    </>
  );
}

function Entries({ user }: { user: UserHistory_user$key }) {
  const { data, loadNext, hasNext, isLoadingNext } = usePaginationFragment(
    graphql`
      fragment UserHistory_user on User
      @refetchable(queryName: "UserHistoryPaginationQuery")
      @argumentDefinitions(
        search: { type: "String" }
        hideUnchanged: { type: "Boolean!" }
        first: { type: "Int", defaultValue: 25 }
        after: { type: "Cursor" }
      ) {
        history(search: $search, hideUnchanged: $hideUnchanged, first: $first, after: $after)
          @connection(key: "UserHistory_history", filters: ["search", "hideUnchanged"]) {
          edges {
            node {
              id
              ...AuditEntryRow_entry
            }
          }
        }
      }
    `,
    user,
  );
  const rows = data.history?.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? [];
  return (
    <>
      {rows.length === 0 ? (
        <p className="muted">No entries match.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>Time</th>
              <th>Property</th>
              <th>New value</th>
              <th>Old value</th>
              <th>Source</th>
              <th>Author</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <AuditEntryRow key={r.id} entry={r} />
            ))}
          </tbody>
        </table>
      )}
      <div className="pager">
        {hasNext && (
          <button type="button" disabled={isLoadingNext} onClick={() => loadNext(25)}>
            {isLoadingNext ? 'Loading…' : 'Show older entries'}
          </button>
        )}
      </div>
    </>
  );
}
