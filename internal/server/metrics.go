package server

import (
	"context"
	"net/http"
	"strings"
	"time"

	"github.com/99designs/gqlgen/graphql"

	"github.com/rosterhq/roster/internal/metrics"
	"github.com/rosterhq/roster/internal/permission"
	"github.com/rosterhq/roster/internal/viewer"
)

// graphqlMetrics records every GraphQL response in the metrics: the
// operation's name and type, its duration and its error codes. As a
// response interceptor it sees the refusals before execution (limits,
// validation, persisted documents) as well as executed operations.
type graphqlMetrics struct{ m *metrics.Metrics }

func (graphqlMetrics) ExtensionName() string { return "Metrics" }

func (graphqlMetrics) Validate(graphql.ExecutableSchema) error { return nil }

func (g graphqlMetrics) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	resp := next(ctx)
	if resp == nil {
		return nil
	}
	name, opType, start := operationOf(ctx)
	var codes []string
	for _, e := range resp.Errors {
		code, _ := e.Extensions["code"].(string)
		if code == "" {
			code = "NONE"
		}
		codes = append(codes, code)
	}
	d := time.Duration(0)
	if !start.IsZero() {
		d = time.Since(start)
	}
	g.m.GraphQL(name, opType, d, codes)
	return resp
}

// handlerName names the handler of a path for the handler label: a fixed
// set, never the path itself.
func handlerName(path string) string {
	switch {
	case path == "/graphql":
		return "graphql"
	case path == "/healthz":
		return "healthz"
	case path == "/readyz":
		return "readyz"
	case path == "/metrics":
		return "metrics"
	case strings.HasPrefix(path, "/auth/oidc/"):
		return "oidc"
	default:
		return "other"
	}
}

// countResponses records every HTTP response's handler, status and
// duration.
func countResponses(m *metrics.Metrics, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &statusRecorder{ResponseWriter: w}
		next.ServeHTTP(rec, r)
		status := rec.status
		if status == 0 {
			status = http.StatusOK
		}
		m.HTTP(handlerName(r.URL.Path), status, time.Since(start))
	})
}

// protectedMetrics serves the metrics on the main listener to callers
// holding the settings:manage permission only (a session or an API key),
// since that listener faces the clients. The separate --metrics-addr
// listener serves them without a credential.
func protectedMetrics(m *metrics.Metrics) http.Handler {
	h := m.Handler()
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		v := viewer.FromContext(r.Context())
		switch {
		case !v.Authenticated():
			w.Header().Set("WWW-Authenticate", `Bearer realm="roster metrics"`)
			http.Error(w, "metrics need a credential with the settings:manage permission", http.StatusUnauthorized)
		case !v.Can(permission.SettingsManage):
			http.Error(w, "metrics need the settings:manage permission", http.StatusForbidden)
		default:
			w.Header().Set("Cache-Control", "no-store")
			h.ServeHTTP(w, r)
		}
	})
}

// operationOf returns the name and type of the operation ctx belongs to
// (empty before one is known) and when it started.
func operationOf(ctx context.Context) (name, opType string, start time.Time) {
	start = graphql.GetStartTime(ctx)
	if graphql.HasOperationContext(ctx) {
		if oc := graphql.GetOperationContext(ctx); oc != nil && oc.Operation != nil {
			name, opType = oc.Operation.Name, string(oc.Operation.Operation)
			if !oc.Stats.OperationStart.IsZero() {
				start = oc.Stats.OperationStart
			}
		}
	}
	return name, opType, start
}
