import { graphql, useFragment, useLazyLoadQuery } from 'react-relay';
import { Link, useLocation, useParams } from 'react-router-dom';
import { displayName, formatTime, statusLabels, statusTone } from '../components/format';
import { profileFields } from '../components/ProfileForm';
import { UserActions } from './UserActions';
import type { UserProfileQuery } from './__generated__/UserProfileQuery.graphql';
import type { UserProfile_user$key } from './__generated__/UserProfile_user.graphql';

const salutations: Record<string, string> = { MR: 'Mr', MRS: 'Mrs', DIVERS: 'Divers' };

/**
 * UserProfile is one user's profile: account, contact, further
 * information and sign-up information, with the actions the caller may
 * take on this user.
 */
export default function UserProfile() {
  const { id = '' } = useParams();
  const location = useLocation();
  const notice = (location.state as { notice?: string } | null)?.notice;
  const data = useLazyLoadQuery<UserProfileQuery>(
    graphql`
      query UserProfileQuery($id: ID!) {
        node(id: $id) {
          ...UserProfile_user @alias(as: "profile")
          ...UserActions_user @alias(as: "actions")
        }
        attributeDefinitions {
          key
          label
        }
      }
    `,
    { id },
    { fetchPolicy: 'store-and-network' },
  );
  const u = useFragment<UserProfile_user$key>(profileFragment, data.node?.profile ?? null);
  if (!u || !data.node?.actions) {
    return (
      <div className="panel">
        <h1>User not found</h1>
        <p>
          There is no user with this ID you may see. <Link to="/admin/users">Back to the users</Link>
        </p>
      </div>
    );
  }
  const name = displayName(u);
  const attrs = (u.customAttributes ?? {}) as Record<string, unknown>;
  const value = (v: unknown) => (v == null || v === '' ? <span className="muted">—</span> : String(v));
  return (
    <div>
      <p>
        <Link to="/admin/users">← Users</Link>
      </p>
      <h1>
        {name}{' '}
        <span className={statusTone(u.status, u.locked)}>
          {statusLabels[u.status] ?? u.status}
          {u.locked ? ', locked' : ''}
        </span>
      </h1>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <UserActions user={data.node.actions} />
      <div className="grid2 sections">
        <section className="panel" aria-labelledby="account">
          <h2 id="account">Account</h2>
          <dl className="facts">
            <dt>Email</dt>
            <dd>{u.email}</dd>
            {u.unconfirmedEmail && (
              <>
                <dt>New email (unconfirmed)</dt>
                <dd>{u.unconfirmedEmail}</dd>
              </>
            )}
            <dt>Status</dt>
            <dd>{statusLabels[u.status] ?? u.status}</dd>
            <dt>Role</dt>
            <dd>{u.role.name}</dd>
            <dt>Customers</dt>
            <dd>{value(u.customers?.map((c) => c.name).join(', '))}</dd>
            <dt>Locked</dt>
            <dd>
              {u.locked ? (
                <>
                  since {formatTime(u.lockedAt)}
                  {u.lockedBy && <> by {u.lockedBy.email}</>}: {u.lockReason}
                  {u.lockExpiresAt && <> (until {formatTime(u.lockExpiresAt)})</>}
                </>
              ) : (
                'no'
              )}
            </dd>
            <dt>Aliases</dt>
            <dd>
              {u.emailAliases && u.emailAliases.length > 0
                ? u.emailAliases.map((a) => `${a.email}${a.confirmedAt ? '' : ' (unconfirmed)'}`).join(', ')
                : value(null)}
            </dd>
            <dt>Blocked from self-editing</dt>
            <dd>{value(u.blockedProfileFields.join(', '))}</dd>
            <dt>Newsletter</dt>
            <dd>{u.newsletterSubscription && !u.newsletterSubscription.unsubscribedAt
                ? `subscribed since ${formatTime(u.newsletterSubscription.subscribedAt)}`
                : 'not subscribed'}</dd>
            <dt>Created</dt>
            <dd>
              {formatTime(u.createdAt)} ({u.source})
            </dd>
            <dt>Last change</dt>
            <dd>{formatTime(u.updatedAt)}</dd>
          </dl>
        </section>
        <section className="panel" aria-labelledby="contact">
          <h2 id="contact">Contact</h2>
          <dl className="facts">
            {profileFields.map((f) => (
              <Fact key={f.name} label={f.label}>
                {value(f.name === 'salutation' && u.salutation ? salutations[u.salutation] : (u as Record<string, unknown>)[f.name])}
              </Fact>
            ))}
          </dl>
        </section>
        <section className="panel" aria-labelledby="further">
          <h2 id="further">Further information</h2>
          {data.attributeDefinitions.length === 0 ? (
            <p className="muted">No attributes are defined.</p>
          ) : (
            <dl className="facts">
              {data.attributeDefinitions.map((d) => (
                <Fact key={d.key} label={d.label}>
                  {value(typeof attrs[d.key] === 'boolean' ? (attrs[d.key] ? 'yes' : 'no') : attrs[d.key])}
                </Fact>
              ))}
            </dl>
          )}
        </section>
        <section className="panel" aria-labelledby="signup">
          <h2 id="signup">Sign-up information</h2>
          <dl className="facts">
            <Fact label="Confirmed">{formatTime(u.confirmedAt)}</Fact>
            <Fact label="Last confirmed by an admin">{formatTime(u.lastConfirmedByAdminAt)}</Fact>
            <Fact label="Accept-invitation return URL">{value(u.acceptInvitationReturnURL)}</Fact>
            <Fact label="Confirmation sent">{formatTime(u.confirmationSentAt)}</Fact>
            <Fact label="Invitation created">{formatTime(u.invitationCreatedAt)}</Fact>
            <Fact label="Invitation sent">{formatTime(u.invitationSentAt)}</Fact>
            <Fact label="Password reset sent">{formatTime(u.resetPasswordSentAt)}</Fact>
            <Fact label="Password changed">{formatTime(u.passwordChangedAt)}</Fact>
            <Fact label="Sign-ins">{u.signInCount}</Fact>
            <Fact label="Current sign-in">
              {formatTime(u.currentSignInAt)} {u.currentSignInIP && `from ${u.currentSignInIP}`}
            </Fact>
            <Fact label="Last sign-in">
              {formatTime(u.lastSignInAt)} {u.lastSignInIP && `from ${u.lastSignInIP}`}
            </Fact>
            <Fact label="Last active">{formatTime(u.lastActiveAt)}</Fact>
          </dl>
        </section>
      </div>
    </div>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

// Every field the profile shows; mutations on a user select it too, so
// the page shows their result without asking again.
const profileFragment = graphql`
  fragment UserProfile_user on User {
    id
    email
    unconfirmedEmail
    status
    locked
    lockedAt
    lockReason
    lockExpiresAt
    lockedBy {
      id
      email
    }
    role {
      id
      name
    }
    customers {
      id
      name
    }
    emailAliases {
      id
      email
      confirmedAt
    }
    blockedProfileFields
    newsletterSubscription {
      id
      subscribedAt
      unsubscribedAt
    }
    source
    createdAt
    updatedAt
    salutation
    firstName
    lastName
    phone
    birthday
    company
    street
    addressAddition
    city
    zip
    country
    customAttributes
    confirmedAt
    lastConfirmedByAdminAt
    acceptInvitationReturnURL
    confirmationSentAt
    invitationCreatedAt
    invitationSentAt
    resetPasswordSentAt
    passwordChangedAt
    signInCount
    currentSignInAt
    lastSignInAt
    currentSignInIP
    lastSignInIP
    lastActiveAt
  }
`;
