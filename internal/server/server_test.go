package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rosterhq/roster/internal/apitest"
	"github.com/rosterhq/roster/internal/auth"
	"github.com/rosterhq/roster/internal/database"
	"github.com/rosterhq/roster/internal/mail"
	"github.com/rosterhq/roster/internal/permission"
	"github.com/rosterhq/roster/internal/requestlimit"
	"github.com/rosterhq/roster/internal/server"
	"github.com/rosterhq/roster/internal/users"
)

const (
	grj         = "application/graphql-response+json; charset=utf-8"
	jsonCT      = "application/json; charset=utf-8"
	countQuery  = `{ users(first: 2) { totalCount } }`
	badQuery    = `{ users(first: 2) { totalCount noSuchField } }`
	allowed     = "https://admin.example.com"
	notAllowed  = "https://evil.example.com"
	generatedID = `^[0-9a-f]{16}$`
)

// result is a raw HTTP response.
type result struct {
	status int
	header http.Header
	body   []byte
}

// gql decodes the body as a GraphQL response.
func (r result) gql(t *testing.T) (data json.RawMessage, hasData bool, errs []apitest.Error) {
	t.Helper()
	var keys map[string]json.RawMessage
	if err := json.Unmarshal(r.body, &keys); err != nil {
		t.Fatalf("body is not a JSON object (status %d): %s", r.status, r.body)
	}
	data, hasData = keys["data"]
	if raw, ok := keys["errors"]; ok {
		if err := json.Unmarshal(raw, &errs); err != nil {
			t.Fatalf("errors: %v: %s", err, raw)
		}
	}
	return data, hasData, errs
}

// do sends a request to base+path with the given headers (pairs of name
// and value) and returns the response.
func do(t *testing.T, method, target string, body string, headers ...string) result {
	t.Helper()
	var rd io.Reader
	if body != "" {
		rd = strings.NewReader(body)
	}
	req, err := http.NewRequest(method, target, rd)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, target, err)
	}
	defer res.Body.Close()
	raw, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return result{status: res.StatusCode, header: res.Header, body: raw}
}

func postBody(query string) string {
	b, _ := json.Marshal(map[string]string{"query": query})
	return string(b)
}

// bearer creates an API key with every permission and returns the
// Authorization header pair that sends it.
func bearer(env *apitest.Env) []string {
	return []string{"Authorization", "Bearer " + env.APIKey("server test", permission.All(), nil)}
}

func discard() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

// newServer starts a handler with the given options on env's database.
func newServer(t *testing.T, env *apitest.Env, o server.Options) *httptest.Server {
	t.Helper()
	if o.Client == nil {
		o.Client = env.Client
	}
	if o.Auth == nil {
		o.Auth = env.Auth
	}
	if o.Users == nil {
		o.Users = env.Users
	}
	if o.Log == nil {
		o.Log = discard()
	}
	srv := httptest.NewServer(server.New(o))
	t.Cleanup(srv.Close)
	return srv
}

// TestConsoleAndGraphiQL: the root sends browsers to the console; the
// console's and GraphiQL's pages come from the embedded build under the
// strict Content-Security-Policy, and every script and style they name is
// served from Roster itself with a long cache lifetime.
func TestConsoleAndGraphiQL(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
		resp, err := client.Get(env.Server.URL + "/")
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusFound || resp.Header.Get("Location") != "/admin/" {
			t.Fatalf("GET / = %d to %q, want 302 to /admin/", resp.StatusCode, resp.Header.Get("Location"))
		}
		asset := regexp.MustCompile(`(?:src|href)="(/[^"]+)"`)
		for _, path := range []string{"/graphiql", "/admin/", "/admin/users/usr_x", "/account/", "/account/sign-in"} {
			r := do(t, http.MethodGet, env.Server.URL+path, "")
			if r.status != http.StatusOK || !strings.HasPrefix(r.header.Get("Content-Type"), "text/html") {
				t.Fatalf("GET %s = %d %q", path, r.status, r.header.Get("Content-Type"))
			}
			if csp := r.header.Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'self';") || !strings.Contains(csp, "default-src 'self'") {
				t.Errorf("GET %s: Content-Security-Policy %q", path, csp)
			}
			if cc := r.header.Get("Cache-Control"); cc != "no-store" {
				t.Errorf("GET %s: Cache-Control %q", path, cc)
			}
			body := string(r.body)
			if strings.Contains(body, "<script>") || strings.Contains(body, "http://") || strings.Contains(body, "https://") {
				t.Errorf("GET %s: inline script or outside address in the page: %s", path, body)
			}
			refs := asset.FindAllStringSubmatch(body, -1)
			if len(refs) == 0 {
				t.Fatalf("GET %s names no asset: %s", path, body)
			}
			for _, m := range refs {
				a := do(t, http.MethodGet, env.Server.URL+m[1], "")
				if a.status != http.StatusOK || len(a.body) == 0 {
					t.Errorf("asset %s of %s: %d", m[1], path, a.status)
				}
				if !strings.Contains(a.header.Get("Cache-Control"), "immutable") {
					t.Errorf("asset %s: Cache-Control %q", m[1], a.header.Get("Cache-Control"))
				}
				if strings.HasSuffix(m[1], ".js") && !strings.Contains(a.header.Get("Content-Type"), "javascript") {
					t.Errorf("asset %s: Content-Type %q", m[1], a.header.Get("Content-Type"))
				}
			}
		}
		for _, path := range []string{"/assets/", "/assets/nope.js", "/nope", "/graphiql/x"} {
			if r := do(t, http.MethodGet, env.Server.URL+path, ""); r.status != http.StatusNotFound {
				t.Errorf("GET %s = %d, want 404", path, r.status)
			}
		}
	})
}

func TestProbes(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		r := do(t, http.MethodGet, env.Server.URL+"/healthz", "")
		if r.status != http.StatusOK || string(r.body) != "ok\n" || r.header.Get("Content-Type") != "text/plain; charset=utf-8" {
			t.Errorf("GET /healthz = %d %q (%s), want 200 ok", r.status, r.body, r.header.Get("Content-Type"))
		}
		r = do(t, http.MethodGet, env.Server.URL+"/readyz", "")
		if r.status != http.StatusOK || string(r.body) != `{"status":"ready","database":"ok"}`+"\n" || r.header.Get("Content-Type") != "application/json" {
			t.Errorf("GET /readyz = %d %q (%s), want 200 ready", r.status, r.body, r.header.Get("Content-Type"))
		}
	})
}

func TestReadyzWithClosedDatabase(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		client, err := database.Open(context.Background(), env.Target)
		if err != nil {
			t.Fatal(err)
		}
		a := auth.NewService(client, env.Dialect)
		a.Log = discard()
		srv := newServer(t, env, server.Options{Client: client, Auth: a, Users: &users.Service{Client: client, Now: time.Now}})
		if r := do(t, http.MethodGet, srv.URL+"/readyz", ""); r.status != http.StatusOK {
			t.Fatalf("GET /readyz before closing = %d: %s", r.status, r.body)
		}
		if err := client.Close(); err != nil {
			t.Fatal(err)
		}
		r := do(t, http.MethodGet, srv.URL+"/readyz", "")
		if r.status != http.StatusServiceUnavailable {
			t.Fatalf("GET /readyz after closing = %d %q, want 503", r.status, r.body)
		}
		if string(r.body) != `{"status":"unavailable","database":"unavailable"}`+"\n" {
			t.Fatalf("body = %q", r.body)
		}
		// Liveness does not depend on the database.
		if r := do(t, http.MethodGet, srv.URL+"/healthz", ""); r.status != http.StatusOK {
			t.Fatalf("GET /healthz after closing = %d", r.status)
		}
	})
}

func TestGraphQLOverHTTP(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		for _, e := range []string{"a@example.com", "b@example.com", "c@example.com"} {
			env.NewUser(e)
		}
		endpoint := env.Server.URL + "/graphql"
		key := bearer(env)
		getURL := func(q string) string { return endpoint + "?" + url.Values{"query": {q}}.Encode() }
		const want = `{"users":{"totalCount":3}}`

		tests := []struct {
			name        string
			method      string
			target      string
			body        string
			headers     []string
			status      int
			contentType string
			data        string // compact data, "" for no data member
			code        string // extensions.code of errors[0], "" for no errors
			anonymous   bool   // send no credential
		}{
			{
				name: "POST graphql-response+json", method: http.MethodPost, target: endpoint, body: postBody(countQuery),
				headers: []string{"Content-Type", "application/json", "Accept", "application/graphql-response+json"},
				status:  200, contentType: grj, data: want,
			},
			{
				name: "POST application/json", method: http.MethodPost, target: endpoint, body: postBody(countQuery),
				headers: []string{"Content-Type", "application/json", "Accept", "application/json"},
				status:  200, contentType: jsonCT, data: want,
			},
			{
				name: "POST without Accept", method: http.MethodPost, target: endpoint, body: postBody(countQuery),
				headers: []string{"Content-Type", "application/json; charset=utf-8"},
				status:  200, contentType: jsonCT, data: want,
			},
			{
				name: "POST with Accept */*", method: http.MethodPost, target: endpoint, body: postBody(countQuery),
				headers: []string{"Content-Type", "application/json", "Accept", "*/*"},
				status:  200, contentType: jsonCT, data: want,
			},
			{
				name: "GET", method: http.MethodGet, target: getURL(countQuery),
				headers: []string{"Accept", "application/graphql-response+json"},
				status:  200, contentType: grj, data: want,
			},
			{
				name: "GET application/json", method: http.MethodGet, target: getURL(countQuery),
				headers: []string{"Accept", "application/json"},
				status:  200, contentType: jsonCT, data: want,
			},
			{
				name: "validation error graphql-response+json", method: http.MethodPost, target: endpoint, body: postBody(badQuery),
				headers: []string{"Content-Type", "application/json", "Accept", "application/graphql-response+json"},
				status:  400, contentType: grj, code: "GRAPHQL_VALIDATION_FAILED",
			},
			{
				name: "validation error application/json", method: http.MethodPost, target: endpoint, body: postBody(badQuery),
				headers: []string{"Content-Type", "application/json", "Accept", "application/json"},
				status:  200, contentType: jsonCT, code: "GRAPHQL_VALIDATION_FAILED",
			},
			{
				name: "validation error GET", method: http.MethodGet, target: getURL(badQuery),
				headers: []string{"Accept", "application/graphql-response+json"},
				status:  400, contentType: grj, code: "GRAPHQL_VALIDATION_FAILED",
			},
			{
				name: "parse error", method: http.MethodPost, target: endpoint, body: postBody(`{ users(`),
				headers: []string{"Content-Type", "application/json", "Accept", "application/graphql-response+json"},
				status:  400, contentType: grj, code: "GRAPHQL_PARSE_FAILED",
			},
			{
				name: "parse error without Accept", method: http.MethodPost, target: endpoint, body: postBody(`{ users(`),
				headers: []string{"Content-Type", "application/json"},
				status:  200, contentType: jsonCT, code: "GRAPHQL_PARSE_FAILED",
			},
			{
				name: "POST text/plain", method: http.MethodPost, target: endpoint, body: postBody(countQuery),
				headers: []string{"Content-Type", "text/plain", "Accept", "application/graphql-response+json"},
				status:  415, contentType: grj, code: "UNSUPPORTED_MEDIA_TYPE",
			},
			{
				name: "POST not JSON", method: http.MethodPost, target: endpoint, body: `query=x`,
				headers: []string{"Content-Type", "application/json"},
				status:  400, contentType: jsonCT, code: "BAD_REQUEST",
			},
			{
				name: "GET mutation", method: http.MethodGet, target: getURL(`mutation { __typename }`),
				status: 405, contentType: jsonCT, code: "METHOD_NOT_ALLOWED",
			},
			{
				name: "PUT", method: http.MethodPut, target: endpoint, body: postBody(countQuery),
				headers: []string{"Content-Type", "application/json"},
				status:  405, contentType: jsonCT, code: "METHOD_NOT_ALLOWED",
			},
			{
				name: "field error keeps data", method: http.MethodPost, target: endpoint, body: postBody(`{ users(first: -1) { totalCount } }`),
				headers: []string{"Content-Type", "application/json"},
				status:  200, contentType: jsonCT, data: "null", code: "BAD_USER_INPUT",
			},
			{
				name: "no credential", method: http.MethodPost, target: endpoint, body: postBody(countQuery),
				headers: []string{"Content-Type", "application/json"}, anonymous: true,
				status: 200, contentType: jsonCT, data: "null", code: "UNAUTHENTICATED",
			},
			{
				name: "introspection without credential", method: http.MethodGet, target: getURL(`{ __typename }`), anonymous: true,
				status: 200, contentType: jsonCT, data: `{"__typename":"Query"}`,
			},
			{
				name: "invalid credential", method: http.MethodPost, target: endpoint, body: postBody(countQuery),
				headers: []string{"Content-Type", "application/json", "Authorization", "Bearer rk_nosuchkey_nosecret"}, anonymous: true,
				status: 401, contentType: grj, code: "UNAUTHENTICATED",
			},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				headers := tt.headers
				if !tt.anonymous {
					headers = append(slices.Clone(headers), key...)
				}
				r := do(t, tt.method, tt.target, tt.body, headers...)
				if r.status != tt.status {
					t.Fatalf("status = %d, want %d: %s", r.status, tt.status, r.body)
				}
				if ct := r.header.Get("Content-Type"); ct != tt.contentType {
					t.Fatalf("Content-Type = %q, want %q", ct, tt.contentType)
				}
				if v := r.header.Get("Vary"); r.status != http.StatusUnauthorized && !strings.Contains(v, "Accept") {
					t.Errorf("Vary = %q, want it to name Accept", v)
				}
				data, hasData, errs := r.gql(t)
				switch {
				case tt.data == "" && hasData:
					t.Errorf("body has a data member: %s", r.body)
				case tt.data != "" && !hasData:
					t.Errorf("body has no data member: %s", r.body)
				case tt.data != "":
					var buf bytes.Buffer
					if err := json.Compact(&buf, data); err != nil || buf.String() != tt.data {
						t.Errorf("data = %s, want %s", data, tt.data)
					}
				}
				if tt.code == "" {
					if len(errs) != 0 {
						t.Errorf("unexpected errors: %+v", errs)
					}
					return
				}
				if len(errs) == 0 {
					t.Fatalf("no errors, want %s: %s", tt.code, r.body)
				}
				if errs[0].Code() != tt.code {
					t.Errorf("errors[0].extensions.code = %q, want %q (%s)", errs[0].Code(), tt.code, errs[0].Message)
				}
				if errs[0].Message == "" {
					t.Errorf("errors[0] has no message")
				}
			})
		}
	})
}

func TestNotAcceptable(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		key := bearer(env)
		for _, accept := range []string{"text/html", "application/xml, text/plain;q=0.5"} {
			r := do(t, http.MethodPost, env.Server.URL+"/graphql", postBody(countQuery),
				append([]string{"Content-Type", "application/json", "Accept", accept}, key...)...)
			if r.status != http.StatusNotAcceptable {
				t.Fatalf("Accept %q: status = %d, want 406: %s", accept, r.status, r.body)
			}
			if !strings.Contains(string(r.body), "application/graphql-response+json") {
				t.Errorf("Accept %q: 406 body does not name the supported types: %q", accept, r.body)
			}
			if strings.Contains(string(r.body), "totalCount") {
				t.Errorf("Accept %q: 406 body repeats the query: %q", accept, r.body)
			}
		}
	})
}

func TestLimits(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		srv := newServer(t, env, server.Options{Limits: requestlimit.Policy{MaxComplexity: 10}, MaxBodyBytes: 512})
		key := bearer(env)
		post := func(body string) result {
			return do(t, http.MethodPost, srv.URL+"/graphql", body, append([]string{"Content-Type", "application/json", "Accept", "application/graphql-response+json"}, key...)...)
		}
		// Twelve fields of cost one each.
		r := post(postBody(`{ a: users(first: 1) { totalCount } b: users(first: 1) { totalCount }
			c: users(first: 1) { totalCount } d: users(first: 1) { totalCount }
			e: users(first: 1) { totalCount } f: users { totalCount } }`))
		if r.status != http.StatusBadRequest {
			t.Fatalf("too complex: status %d, want 400: %s", r.status, r.body)
		}
		if _, hasData, errs := r.gql(t); hasData || len(errs) == 0 || errs[0].Code() != "LIMIT_EXCEEDED" || errs[0].Extensions["reason"] != "COMPLEXITY" {
			t.Fatalf("too complex: %s", r.body)
		}
		r = post(postBody(countQuery))
		if r.status != http.StatusOK {
			t.Fatalf("simple query under a complexity limit of 10: %d %s", r.status, r.body)
		}
		big := postBody("{ users(first: 1) { totalCount } }" + strings.Repeat(" ", 600))
		r = post(big)
		if r.status != http.StatusRequestEntityTooLarge {
			t.Fatalf("large body: status %d, want 413: %s", r.status, r.body)
		}
		if _, hasData, errs := r.gql(t); hasData || len(errs) == 0 || errs[0].Code() != "PAYLOAD_TOO_LARGE" {
			t.Fatalf("large body: %s", r.body)
		}
	})
}

func TestRequestID(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		gen := regexp.MustCompile(generatedID)
		tests := []struct {
			name string
			sent string // "" sends no header
			echo bool
		}{
			{"valid", "req-123_abc.DEF", true},
			{"max length", strings.Repeat("a", 64), true},
			{"absent", "", false},
			{"too long", strings.Repeat("a", 65), false},
			{"space", "has space", false},
			{"slash", "a/b", false},
			{"unicode", "idé", false},
		}
		for _, path := range []string{"/healthz", "/graphql?query=%7B__typename%7D", "/nope"} {
			for _, tt := range tests {
				t.Run(path+" "+tt.name, func(t *testing.T) {
					var headers []string
					if tt.sent != "" {
						headers = []string{"X-Request-ID", tt.sent}
					}
					r := do(t, http.MethodGet, env.Server.URL+path, "", headers...)
					got := r.header.Values("X-Request-ID")
					if len(got) != 1 {
						t.Fatalf("X-Request-ID = %q, want one value", got)
					}
					if tt.echo {
						if got[0] != tt.sent {
							t.Fatalf("X-Request-ID = %q, want %q echoed", got[0], tt.sent)
						}
						return
					}
					if !gen.MatchString(got[0]) {
						t.Fatalf("X-Request-ID = %q, want a generated 16-hex-digit ID", got[0])
					}
				})
			}
		}
		a := do(t, http.MethodGet, env.Server.URL+"/healthz", "").header.Get("X-Request-ID")
		b := do(t, http.MethodGet, env.Server.URL+"/healthz", "").header.Get("X-Request-ID")
		if a == b {
			t.Fatalf("two requests got the same generated ID %q", a)
		}
	})
}

func TestSecurityHeaders(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		srv := newServer(t, env, server.Options{MailLinkPages: true})
		const strict = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
			"font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
		if server.ContentSecurityPolicy != strict {
			t.Fatalf("the policy differs from the contract the console is built against:\n%s", server.ContentSecurityPolicy)
		}
		want := map[string]string{
			"X-Content-Type-Options": "nosniff",
			"Referrer-Policy":        "no-referrer",
			"X-Frame-Options":        "DENY",
		}
		for _, tt := range []struct {
			method, path, body string
			headers            []string
			html               bool
		}{
			{http.MethodGet, "/admin/", "", nil, true},
			{http.MethodGet, "/graphiql", "", nil, true},
			{http.MethodGet, "/reset-password?token=abc", "", nil, true},
			{http.MethodGet, "/accept-invitation?token=abc", "", nil, true},
			{http.MethodGet, "/healthz", "", nil, false},
			{http.MethodGet, "/readyz", "", nil, false},
			{http.MethodGet, "/nope", "", nil, false},
			{http.MethodPost, "/graphql", postBody(countQuery), []string{"Content-Type", "application/json"}, false},
			{http.MethodPost, "/graphql", postBody(badQuery), []string{"Content-Type", "application/json"}, false},
			{http.MethodPost, "/graphql", "x", []string{"Content-Type", "text/plain"}, false},
			{http.MethodPost, "/graphql", postBody(countQuery), []string{"Content-Type", "application/json", "Accept", "text/html"}, false},
		} {
			r := do(t, tt.method, srv.URL+tt.path, tt.body, tt.headers...)
			for k, v := range want {
				if got := r.header.Get(k); got != v {
					t.Errorf("%s %s (%d): %s = %q, want %q", tt.method, tt.path, r.status, k, got, v)
				}
			}
			if got := r.header.Get("Content-Security-Policy"); got != strict {
				t.Errorf("%s %s (%d): Content-Security-Policy = %q", tt.method, tt.path, r.status, got)
			}
			if isHTML := strings.HasPrefix(r.header.Get("Content-Type"), "text/html"); isHTML != tt.html {
				t.Errorf("%s %s: Content-Type %q", tt.method, tt.path, r.header.Get("Content-Type"))
			}
		}
	})
}

// TestRequestIDInLogs: every line logged while serving a request carries
// its request ID, not only the access log line.
func TestRequestIDInLogs(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		var logs syncBuffer
		log := slog.New(server.LogHandler(slog.NewTextHandler(&logs, nil)))
		env.Auth.Log = log
		srv := newServer(t, env, server.Options{Log: log})
		env.NewUser("someone@example.com", apitest.Confirmed)
		r := do(t, http.MethodPost, srv.URL+"/graphql",
			postBody(`mutation { login(input: {email: "someone@example.com", password: "wrong"}) { user { id } } }`),
			"Content-Type", "application/json", "X-Request-ID", "trace-me-42")
		if r.status != http.StatusOK || r.header.Get("X-Request-ID") != "trace-me-42" {
			t.Fatalf("%d %v", r.status, r.header)
		}
		var failed, access bool
		for deadline := time.Now().Add(2 * time.Second); time.Now().Before(deadline) && !(failed && access); time.Sleep(10 * time.Millisecond) {
			for _, l := range strings.Split(logs.String(), "\n") {
				failed = failed || (strings.Contains(l, "auth: login failed") && strings.Contains(l, "request_id=trace-me-42"))
				access = access || (strings.Contains(l, "http request") && strings.Contains(l, "request_id=trace-me-42"))
			}
		}
		if !failed || !access {
			t.Fatalf("log lines without the request ID (login failed %v, access %v):\n%s", failed, access, logs.String())
		}
		if n := strings.Count(logs.String(), "request_id="); n != strings.Count(logs.String(), "request_id=trace-me-42") {
			t.Fatalf("a line has another request ID:\n%s", logs.String())
		}
		// Wrapping twice adds the ID once.
		var once syncBuffer
		double := slog.New(server.LogHandler(server.LogHandler(slog.NewTextHandler(&once, nil))))
		double.Info("x")
		if strings.Contains(once.String(), "request_id") {
			t.Fatalf("a line outside a request has a request ID: %s", once.String())
		}
	})
}

// TestHTTPServerLimits: headers over 64 KiB get 431, and a client that
// sends its headers too slowly is disconnected.
func TestHTTPServerLimits(t *testing.T) {
	srv := server.NewHTTPServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { _, _ = w.Write([]byte("ok")) }), discard())
	if srv.ReadHeaderTimeout != server.ReadHeaderTimeout || srv.ReadTimeout != server.ReadTimeout || srv.WriteTimeout != server.WriteTimeout ||
		srv.IdleTimeout != server.IdleTimeout || srv.MaxHeaderBytes != server.MaxHeaderBytes {
		t.Fatalf("limits not set: %+v", srv)
	}
	srv.ReadHeaderTimeout = 300 * time.Millisecond
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go func() { _ = srv.Serve(ln) }()
	t.Cleanup(func() { _ = srv.Close() })
	base := "http://" + ln.Addr().String()

	r := do(t, http.MethodGet, base+"/", "", "X-Big", strings.Repeat("a", 100<<10))
	if r.status != http.StatusRequestHeaderFieldsTooLarge {
		t.Fatalf("100 KiB of headers: %d", r.status)
	}
	r = do(t, http.MethodGet, base+"/", "", "X-Fine", strings.Repeat("a", 32<<10))
	if r.status != http.StatusOK {
		t.Fatalf("32 KiB of headers: %d", r.status)
	}

	conn, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := conn.Write([]byte("GET / HTTP/1.1\r\nHost: x\r\n")); err != nil {
		t.Fatal(err)
	}
	_ = conn.SetReadDeadline(time.Now().Add(5 * time.Second))
	start := time.Now()
	buf := make([]byte, 512)
	for {
		if _, err := conn.Read(buf); err != nil {
			break // closed by the server (or the deadline, checked below)
		}
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Fatalf("a slow client kept its connection for %s", d)
	}
}

func TestCORS(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		srv := newServer(t, env, server.Options{CORSOrigins: []string{allowed}})
		key := bearer(env)
		preflight := func(origin string) result {
			return do(t, http.MethodOptions, srv.URL+"/graphql", "",
				"Origin", origin,
				"Access-Control-Request-Method", "POST",
				"Access-Control-Request-Headers", "content-type, x-request-id")
		}

		r := preflight(allowed)
		if r.status < 200 || r.status > 299 {
			t.Fatalf("preflight from %s: status %d", allowed, r.status)
		}
		if got := r.header.Get("Access-Control-Allow-Origin"); got != allowed {
			t.Fatalf("preflight from %s: Access-Control-Allow-Origin = %q", allowed, got)
		}
		if got := r.header.Get("Access-Control-Allow-Methods"); !strings.Contains(got, "POST") {
			t.Errorf("Access-Control-Allow-Methods = %q, want POST", got)
		}
		if got := strings.ToLower(r.header.Get("Access-Control-Allow-Headers")); !strings.Contains(got, "content-type") || !strings.Contains(got, "x-request-id") {
			t.Errorf("Access-Control-Allow-Headers = %q", got)
		}
		if got := r.header.Get("Access-Control-Allow-Credentials"); got != "true" {
			t.Errorf("Access-Control-Allow-Credentials = %q, want true", got)
		}

		r = preflight(notAllowed)
		if got := r.header.Get("Access-Control-Allow-Origin"); got != "" {
			t.Fatalf("preflight from %s: Access-Control-Allow-Origin = %q, want none", notAllowed, got)
		}
		if got := r.header.Get("Access-Control-Allow-Credentials"); got != "" {
			t.Fatalf("preflight from %s: Access-Control-Allow-Credentials = %q, want none", notAllowed, got)
		}

		// The actual request from the allowed origin may read the
		// response and its request ID; from another origin it may not.
		r = do(t, http.MethodPost, srv.URL+"/graphql", postBody(countQuery),
			append([]string{"Origin", allowed, "Content-Type", "application/json"}, key...)...)
		if r.status != http.StatusOK || r.header.Get("Access-Control-Allow-Origin") != allowed {
			t.Fatalf("POST from %s: %d, Access-Control-Allow-Origin = %q", allowed, r.status, r.header.Get("Access-Control-Allow-Origin"))
		}
		if got := r.header.Get("Access-Control-Expose-Headers"); !strings.EqualFold(got, "X-Request-ID") {
			t.Errorf("Access-Control-Expose-Headers = %q, want X-Request-ID", got)
		}
		r = do(t, http.MethodPost, srv.URL+"/graphql", postBody(countQuery),
			append([]string{"Origin", notAllowed, "Content-Type", "application/json"}, key...)...)
		if got := r.header.Get("Access-Control-Allow-Origin"); got != "" {
			t.Fatalf("POST from %s: Access-Control-Allow-Origin = %q, want none", notAllowed, got)
		}

		// Without configured origins, no origin is allowed.
		r = do(t, http.MethodOptions, env.Server.URL+"/graphql", "",
			"Origin", allowed, "Access-Control-Request-Method", "POST")
		if got := r.header.Get("Access-Control-Allow-Origin"); got != "" {
			t.Fatalf("default server: Access-Control-Allow-Origin = %q, want none", got)
		}
	})
}

// syncBuffer is a bytes.Buffer safe for the server's goroutines.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func TestAccessLog(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		var logs syncBuffer
		srv := newServer(t, env, server.Options{Log: slog.New(slog.NewTextHandler(&logs, nil))})
		const secret = "s3cr3t-variable-value"
		q := url.Values{
			"query":     {`query($s: String) { users(first: 1, search: $s) { totalCount } }`},
			"variables": {`{"s":"` + secret + `"}`},
		}
		key := bearer(env)
		r := do(t, http.MethodGet, srv.URL+"/graphql?"+q.Encode(), "", append([]string{"X-Request-ID", "log-test-1"}, key...)...)
		if r.status != http.StatusOK {
			t.Fatalf("GET: %d %s", r.status, r.body)
		}
		var line string
		for deadline := time.Now().Add(2 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
			for _, l := range strings.Split(logs.String(), "\n") {
				if strings.Contains(l, "request_id=log-test-1") {
					line = l
				}
			}
			if line != "" {
				break
			}
		}
		if line == "" {
			t.Fatalf("no access log line with the request ID: %q", logs.String())
		}
		for _, want := range []string{"method=GET", "path=/graphql", "status=200"} {
			if !strings.Contains(line, want) {
				t.Errorf("access log %q lacks %q", line, want)
			}
		}
		if strings.Contains(logs.String(), secret) {
			t.Fatalf("the log shows a GraphQL variable: %q", logs.String())
		}
		if strings.Contains(logs.String(), strings.TrimPrefix(key[1], "Bearer ")) {
			t.Fatalf("the log shows the API key: %q", logs.String())
		}
	})
}

// TestMailLinkPages: without a frontend, the paths of mail links serve
// the console, which shows each link's page (the browser tests follow
// them); with a frontend configured they are not Roster's.
func TestMailLinkPages(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		ts := httptest.NewServer(server.New(server.Options{Client: env.Client, Auth: env.Auth, Users: env.Users, Webhooks: env.Webhooks, MailLinkPages: true}))
		defer ts.Close()
		console := do(t, http.MethodGet, ts.URL+"/admin/", "")
		for name, path := range mail.LinkPaths() {
			r := do(t, http.MethodGet, ts.URL+path+"?token="+url.QueryEscape("tok<en>"), "")
			if r.status != http.StatusOK || !bytes.Equal(r.body, console.body) {
				t.Errorf("%s (%s): %d, not the console page", name, path, r.status)
			}
			if strings.Contains(string(r.body), "tok") {
				t.Errorf("%s: the page repeats the token", path)
			}
			// Not served when a frontend is configured (the test server's default).
			if r := do(t, http.MethodGet, env.Server.URL+path+"?token=x", ""); r.status != http.StatusNotFound {
				t.Errorf("%s without link pages: %d", path, r.status)
			}
		}
	})
}
