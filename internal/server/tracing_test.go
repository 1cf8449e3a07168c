package server_test

import (
	"bytes"
	"encoding/json"
	"net/http"
	"slices"
	"strings"
	"testing"

	"entgo.io/ent/dialect"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/trace"

	"github.com/rosterhq/roster/internal/apitest"
)

// eachTraced runs fn once per available database with a traced server.
func eachTraced(t *testing.T, fn func(t *testing.T, env *apitest.Env, spans *apitest.Spans)) {
	t.Helper()
	dialects := []string{dialect.SQLite}
	if apitest.PostgresConfigured() {
		dialects = append(dialects, dialect.Postgres)
	}
	for _, d := range dialects {
		t.Run(d, func(t *testing.T) {
			env, spans := apitest.NewTraced(t, d)
			fn(t, env, spans)
		})
	}
}

// post sends a GraphQL request with the environment's credential and the
// extra headers, and returns the decoded response.
func post(t *testing.T, env *apitest.Env, query string, vars map[string]any, header map[string]string) apitest.Response {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, _ := http.NewRequest(http.MethodPost, env.Server.URL+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/graphql-response+json")
	if tok := env.Token(); tok != "" {
		req.Header.Set("Authorization", "Bearer "+tok)
	}
	for k, v := range header {
		req.Header.Set(k, v)
	}
	return env.Send(req)
}

// named returns the spans called name.
func named(spans []sdktrace.ReadOnlySpan, name string) []sdktrace.ReadOnlySpan {
	var out []sdktrace.ReadOnlySpan
	for _, s := range spans {
		if s.Name() == name {
			out = append(out, s)
		}
	}
	return out
}

// one returns the only span called name, failing otherwise.
func one(t *testing.T, spans []sdktrace.ReadOnlySpan, name string) sdktrace.ReadOnlySpan {
	t.Helper()
	got := named(spans, name)
	if len(got) != 1 {
		t.Fatalf("%d spans named %q, want 1; spans: %s", len(got), name, spanNames(spans))
	}
	return got[0]
}

func spanNames(spans []sdktrace.ReadOnlySpan) string {
	var names []string
	for _, s := range spans {
		names = append(names, s.Name())
	}
	return strings.Join(names, ", ")
}

// attr returns the value of the span's attribute key, or an empty value.
func attr(s sdktrace.ReadOnlySpan, key string) attribute.Value {
	for _, kv := range s.Attributes() {
		if string(kv.Key) == key {
			return kv.Value
		}
	}
	return attribute.Value{}
}

// childOf reports whether child's parent is parent.
func childOf(child, parent sdktrace.ReadOnlySpan) bool {
	return child.Parent().SpanID() == parent.SpanContext().SpanID() && child.Parent().TraceID() == parent.SpanContext().TraceID()
}

// noneHolds fails when any attribute or status of any span contains one
// of the secrets.
func noneHolds(t *testing.T, spans []sdktrace.ReadOnlySpan, secrets ...string) {
	t.Helper()
	for _, s := range spans {
		texts := []string{s.Name(), s.Status().Description}
		for _, kv := range s.Attributes() {
			texts = append(texts, string(kv.Key)+"="+kv.Value.Emit())
		}
		for _, ev := range s.Events() {
			texts = append(texts, ev.Name)
			for _, kv := range ev.Attributes {
				texts = append(texts, kv.Value.Emit())
			}
		}
		for _, text := range texts {
			for _, secret := range secrets {
				if strings.Contains(strings.ToLower(text), strings.ToLower(secret)) {
					t.Errorf("span %q holds %q: %s", s.Name(), secret, text)
				}
			}
		}
	}
}

// TestTracingQuery: one query makes one trace that continues the
// caller's traceparent: the HTTP server span, the operation under it, the
// resolver of the root field under that, the edge's resolver under the
// root field, and the SQL statements under the resolver that ran them
// (the caller's lookup under the HTTP span). No argument value, email,
// token or address is in any span.
func TestTracingQuery(t *testing.T) {
	eachTraced(t, func(t *testing.T, env *apitest.Env, spans *apitest.Spans) {
		env.NewUser("alice.tracing@example.com")
		const traceID, parentID = "4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7"
		var resp apitest.Response
		got := spans.Of(t, func() {
			resp = post(t, env, `query ListUsers($search: String) {
				users(first: 5, search: $search) { totalCount edges { node { id email role { name } } } }
			}`, map[string]any{"search": "alice.tracing"}, map[string]string{"traceparent": "00-" + traceID + "-" + parentID + "-01"})
		})
		if len(resp.Errors) > 0 || !strings.Contains(string(resp.Data), "alice.tracing@example.com") {
			t.Fatalf("query: %s", resp)
		}

		httpSpan := one(t, got, "POST /graphql")
		if httpSpan.SpanKind() != trace.SpanKindServer || httpSpan.SpanContext().TraceID().String() != traceID ||
			httpSpan.Parent().SpanID().String() != parentID || !httpSpan.Parent().IsRemote() {
			t.Fatalf("HTTP span: kind %v, trace %s, parent %s; want a server span continuing %s/%s",
				httpSpan.SpanKind(), httpSpan.SpanContext().TraceID(), httpSpan.Parent().SpanID(), traceID, parentID)
		}
		if attr(httpSpan, "http.route").AsString() != "/graphql" || attr(httpSpan, "http.request.method").AsString() != "POST" ||
			attr(httpSpan, "http.response.status_code").AsInt64() != 200 || httpSpan.Status().Code == codes.Error {
			t.Errorf("HTTP span attributes %v, status %v", httpSpan.Attributes(), httpSpan.Status())
		}

		op := one(t, got, "query ListUsers")
		if !childOf(op, httpSpan) || attr(op, "graphql.operation.name").AsString() != "ListUsers" ||
			attr(op, "graphql.operation.type").AsString() != "query" || op.Status().Code == codes.Error {
			t.Errorf("operation span: parent %s (want %s), attributes %v, status %v", op.Parent().SpanID(), httpSpan.SpanContext().SpanID(), op.Attributes(), op.Status())
		}
		users := one(t, got, "Query.users")
		if !childOf(users, op) || attr(users, "graphql.field.name").AsString() != "users" {
			t.Errorf("Query.users: parent %s (want the operation %s), attributes %v", users.Parent().SpanID(), op.SpanContext().SpanID(), users.Attributes())
		}
		roles := named(got, "User.role")
		if len(roles) != 1 || !childOf(roles[0], users) {
			t.Errorf("User.role spans %d, want 1 under Query.users", len(roles))
		}
		// Scalars read from a struct get no span.
		for _, trivial := range []string{"User.email", "User.id", "Role.name", "UserEdge.node", "UserConnection.edges"} {
			if n := len(named(got, trivial)); n != 0 {
				t.Errorf("%d spans for the trivial field %s", n, trivial)
			}
		}

		var underResolver, underHTTP int
		for _, s := range got {
			if s.SpanContext().TraceID().String() != traceID {
				t.Errorf("span %q is in trace %s, want %s", s.Name(), s.SpanContext().TraceID(), traceID)
			}
			op := attr(s, "db.operation.name").AsString()
			if op == "" {
				continue
			}
			wantSystem := map[string]string{dialect.SQLite: "sqlite", dialect.Postgres: "postgresql"}[env.Dialect]
			if s.SpanKind() != trace.SpanKindClient || attr(s, "db.system.name").AsString() != wantSystem {
				t.Errorf("SQL span %q: kind %v, db.system.name %q; want client, %s", s.Name(), s.SpanKind(), attr(s, "db.system.name").AsString(), wantSystem)
			}
			text := attr(s, "db.query.text").AsString()
			if op != "BEGIN" && op != "COMMIT" && op != "ROLLBACK" && !strings.HasPrefix(strings.ToUpper(strings.TrimSpace(text)), op) {
				t.Errorf("SQL span %q: db.query.text %q does not start with %s", s.Name(), text, op)
			}
			switch {
			case childOf(s, users):
				underResolver++
				if s.Name() == "SELECT users" && attr(s, "db.collection.name").AsString() != "users" {
					t.Errorf("SELECT users: db.collection.name %q", attr(s, "db.collection.name").AsString())
				}
			case childOf(s, httpSpan):
				underHTTP++
			}
		}
		if len(named(got, "SELECT users")) == 0 || underResolver == 0 {
			t.Errorf("%d SQL spans under Query.users, want the users page; spans: %s", underResolver, spanNames(got))
		}
		if underHTTP == 0 {
			t.Errorf("no SQL span under the HTTP span: the API key's lookup runs before GraphQL; spans: %s", spanNames(got))
		}
		noneHolds(t, got, "alice", "example.com", env.Token(), "127.0.0.1")
	})
}

// TestTracingErrors: a failed sign-in marks the resolver's and the
// operation's spans with the error code, never the message, the email or
// the password; a document that fails validation marks the operation; a
// mutation's statements, its transaction included, are in its trace.
func TestTracingErrors(t *testing.T) {
	eachTraced(t, func(t *testing.T, env *apitest.Env, spans *apitest.Spans) {
		env.NewUser("victim.tracing@example.com", apitest.Confirmed)
		anonymous := env.As("")
		const password = "correct horse tracing staple"
		got := spans.Of(t, func() {
			anonymous.Query(`mutation SignIn($email: String!, $password: String!) {
				login(input: {email: $email, password: $password}) { user { id } }
			}`, map[string]any{"email": "victim.tracing@example.com", "password": password}).Fail(t, "UNAUTHENTICATED", "")
		})
		op := one(t, got, "mutation SignIn")
		if op.Status().Code != codes.Error || op.Status().Description != "UNAUTHENTICATED" ||
			!slices.Equal(attr(op, "roster.graphql.error_codes").AsStringSlice(), []string{"UNAUTHENTICATED"}) {
			t.Errorf("operation span: status %v, attributes %v; want Error UNAUTHENTICATED", op.Status(), op.Attributes())
		}
		login := one(t, got, "Mutation.login")
		if !childOf(login, op) || login.Status().Code != codes.Error || login.Status().Description != "UNAUTHENTICATED" ||
			attr(login, "roster.graphql.error_code").AsString() != "UNAUTHENTICATED" {
			t.Errorf("Mutation.login: status %v, attributes %v; want Error UNAUTHENTICATED under the operation", login.Status(), login.Attributes())
		}
		if len(login.Events()) != 0 {
			t.Errorf("Mutation.login has events %v: an error message could hold personal data", login.Events())
		}
		noneHolds(t, got, "victim", "example.com", password, "wrong", "127.0.0.1")

		got = spans.Of(t, func() {
			env.Query(`query Broken { noSuchField }`, nil).Fail(t, "GRAPHQL_VALIDATION_FAILED", "")
		})
		broken := named(got, "GraphQL Operation")
		if len(broken) != 1 || broken[0].Status().Code != codes.Error || broken[0].Status().Description != "GRAPHQL_VALIDATION_FAILED" {
			t.Errorf("refused document: spans %s; want one failed GraphQL Operation", spanNames(got))
		}

		// A mutation in a transaction: BEGIN, its statements and COMMIT
		// all hang under the resolver.
		got = spans.Of(t, func() {
			env.MustQuery(`mutation NewRole($name: String!) { createRole(input: {name: $name, permissions: [USERS_READ]}) { role { id } } }`,
				map[string]any{"name": "tracing auditors"}, nil)
		})
		create := one(t, got, "Mutation.createRole")
		var steps []string
		for _, s := range got {
			if childOf(s, create) && attr(s, "db.operation.name").AsString() != "" {
				steps = append(steps, attr(s, "db.operation.name").AsString())
			}
		}
		if !slices.Contains(steps, "INSERT") {
			t.Errorf("statements under Mutation.createRole: %v, want an INSERT", steps)
		}
		noneHolds(t, got, "tracing auditors", "127.0.0.1")
	})
}
