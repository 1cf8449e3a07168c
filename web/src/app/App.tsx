import { Suspense, lazy, useCallback, useMemo, useState } from 'react';
import { RelayEnvironmentProvider } from 'react-relay';
import { Navigate, Route, Routes } from 'react-router-dom';
import { createEnvironment } from '../relay/environment';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { Loading } from '../components/Loading';
import { SessionContext } from './session';
import { Shell } from './Shell';

// Screens load on first use, so the first page needs only the shell.
const SignIn = lazy(() => import('../signin/SignIn'));
const Home = lazy(() => import('../home/Home'));
const UsersScreen = lazy(() => import('../users/UsersScreen'));
const CreateUser = lazy(() => import('../createuser/CreateUser'));
const UserProfile = lazy(() => import('../user/UserProfile'));
const UserEdit = lazy(() => import('../user/UserEdit'));
const UserHistory = lazy(() => import('../history/UserHistory'));
const RolesScreen = lazy(() => import('../roles/RolesScreen'));
const CustomersScreen = lazy(() => import('../customers/CustomersScreen'));
const SettingsScreen = lazy(() => import('../settings/SettingsScreen'));
const AttributesScreen = lazy(() => import('../attributes/AttributesScreen'));
const APIKeysScreen = lazy(() => import('../apikeys/APIKeysScreen'));
const WebhooksScreen = lazy(() => import('../webhooks/WebhooksScreen'));
const WebhookDeliveries = lazy(() => import('../webhooks/WebhookDeliveries'));
const OutboxScreen = lazy(() => import('../outbox/OutboxScreen'));
const AuditLogScreen = lazy(() => import('../audit/AuditLogScreen'));
const AccountProfile = lazy(() => import('../account/AccountProfile'));
const AccountPassword = lazy(() => import('../account/AccountPassword'));
const AccountEmails = lazy(() => import('../account/AccountEmails'));
const AccountNewsletter = lazy(() => import('../account/AccountNewsletter'));
const AccountSessions = lazy(() => import('../account/AccountSessions'));
const AccountProviders = lazy(() => import('../account/AccountProviders'));
const AccountData = lazy(() => import('../account/AccountData'));
const SignUp = lazy(() => import('../signup/SignUp'));
const ForgotPassword = lazy(() => import('../signin/ForgotPassword'));
const ConfirmEmail = lazy(() => import('../links/ConfirmEmail'));
const ChoosePassword = lazy(() => import('../links/ChoosePassword'));

/** App holds the Relay environment and the routes of every page. */
export function App() {
  const [environment, setEnvironment] = useState(createEnvironment);
  const reset = useCallback(() => setEnvironment(createEnvironment()), []);
  const session = useMemo(() => ({ reset }), [reset]);
  return (
    <SessionContext.Provider value={session}>
      <RelayEnvironmentProvider environment={environment}>
        <ErrorBoundary>
          <Suspense fallback={<Loading />}>
            <Routes>
              <Route path="/account/sign-in" element={<SignIn />} />
              <Route path="/account/sign-up" element={<SignUp />} />
              <Route path="/account/forgot-password" element={<ForgotPassword />} />
              {/* The pages behind mail links, at the paths the mails use and under /account/. */}
              {['', '/account'].map((base) => [
                <Route key={`${base}ai`} path={`${base}/accept-invitation`} element={<ChoosePassword kind="invitation" />} />,
                <Route key={`${base}rp`} path={`${base}/reset-password`} element={<ChoosePassword kind="reset" />} />,
                <Route key={`${base}ce`} path={`${base}/confirm-email`} element={<ConfirmEmail kind="email" />} />,
                <Route key={`${base}cc`} path={`${base}/confirm-email-change`} element={<ConfirmEmail kind="email" />} />,
                <Route key={`${base}ca`} path={`${base}/confirm-alias`} element={<ConfirmEmail kind="alias" />} />,
              ])}
              <Route path="/admin" element={<Shell area="admin" />}>
                <Route index element={<Home />} />
                <Route path="users" element={<UsersScreen />} />
                <Route path="users/new" element={<CreateUser />} />
                <Route path="users/:id" element={<UserProfile />} />
                <Route path="users/:id/edit" element={<UserEdit />} />
                <Route path="users/:id/history" element={<UserHistory />} />
                <Route path="roles" element={<RolesScreen />} />
                <Route path="customers" element={<CustomersScreen />} />
                <Route path="settings" element={<SettingsScreen />} />
                <Route path="attributes" element={<AttributesScreen />} />
                <Route path="api-keys" element={<APIKeysScreen />} />
                <Route path="webhooks" element={<WebhooksScreen />} />
                <Route path="webhooks/:id" element={<WebhookDeliveries />} />
                <Route path="outbox" element={<OutboxScreen />} />
                <Route path="audit" element={<AuditLogScreen />} />
                <Route path="*" element={<NotFound />} />
              </Route>
              <Route path="/account" element={<Shell area="account" />}>
                <Route index element={<AccountProfile />} />
                <Route path="password" element={<AccountPassword />} />
                <Route path="emails" element={<AccountEmails />} />
                <Route path="newsletter" element={<AccountNewsletter />} />
                <Route path="sessions" element={<AccountSessions />} />
                <Route path="providers" element={<AccountProviders />} />
                <Route path="data" element={<AccountData />} />
                <Route path="*" element={<NotFound />} />
              </Route>
              <Route path="*" element={<Navigate to="/admin/" replace />} />
            </Routes>
          </Suspense>
        </ErrorBoundary>
      </RelayEnvironmentProvider>
    </SessionContext.Provider>
  );
}

function NotFound() {
  return (
    <div className="panel">
      <h1>Not found</h1>
      <p>There is no page at this address.</p>
    </div>
  );
}
