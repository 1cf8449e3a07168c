package server_test

import (
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/rosterhq/roster/internal/apitest"
	"github.com/rosterhq/roster/internal/requestlimit"
	"github.com/rosterhq/roster/internal/server"
)

// nested returns a query that nests fields depth levels deep (at least
// 4): viewer, user, then User.lockedBy repeated, and id at the bottom.
func nested(depth int) string {
	var b strings.Builder
	b.WriteString("{ viewer { user {")
	for range depth - 3 {
		b.WriteString(" lockedBy {")
	}
	b.WriteString(" id")
	b.WriteString(strings.Repeat(" }", depth-3))
	b.WriteString(" } } }")
	return b.String()
}

// TestRequestLimits: each structural limit refuses an operation just over
// it, before execution, with LIMIT_EXCEEDED and the reason naming it, and
// lets one at the limit through.
func TestRequestLimits(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		srv := newServer(t, env, server.Options{Limits: requestlimit.Policy{
			MaxDepth: 6, MaxAliases: 3, MaxRootFields: 4, MaxTokens: 60,
		}})
		key := bearerToken(env)
		ok := func(q string) {
			t.Helper()
			r := gqlPost(t, srv.URL, key, q, nil)
			if _, hasData, errs := r.gql(t); r.status != http.StatusOK || !hasData || len(errs) != 0 {
				t.Fatalf("%s: %d %s", q, r.status, r.body)
			}
		}
		ok(nested(6))
		refused(t, gqlPost(t, srv.URL, key, nested(7), nil), "DEPTH")
		// Depth through fragments and inline fragments counts as expanded.
		refused(t, gqlPost(t, srv.URL, key, `{ viewer { ...U } } fragment U on Viewer { user { ... on User { lockedBy { lockedBy { lockedBy { lockedBy { lockedBy { id } } } } } } } }`, nil), "DEPTH")

		ok(`{ a: viewer { kind } b: viewer { kind } c: viewer { kind } }`)
		refused(t, gqlPost(t, srv.URL, key, `{ a: viewer { kind } b: viewer { kind } c: viewer { kind } d: viewer { kind } }`, nil), "ALIASES")
		// An aliased field in a fragment counts wherever it is spread.
		refused(t, gqlPost(t, srv.URL, key, `{ viewer { ...K } v: viewer { ...K } } fragment K on Viewer { a: kind b: kind }`, nil), "ALIASES")

		ok(`{ viewer { kind } settings { selfSignupEnabled } roles(first: 1) { totalCount } customers(first: 1) { totalCount } }`)
		refused(t, gqlPost(t, srv.URL, key, `{ viewer { kind } settings { selfSignupEnabled } roles(first: 1) { totalCount } customers(first: 1) { totalCount } users(first: 1) { totalCount } }`, nil), "ROOT_FIELDS")

		// Tokens are counted before parsing: even an unparseable
		// document is refused for its length first.
		refused(t, gqlPost(t, srv.URL, key, "{"+strings.Repeat(" viewer { kind }", 20)+" }", nil), "TOKENS")
		refused(t, gqlPost(t, srv.URL, key, strings.Repeat("{ ", 100), nil), "TOKENS")
	})
}

// TestFragmentBomb: a document whose fragments spread each other twice,
// thirty levels down, names 2^30 fields. It is refused, quickly: the
// checks visit each fragment once.
func TestFragmentBomb(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		var b strings.Builder
		b.WriteString("query { ...F0 }\n")
		const levels = 30
		for i := range levels {
			fmt.Fprintf(&b, "fragment F%d on Query { ...F%d ...F%d }\n", i, i+1, i+1)
		}
		fmt.Fprintf(&b, "fragment F%d on Query { users(first: 1) { totalCount } }\n", levels)
		srv := newServer(t, env, server.Options{Limits: requestlimit.Policy{MaxTokens: 100000}})
		start := time.Now()
		refused(t, gqlPost(t, srv.URL, bearerToken(env), b.String(), nil), "COMPLEXITY")
		if d := time.Since(start); d > 10*time.Second {
			t.Fatalf("the fragment bomb took %s to refuse", d)
		}
	})
}

// TestIntrospectionSwitch: introspection works by default (GraphiQL needs
// it), and when switched off, __schema and __type are refused before
// execution while __typename still works.
func TestIntrospectionSwitch(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		key := bearerToken(env)
		r := gqlPost(t, env.Server.URL, key, `{ __schema { queryType { name } } }`, nil)
		if r.status != http.StatusOK || !strings.Contains(string(r.body), `"Query"`) {
			t.Fatalf("introspection on: %d %s", r.status, r.body)
		}
		off := newServer(t, env, server.Options{Limits: requestlimit.Policy{DisableIntrospection: true}})
		for _, q := range []string{`{ __schema { queryType { name } } }`, `{ __type(name: "User") { name } }`,
			`{ viewer { ... on Viewer { kind } } ...S } fragment S on Query { __schema { types { name } } }`} {
			r := gqlPost(t, off.URL, key, q, nil)
			_, hasData, errs := r.gql(t)
			if r.status != http.StatusBadRequest || hasData || len(errs) != 1 || errs[0].Code() != "FORBIDDEN" ||
				errs[0].Extensions["reason"] != "INTROSPECTION_DISABLED" {
				t.Fatalf("%s with introspection off: %d %s", q, r.status, r.body)
			}
		}
		r = gqlPost(t, off.URL, key, `{ __typename viewer { __typename kind } }`, nil)
		if _, _, errs := r.gql(t); r.status != http.StatusOK || len(errs) != 0 {
			t.Fatalf("__typename with introspection off: %d %s", r.status, r.body)
		}
	})
}

// TestDeferIsNotAdvertised: the transport answers with one response, so
// the schema neither lists @defer (or @stream) nor accepts it.
func TestDeferIsNotAdvertised(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		key := bearerToken(env)
		r := gqlPost(t, env.Server.URL, key, `{ __schema { directives { name } } }`, nil)
		if r.status != http.StatusOK || strings.Contains(string(r.body), `"defer"`) || strings.Contains(string(r.body), `"stream"`) ||
			!strings.Contains(string(r.body), `"skip"`) {
			t.Fatalf("directives: %d %s", r.status, r.body)
		}
		r = gqlPost(t, env.Server.URL, key, `{ viewer { kind ... @defer { user { id } } } }`, nil)
		_, hasData, errs := r.gql(t)
		if r.status != http.StatusBadRequest || hasData || len(errs) == 0 || errs[0].Code() != "GRAPHQL_VALIDATION_FAILED" {
			t.Fatalf("@defer: %d %s", r.status, r.body)
		}
	})
}
