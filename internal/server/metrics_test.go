package server_test

import (
	"context"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/rosterhq/roster/internal/apitest"
	"github.com/rosterhq/roster/internal/mail"
	"github.com/rosterhq/roster/internal/metrics"
	"github.com/rosterhq/roster/internal/permission"
)

// scrape fetches /metrics with the bearer credential (none when empty)
// and returns the status and the body.
func scrape(t *testing.T, env *apitest.Env, token string) (int, string) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, env.Server.URL+"/metrics", nil)
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	res, err := env.Server.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	return res.StatusCode, string(body)
}

// series returns the sample lines of the exposition, without comments,
// as series → value.
func series(body string) map[string]string {
	out := map[string]string{}
	for _, line := range strings.Split(body, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		i := strings.LastIndexByte(line, ' ')
		out[line[:i]] = line[i+1:]
	}
	return out
}

func TestMetrics(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		env.Metrics.Register(metrics.Outbox(map[string]metrics.BacklogFunc{
			metrics.QueueMail: func(ctx context.Context) (metrics.Backlog, error) { return mail.Backlog(ctx, env.Client) },
		}))
		anonymous := env.As("")
		readOnly := env.APIKey("auditor", []permission.Permission{permission.UsersRead}, nil)

		// A failed sign-in, then ten more for the same address: the
		// eleventh is refused by the per-account limit.
		const login = `mutation Login($email: String!) { login(input: {email: $email, password: "not the password"}) { user { id } } }`
		anonymous.Query(login, map[string]any{"email": "nobody@example.com"}).Fail(t, "UNAUTHENTICATED", "")
		for range 9 {
			anonymous.Query(login, map[string]any{"email": "target@example.com"}).Fail(t, "UNAUTHENTICATED", "")
		}
		anonymous.Query(login, map[string]any{"email": "target@example.com"}).Fail(t, "UNAUTHENTICATED", "")
		anonymous.Query(login, map[string]any{"email": "target@example.com"}).Fail(t, "RATE_LIMITED", "")

		// A named query, an anonymous one, a mutation that fails, one
		// that queues an invitation, and a document that does not parse.
		env.MustQuery(`query CountUsers { users(first: 2) { totalCount } }`, nil, nil)
		anonymous.MustQuery(`{ viewer { kind } }`, nil, nil)
		env.Query(`mutation CreateUser { createUser(input: {email: "not an address"}) { user { id } } }`, nil).Fail(t, "BAD_USER_INPUT", "input.email")
		env.MustQuery(`mutation CreateUser { createUser(input: {email: "new@example.com", sendInvitation: true}) { user { id } } }`, nil, nil)
		env.Query(`{ users(`, nil).Fail(t, "GRAPHQL_PARSE_FAILED", "")
		env.As(readOnly).MustQuery(`query CountUsers { users(first: 1) { totalCount } }`, nil, nil)

		// Only callers holding settings:manage read the metrics here.
		if status, _ := scrape(t, env, ""); status != http.StatusUnauthorized {
			t.Errorf("anonymous scrape: status %d, want 401", status)
		}
		if status, _ := scrape(t, env, readOnly); status != http.StatusForbidden {
			t.Errorf("scrape with users:read: status %d, want 403", status)
		}
		status, body := scrape(t, env, env.Token())
		if status != http.StatusOK {
			t.Fatalf("scrape: status %d: %s", status, body)
		}
		got := series(body)
		want := map[string]string{
			`roster_graphql_requests_total{operation="Login",type="mutation"}`:                 "12",
			`roster_graphql_requests_total{operation="CountUsers",type="query"}`:               "2",
			`roster_graphql_requests_total{operation="anonymous",type="query"}`:                "1",
			`roster_graphql_requests_total{operation="CreateUser",type="mutation"}`:            "2",
			`roster_graphql_requests_total{operation="unknown",type="unknown"}`:                "1",
			`roster_graphql_request_duration_seconds_count{operation="Login",type="mutation"}`: "12",
			`roster_graphql_errors_total{code="UNAUTHENTICATED"}`:                              "11",
			`roster_graphql_errors_total{code="RATE_LIMITED"}`:                                 "1",
			`roster_graphql_errors_total{code="BAD_USER_INPUT"}`:                               "1",
			`roster_graphql_errors_total{code="GRAPHQL_PARSE_FAILED"}`:                         "1",
			`roster_sign_ins_total{method="password",result="failure"}`:                        "12",
			`roster_sign_ins_total{method="password",result="success"}`:                        "0",
			`roster_sign_ins_total{method="oidc",result="success"}`:                            "0",
			// Four requests with the test key and its scrape, one with
			// the auditor's key and its scrape.
			`roster_sign_ins_total{method="api_key",result="success"}`:      "7",
			`roster_sign_ins_total{method="api_key",result="failure"}`:      "0",
			`roster_rate_limited_total{limit="login_account"}`:              "1",
			`roster_http_requests_total{code="401",handler="metrics"}`:      "1",
			`roster_http_requests_total{code="403",handler="metrics"}`:      "1",
			`roster_outbox_pending{queue="mail"}`:                           "1",
			`roster_outbox_dead{queue="mail"}`:                              "0",
			`roster_outbox_deliveries_total{queue="mail",result="success"}`: "0",
			`roster_job_runs_total{job="lock_expiry",result="error"}`:       "0",
		}
		for k, v := range want {
			if got[k] != v {
				t.Errorf("%s = %q, want %q", k, got[k], v)
			}
		}
		// The HTTP statuses of /graphql add up to the GraphQL requests.
		var graphqlHTTP int
		for k, v := range got {
			if strings.HasPrefix(k, `roster_http_requests_total{`) && strings.Contains(k, `handler="graphql"`) {
				graphqlHTTP += atoi(t, v)
			}
		}
		if graphqlHTTP != 18 {
			t.Errorf("HTTP responses of /graphql: %d, want 18", graphqlHTTP)
		}
		for _, name := range []string{`go_sql_open_connections{db_name="roster"}`, `go_sql_wait_count_total{db_name="roster"}`,
			`go_sql_in_use_connections{db_name="roster"}`, `roster_outbox_oldest_pending_age_seconds{queue="mail"}`} {
			if _, ok := got[name]; !ok {
				t.Errorf("no series %s", name)
			}
		}
		// No label carries an address or a credential.
		for _, secret := range []string{"nobody@example.com", "target@example.com", "new@example.com", "not the password", env.Token(), readOnly} {
			if strings.Contains(body, secret) {
				t.Errorf("the metrics contain %q", secret)
			}
		}
	})
}

func atoi(t *testing.T, s string) int {
	t.Helper()
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			t.Fatalf("not a whole number: %q", s)
		}
		n = n*10 + int(c-'0')
	}
	return n
}
