import { useState } from 'react';
import { graphql, useLazyLoadQuery, useMutation } from 'react-relay';
import type { RecordSourceSelectorProxy } from 'relay-runtime';
import { ConfirmDialog, Dialog } from '../components/Dialog';
import { FormErrors, TextField } from '../components/Field';
import { splitErrors } from '../relay/errors';
import type { CustomersScreenQuery } from './__generated__/CustomersScreenQuery.graphql';
import type { CustomersScreenCreateMutation } from './__generated__/CustomersScreenCreateMutation.graphql';
import type { CustomersScreenUpdateMutation } from './__generated__/CustomersScreenUpdateMutation.graphql';
import type { CustomersScreenDeleteMutation } from './__generated__/CustomersScreenDeleteMutation.graphql';

type Customer = { readonly id: string; readonly name: string; readonly externalID?: string | null };

/** countBy moves the list's total along with an added or deleted customer (the directives only move the edges). */
function countBy(store: RecordSourceSelectorProxy, connection: string, delta: number) {
  const list = store.get(connection);
  const total = list?.getValue('totalCount');
  if (list && typeof total === 'number') list.setValue(total + delta, 'totalCount');
}

/** CustomersScreen lists customers and creates, renames and deletes them. */
export default function CustomersScreen() {
  const data = useLazyLoadQuery<CustomersScreenQuery>(
    graphql`
      query CustomersScreenQuery {
        customers(first: 500, orderBy: { field: NAME, direction: ASC }) @connection(key: "CustomersScreen_customers") {
          __id
          totalCount
          edges {
            node {
              id
              name
              externalID
              createdAt
            }
          }
        }
      }
    `,
    {},
    { fetchPolicy: 'store-and-network' },
  );
  const connection = data.customers.__id;
  const customers = data.customers.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? [];
  const [editing, setEditing] = useState<Customer | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Customer | null>(null);
  const [deleteErrors, setDeleteErrors] = useState<string[]>([]);
  const [commitDelete, pendingDelete] = useMutation<CustomersScreenDeleteMutation>(graphql`
    mutation CustomersScreenDeleteMutation($input: DeleteCustomerInput!, $connections: [ID!]!) {
      deleteCustomer(input: $input) {
        deletedID @deleteEdge(connections: $connections)
      }
    }
  `);
  return (
    <div>
      <div className="actions" style={{ justifyContent: 'space-between' }}>
        <h1 style={{ margin: 0 }}>Customers</h1>
        <button type="button" className="primary" onClick={() => setEditing('new')}>
          New customer
        </button>
      </div>
      <p className="muted">{data.customers.totalCount} customers. Users and API keys with customers see only those customers' users.</p>
      <table>
        <thead>
          <tr>
            <th>Name</th>
            <th>External ID</th>
            <th>
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {customers.map((c) => (
            <tr key={c.id}>
              <td>{c.name}</td>
              <td>{c.externalID ?? <span className="muted">—</span>}</td>
              <td className="row-actions">
                <button type="button" className="link-button" aria-label={`Edit ${c.name}`} onClick={() => setEditing(c)}>
                  Edit
                </button>
                <button type="button" className="link-button danger-link" aria-label={`Delete ${c.name}`} onClick={() => setDeleting(c)}>
                  Delete
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Dialog title={editing === 'new' ? 'New customer' : `Edit customer ${editing?.name ?? ''}`} open={editing !== null} onClose={() => setEditing(null)}>
        {editing !== null && <CustomerForm customer={editing === 'new' ? null : editing} connection={connection} onDone={() => setEditing(null)} />}
      </Dialog>
      <ConfirmDialog
        title="Delete customer"
        open={deleting !== null}
        danger
        message={<p>Delete the customer {deleting?.name}? A customer still assigned to users or API keys cannot be deleted.</p>}
        confirmLabel={`Delete ${deleting?.name ?? ''}`}
        pending={pendingDelete}
        error={deleteErrors}
        onClose={() => {
          setDeleting(null);
          setDeleteErrors([]);
        }}
        onConfirm={() =>
          deleting &&
          commitDelete({
            variables: { input: { id: deleting.id }, connections: [connection] },
            updater: (store) => countBy(store, connection, -1),
            onCompleted: () => setDeleting(null),
            onError: (err) => setDeleteErrors(splitErrors(err).general.concat(Object.values(splitErrors(err).fields))),
          })
        }
      />
    </div>
  );
}

function CustomerForm({ customer, connection, onDone }: { customer: Customer | null; connection: string; onDone: () => void }) {
  const [name, setName] = useState(customer?.name ?? '');
  const [externalID, setExternalID] = useState(customer?.externalID ?? '');
  const [errors, setErrors] = useState<{ fields: Record<string, string>; general: string[] }>({ fields: {}, general: [] });
  const [create, creating] = useMutation<CustomersScreenCreateMutation>(graphql`
    mutation CustomersScreenCreateMutation($input: CreateCustomerInput!, $connections: [ID!]!) {
      createCustomer(input: $input) {
        customer @appendNode(connections: $connections, edgeTypeName: "CustomerEdge") {
          id
          name
          externalID
          createdAt
        }
      }
    }
  `);
  const [update, updating] = useMutation<CustomersScreenUpdateMutation>(graphql`
    mutation CustomersScreenUpdateMutation($input: UpdateCustomerInput!) {
      updateCustomer(input: $input) {
        customer {
          id
          name
          externalID
        }
      }
    }
  `);
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const onError = (err: Error) => setErrors(splitErrors(err));
    if (customer) {
      update({ variables: { input: { id: customer.id, name, externalID: externalID || null } }, onCompleted: onDone, onError });
    } else {
      create({
        variables: { input: { name, externalID: externalID || null }, connections: [connection] },
        updater: (store) => countBy(store, connection, 1),
        onCompleted: onDone,
        onError,
      });
    }
  };
  return (
    <form onSubmit={submit} noValidate>
      <FormErrors messages={errors.general} />
      <TextField label="Name" required value={name} onChange={(e) => setName(e.target.value)} error={errors.fields.name} />
      <TextField label="External ID" value={externalID} onChange={(e) => setExternalID(e.target.value)} error={errors.fields.externalID} hint="The customer's key in another system (optional)." />
      <div className="actions">
        <button type="button" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={creating || updating}>
          Save customer
        </button>
      </div>
    </form>
  );
}
