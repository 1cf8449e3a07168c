import { Suspense, useDeferredValue, useState } from 'react';
import { graphql, useLazyLoadQuery, usePaginationFragment } from 'react-relay';
import { SelectField, TextField } from '../components/Field';
import { Loading } from '../components/Loading';
import { useDebounced } from '../components/useDebounced';
import { AuditEntryRow } from './AuditEntryRow';
import type { AuditLogScreenQuery, AuditLogScreenQuery$variables } from './__generated__/AuditLogScreenQuery.graphql';
import type { AuditLogScreen_query$key } from './__generated__/AuditLogScreen_query.graphql';

interface Filters {
  property: string;
  source: string;
  subjectID: string;
  after: string;
  before: string;
}

const empty: Filters = { property: '', source: '', subjectID: '', after: '', before: '' };

function toWhere(f: Filters): AuditLogScreenQuery$variables['where'] {
  const where: NonNullable<AuditLogScreenQuery$variables['where']> = {};
  if (f.property.trim()) where.propertyContainsFold = f.property.trim();
  if (f.source) where.source = f.source as never;
  if (f.subjectID.trim()) where.subjectID = f.subjectID.trim();
  if (f.after) where.createdAtGTE = new Date(`${f.after}T00:00:00`).toISOString();
  if (f.before) where.createdAtLT = new Date(`${f.before}T00:00:00`).toISOString();
  return where;
}

/** AuditLogScreen is the change history of every user, newest first, with filters. */
export default function AuditLogScreen() {
  const [filters, setFilters] = useState<Filters>(empty);
  const property = useDebounced(filters.property, 300);
  const subjectID = useDebounced(filters.subjectID, 300);
  const where = useDeferredValue(toWhere({ ...filters, property, subjectID }));
  const set = (p: Partial<Filters>) => setFilters((f) => ({ ...f, ...p }));
  return (
    <div>
      <h1>Audit log</h1>
      <form className="toolbar" role="search" onSubmit={(e) => e.preventDefault()}>
        <TextField label="Property" value={filters.property} onChange={(e) => set({ property: e.target.value })} placeholder="e.g. last_name" />
        <SelectField label="Source" value={filters.source} onChange={(e) => set({ source: e.target.value })}>
          <option value="">Any</option>
          <option value="PROFILE">Self-service</option>
          <option value="ADMIN">Admin</option>
          <option value="API">API</option>
          <option value="SYSTEM">System</option>
        </SelectField>
        <TextField label="User ID" value={filters.subjectID} onChange={(e) => set({ subjectID: e.target.value })} placeholder="usr_…" />
        <TextField label="From" type="date" value={filters.after} onChange={(e) => set({ after: e.target.value })} />
        <TextField label="Before" type="date" value={filters.before} onChange={(e) => set({ before: e.target.value })} />
        <button type="button" onClick={() => setFilters(empty)}>
          Clear filters
        </button>
      </form>
      <Suspense fallback={<Loading />}>
        <Entries where={where} />
      </Suspense>
    </div>
  );
}

function Entries({ where }: { where: AuditLogScreenQuery$variables['where'] }) {
  const query = useLazyLoadQuery<AuditLogScreenQuery>(
    graphql`
      query AuditLogScreenQuery($where: AuditEntryWhereInput) {
        ...AuditLogScreen_query @arguments(where: $where)
      }
    `,
    { where },
    { fetchPolicy: 'store-and-network' },
  );
  const { data, loadNext, hasNext, isLoadingNext } = usePaginationFragment<AuditLogScreenQuery, AuditLogScreen_query$key>(
    graphql`
      fragment AuditLogScreen_query on Query
      @refetchable(queryName: "AuditLogScreenPaginationQuery")
      @argumentDefinitions(where: { type: "AuditEntryWhereInput" }, first: { type: "Int", defaultValue: 25 }, after: { type: "Cursor" }) {
        auditEntries(first: $first, after: $after, where: $where, orderBy: { field: CREATED_AT, direction: DESC })
          @connection(key: "AuditLogScreen_auditEntries", filters: ["where"]) {
          edges {
            node {
              id
              ...AuditEntryRow_entry
            }
          }
        }
      }
    `,
    query,
  );
  const rows = data.auditEntries.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? [];
  return (
    <>
      {rows.length === 0 ? (
        <p className="muted">No entries match.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>Time</th>
              <th>User</th>
              <th>Property</th>
              <th>New value</th>
              <th>Old value</th>
              <th>Source</th>
              <th>Author</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <AuditEntryRow key={r.id} entry={r} showSubject />
            ))}
          </tbody>
        </table>
      )}
      {hasNext && (
        <div className="pager">
          <button type="button" disabled={isLoadingNext} onClick={() => loadNext(25)}>
            Show older entries
          </button>
        </div>
      )}
    </>
  );
}
