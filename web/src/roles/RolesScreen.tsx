import { useState } from 'react';
import { graphql, useLazyLoadQuery, useMutation } from 'react-relay';
import { ConfirmDialog, Dialog } from '../components/Dialog';
import { FormErrors, TextField } from '../components/Field';
import { PermissionPicker } from '../components/PermissionPicker';
import { permissionName } from '../components/permissions';
import { splitErrors } from '../relay/errors';
import type { RolesScreenQuery } from './__generated__/RolesScreenQuery.graphql';
import type { RolesScreenCreateMutation } from './__generated__/RolesScreenCreateMutation.graphql';
import type { RolesScreenUpdateMutation } from './__generated__/RolesScreenUpdateMutation.graphql';
import type { RolesScreenDeleteMutation } from './__generated__/RolesScreenDeleteMutation.graphql';

type Role = NonNullable<NonNullable<NonNullable<RolesScreenQuery['response']['roles']['edges']>[number]>['node']>;

/** RolesScreen lists the roles and creates, edits and deletes custom ones. */
export default function RolesScreen() {
  const data = useLazyLoadQuery<RolesScreenQuery>(
    graphql`
      query RolesScreenQuery {
        roles(first: 100, orderBy: { field: NAME, direction: ASC }) @connection(key: "RolesScreen_roles") {
          __id
          edges {
            node {
              id
              name
              description
              builtin
              permissions
            }
          }
        }
      }
    `,
    {},
    { fetchPolicy: 'store-and-network' },
  );
  const connection = data.roles.__id;
  const roles = data.roles.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? [];
  const [editing, setEditing] = useState<Role | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Role | null>(null);
  const [deleteErrors, setDeleteErrors] = useState<string[]>([]);
  const [commitDelete, pendingDelete] = useMutation<RolesScreenDeleteMutation>(graphql`
    mutation RolesScreenDeleteMutation($input: DeleteRoleInput!, $connections: [ID!]!) {
      deleteRole(input: $input) {
        deletedID @deleteEdge(connections: $connections)
      }
    }
  `);
  return (
    <div>
      <div className="actions" style={{ justifyContent: 'space-between' }}>
        <h1 style={{ margin: 0 }}>Roles</h1>
        <button type="button" className="primary" onClick={() => setEditing('new')}>
          New role
        </button>
      </div>
      <table>
        <thead>
          <tr>
            <th>Name</th>
            <th>Description</th>
            <th>Permissions</th>
            <th>
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {roles.map((r) => (
            <tr key={r.id}>
              <td>
                {r.name} {r.builtin && <span className="badge">built-in</span>}
              </td>
              <td>{r.description}</td>
              <td>{r.permissions.map(permissionName).join(', ') || <span className="muted">none</span>}</td>
              <td className="row-actions">
                {!r.builtin && (
                  <>
                    <button type="button" className="link-button" aria-label={`Edit ${r.name}`} onClick={() => setEditing(r)}>
                      Edit
                    </button>
                    <button type="button" className="link-button danger-link" aria-label={`Delete ${r.name}`} onClick={() => setDeleting(r)}>
                      Delete
                    </button>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Dialog title={editing === 'new' ? 'New role' : `Edit role ${editing?.name ?? ''}`} open={editing !== null} onClose={() => setEditing(null)}>
        {editing !== null && <RoleForm role={editing === 'new' ? null : editing} connection={connection} onDone={() => setEditing(null)} />}
      </Dialog>
      <ConfirmDialog
        title="Delete role"
        open={deleting !== null}
        danger
        message={<p>Delete the role {deleting?.name}? A role someone still holds cannot be deleted.</p>}
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
            onCompleted: () => setDeleting(null),
            onError: (err) => setDeleteErrors(splitErrors(err).general.concat(Object.values(splitErrors(err).fields))),
          })
        }
      />
    </div>
  );
}

function RoleForm({ role, connection, onDone }: { role: Role | null; connection: string; onDone: () => void }) {
  const [name, setName] = useState(role?.name ?? '');
  const [description, setDescription] = useState(role?.description ?? '');
  const [perms, setPerms] = useState<Set<string>>(new Set(role?.permissions ?? []));
  const [errors, setErrors] = useState<{ fields: Record<string, string>; general: string[] }>({ fields: {}, general: [] });
  const [create, creating] = useMutation<RolesScreenCreateMutation>(graphql`
    mutation RolesScreenCreateMutation($input: CreateRoleInput!, $connections: [ID!]!) {
      createRole(input: $input) {
        role @appendNode(connections: $connections, edgeTypeName: "RoleEdge") {
          id
          name
          description
          builtin
          permissions
        }
      }
    }
  `);
  const [update, updating] = useMutation<RolesScreenUpdateMutation>(graphql`
    mutation RolesScreenUpdateMutation($input: UpdateRoleInput!) {
      updateRole(input: $input) {
        role {
          id
          name
          description
          permissions
        }
      }
    }
  `);
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const onError = (err: Error) => setErrors(splitErrors(err));
    const permissions = [...perms] as never[];
    if (role) {
      update({ variables: { input: { id: role.id, name, description, permissions } }, onCompleted: onDone, onError });
    } else {
      create({ variables: { input: { name, description, permissions }, connections: [connection] }, onCompleted: onDone, onError });
    }
  };
  return (
    <form onSubmit={submit} noValidate>
      <FormErrors messages={errors.general} />
      <TextField label="Name" required value={name} onChange={(e) => setName(e.target.value)} error={errors.fields.name} />
      <TextField label="Description" value={description} onChange={(e) => setDescription(e.target.value)} error={errors.fields.description} />
      <PermissionPicker legend="Permissions" value={perms} onChange={setPerms} error={errors.fields.permissions} />
      <div className="actions">
        <button type="button" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={creating || updating}>
          Save role
        </button>
      </div>
    </form>
  );
}
