import { useState } from 'react';
import { graphql, useLazyLoadQuery, usePaginationFragment } from 'react-relay';
import { Loading } from '../components/Loading';
import { UserRow } from './UserRow';
import type { UsersListQuery, UsersListQuery$variables } from './__generated__/UsersListQuery.graphql';
import type { UsersList_query$key } from './__generated__/UsersList_query.graphql';

/** The overview's search, filters and ordering, as the form holds them. */
export interface Filters {
  search: string;
  status: string;
  roleID: string;
  customerID: string;
  locked: string;
  invitationExpired: string;
  activeAfter: string;
  activeBefore: string;
  order: { field: string; direction: 'ASC' | 'DESC' };
}

/** Columns that sort, by their UserOrderField. */
const sortable: { field: string; label: string }[] = [
  { field: 'EMAIL', label: 'Email' },
  { field: 'LAST_NAME', label: 'Name' },
  { field: 'CREATED_AT', label: 'Created' },
  { field: 'LAST_ACTIVE_AT', label: 'Last active' },
];

const pageSize = 25;

/** startOfDay turns a YYYY-MM-DD of the date input into the instant local midnight begins. */
function startOfDay(date: string): string {
  return new Date(`${date}T00:00:00`).toISOString();
}

function toVariables(f: Filters): UsersListQuery$variables {
  const where: NonNullable<UsersListQuery$variables['where']> = {};
  if (f.status) where.status = f.status as never;
  if (f.roleID) where.hasRoleWith = [{ id: f.roleID }];
  if (f.customerID) where.hasCustomersWith = [{ id: f.customerID }];
  if (f.locked) where.locked = f.locked === 'true';
  if (f.invitationExpired) where.invitationExpired = f.invitationExpired === 'true';
  if (f.activeAfter) where.lastActiveAtGTE = startOfDay(f.activeAfter);
  if (f.activeBefore) where.lastActiveAtLT = startOfDay(f.activeBefore);
  return {
    search: f.search.trim() || null,
    where,
    orderBy: { field: f.order.field as never, direction: f.order.direction },
    first: pageSize,
  };
}

/** UsersList shows one search's users, a page at a time, with the total. */
export function UsersList({ filters, onOrder }: { filters: Filters; onOrder: (o: Filters['order']) => void }) {
  const query = useLazyLoadQuery<UsersListQuery>(
    graphql`
      query UsersListQuery($search: String, $where: UserWhereInput, $orderBy: UserOrder, $first: Int!) {
        ...UsersList_query @arguments(search: $search, where: $where, orderBy: $orderBy, first: $first)
      }
    `,
    toVariables(filters),
    { fetchPolicy: 'store-and-network' },
  );
  const { data, loadNext, hasNext, isLoadingNext } = usePaginationFragment<UsersListQuery, UsersList_query$key>(
    graphql`
      fragment UsersList_query on Query
      @refetchable(queryName: "UsersListPaginationQuery")
      @argumentDefinitions(
        search: { type: "String" }
        where: { type: "UserWhereInput" }
        orderBy: { type: "UserOrder" }
        first: { type: "Int!" }
        after: { type: "Cursor" }
      ) {
        users(first: $first, after: $after, search: $search, where: $where, orderBy: $orderBy)
          @connection(key: "UsersList_users", filters: ["search", "where", "orderBy"]) {
          __id
          totalCount
          totalCountIsCapped
          edges {
            node {
              id
              ...UserRow_user
            }
          }
        }
      }
    `,
    query,
  );
  const [announce, setAnnounce] = useState('');
  const users = data.users;
  const rows = users.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? [];
  const sortBy = (field: string) => {
    const direction = filters.order.field === field && filters.order.direction === 'ASC' ? 'DESC' : 'ASC';
    onOrder({ field, direction });
  };
  const ariaSort = (field: string) =>
    filters.order.field === field ? (filters.order.direction === 'ASC' ? 'ascending' : 'descending') : undefined;
  return (
    <div>
      <p className="muted" aria-live="polite">
        {users.totalCount === 0
          ? 'No users match.'
          : `Showing ${rows.length.toLocaleString()} of ${users.totalCount.toLocaleString()}${users.totalCountIsCapped ? '+' : ''} users`}
        {announce && ` — ${announce}`}
      </p>
      <table>
        <thead>
          <tr>
            {sortable.slice(0, 2).map((c) => (
              <th key={c.field} aria-sort={ariaSort(c.field)}>
                <button type="button" onClick={() => sortBy(c.field)}>
                  {c.label} {arrow(filters, c.field)}
                </button>
              </th>
            ))}
            <th>Status</th>
            <th>Role</th>
            <th>Customers</th>
            {sortable.slice(2).map((c) => (
              <th key={c.field} aria-sort={ariaSort(c.field)}>
                <button type="button" onClick={() => sortBy(c.field)}>
                  {c.label} {arrow(filters, c.field)}
                </button>
              </th>
            ))}
            <th>
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((u) => (
            <UserRow key={u.id} user={u} connectionID={users.__id} onNotice={setAnnounce} />
          ))}
        </tbody>
      </table>
      <div className="pager">
        {hasNext && (
          <button type="button" disabled={isLoadingNext} onClick={() => loadNext(pageSize)}>
            {isLoadingNext ? 'Loading…' : `Show ${pageSize} more`}
          </button>
        )}
        {isLoadingNext && <Loading />}
      </div>
    </div>
  );
}

function arrow(f: Filters, field: string): string {
  if (f.order.field !== field) return '';
  return f.order.direction === 'ASC' ? '▲' : '▼';
}
