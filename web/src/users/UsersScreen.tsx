import { Suspense, useDeferredValue, useState } from 'react';
import { graphql, useLazyLoadQuery } from 'react-relay';
import { Link } from 'react-router-dom';
import { SelectField, TextField } from '../components/Field';
import { Loading } from '../components/Loading';
import { useDebounced } from '../components/useDebounced';
import { useCan } from '../app/viewer';
import { UsersList } from './UsersList';
import type { Filters } from './UsersList';
import type { UsersScreenQuery } from './__generated__/UsersScreenQuery.graphql';

const initial: Filters = {
  search: '',
  status: '',
  roleID: '',
  customerID: '',
  locked: '',
  invitationExpired: '',
  activeAfter: '',
  activeBefore: '',
  order: { field: 'CREATED_AT', direction: 'DESC' },
};

/**
 * UsersScreen is the users overview: search and filters run on the
 * server (the search is debounced), the list pages by cursor.
 */
export default function UsersScreen() {
  const data = useLazyLoadQuery<UsersScreenQuery>(
    graphql`
      query UsersScreenQuery {
        roles(first: 100, orderBy: { field: NAME, direction: ASC }) {
          edges {
            node {
              id
              name
            }
          }
        }
        customers(first: 500, orderBy: { field: NAME, direction: ASC }) {
          edges {
            node {
              id
              name
            }
          }
        }
      }
    `,
    {},
    { fetchPolicy: 'store-and-network' },
  );
  const canCreate = useCan('USERS_WRITE');
  const [filters, setFilters] = useState<Filters>(initial);
  const search = useDebounced(filters.search, 300);
  const effective = useDeferredValue({ ...filters, search });
  const set = (patch: Partial<Filters>) => setFilters((f) => ({ ...f, ...patch }));
  const roles = data.roles.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? [];
  const customers = data.customers.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? [];
  return (
    <div>
      <div className="actions" style={{ justifyContent: 'space-between', alignItems: 'center' }}>
        <h1 style={{ margin: 0 }}>Users</h1>
        {canCreate && (
          <Link to="/admin/users/new" className="button-link">
            Create user
          </Link>
        )}
      </div>
      <form className="toolbar" role="search" onSubmit={(e) => e.preventDefault()}>
        <TextField
          label="Search"
          type="search"
          placeholder="Email, name or alias"
          value={filters.search}
          onChange={(e) => set({ search: e.target.value })}
        />
        <SelectField label="Status" value={filters.status} onChange={(e) => set({ status: e.target.value })}>
          <option value="">Any</option>
          <option value="CONFIRMED">Confirmed</option>
          <option value="CONFIRMATION_PENDING">Confirmation pending</option>
          <option value="INVITED">Invited</option>
          <option value="ACCOUNT_DATA">Account data</option>
        </SelectField>
        <SelectField label="Role" value={filters.roleID} onChange={(e) => set({ roleID: e.target.value })}>
          <option value="">Any</option>
          {roles.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </SelectField>
        <SelectField label="Customer" value={filters.customerID} onChange={(e) => set({ customerID: e.target.value })}>
          <option value="">Any</option>
          {customers.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </SelectField>
        <SelectField label="Locked" value={filters.locked} onChange={(e) => set({ locked: e.target.value })}>
          <option value="">Any</option>
          <option value="true">Locked</option>
          <option value="false">Not locked</option>
        </SelectField>
        <SelectField
          label="Invitation"
          value={filters.invitationExpired}
          onChange={(e) => set({ invitationExpired: e.target.value })}
        >
          <option value="">Any</option>
          <option value="true">Expired</option>
          <option value="false">Valid</option>
        </SelectField>
        <TextField label="Active after" type="date" value={filters.activeAfter} onChange={(e) => set({ activeAfter: e.target.value })} />
        <TextField label="Active before" type="date" value={filters.activeBefore} onChange={(e) => set({ activeBefore: e.target.value })} />
        <button type="button" onClick={() => setFilters(initial)}>
          Clear filters
        </button>
      </form>
      <Suspense fallback={<Loading />}>
        <UsersList filters={effective} onOrder={(order) => set({ order })} />
      </Suspense>
    </div>
  );
}
