package server

import (
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/rs/cors"
	"github.com/vektah/gqlparser/v2/ast"
	"go.opentelemetry.io/otel/trace"

	"github.com/rosterhq/roster/ent"
	"github.com/rosterhq/roster/graph"
	"github.com/rosterhq/roster/internal/auth"
	"github.com/rosterhq/roster/internal/graphqlhttp"
	"github.com/rosterhq/roster/internal/metrics"
	"github.com/rosterhq/roster/internal/oidc"
	"github.com/rosterhq/roster/internal/persisted"
	"github.com/rosterhq/roster/internal/requestlimit"
	"github.com/rosterhq/roster/internal/tracing"
	"github.com/rosterhq/roster/internal/users"
	"github.com/rosterhq/roster/internal/viewer"
	"github.com/rosterhq/roster/internal/webhook"
)

// Options configure the HTTP handler.
type Options struct {
	// Client is the ent client the API reads and writes through.
	Client *ent.Client
	// Auth resolves callers and signs them in; required.
	Auth *auth.Service
	// Users runs the account lifecycle; required.
	Users *users.Service
	// Webhooks manages webhook endpoints; required.
	Webhooks *webhook.Manager
	// OIDC serves the OpenID Connect browser sign-in; nil when no provider
	// is configured.
	OIDC *oidc.Manager
	// Log receives access and error logs.
	Log *slog.Logger
	// CORSOrigins lists the browser origins allowed to call /graphql
	// (for an admin console served from another origin). Empty means
	// same-origin only.
	CORSOrigins []string
	// Limits bound each GraphQL request (depth, aliases, root fields,
	// mutations, tokens, complexity, password hashes and mails); zero
	// fields take the defaults of package requestlimit.
	Limits requestlimit.Policy
	// Documents is the manifest of persisted documents clients may name
	// by documentId; nil for none.
	Documents *persisted.Manifest
	// TrustedDocumentsOnly runs only the documents of Documents, except
	// for callers signed in with an API key.
	TrustedDocumentsOnly bool
	// DisableAPQ switches automatic persisted queries off.
	DisableAPQ bool
	// MaxBodyBytes bounds a POST body; zero means the transport default.
	MaxBodyBytes int64
	// MailLinkPages answers the paths of mail links (/accept-invitation,
	// /reset-password, ...) with the console, which shows the page of each
	// link. For when no frontend is configured and the links point at
	// Roster itself.
	MailLinkPages bool
	// Metrics, when not nil, records requests and is served at /metrics,
	// to callers holding settings:manage, unless MetricsElsewhere.
	Metrics *metrics.Metrics
	// MetricsElsewhere leaves /metrics off this handler: a listener of
	// its own (--metrics-addr) serves it.
	MetricsElsewhere bool
	// Tracing records spans of requests, GraphQL operations and resolvers
	// (internal/tracing); nil or a provider that does not record leaves
	// them out entirely.
	Tracing trace.TracerProvider
}

// The bounds of the cache of automatic persisted queries, per process.
const (
	apqEntries = 2000
	apqBytes   = 16 << 20
)

// New returns Roster's HTTP handler.
func New(o Options) http.Handler {
	if o.Log == nil {
		o.Log = slog.Default()
	}
	o.Log = slog.New(LogHandler(o.Log.Handler()))
	mux := http.NewServeMux()
	mux.Handle("/graphql", o.Auth.Middleware(GraphQLHandler(o)))
	mountConsole(mux, o)
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		_, _ = w.Write([]byte("ok\n"))
	})
	mux.HandleFunc("GET /readyz", readiness(o))
	if o.Metrics != nil && !o.MetricsElsewhere {
		mux.Handle("GET /metrics", o.Auth.Middleware(protectedMetrics(o.Metrics)))
	}
	if o.OIDC != nil {
		mux.Handle("GET /auth/oidc/login", o.OIDC.LoginHandler())
		mux.Handle("GET /auth/oidc/callback", o.OIDC.CallbackHandler())
	}

	var h http.Handler = mux
	if len(o.CORSOrigins) > 0 {
		// rs/cors treats an empty list as "every origin"; without
		// configured origins there is no CORS at all (same-origin only).
		h = corsMiddleware(o.CORSOrigins).Handler(h)
	}
	h = securityHeaders(h)
	h = accessLog(o.Log, h)
	h = recoverPanics(o.Log, h)
	if o.Metrics != nil {
		h = countResponses(o.Metrics, h)
	}
	if tracing.Enabled(o.Tracing) {
		h = traceRequests(o.Tracing, h)
	}
	h = requestID(h)
	return h
}

// GraphQLHandler returns the /graphql endpoint alone.
func GraphQLHandler(o Options) http.Handler {
	if o.Log == nil {
		o.Log = slog.Default()
	}
	srv := handler.New(graph.NewSchema(o.Client, o.Auth, o.Users, o.Webhooks))
	srv.AroundRootFields(graph.RequireAuthentication)
	srv.AroundFields(graph.GuardArguments)
	srv.AddTransport(graphqlhttp.Transport{MaxBodyBytes: o.MaxBodyBytes})
	srv.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	// The order matters: persisted documents fill in the text first, the
	// limits check it, and only then is an automatic persisted query
	// registered.
	docs := &persisted.Documents{
		Manifest:    o.Documents,
		TrustedOnly: o.TrustedDocumentsOnly,
		Exempt:      func(ctx context.Context) bool { return viewer.FromContext(ctx).Kind == viewer.APIKey },
	}
	if !o.DisableAPQ {
		docs.APQ = persisted.NewCache(apqEntries, apqBytes)
	}
	srv.Use(docs)
	srv.Use(requestlimit.New(o.Limits))
	srv.Use(docs.Registration())
	if o.Metrics != nil {
		srv.Use(graphqlMetrics{o.Metrics})
	}
	if tracing.Enabled(o.Tracing) {
		srv.Use(newGraphQLTracing(o.Tracing))
	}
	srv.SetErrorPresenter(graph.ErrorPresenter(o.Log))
	srv.SetRecoverFunc(func(ctx context.Context, v any) error {
		o.Log.ErrorContext(ctx, "graphql: panic in resolver", "panic", v)
		return graphql.ErrorOnPath(ctx, errPanic)
	})
	return srv
}

// Readiness is the JSON body of GET /readyz.
type Readiness struct {
	// Status is "ready" (200), "degraded" (200: the database answers but
	// an OpenID Connect provider does not; every other sign-in works) or
	// "unavailable" (503: the database does not answer).
	Status string `json:"status"`
	// Database is "ok" or "unavailable".
	Database string `json:"database"`
	// OIDC lists the configured providers, in configuration order;
	// absent without providers.
	OIDC []ProviderReadiness `json:"oidc,omitempty"`
}

// ProviderReadiness is one OpenID Connect provider's state in /readyz.
type ProviderReadiness struct {
	// Name is the provider's configured name.
	Name string `json:"name"`
	// State is "ready" or "unavailable" (oidc.State).
	State string `json:"state"`
	// Discovered reports whether its discovery document was read.
	Discovered bool `json:"discovered"`
	// Since is when it entered State.
	Since time.Time `json:"since"`
}

// readiness answers 200 when the database answers a query within two
// seconds, 503 otherwise, with a Readiness body. OpenID Connect providers
// are reported but never make Roster unready: passwords, sessions and
// API keys work without them. Why a provider is down goes to the log,
// not to this unauthenticated answer.
func readiness(o Options) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
		defer cancel()
		body := Readiness{Status: "ready", Database: "ok"}
		code := http.StatusOK
		if o.OIDC != nil {
			for _, st := range o.OIDC.Status() {
				body.OIDC = append(body.OIDC, ProviderReadiness{Name: st.Name, State: string(st.State), Discovered: st.Discovered, Since: st.Since.UTC()})
				if !st.Up() {
					body.Status = "degraded"
				}
			}
		}
		if _, err := o.Client.Settings.Query().Exist(viewer.SystemContext(ctx)); err != nil {
			o.Log.WarnContext(ctx, "readyz: database not ready", "error", err)
			body.Status, body.Database, code = "unavailable", "unavailable", http.StatusServiceUnavailable
		}
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Cache-Control", "no-store")
		w.WriteHeader(code)
		_ = json.NewEncoder(w).Encode(body)
	}
}

func corsMiddleware(origins []string) *cors.Cors {
	return cors.New(cors.Options{
		AllowedOrigins:   origins,
		AllowedMethods:   []string{http.MethodGet, http.MethodPost},
		AllowedHeaders:   []string{"Authorization", "Content-Type", "Accept", "X-Request-ID"},
		ExposedHeaders:   []string{"X-Request-ID"},
		AllowCredentials: true,
		MaxAge:           600,
	})
}
