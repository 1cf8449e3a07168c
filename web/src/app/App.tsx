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
              <Route path="/admin" element={<Shell area="admin" />}>
                <Route index element={<Home />} />
                <Route path="users" element={<UsersScreen />} />
                <Route path="*" element={<NotFound />} />
              </Route>
              <Route path="/account" element={<Shell area="account" />}>
                <Route index element={<Home />} />
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
