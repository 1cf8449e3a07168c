import { Suspense, useMemo } from 'react';
import { graphql, useLazyLoadQuery, useMutation } from 'react-relay';
import { Navigate, NavLink, Outlet, useLocation } from 'react-router-dom';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { Loading } from '../components/Loading';
import { useSession } from './session';
import { ViewerContext } from './viewer';
import type { ViewerInfo } from './viewer';
import type { ShellQuery } from './__generated__/ShellQuery.graphql';
import type { ShellLogoutMutation } from './__generated__/ShellLogoutMutation.graphql';

/** One entry of the navigation, shown when the caller holds its permission. */
interface NavItem {
  to: string;
  label: string;
  permission?: string;
}

/** The admin screens, each behind the permission its API needs. */
export const adminNav: NavItem[] = [
  { to: '/admin/users', label: 'Users', permission: 'USERS_READ' },
  { to: '/admin/roles', label: 'Roles', permission: 'ROLES_MANAGE' },
  { to: '/admin/customers', label: 'Customers', permission: 'CUSTOMERS_MANAGE' },
  { to: '/admin/audit', label: 'Audit log', permission: 'AUDIT_READ' },
  { to: '/admin/api-keys', label: 'API keys', permission: 'APIKEYS_MANAGE' },
  { to: '/admin/webhooks', label: 'Webhooks', permission: 'WEBHOOKS_MANAGE' },
  { to: '/admin/outbox', label: 'Mail outbox', permission: 'SETTINGS_MANAGE' },
  { to: '/admin/attributes', label: 'Attributes', permission: 'SETTINGS_MANAGE' },
  { to: '/admin/settings', label: 'Settings', permission: 'SETTINGS_MANAGE' },
];

/** The account pages every signed-in user has. */
export const accountNav: NavItem[] = [
  { to: '/account/', label: 'My information' },
  { to: '/account/password', label: 'Password' },
  { to: '/account/emails', label: 'Email addresses' },
  { to: '/account/newsletter', label: 'Newsletter' },
  { to: '/account/sessions', label: 'Sessions' },
  { to: '/account/providers', label: 'Sign-in providers' },
  { to: '/account/data', label: 'My data' },
];

/**
 * Shell asks the API who is calling, sends anonymous callers to sign in,
 * and lays out the navigation of the area: the admin screens the caller
 * may use, or the account pages.
 */
export function Shell({ area }: { area: 'admin' | 'account' }) {
  const data = useLazyLoadQuery<ShellQuery>(
    graphql`
      query ShellQuery {
        viewer {
          kind
          permissions
          restricted
          customers {
            id
            name
          }
          user {
            id
            email
            firstName
            lastName
          }
        }
      }
    `,
    {},
    { fetchPolicy: 'store-and-network' },
  );
  const location = useLocation();
  const { viewer } = data;
  const info = useMemo<ViewerInfo | null>(() => {
    if (!viewer.user) return null;
    const name = [viewer.user.firstName, viewer.user.lastName].filter(Boolean).join(' ');
    return {
      userId: viewer.user.id,
      email: viewer.user.email,
      name: name || viewer.user.email,
      permissions: new Set(viewer.permissions),
      restricted: viewer.restricted,
      customers: viewer.customers,
    };
  }, [viewer]);
  if (!info) {
    // A failed OpenID Connect sign-in comes back as ?oidc_error=CODE; the
    // sign-in page shows it.
    const failed = new URLSearchParams(location.search).get('oidc_error');
    const next = encodeURIComponent(location.pathname);
    return <Navigate to={`/account/sign-in?next=${next}${failed ? `&oidc_error=${encodeURIComponent(failed)}` : ''}`} replace />;
  }
  const items = area === 'admin' ? adminNav.filter((i) => !i.permission || info.permissions.has(i.permission)) : accountNav;
  return (
    <ViewerContext.Provider value={info}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <span className="brand">Roster</span>
        <nav aria-label="Areas" className="areas">
          <NavLink to="/admin/">Admin</NavLink>
          <NavLink to="/account/">My account</NavLink>
          <a href="/graphiql">GraphiQL</a>
        </nav>
        <span className="whoami">{info.name}</span>
        <SignOut />
      </header>
      <div className="layout">
        {items.length > 0 && (
          <nav aria-label={area === 'admin' ? 'Admin screens' : 'Account pages'} className="sidenav">
            <ul>
              {items.map((i) => (
                <li key={i.to}>
                  <NavLink to={i.to} end>
                    {i.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        )}
        <main id="main" tabIndex={-1}>
          <ErrorBoundary key={location.pathname}>
            <Suspense fallback={<Loading />}>
              <Outlet />
            </Suspense>
          </ErrorBoundary>
        </main>
      </div>
    </ViewerContext.Provider>
  );
}

function SignOut() {
  const session = useSession();
  const [commit, pending] = useMutation<ShellLogoutMutation>(graphql`
    mutation ShellLogoutMutation {
      logout {
        sessionID
      }
    }
  `);
  return (
    <button
      type="button"
      className="link-button"
      disabled={pending}
      onClick={() =>
        commit({
          variables: {},
          onCompleted: () => session.reset(),
          onError: () => session.reset(),
        })
      }
    >
      Sign out
    </button>
  );
}
