package graphqlhttp_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/executor/testexecutor"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/rosterhq/roster/internal/graphqlhttp"
)

const (
	grj     = "application/graphql-response+json; charset=utf-8"
	js      = "application/json; charset=utf-8"
	jsonCT  = "application/json"
	secret  = "s3cr3t-body-marker"
	okQuery = `{"query":"{ name }"}`
)

// request describes one HTTP request to the server under test. Unless
// headers name Accept or noAccept is set, the request accepts
// application/graphql-response+json.
type request struct {
	method   string
	query    url.Values // URL query component
	body     string
	headers  map[string]string
	noAccept bool // send no Accept header at all
}

// want describes the expected response. A zero field is not checked, except
// that data is always checked: "" means the body must have no data member.
type want struct {
	status      int
	contentType string
	header      map[string]string
	data        string // compact JSON of the data member, or "" for none
	code        string // extensions.code of the first error
	message     string // substring of the first error's message
}

func get(q string, extra ...string) url.Values {
	v := url.Values{"query": {q}}
	for i := 0; i+1 < len(extra); i += 2 {
		v.Add(extra[i], extra[i+1])
	}
	return v
}

// server stands in for gqlgen's handler.Server, whose package cannot be
// imported here because go.mod does not list the modules its WebSocket and
// LRU packages need. It does what handler.Server.ServeHTTP does for a
// request: start the operation trace, pick the first transport whose
// Supports accepts the request, and call its Do.
type server struct {
	*testexecutor.TestExecutor
	transports []graphql.Transport
}

func (s *server) AddTransport(t graphql.Transport) { s.transports = append(s.transports, t) }

func (s *server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	r = r.WithContext(graphql.StartOperationTrace(r.Context()))
	for _, t := range s.transports {
		if t.Supports(r) {
			t.Do(w, r, s.TestExecutor)
			return
		}
	}
	http.Error(w, "transport not supported", http.StatusBadRequest)
}

func newServer(t *testing.T, tr graphqlhttp.Transport) *server {
	t.Helper()
	srv := &server{TestExecutor: testexecutor.New()}
	srv.AddTransport(tr)
	// Mark every presented error, to show that request errors pass through
	// the server's error presenter.
	srv.SetErrorPresenter(func(ctx context.Context, err error) *gqlerror.Error {
		gqlErr := graphql.DefaultErrorPresenter(ctx, err)
		if gqlErr.Extensions == nil {
			gqlErr.Extensions = map[string]any{}
		}
		gqlErr.Extensions["presented"] = true
		return gqlErr
	})
	return srv
}

func do(t *testing.T, srv http.Handler, req request) *http.Response {
	t.Helper()
	method := req.method
	if method == "" {
		method = http.MethodPost
	}
	target := "/graphql"
	if req.query != nil {
		target += "?" + req.query.Encode()
	}
	var body io.Reader
	if req.body != "" {
		body = strings.NewReader(req.body)
	}
	r := httptest.NewRequest(method, target, body)
	if _, ok := req.headers["Accept"]; !ok && !req.noAccept {
		r.Header.Set("Accept", graphqlhttp.MediaTypeGraphQLResponseJSON)
	}
	for k, v := range req.headers {
		r.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	srv.ServeHTTP(rec, r)
	return rec.Result()
}

func check(t *testing.T, resp *http.Response, w want) {
	t.Helper()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	if w.status != 0 && resp.StatusCode != w.status {
		t.Errorf("status = %d, want %d; body %s", resp.StatusCode, w.status, raw)
	}
	if w.contentType != "" && resp.Header.Get("Content-Type") != w.contentType {
		t.Errorf("Content-Type = %q, want %q", resp.Header.Get("Content-Type"), w.contentType)
	}
	for k, v := range w.header {
		if got := resp.Header.Get(k); got != v {
			t.Errorf("header %s = %q, want %q", k, got, v)
		}
	}
	if got := resp.Header.Get("Vary"); got != "Accept" {
		t.Errorf("Vary = %q, want Accept", got)
	}
	if strings.Contains(string(raw), secret) {
		t.Errorf("response echoes the request body: %s", raw)
	}
	if !strings.HasPrefix(resp.Header.Get("Content-Type"), "application/") {
		return // 406 has a plain-text body
	}

	var body struct {
		Errors []struct {
			Message    string         `json:"message"`
			Extensions map[string]any `json:"extensions"`
		} `json:"errors"`
	}
	if err := json.Unmarshal(raw, &body); err != nil {
		t.Fatalf("body is not a GraphQL response: %v: %s", err, raw)
	}
	var members map[string]json.RawMessage
	_ = json.Unmarshal(raw, &members)
	data, hasData := members["data"]
	switch {
	case w.data == "" && hasData:
		t.Errorf("body has a data member, want none: %s", raw)
	case w.data != "" && !hasData:
		t.Errorf("body has no data member, want %s: %s", w.data, raw)
	case w.data != "" && string(data) != w.data:
		t.Errorf("data = %s, want %s", data, w.data)
	}
	if !hasData && len(body.Errors) == 0 {
		t.Errorf("body has neither data nor errors: %s", raw)
	}

	if w.code == "" && w.message == "" {
		if len(body.Errors) > 0 {
			t.Errorf("unexpected errors: %s", raw)
		}
		return
	}
	if len(body.Errors) == 0 {
		t.Fatalf("no errors, want code %q: %s", w.code, raw)
	}
	first := body.Errors[0]
	if w.code != "" && first.Extensions["code"] != w.code {
		t.Errorf("extensions.code = %v, want %s: %s", first.Extensions["code"], w.code, raw)
	}
	if !hasData && first.Extensions["presented"] != true {
		t.Errorf("request error did not pass through the error presenter: %s", raw)
	}
	if !strings.Contains(first.Message, w.message) {
		t.Errorf("message = %q, want it to contain %q", first.Message, w.message)
	}
}

func TestTransport(t *testing.T) {
	const okData = `{"name":"test"}`
	tests := []struct {
		name string
		tr   graphqlhttp.Transport
		req  request
		want want
	}{
		// GET
		{
			name: "GET query, graphql-response+json",
			req:  request{method: "GET", query: get("{ name }"), headers: map[string]string{"Accept": "application/graphql-response+json"}},
			want: want{status: 200, contentType: grj, data: okData},
		},
		{
			name: "GET query, application/json",
			req:  request{method: "GET", query: get("{ name }"), headers: map[string]string{"Accept": "application/json"}},
			want: want{status: 200, contentType: js, data: okData},
		},
		{
			name: "GET query with operationName and variables",
			req: request{method: "GET", query: get("query A { name } mutation B { name } query C($id: Int!) { find(id: $id) }",
				"operationName", "C", "variables", `{"id": 1}`, "extensions", `{}`)},
			want: want{status: 200, contentType: grj, data: okData},
		},
		{
			name: "GET mutation",
			req:  request{method: "GET", query: get("mutation { name }")},
			want: want{status: 405, contentType: grj, header: map[string]string{"Allow": "POST"}, code: graphqlhttp.CodeMethodNotAllowed},
		},
		{
			name: "GET mutation with application/json",
			req:  request{method: "GET", query: get("mutation { name }"), headers: map[string]string{"Accept": "application/json"}},
			want: want{status: 405, contentType: js, header: map[string]string{"Allow": "POST"}, code: graphqlhttp.CodeMethodNotAllowed},
		},
		{
			name: "GET mutation selected by operationName",
			req:  request{method: "GET", query: get("query A { name } mutation B { name }", "operationName", "B")},
			want: want{status: 405, header: map[string]string{"Allow": "POST"}, code: graphqlhttp.CodeMethodNotAllowed},
		},
		{
			name: "GET mutation that fails validation",
			req:  request{method: "GET", query: get("mutation { nope }")},
			want: want{status: 405, header: map[string]string{"Allow": "POST"}, code: graphqlhttp.CodeMethodNotAllowed},
		},
		{
			name: "GET mutation with uncoercible variables",
			req:  request{method: "GET", query: get("mutation($b: Boolean!) { name @include(if: $b) }")},
			want: want{status: 405, header: map[string]string{"Allow": "POST"}, code: graphqlhttp.CodeMethodNotAllowed},
		},
		{
			name: "GET without query",
			req:  request{method: "GET", query: url.Values{"operationName": {"A"}}},
			want: want{status: 400, contentType: grj, code: graphqlhttp.CodeBadRequest},
		},
		{
			name: "GET with repeated query",
			req:  request{method: "GET", query: url.Values{"query": {"{ name }", "{ name }"}}},
			want: want{status: 400, code: graphqlhttp.CodeBadRequest},
		},
		{
			name: "GET variables not an object",
			req:  request{method: "GET", query: get("{ name }", "variables", "[1]")},
			want: want{status: 400, code: graphqlhttp.CodeBadRequest, message: "variables"},
		},
		{
			name: "GET variables not JSON",
			req:  request{method: "GET", query: get("{ name }", "variables", "{"+secret)},
			want: want{status: 400, code: graphqlhttp.CodeBadRequest},
		},
		{
			name: "GET variables not an object, application/json",
			req:  request{method: "GET", query: get("{ name }", "variables", `"x"`), headers: map[string]string{"Accept": "application/json"}},
			want: want{status: 400, contentType: js, code: graphqlhttp.CodeBadRequest},
		},
		{
			name: "GET extensions not an object",
			req:  request{method: "GET", query: get("{ name }", "extensions", "1")},
			want: want{status: 400, code: graphqlhttp.CodeBadRequest, message: "extensions"},
		},
		{
			name: "GET subscription",
			req:  request{method: "GET", query: get("subscription { name }")},
			want: want{status: 400, code: graphqlhttp.CodeOperationNotSupported},
		},

		// POST
		{
			name: "POST query",
			req:  request{body: okQuery, headers: map[string]string{"Content-Type": jsonCT}},
			want: want{status: 200, contentType: grj, data: okData},
		},
		{
			name: "POST query, application/json",
			req:  request{body: okQuery, headers: map[string]string{"Content-Type": jsonCT, "Accept": "application/json"}},
			want: want{status: 200, contentType: js, data: okData},
		},
		{
			name: "POST with null optional members and unknown members",
			req: request{
				body:    `{"query":"{ name }","operationName":null,"variables":null,"extensions":null,"futureMember":"x"}`,
				headers: map[string]string{"Content-Type": "application/json; charset=UTF-8"},
			},
			want: want{status: 200, data: okData},
		},
		{
			name: "POST with variables",
			req: request{
				body:    `{"query":"query Q($id: Int!) { find(id: $id) }","operationName":"Q","variables":{"id":12345678901}}`,
				headers: map[string]string{"Content-Type": jsonCT},
			},
			want: want{status: 200, data: okData},
		},
		{
			// The test executor answers every mutation with a field-less
			// error; what matters is that execution was reached.
			name: "POST mutation reaches execution",
			req:  request{body: `{"query":"mutation { name }"}`, headers: map[string]string{"Content-Type": jsonCT}},
			want: want{status: 200, contentType: grj, data: "null", message: "mutations are not supported"},
		},
		{
			name: "POST with text/plain",
			req:  request{body: okQuery, headers: map[string]string{"Content-Type": "text/plain"}},
			want: want{status: 415, contentType: grj, header: map[string]string{"Accept-Post": js}, code: graphqlhttp.CodeUnsupportedMediaType},
		},
		{
			name: "POST with form encoding",
			req:  request{body: "query=%7B+name+%7D", headers: map[string]string{"Content-Type": "application/x-www-form-urlencoded"}},
			want: want{status: 415, code: graphqlhttp.CodeUnsupportedMediaType},
		},
		{
			name: "POST without Content-Type",
			req:  request{body: okQuery},
			want: want{status: 415, code: graphqlhttp.CodeUnsupportedMediaType},
		},
		{
			name: "POST with a charset other than UTF-8",
			req:  request{body: okQuery, headers: map[string]string{"Content-Type": "application/json; charset=iso-8859-1"}},
			want: want{status: 415, code: graphqlhttp.CodeUnsupportedMediaType},
		},
		{
			name: "POST with Content-Encoding",
			req:  request{body: okQuery, headers: map[string]string{"Content-Type": jsonCT, "Content-Encoding": "gzip"}},
			want: want{status: 415, header: map[string]string{"Accept-Encoding": "identity"}, code: graphqlhttp.CodeUnsupportedMediaType},
		},
		{
			name: "POST bad JSON",
			req:  request{body: `{"query": "` + secret, headers: map[string]string{"Content-Type": jsonCT}},
			want: want{status: 400, contentType: grj, code: graphqlhttp.CodeBadRequest, message: "not valid JSON"},
		},
		{
			name: "POST bad JSON, application/json",
			req:  request{body: `NONSENSE` + secret, headers: map[string]string{"Content-Type": jsonCT, "Accept": "application/json"}},
			want: want{status: 400, contentType: js, code: graphqlhttp.CodeBadRequest},
		},
		{
			name: "POST trailing data after the object",
			req:  request{body: okQuery + `{"x":"` + secret + `"}`, headers: map[string]string{"Content-Type": jsonCT}},
			want: want{status: 400, code: graphqlhttp.CodeBadRequest},
		},
		{
			name: "POST empty body",
			req:  request{headers: map[string]string{"Content-Type": jsonCT}},
			want: want{status: 400, code: graphqlhttp.CodeBadRequest, message: "empty"},
		},
		{
			name: "POST body not UTF-8",
			req:  request{body: "{\"query\":\"{ name }\xff\"}", headers: map[string]string{"Content-Type": jsonCT}},
			want: want{status: 400, code: graphqlhttp.CodeBadRequest, message: "UTF-8"},
		},
		{
			name: "POST body an array",
			req:  request{body: `[` + okQuery + `]`, headers: map[string]string{"Content-Type": jsonCT}},
			want: want{status: 400, code: graphqlhttp.CodeBadRequest, message: "JSON object"},
		},
		{
			name: "POST body null",
			req:  request{body: `null`, headers: map[string]string{"Content-Type": jsonCT}},
			want: want{status: 400, code: graphqlhttp.CodeBadRequest, message: "JSON object"},
		},
		{
			name: "POST missing query",
			req:  request{body: `{"qeury":"{ name }"}`, headers: map[string]string{"Content-Type": jsonCT}},
			want: want{status: 400, code: graphqlhttp.CodeBadRequest, message: "query"},
		},
		{
			name: "POST missing query, application/json",
			req:  request{body: `{"query":null}`, headers: map[string]string{"Content-Type": jsonCT, "Accept": "application/json"}},
			want: want{status: 400, contentType: js, code: graphqlhttp.CodeBadRequest, message: "query"},
		},
		{
			name: "POST query not a string",
			req:  request{body: `{"query":["` + secret + `"]}`, headers: map[string]string{"Content-Type": jsonCT}},
			want: want{status: 400, code: graphqlhttp.CodeBadRequest, message: "query"},
		},
		{
			name: "POST operationName not a string",
			req:  request{body: `{"query":"{ name }","operationName":1}`, headers: map[string]string{"Content-Type": jsonCT}},
			want: want{status: 400, code: graphqlhttp.CodeBadRequest, message: "operationName"},
		},
		{
			name: "POST variables not an object",
			req:  request{body: `{"query":"query Q($i: Int!) { find(id: $i) }","variables":[7]}`, headers: map[string]string{"Content-Type": jsonCT}},
			want: want{status: 400, code: graphqlhttp.CodeBadRequest, message: "variables"},
		},
		{
			name: "POST variables not an object, application/json",
			req:  request{body: `{"query":"{ name }","variables":"{}"}`, headers: map[string]string{"Content-Type": jsonCT, "Accept": "application/json"}},
			want: want{status: 400, contentType: js, code: graphqlhttp.CodeBadRequest, message: "variables"},
		},
		{
			name: "POST extensions not an object",
			req:  request{body: `{"query":"{ name }","extensions":true}`, headers: map[string]string{"Content-Type": jsonCT}},
			want: want{status: 400, code: graphqlhttp.CodeBadRequest, message: "extensions"},
		},
		{
			name: "POST parse error, graphql-response+json",
			req:  request{body: `{"query":"{"}`, headers: map[string]string{"Content-Type": jsonCT}},
			want: want{status: 400, contentType: grj, code: "GRAPHQL_PARSE_FAILED"},
		},
		{
			name: "POST parse error, application/json",
			req:  request{body: `{"query":"{"}`, headers: map[string]string{"Content-Type": jsonCT, "Accept": "application/json"}},
			want: want{status: 200, contentType: js, code: "GRAPHQL_PARSE_FAILED"},
		},
		{
			name: "POST validation error, graphql-response+json",
			req:  request{body: `{"query":"{ nope }"}`, headers: map[string]string{"Content-Type": jsonCT}},
			want: want{status: 400, contentType: grj, code: "GRAPHQL_VALIDATION_FAILED"},
		},
		{
			name: "POST validation error, application/json",
			req:  request{body: `{"query":"{ nope }"}`, headers: map[string]string{"Content-Type": jsonCT, "Accept": "application/json"}},
			want: want{status: 200, contentType: js, code: "GRAPHQL_VALIDATION_FAILED"},
		},
		{
			name: "POST empty document",
			req:  request{body: `{"query":""}`, headers: map[string]string{"Content-Type": jsonCT}},
			want: want{status: 400, code: "GRAPHQL_VALIDATION_FAILED"},
		},
		{
			name: "POST unknown operationName",
			req:  request{body: `{"query":"query A { name }","operationName":"B"}`, headers: map[string]string{"Content-Type": jsonCT, "Accept": "application/json"}},
			want: want{status: 200, code: "GRAPHQL_VALIDATION_FAILED"},
		},
		{
			name: "POST variable coercion failure, graphql-response+json",
			req:  request{body: `{"query":"query Q($i: Int!) { find(id: $i) }","variables":{"i":"x"}}`, headers: map[string]string{"Content-Type": jsonCT}},
			want: want{status: 400, code: "GRAPHQL_VALIDATION_FAILED"},
		},
		{
			name: "POST variable coercion failure, application/json",
			req:  request{body: `{"query":"query Q($i: Int!) { find(id: $i) }","variables":{}}`, headers: map[string]string{"Content-Type": jsonCT, "Accept": "application/json"}},
			want: want{status: 200, code: "GRAPHQL_VALIDATION_FAILED"},
		},
		{
			name: "POST subscription, application/json",
			req:  request{body: `{"query":"subscription { name }"}`, headers: map[string]string{"Content-Type": jsonCT, "Accept": "application/json"}},
			want: want{status: 200, code: graphqlhttp.CodeOperationNotSupported},
		},
		{
			name: "POST body over the configured limit",
			tr:   graphqlhttp.Transport{MaxBodyBytes: 16},
			req:  request{body: `{"query":"{ name }","x":"` + secret + `"}`, headers: map[string]string{"Content-Type": jsonCT}},
			want: want{status: 413, contentType: grj, code: graphqlhttp.CodePayloadTooLarge},
		},
		{
			name: "POST body at the configured limit",
			tr:   graphqlhttp.Transport{MaxBodyBytes: int64(len(okQuery))},
			req:  request{body: okQuery, headers: map[string]string{"Content-Type": jsonCT}},
			want: want{status: 200, data: okData},
		},
		{
			name: "POST body over the default limit",
			req: request{
				body:    `{"query":"{ name }","x":"` + strings.Repeat("a", int(graphqlhttp.DefaultMaxBodyBytes)) + `"}`,
				headers: map[string]string{"Content-Type": jsonCT, "Accept": "application/json"},
			},
			want: want{status: 413, contentType: js, code: graphqlhttp.CodePayloadTooLarge},
		},

		// Other methods
		{
			name: "PUT",
			req:  request{method: "PUT", body: okQuery, headers: map[string]string{"Content-Type": jsonCT}},
			want: want{status: 405, contentType: grj, header: map[string]string{"Allow": "GET, POST"}, code: graphqlhttp.CodeMethodNotAllowed},
		},
		{
			name: "DELETE with application/json",
			req:  request{method: "DELETE", headers: map[string]string{"Accept": "application/json"}},
			want: want{status: 405, contentType: js, header: map[string]string{"Allow": "GET, POST"}, code: graphqlhttp.CodeMethodNotAllowed},
		},
		{
			name: "PATCH with an unacceptable Accept",
			req:  request{method: "PATCH", headers: map[string]string{"Accept": "text/html"}},
			want: want{status: 405, contentType: grj, header: map[string]string{"Allow": "GET, POST"}, code: graphqlhttp.CodeMethodNotAllowed},
		},
		{
			name: "OPTIONS",
			req:  request{method: "OPTIONS"},
			want: want{status: 405, header: map[string]string{"Allow": "GET, POST"}, code: graphqlhttp.CodeMethodNotAllowed},
		},

		// Content negotiation
		{
			name: "no Accept",
			req:  request{method: "GET", query: get("{ name }"), noAccept: true},
			want: want{status: 200, contentType: js, data: okData},
		},
		{
			name: "Accept */*",
			req:  request{method: "GET", query: get("{ name }"), headers: map[string]string{"Accept": "*/*"}},
			want: want{status: 200, contentType: js, data: okData},
		},
		{
			name: "Accept application/*",
			req:  request{method: "GET", query: get("{ name }"), headers: map[string]string{"Accept": "application/*"}},
			want: want{status: 200, contentType: js, data: okData},
		},
		{
			// A legacy client gets 200 for a request error, too.
			name: "no Accept, validation error",
			req:  request{method: "GET", query: get("{ nope }"), noAccept: true},
			want: want{status: 200, contentType: js, code: "GRAPHQL_VALIDATION_FAILED"},
		},
		{
			name: "Accept */*, parse error",
			req:  request{body: `{"query":"{"}`, headers: map[string]string{"Content-Type": jsonCT, "Accept": "*/*"}},
			want: want{status: 200, contentType: js, code: "GRAPHQL_PARSE_FAILED"},
		},
		{
			name: "Accept recommended by the specification",
			req: request{method: "GET", query: get("{ name }"), headers: map[string]string{
				"Accept": "application/graphql-response+json; charset=utf-8, application/json; charset=utf-8",
			}},
			want: want{status: 200, contentType: grj, data: okData},
		},
		{
			name: "q-value prefers application/json",
			req: request{method: "GET", query: get("{ name }"), headers: map[string]string{
				"Accept": "application/graphql-response+json;q=0.5, application/json;q=0.9",
			}},
			want: want{status: 200, contentType: js, data: okData},
		},
		{
			name: "q-value prefers graphql-response+json over a wildcard",
			req: request{method: "GET", query: get("{ name }"), headers: map[string]string{
				"Accept": "application/json;q=0.2, */*;q=0.8",
			}},
			want: want{status: 200, contentType: grj, data: okData},
		},
		{
			name: "q-value 0 excludes a type",
			req: request{method: "GET", query: get("{ name }"), headers: map[string]string{
				"Accept": "application/*, application/graphql-response+json;q=0",
			}},
			want: want{status: 200, contentType: js, data: okData},
		},
		{
			name: "equal q-values: first listed wins",
			req: request{method: "GET", query: get("{ name }"), headers: map[string]string{
				"Accept": "application/json, application/graphql-response+json",
			}},
			want: want{status: 200, contentType: js, data: okData},
		},
		{
			name: "q-value decides the status of a validation error",
			req: request{body: `{"query":"{ nope }"}`, headers: map[string]string{
				"Content-Type": jsonCT, "Accept": "application/graphql-response+json;q=0.1, application/json",
			}},
			want: want{status: 200, contentType: js, code: "GRAPHQL_VALIDATION_FAILED"},
		},
		{
			name: "unsupported Accept",
			req:  request{method: "GET", query: get("{ name }"), headers: map[string]string{"Accept": "text/html"}},
			want: want{status: 406, contentType: "text/plain; charset=utf-8"},
		},
		{
			name: "unsupported Accept on POST",
			req:  request{body: okQuery, headers: map[string]string{"Content-Type": jsonCT, "Accept": "application/xml, text/*"}},
			want: want{status: 406, contentType: "text/plain; charset=utf-8"},
		},
		{
			name: "Accept with every supported type at q=0",
			req: request{method: "GET", query: get("{ name }"), headers: map[string]string{
				"Accept": "application/json;q=0, application/graphql-response+json;q=0",
			}},
			want: want{status: 406},
		},
		{
			name: "Accept with an unsupported charset",
			req: request{method: "GET", query: get("{ name }"), headers: map[string]string{
				"Accept": "application/json; charset=iso-8859-1",
			}},
			want: want{status: 406},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp := do(t, newServer(t, tt.tr), tt.req)
			check(t, resp, tt.want)
		})
	}
}

// TestGETMutationNotExecuted checks that a mutation sent with GET never
// reaches the resolvers.
func TestGETMutationNotExecuted(t *testing.T) {
	srv := newServer(t, graphqlhttp.Transport{})
	executed := false
	srv.AroundOperations(func(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
		executed = true
		return next(ctx)
	})
	resp := do(t, srv, request{method: "GET", query: get("mutation { name }")})
	check(t, resp, want{status: 405, header: map[string]string{"Allow": "POST"}, code: graphqlhttp.CodeMethodNotAllowed})
	if executed {
		t.Error("the mutation was executed")
	}
}

// TestBodyLimitWithoutContentLength checks the limit on a body of unknown
// length, which must be cut off while reading.
func TestBodyLimitWithoutContentLength(t *testing.T) {
	srv := newServer(t, graphqlhttp.Transport{MaxBodyBytes: 32})
	body := `{"query":"{ name }","x":"` + strings.Repeat(secret, 10) + `"}`
	r := httptest.NewRequest(http.MethodPost, "/graphql", io.MultiReader(strings.NewReader(body)))
	r.ContentLength = -1
	r.Header.Set("Content-Type", jsonCT)
	rec := httptest.NewRecorder()
	srv.ServeHTTP(rec, r)
	check(t, rec.Result(), want{status: 413, code: graphqlhttp.CodePayloadTooLarge})
}

// TestRequestErrorExtensions checks that response middleware runs for
// request errors and that its extensions are kept while data stays absent.
func TestRequestErrorExtensions(t *testing.T) {
	srv := newServer(t, graphqlhttp.Transport{})
	srv.AroundResponses(func(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
		resp := next(ctx)
		graphql.RegisterExtension(ctx, "traced", true)
		resp.Extensions = graphql.GetExtensions(ctx)
		return resp
	})
	resp := do(t, srv, request{body: `{`, headers: map[string]string{"Content-Type": jsonCT}})
	raw, _ := io.ReadAll(resp.Body)
	var body map[string]json.RawMessage
	if err := json.Unmarshal(raw, &body); err != nil {
		t.Fatal(err)
	}
	if _, ok := body["data"]; ok {
		t.Errorf("body has a data member: %s", raw)
	}
	if got := string(body["extensions"]); got != `{"traced":true}` {
		t.Errorf("extensions = %s, want {\"traced\":true}", got)
	}
}

func TestSupports(t *testing.T) {
	tests := []struct {
		method  string
		upgrade string
		want    bool
	}{
		{http.MethodGet, "", true},
		{http.MethodPost, "", true},
		{http.MethodPut, "", true},
		{http.MethodOptions, "", true},
		{http.MethodGet, "websocket", false},
		{http.MethodGet, "WebSocket", false},
		{http.MethodGet, "foo/1, websocket", false},
		{http.MethodPost, "h2c", true},
	}
	for _, tt := range tests {
		r := httptest.NewRequest(tt.method, "/graphql", nil)
		if tt.upgrade != "" {
			r.Header.Set("Upgrade", tt.upgrade)
		}
		if got := (graphqlhttp.Transport{}).Supports(r); got != tt.want {
			t.Errorf("Supports(%s, Upgrade: %q) = %v, want %v", tt.method, tt.upgrade, got, tt.want)
		}
	}
}

// countingWriter counts calls to WriteHeader.
type countingWriter struct {
	*httptest.ResponseRecorder
	headers int
}

func (w *countingWriter) WriteHeader(status int) {
	w.headers++
	w.ResponseRecorder.WriteHeader(status)
}

func TestSingleWriteHeader(t *testing.T) {
	srv := newServer(t, graphqlhttp.Transport{})
	for _, req := range []request{
		{method: "GET", query: get("{ name }")},
		{method: "GET", query: get("mutation { name }")},
		{body: `{`, headers: map[string]string{"Content-Type": jsonCT}},
		{body: okQuery},
		{method: "PUT"},
		{method: "GET", query: get("{ name }"), headers: map[string]string{"Accept": "text/html"}},
	} {
		target := "/graphql"
		if req.query != nil {
			target += "?" + req.query.Encode()
		}
		method := req.method
		if method == "" {
			method = http.MethodPost
		}
		r := httptest.NewRequest(method, target, strings.NewReader(req.body))
		for k, v := range req.headers {
			r.Header.Set(k, v)
		}
		w := &countingWriter{ResponseRecorder: httptest.NewRecorder()}
		srv.ServeHTTP(w, r)
		if w.headers != 1 {
			t.Errorf("%s %s: WriteHeader called %d times", method, target, w.headers)
		}
	}
}

// documentResolver is a gqlgen extension that resolves the documentId
// "doc1" to a query, as a persisted-documents extension would.
type documentResolver struct{}

func (documentResolver) ExtensionName() string                   { return "documentResolver" }
func (documentResolver) Validate(graphql.ExecutableSchema) error { return nil }
func (documentResolver) MutateOperationParameters(ctx context.Context, p *graphql.RawParams) *gqlerror.Error {
	if id, ok := graphqlhttp.DocumentID(ctx); ok {
		if id != "doc1" {
			return &gqlerror.Error{Message: "unknown document", Extensions: map[string]any{"code": "NOT_FOUND"}}
		}
		p.Query = "{ name }"
	}
	return nil
}

// TestDocumentID: a request may name a persisted document by documentId
// (POST member or GET parameter) instead of sending query; the transport
// hands the ID to gqlgen's extensions through the context. query and
// documentId together, a documentId that is not a string, and a repeated
// GET parameter are bad requests; a request with neither query, nor
// documentId, nor extensions.persistedQuery is one too.
func TestDocumentID(t *testing.T) {
	const okData = `{"name":"test"}`
	srv := newServer(t, graphqlhttp.Transport{})
	srv.Use(documentResolver{})
	ct := map[string]string{"Content-Type": jsonCT}
	tests := []struct {
		name string
		req  request
		want want
	}{
		{"POST documentId", request{body: `{"documentId":"doc1"}`, headers: ct}, want{status: 200, data: okData}},
		{"GET documentId", request{method: "GET", query: url.Values{"documentId": {"doc1"}}}, want{status: 200, data: okData}},
		{"POST unknown documentId", request{body: `{"documentId":"doc2"}`, headers: ct}, want{status: 400, code: "NOT_FOUND"}},
		{"POST query and documentId", request{body: `{"query":"{ name }","documentId":"doc1"}`, headers: ct},
			want{status: 400, code: graphqlhttp.CodeBadRequest, message: "not both"}},
		{"GET query and documentId", request{method: "GET", query: url.Values{"query": {"{ name }"}, "documentId": {"doc1"}}},
			want{status: 400, code: graphqlhttp.CodeBadRequest, message: "not both"}},
		{"POST documentId not a string", request{body: `{"documentId":7}`, headers: ct},
			want{status: 400, code: graphqlhttp.CodeBadRequest, message: "documentId"}},
		{"GET documentId repeated", request{method: "GET", query: url.Values{"documentId": {"doc1", "doc1"}}},
			want{status: 400, code: graphqlhttp.CodeBadRequest, message: "repeated"}},
		{"POST neither query nor documentId", request{body: `{"variables":{}}`, headers: ct},
			want{status: 400, code: graphqlhttp.CodeBadRequest, message: "query"}},
		{"POST persisted query hash without query", request{body: `{"extensions":{"persistedQuery":{"version":1}}}`, headers: ct},
			want{status: 400, code: "GRAPHQL_VALIDATION_FAILED"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			check(t, do(t, srv, tt.req), tt.want)
		})
	}
}
