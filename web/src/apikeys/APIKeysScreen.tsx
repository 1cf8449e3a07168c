import { useState } from 'react';
import { graphql, useLazyLoadQuery, useMutation } from 'react-relay';
import { ConfirmDialog, Dialog } from '../components/Dialog';
import { CheckboxField, FormErrors, TextField } from '../components/Field';
import { PermissionPicker } from '../components/PermissionPicker';
import { formatTime } from '../components/format';
import { permissionName } from '../components/permissions';
import { splitErrors } from '../relay/errors';
import type { APIKeysScreenQuery } from './__generated__/APIKeysScreenQuery.graphql';
import type { APIKeysScreenCreateMutation } from './__generated__/APIKeysScreenCreateMutation.graphql';
import type { APIKeysScreenRevokeMutation } from './__generated__/APIKeysScreenRevokeMutation.graphql';

type Key = APIKeysScreenQuery['response']['apiKeys'][number];

/** APIKeysScreen lists API keys, creates one (its secret is shown once) and revokes them. */
export default function APIKeysScreen() {
  const [fetchKey, setFetchKey] = useState(0);
  const data = useLazyLoadQuery<APIKeysScreenQuery>(
    graphql`
      query APIKeysScreenQuery {
        apiKeys {
          id
          name
          prefix
          permissions
          createdAt
          expiresAt
          lastUsedAt
          revokedAt
          customers {
            id
            name
          }
          createdBy {
            id
            email
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
    { fetchPolicy: 'store-and-network', fetchKey },
  );
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<Key | null>(null);
  const [revokeErrors, setRevokeErrors] = useState<string[]>([]);
  const [revoke, pendingRevoke] = useMutation<APIKeysScreenRevokeMutation>(graphql`
    mutation APIKeysScreenRevokeMutation($input: RevokeAPIKeyInput!) {
      revokeAPIKey(input: $input) {
        apiKey {
          id
          revokedAt
        }
      }
    }
  `);
  const customers = data.customers.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? [];
  return (
    <div>
      <div className="actions" style={{ justifyContent: 'space-between' }}>
        <h1 style={{ margin: 0 }}>API keys</h1>
        <button type="button" className="primary" onClick={() => setCreating(true)}>
          New API key
        </button>
      </div>
      {secret && (
        <div className="panel" role="status">
          <p>
            <strong>Copy the key now: it is shown only this once.</strong> Send it as <code>Authorization: Bearer …</code>.
          </p>
          <p className="secret" aria-label="The new API key">
            {secret}
          </p>
          <button type="button" onClick={() => setSecret(null)}>
            I have copied it
          </button>
        </div>
      )}
      <table>
        <thead>
          <tr>
            <th>Name</th>
            <th>Prefix</th>
            <th>Permissions</th>
            <th>Customers</th>
            <th>Created</th>
            <th>Last used</th>
            <th>Expires</th>
            <th>
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {data.apiKeys.map((k) => (
            <tr key={k.id}>
              <td>
                {k.name} {k.revokedAt && <span className="badge danger">revoked</span>}
              </td>
              <td>
                <code>{k.prefix}</code>
              </td>
              <td>{k.permissions.map(permissionName).join(', ')}</td>
              <td>{k.customers?.map((c) => c.name).join(', ') || <span className="muted">all</span>}</td>
              <td>
                {formatTime(k.createdAt)}
                {k.createdBy && <> by {k.createdBy.email}</>}
              </td>
              <td>{formatTime(k.lastUsedAt)}</td>
              <td>{formatTime(k.expiresAt)}</td>
              <td className="row-actions">
                {!k.revokedAt && (
                  <button type="button" className="link-button danger-link" aria-label={`Revoke ${k.name}`} onClick={() => setRevoking(k)}>
                    Revoke
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Dialog title="New API key" open={creating} onClose={() => setCreating(false)}>
        {creating && (
          <KeyForm
            customers={customers}
            onCancel={() => setCreating(false)}
            onCreated={(key) => {
              setCreating(false);
              setSecret(key);
              setFetchKey((n) => n + 1);
            }}
          />
        )}
      </Dialog>
      <ConfirmDialog
        title="Revoke API key"
        open={revoking !== null}
        danger
        message={<p>Revoke the key {revoking?.name}? It stops working at once.</p>}
        confirmLabel={`Revoke ${revoking?.name ?? ''}`}
        pending={pendingRevoke}
        error={revokeErrors}
        onClose={() => {
          setRevoking(null);
          setRevokeErrors([]);
        }}
        onConfirm={() =>
          revoking &&
          revoke({ variables: { input: { id: revoking.id } }, onCompleted: () => setRevoking(null), onError: (err) => setRevokeErrors(splitErrors(err).general) })
        }
      />
    </div>
  );
}

function KeyForm({
  customers,
  onCancel,
  onCreated,
}: {
  customers: ReadonlyArray<{ id: string; name: string }>;
  onCancel: () => void;
  onCreated: (key: string) => void;
}) {
  const [name, setName] = useState('');
  const [perms, setPerms] = useState<Set<string>>(new Set(['USERS_READ']));
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [expires, setExpires] = useState('');
  const [errors, setErrors] = useState<{ fields: Record<string, string>; general: string[] }>({ fields: {}, general: [] });
  const [create, pending] = useMutation<APIKeysScreenCreateMutation>(graphql`
    mutation APIKeysScreenCreateMutation($input: CreateAPIKeyInput!) {
      createAPIKey(input: $input) {
        key
        apiKey {
          id
        }
      }
    }
  `);
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    create({
      variables: {
        input: { name, permissions: [...perms] as never[], customerIDs: [...chosen], expiresAt: expires ? new Date(`${expires}T23:59:59`).toISOString() : null },
      },
      onCompleted: (res) => onCreated(res.createAPIKey.key),
      onError: (err) => setErrors(splitErrors(err)),
    });
  };
  return (
    <form onSubmit={submit} noValidate>
      <FormErrors messages={errors.general} />
      <TextField label="Name" value={name} onChange={(e) => setName(e.target.value)} error={errors.fields.name} hint="What uses the key, such as CRM sync." />
      <PermissionPicker legend="Permissions" value={perms} onChange={setPerms} error={errors.fields.permissions} />
      {customers.length > 0 && (
        <fieldset>
          <legend>Customers (none: all users)</legend>
          {customers.map((c) => (
            <CheckboxField
              key={c.id}
              label={c.name}
              checked={chosen.has(c.id)}
              onChange={(e) =>
                setChosen((s) => {
                  const n = new Set(s);
                  if (e.target.checked) n.add(c.id);
                  else n.delete(c.id);
                  return n;
                })
              }
            />
          ))}
        </fieldset>
      )}
      <TextField label="Expires on (optional)" type="date" value={expires} onChange={(e) => setExpires(e.target.value)} error={errors.fields.expiresAt} />
      <div className="actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={pending}>
          Create key
        </button>
      </div>
    </form>
  );
}
