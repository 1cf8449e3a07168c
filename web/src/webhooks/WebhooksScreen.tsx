import { useState } from 'react';
import { graphql, useLazyLoadQuery, useMutation } from 'react-relay';
import { Link } from 'react-router-dom';
import { ConfirmDialog, Dialog } from '../components/Dialog';
import { CheckboxField, FormErrors, TextField } from '../components/Field';
import { splitErrors } from '../relay/errors';
import type { WebhooksScreenQuery } from './__generated__/WebhooksScreenQuery.graphql';
import type { WebhooksScreenCreateMutation } from './__generated__/WebhooksScreenCreateMutation.graphql';
import type { WebhooksScreenUpdateMutation } from './__generated__/WebhooksScreenUpdateMutation.graphql';
import type { WebhooksScreenDeleteMutation } from './__generated__/WebhooksScreenDeleteMutation.graphql';

type Endpoint = WebhooksScreenQuery['response']['webhookEndpoints'][number];

/** The event types an endpoint can subscribe to. */
export const eventTypes = ['USER_CREATED', 'USER_UPDATED', 'USER_DELETED', 'USER_LOCKED', 'USER_UNLOCKED', 'USER_EMAIL_CHANGED'];

/** WebhooksScreen lists webhook endpoints and creates, edits and deletes them. */
export default function WebhooksScreen() {
  const [fetchKey, setFetchKey] = useState(0);
  const data = useLazyLoadQuery<WebhooksScreenQuery>(
    graphql`
      query WebhooksScreenQuery {
        webhookEndpoints {
          id
          url
          description
          enabled
          eventTypes
          createdAt
        }
      }
    `,
    {},
    { fetchPolicy: 'store-and-network', fetchKey },
  );
  const [editing, setEditing] = useState<Endpoint | 'new' | null>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Endpoint | null>(null);
  const [deleteErrors, setDeleteErrors] = useState<string[]>([]);
  const [remove, removing] = useMutation<WebhooksScreenDeleteMutation>(graphql`
    mutation WebhooksScreenDeleteMutation($input: DeleteWebhookEndpointInput!) {
      deleteWebhookEndpoint(input: $input) {
        deletedID @deleteRecord
      }
    }
  `);
  return (
    <div>
      <div className="actions" style={{ justifyContent: 'space-between' }}>
        <h1 style={{ margin: 0 }}>Webhooks</h1>
        <button type="button" className="primary" onClick={() => setEditing('new')}>
          New endpoint
        </button>
      </div>
      {secret && <SecretNotice secret={secret} onDone={() => setSecret(null)} />}
      <table>
        <thead>
          <tr>
            <th>URL</th>
            <th>Description</th>
            <th>Events</th>
            <th>Enabled</th>
            <th>
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {data.webhookEndpoints.filter(Boolean).map((e) => (
            <tr key={e.id}>
              <td>
                <Link to={`/admin/webhooks/${e.id}`}>{e.url}</Link>
              </td>
              <td>{e.description}</td>
              <td>{e.eventTypes.length ? e.eventTypes.join(', ') : 'all'}</td>
              <td>{e.enabled ? 'yes' : 'no'}</td>
              <td className="row-actions">
                <button type="button" className="link-button" aria-label={`Edit ${e.url}`} onClick={() => setEditing(e)}>
                  Edit
                </button>
                <button type="button" className="link-button danger-link" aria-label={`Delete ${e.url}`} onClick={() => setDeleting(e)}>
                  Delete
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Dialog title={editing === 'new' ? 'New webhook endpoint' : 'Edit webhook endpoint'} open={editing !== null} onClose={() => setEditing(null)}>
        {editing !== null && (
          <EndpointForm
            endpoint={editing === 'new' ? null : editing}
            onCancel={() => setEditing(null)}
            onDone={(s) => {
              setEditing(null);
              if (s) setSecret(s);
              setFetchKey((k) => k + 1);
            }}
          />
        )}
      </Dialog>
      <ConfirmDialog
        title="Delete webhook endpoint"
        open={deleting !== null}
        danger
        message={<p>Delete the endpoint {deleting?.url} and its deliveries?</p>}
        confirmLabel="Delete endpoint"
        pending={removing}
        error={deleteErrors}
        onClose={() => {
          setDeleting(null);
          setDeleteErrors([]);
        }}
        onConfirm={() =>
          deleting &&
          remove({
            variables: { input: { id: deleting.id } },
            onCompleted: () => {
              setDeleting(null);
              setFetchKey((k) => k + 1);
            },
            onError: (err) => setDeleteErrors(splitErrors(err).general),
          })
        }
      />
    </div>
  );
}

/** SecretNotice shows a signing secret once. */
export function SecretNotice({ secret, onDone }: { secret: string; onDone: () => void }) {
  return (
    <div className="panel" role="status">
      <p>
        <strong>Copy the signing secret now: it is shown only this once.</strong>
      </p>
      <p className="secret" aria-label="The signing secret">
        {secret}
      </p>
      <button type="button" onClick={onDone}>
        I have copied it
      </button>
    </div>
  );
}

function EndpointForm({ endpoint, onCancel, onDone }: { endpoint: Endpoint | null; onCancel: () => void; onDone: (secret?: string) => void }) {
  const [url, setUrl] = useState(endpoint?.url ?? '');
  const [description, setDescription] = useState(endpoint?.description ?? '');
  const [enabled, setEnabled] = useState(endpoint?.enabled ?? true);
  const [events, setEvents] = useState<Set<string>>(new Set(endpoint?.eventTypes ?? []));
  const [errors, setErrors] = useState<{ fields: Record<string, string>; general: string[] }>({ fields: {}, general: [] });
  const [create, creating] = useMutation<WebhooksScreenCreateMutation>(graphql`
    mutation WebhooksScreenCreateMutation($input: CreateWebhookEndpointInput!) {
      createWebhookEndpoint(input: $input) {
        secret
        endpoint {
          id
        }
      }
    }
  `);
  const [update, updating] = useMutation<WebhooksScreenUpdateMutation>(graphql`
    mutation WebhooksScreenUpdateMutation($input: UpdateWebhookEndpointInput!) {
      updateWebhookEndpoint(input: $input) {
        endpoint {
          id
          url
          description
          enabled
          eventTypes
        }
      }
    }
  `);
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const onError = (err: Error) => setErrors(splitErrors(err));
    const input = { url, description, enabled, events: [...events] as never[] };
    if (endpoint) update({ variables: { input: { id: endpoint.id, ...input } }, onCompleted: () => onDone(), onError });
    else create({ variables: { input }, onCompleted: (res) => onDone(res.createWebhookEndpoint.secret), onError });
  };
  return (
    <form onSubmit={submit} noValidate>
      <FormErrors messages={errors.general} />
      <TextField label="URL" type="url" value={url} onChange={(e) => setUrl(e.target.value)} error={errors.fields.url} hint="An https URL that receives POSTs." />
      <TextField label="Description" value={description} onChange={(e) => setDescription(e.target.value)} error={errors.fields.description} />
      <fieldset>
        <legend>Events (none: every event)</legend>
        {eventTypes.map((t) => (
          <CheckboxField
            key={t}
            label={t.toLowerCase().replace(/_/, '.')}
            checked={events.has(t)}
            onChange={(e) =>
              setEvents((s) => {
                const n = new Set(s);
                if (e.target.checked) n.add(t);
                else n.delete(t);
                return n;
              })
            }
          />
        ))}
      </fieldset>
      <CheckboxField label="Enabled" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} />
      <div className="actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={creating || updating}>
          Save endpoint
        </button>
      </div>
    </form>
  );
}
