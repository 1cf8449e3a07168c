import { Suspense, useState } from 'react';
import { graphql, useLazyLoadQuery, useMutation, usePaginationFragment } from 'react-relay';
import { Link, useParams } from 'react-router-dom';
import { ConfirmDialog } from '../components/Dialog';
import { FormErrors, SelectField } from '../components/Field';
import { Loading } from '../components/Loading';
import { attempts, formatTime } from '../components/format';
import { splitErrors } from '../relay/errors';
import { SecretNotice } from './WebhooksScreen';
import type { WebhookDeliveriesQuery } from './__generated__/WebhookDeliveriesQuery.graphql';
import type { WebhookDeliveries_endpoint$key } from './__generated__/WebhookDeliveries_endpoint.graphql';
import type { WebhookDeliveriesRedeliverMutation } from './__generated__/WebhookDeliveriesRedeliverMutation.graphql';
import type { WebhookDeliveriesTestMutation } from './__generated__/WebhookDeliveriesTestMutation.graphql';
import type { WebhookDeliveriesRotateMutation } from './__generated__/WebhookDeliveriesRotateMutation.graphql';

/** WebhookDeliveries shows one endpoint's deliveries and attempts, with redeliver, test event and secret rotation. */
export default function WebhookDeliveries() {
  const { id = '' } = useParams();
  const [status, setStatus] = useState('');
  return (
    <div>
      <p>
        <Link to="/admin/webhooks">← Webhooks</Link>
      </p>
      <div className="toolbar">
        <SelectField label="Status" value={status} onChange={(e) => setStatus(e.target.value)}>
          <option value="">Any</option>
          <option value="PENDING">Pending</option>
          <option value="SUCCEEDED">Succeeded</option>
          <option value="DEAD">Dead</option>
        </SelectField>
      </div>
      <Suspense fallback={<Loading />}>
        <Deliveries id={id} status={status || null} />
      </Suspense>
    </div>
  );
}

function Deliveries({ id, status }: { id: string; status: string | null }) {
  const [fetchKey, setFetchKey] = useState(0);
  const data = useLazyLoadQuery<WebhookDeliveriesQuery>(
    graphql`
      query WebhookDeliveriesQuery($id: ID!, $status: WebhookDeliveryStatus) {
        node(id: $id) {
          ... on WebhookEndpoint {
            id
            url
            previousSecretExpiresAt
          }
          ...WebhookDeliveries_endpoint @alias(as: "deliveries") @arguments(status: $status)
        }
      }
    `,
    { id, status: status as never },
    { fetchPolicy: 'store-and-network', fetchKey },
  );
  const [errors, setErrors] = useState<string[]>([]);
  const [notice, setNotice] = useState('');
  const [confirmRotate, setConfirmRotate] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const [test, testing] = useMutation<WebhookDeliveriesTestMutation>(graphql`
    mutation WebhookDeliveriesTestMutation($input: SendTestEventInput!) {
      sendTestEvent(input: $input) {
        delivery {
          id
        }
      }
    }
  `);
  const [rotate, rotating] = useMutation<WebhookDeliveriesRotateMutation>(graphql`
    mutation WebhookDeliveriesRotateMutation($input: RotateWebhookSecretInput!) {
      rotateWebhookSecret(input: $input) {
        secret
        endpoint {
          id
          previousSecretExpiresAt
        }
      }
    }
  `);
  const e = data.node;
  if (!e || !e.id || !e.deliveries) return <p>There is no such webhook endpoint.</p>;
  const endpointID = e.id;
  return (
    <>
      <h1>Deliveries to {e.url}</h1>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      {secret && <SecretNotice secret={secret} onDone={() => setSecret(null)} />}
      <FormErrors messages={errors} />
      <div className="actions">
        <button
          type="button"
          disabled={testing}
          onClick={() =>
            test({
              variables: { input: { endpointID } },
              onCompleted: () => {
                setNotice('A webhook.test event is queued.');
                setFetchKey((k) => k + 1);
              },
              onError: (err) => setErrors(splitErrors(err).general),
            })
          }
        >
          Send test event
        </button>
        <button type="button" disabled={rotating} onClick={() => setConfirmRotate(true)}>
          Rotate signing secret
        </button>
        <button type="button" onClick={() => setFetchKey((k) => k + 1)}>
          Refresh
        </button>
      </div>
      <ConfirmDialog
        title="Rotate signing secret"
        open={confirmRotate}
        message={
          <p>
            Sign deliveries to {e.url} with a new secret? The receiver must learn the new secret: the current one keeps
            signing alongside it for 24 hours, then stops.
          </p>
        }
        confirmLabel="Rotate secret"
        pending={rotating}
        onClose={() => setConfirmRotate(false)}
        onConfirm={() =>
          rotate({
            variables: { input: { id: endpointID, keepPreviousForSeconds: 86400 } },
            onCompleted: (res) => {
              setConfirmRotate(false);
              setSecret(res.rotateWebhookSecret.secret);
            },
            onError: (err) => {
              setConfirmRotate(false);
              setErrors(splitErrors(err).general);
            },
          })
        }
      />
      {e.previousSecretExpiresAt && <p className="muted">The previous secret also signs until {formatTime(e.previousSecretExpiresAt)}.</p>}
      <DeliveryList endpoint={e.deliveries} onError={setErrors} />
    </>
  );
}

function DeliveryList({ endpoint, onError }: { endpoint: WebhookDeliveries_endpoint$key; onError: (m: string[]) => void }) {
  const { data, loadNext, hasNext, isLoadingNext } = usePaginationFragment(
    graphql`
      fragment WebhookDeliveries_endpoint on WebhookEndpoint
      @refetchable(queryName: "WebhookDeliveriesPaginationQuery")
      @argumentDefinitions(status: { type: "WebhookDeliveryStatus" }, first: { type: "Int", defaultValue: 25 }, after: { type: "Cursor" }) {
        deliveries(first: $first, after: $after, status: $status) @connection(key: "WebhookDeliveries_deliveries", filters: ["status"]) {
          edges {
            node {
              id
              eventType
              eventID
              status
              attemptCount
              nextAttemptAt
              lastError
              deliveredAt
              createdAt
              attempts {
                id
                createdAt
                statusCode
                error
                durationMs
              }
            }
          }
        }
      }
    `,
    endpoint,
  );
  const [redeliver, redelivering] = useMutation<WebhookDeliveriesRedeliverMutation>(graphql`
    mutation WebhookDeliveriesRedeliverMutation($input: RedeliverWebhookInput!) {
      redeliverWebhook(input: $input) {
        delivery {
          id
          status
          nextAttemptAt
        }
      }
    }
  `);
  const rows = data.deliveries.edges?.flatMap((x) => (x?.node ? [x.node] : [])) ?? [];
  if (rows.length === 0) return <p className="muted">No deliveries.</p>;
  return (
    <>
      <table>
        <thead>
          <tr>
            <th>Created</th>
            <th>Event</th>
            <th>Status</th>
            <th>Attempts</th>
            <th>
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((d) => (
            <tr key={d.id}>
              <td>{formatTime(d.createdAt)}</td>
              <td>
                {d.eventType}
                <div className="muted">
                  <code>{d.eventID}</code>
                </div>
              </td>
              <td>
                <span className={d.status === 'SUCCEEDED' ? 'badge ok' : d.status === 'DEAD' ? 'badge danger' : 'badge warn'}>{d.status}</span>
                {d.status === 'PENDING' && <div className="muted">next {formatTime(d.nextAttemptAt)}</div>}
                {d.lastError && <div className="field-error">{d.lastError}</div>}
              </td>
              <td>
                <details>
                  <summary>{attempts(d.attemptCount)}</summary>
                  <ul>
                    {(d.attempts ?? []).map((a) => (
                      <li key={a.id}>
                        {formatTime(a.createdAt)}: {a.statusCode ?? 'no answer'} in {a.durationMs} ms {a.error && `— ${a.error}`}
                      </li>
                    ))}
                  </ul>
                </details>
              </td>
              <td>
                {d.status !== 'PENDING' && (
                  <button
                    type="button"
                    disabled={redelivering}
                    onClick={() => redeliver({ variables: { input: { deliveryID: d.id } }, onError: (err) => onError(splitErrors(err).general) })}
                  >
                    Redeliver
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
            Show older deliveries
          </button>
        </div>
      )}
    </>
  );
}
