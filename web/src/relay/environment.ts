// The Relay environment of the console: one network layer that posts
// every operation to /graphql on this origin (the session cookie goes
// along; the server's CSRF check accepts same-origin requests), and one
// store for the whole app.
import { Environment, Network, RecordSource, Store } from 'relay-runtime';
import type { FetchFunction, GraphQLResponse } from 'relay-runtime';
import { ApiError } from './errors';
import type { GraphQLErrorEntry } from './errors';

const post = (body: string) =>
  fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/graphql-response+json, application/json',
    },
    body,
  });

const fetchGraphQL: FetchFunction = async (params, variables) => {
  const body = JSON.stringify({ query: params.text, variables, operationName: params.name });
  let response = await post(body);
  if (response.status === 401) {
    // The session cookie is no longer valid (the user was locked, signed
    // out elsewhere or timed out); the server has cleared it with this
    // answer. Asking again as an anonymous caller lets the pages react as
    // to any signed-out visitor: the shell shows the sign-in page, and a
    // sign-in attempt runs instead of failing on the stale cookie.
    response = await post(body);
  }
  let json: { data?: unknown; errors?: GraphQLErrorEntry[] };
  try {
    json = await response.json();
  } catch {
    throw new ApiError([{ message: `the server answered ${response.status} without JSON` }], response.status);
  }
  const errors = json.errors ?? [];
  // A mutation with any error failed as a whole (the server changes
  // nothing then); a query without data failed too. Queries with data
  // and some field errors (a section the caller may not read) go on.
  if (errors.length > 0 && (params.operationKind === 'mutation' || json.data == null)) {
    throw new ApiError(errors, response.status);
  }
  return json as GraphQLResponse;
};

/** createEnvironment makes a fresh environment (a new one after sign-in or sign-out drops every cached record). */
export function createEnvironment(): Environment {
  return new Environment({
    network: Network.create(fetchGraphQL),
    store: new Store(new RecordSource()),
  });
}
