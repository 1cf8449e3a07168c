// GraphiQL, bundled: no script, style or font comes from anywhere but
// Roster, so it works offline and under the strict Content-Security-Policy
// (the editor's workers are separate files of this build).
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import type { ComponentProps } from 'react';
import './graphiql.css';

// The fetcher posts to /graphql on this origin; the session cookie goes
// along, so signing in with the login mutation signs GraphiQL in.
type Fetcher = ComponentProps<typeof GraphiQL>['fetcher'];

const fetcher: Fetcher = async (params) => {
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify(params),
  });
  return response.json();
};

const defaultQuery = `# Welcome to Roster's GraphiQL.
#
# Sign in first (the response sets the session cookie):
#
# mutation { login(input: {email: "admin@localhost", password: "..."}) { user { email } } }
#
# then ask who you are:
query Me {
  viewer {
    kind
    permissions
    user { id email }
  }
}
`;

const root = document.getElementById('graphiql');
if (root) {
  createRoot(root).render(<GraphiQL fetcher={fetcher} defaultQuery={defaultQuery} />);
}
