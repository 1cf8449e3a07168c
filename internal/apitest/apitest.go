// Package apitest runs Roster's integration tests against real databases
// through the real HTTP handler. Each test gets a fresh database: a SQLite
// file in a temporary folder always, and a PostgreSQL schema of its own
// when ROSTER_TEST_POSTGRES_URL is set (for example
// postgres://postgres@127.0.0.1:5432/test?sslmode=disable). Each, by
// name, runs a test once per database as subtests "sqlite" and
// "postgres".
package apitest

import (
	"bytes"
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"entgo.io/ent/dialect"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/trace"

	"github.com/rosterhq/roster/ent"
	"github.com/rosterhq/roster/internal/auth"
	"github.com/rosterhq/roster/internal/database"
	"github.com/rosterhq/roster/internal/mail"
	"github.com/rosterhq/roster/internal/metrics"
	"github.com/rosterhq/roster/internal/oidc"
	"github.com/rosterhq/roster/internal/password"
	"github.com/rosterhq/roster/internal/permission"
	"github.com/rosterhq/roster/internal/server"
	"github.com/rosterhq/roster/internal/users"
	"github.com/rosterhq/roster/internal/viewer"
	"github.com/rosterhq/roster/internal/webhook"
)

// PostgresEnv names the variable that enables the PostgreSQL runs.
const PostgresEnv = "ROSTER_TEST_POSTGRES_URL"

// Env is one test's database and server.
type Env struct {
	T testing.TB
	// Dialect is dialect.SQLite or dialect.Postgres.
	Dialect string
	// Target is the database the test uses.
	Target database.Target
	// Client is an ent client on that database, for fixtures and checks.
	Client *ent.Client
	// Server serves Roster's HTTP handler over that database.
	Server *httptest.Server
	// Auth is the server's authentication service.
	Auth *auth.Service
	// Users is the server's account lifecycle service.
	Users *users.Service
	// Webhooks is the server's webhook manager (private targets allowed,
	// for receivers on loopback).
	Webhooks *webhook.Manager
	// Ctx acts as the system, for fixtures and checks through Client.
	Ctx context.Context
	// Metrics are the server's metrics, served at /metrics to callers
	// holding settings:manage.
	Metrics *metrics.Metrics
	// statements counts the SQL statements the server's client runs.
	statements *atomic.Int64
	// queries receives the queries the server runs outside transactions;
	// see OnQuery.
	queries *queryHooks
	// begins is called when the server begins a transaction; see OnBegin.
	begins *beginHooks
	// token is the credential Query sends; see As and DefaultCredential.
	token string
	// handler lets EnableOIDC rebuild the server's handler in place.
	handler *swappable
	log     *slog.Logger
	// server is the server's own client.
	server *ent.Client
	// processor carries out account requests on Client (uncounted).
	processor *users.Service
	// holding is set by HoldRequests.
	holding *atomic.Bool
	// tracing records the server's spans; nil without NewTraced.
	tracing trace.TracerProvider
}

// swappable is an http.Handler that can be replaced while the test
// server runs.
type swappable struct {
	mu sync.RWMutex
	h  http.Handler
}

func (s *swappable) set(h http.Handler) { s.mu.Lock(); s.h = h; s.mu.Unlock() }

func (s *swappable) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.mu.RLock()
	h := s.h
	s.mu.RUnlock()
	h.ServeHTTP(w, r)
}

// EnableOIDC configures the server with OpenID Connect providers (for
// example an in-process provider from internal/oidc/oidctest): browser
// sign-in at /auth/oidc/login and bearer tokens. The redirect URL of each
// provider should point at env.Server.URL + "/auth/oidc/callback".
func (e *Env) EnableOIDC(providers []oidc.ProviderConfig) *oidc.Manager {
	e.T.Helper()
	return e.EnableOIDCWith(providers, oidc.Options{})
}

// EnableOIDCWith is EnableOIDC with options for the Manager (the logger
// is the environment's unless set). The Manager is closed when the test
// ends.
func (e *Env) EnableOIDCWith(providers []oidc.ProviderConfig, opts oidc.Options) *oidc.Manager {
	e.T.Helper()
	accounts := &auth.OIDCAccounts{Service: e.Auth, Users: e.Users, PublicHost: "127.0.0.1"}
	if opts.Logger == nil {
		opts.Logger = e.log
	}
	if opts.Metrics == nil {
		opts.Metrics = e.Metrics
	}
	m, err := oidc.New(context.Background(), providers, accounts, opts)
	if err != nil {
		e.T.Fatalf("apitest: oidc: %v", err)
	}
	e.T.Cleanup(m.Close)
	accounts.Manager = m
	e.Auth.Bearer = accounts
	e.handler.set(server.New(server.Options{Client: e.Auth.Client, Auth: e.Auth, Users: e.Users, Webhooks: e.Webhooks, OIDC: m, Log: e.log, Metrics: e.Metrics, Tracing: e.tracing}))
	return m
}

// CheapPassword are argon2id parameters that keep tests fast; one test of
// internal/password covers the real ones.
var CheapPassword = password.Params{Memory: 1024, Iterations: 1, Parallelism: 1, SaltLength: 16, KeyLength: 32}

// Each runs fn as a subtest once per available database.
func Each(t *testing.T, fn func(t *testing.T, env *Env)) {
	t.Helper()
	t.Run("sqlite", func(t *testing.T) {
		fn(t, New(t, dialect.SQLite))
	})
	if os.Getenv(PostgresEnv) != "" {
		t.Run("postgres", func(t *testing.T) {
			fn(t, New(t, dialect.Postgres))
		})
	}
}

// New creates a migrated, empty database of the given dialect and starts
// the HTTP handler on it. Everything is removed when the test ends.
func New(t testing.TB, d string) *Env {
	t.Helper()
	return newEnv(t, d, nil)
}

// NewTraced is New with OpenTelemetry tracing switched on: the server
// records every span (requests, GraphQL operations, resolvers, SQL
// statements) in memory, where the returned Spans reads them.
func NewTraced(t testing.TB, d string) (*Env, *Spans) {
	t.Helper()
	spans := newSpans()
	tp := sdktrace.NewTracerProvider(sdktrace.WithSpanProcessor(spans), sdktrace.WithSampler(sdktrace.AlwaysSample()))
	t.Cleanup(func() { _ = tp.Shutdown(context.Background()) })
	return newEnv(t, d, tp), spans
}

func newEnv(t testing.TB, d string, tp trace.TracerProvider) *Env {
	t.Helper()
	ctx := context.Background()
	env := &Env{T: t, Dialect: d, tracing: tp, Ctx: viewer.SystemContext(context.Background()), statements: new(atomic.Int64), queries: &queryHooks{}, begins: &beginHooks{}}
	env.Target = EmptyTarget(t, d)
	client := MigratedClient(t, env.Target)
	env.Client = client

	// The server gets its own client whose statements are counted.
	// Like the server's, with the default statement timeout.
	// On PostgreSQL its connections carry an application_name of their
	// own, so that KillServerConnections finds them.
	serverTarget := env.Target
	if d == dialect.Postgres {
		serverTarget = withApplicationName(t, env.Target, env.serverApplicationName())
	}
	env.Metrics = metrics.New()
	counted, err := database.Open(ctx, serverTarget, database.WithStatementTimeout(database.DefaultStatementTimeout),
		database.WithPool(func(db *sql.DB) { env.Metrics.Register(metrics.DatabasePool(db)) }), database.WithTracing(tp), database.WithDriver(func(drv dialect.Driver) dialect.Driver {
			return &hookedDriver{Driver: dialect.DebugWithContext(drv, func(_ context.Context, args ...any) {
				if len(args) == 1 {
					if s, ok := args[0].(string); ok && (strings.Contains(s, ".Query: ") || strings.Contains(s, ".Exec: ") ||
						strings.Contains(s, ".QueryContext: ") || strings.Contains(s, ".ExecContext: ")) {
						env.statements.Add(1)
					}
				}
			}), hooks: env.queries, begins: env.begins}
		}))
	if err != nil {
		t.Fatalf("apitest: open counted client: %v", err)
	}
	t.Cleanup(func() { counted.Close() })
	env.server = counted
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	if testing.Verbose() {
		log = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	}
	env.Auth = auth.NewService(counted, env.Target.Dialect)
	env.Auth.Log = log
	env.Auth.Password = CheapPassword
	env.Auth.Metrics = env.Metrics
	env.Users = &users.Service{Client: counted, Password: CheapPassword, Now: time.Now, Limiter: env.Auth,
		Mail: mail.Renderer{FrontendURL: "https://app.example.com", Product: "Roster"}}
	env.processor = &users.Service{Client: client, Password: CheapPassword, Now: func() time.Time { return env.Users.Now() }, Limiter: auth.NewService(client, env.Target.Dialect),
		Mail: env.Users.Mail}
	env.holding = new(atomic.Bool)
	env.handler = &swappable{}
	env.Server = httptest.NewServer(env.handler)
	env.Webhooks = &webhook.Manager{Client: counted, AllowPrivate: true}
	env.handler.set(server.New(server.Options{Client: counted, Auth: env.Auth, Users: env.Users, Webhooks: env.Webhooks, Log: log, Metrics: env.Metrics, Tracing: tp}))
	env.log = log
	t.Cleanup(env.Server.Close)
	env.token = env.APIKey("default test key", permission.All(), nil)
	return env
}

// MigratedClient opens target with opts and migrates it to the binary's
// schema; the client is closed when the test ends.
func MigratedClient(t testing.TB, target database.Target, opts ...database.Option) *ent.Client {
	t.Helper()
	ctx := context.Background()
	client, err := database.Open(ctx, target, opts...)
	if err != nil {
		t.Fatalf("apitest: open: %v", err)
	}
	t.Cleanup(func() { client.Close() })
	if err := database.Migrate(ctx, client, target); err != nil {
		t.Fatalf("apitest: migrate: %v", err)
	}
	return client
}

// EmptyTarget returns a new, empty database of the dialect that nothing
// has migrated: a SQLite file in a temporary folder, or a PostgreSQL
// schema of its own (ROSTER_TEST_POSTGRES_URL). It is removed when the
// test ends.
func EmptyTarget(t testing.TB, d string) database.Target {
	t.Helper()
	switch d {
	case dialect.SQLite:
		target, err := database.ParseURL("sqlite:" + filepath.Join(t.TempDir(), "roster.db"))
		if err != nil {
			t.Fatal(err)
		}
		return target
	case dialect.Postgres:
		return postgresSchema(t)
	default:
		t.Fatalf("apitest: unknown dialect %q", d)
		return database.Target{}
	}
}

// postgresSchema creates a schema of its own for the test and returns a
// target whose search_path points at it.
func postgresSchema(t testing.TB) database.Target {
	t.Helper()
	raw := os.Getenv(PostgresEnv)
	db, err := sql.Open("postgres", raw)
	if err != nil {
		t.Fatalf("apitest: %s: %v", PostgresEnv, err)
	}
	defer db.Close()
	var b [6]byte
	_, _ = rand.Read(b[:])
	schema := "t_" + hex.EncodeToString(b[:])
	if _, err := db.Exec("CREATE SCHEMA " + schema); err != nil {
		t.Fatalf("apitest: cannot create a schema on %s (is PostgreSQL running?): %v", PostgresEnv, err)
	}
	t.Cleanup(func() {
		db, err := sql.Open("postgres", raw)
		if err != nil {
			return
		}
		defer db.Close()
		_, _ = db.Exec("DROP SCHEMA " + schema + " CASCADE")
	})
	u, err := url.Parse(raw)
	if err != nil {
		t.Fatalf("apitest: %s: %v", PostgresEnv, err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	target, err := database.ParseURL(u.String())
	if err != nil {
		t.Fatal(err)
	}
	return target
}

// Statements returns how many SQL statements the server has run so far.
func (e *Env) Statements() int64 { return e.statements.Load() }

// Response is a decoded GraphQL response.
type Response struct {
	Status      int
	ContentType string
	// Header holds the response's headers.
	Header http.Header     `json:"-"`
	Data   json.RawMessage `json:"data"`
	Errors []Error         `json:"errors"`
	// HasData tells whether the body had a "data" key at all.
	HasData bool
}

// Error is one GraphQL error.
type Error struct {
	Message    string         `json:"message"`
	Path       []any          `json:"path"`
	Extensions map[string]any `json:"extensions"`
}

// Code returns extensions.code.
func (e Error) Code() string { s, _ := e.Extensions["code"].(string); return s }

// Field returns extensions.field.
func (e Error) Field() string { s, _ := e.Extensions["field"].(string); return s }

// Query posts a GraphQL operation and decodes the response; it fails the
// test on transport errors but not on GraphQL errors.
func (e *Env) Query(query string, vars map[string]any) Response {
	e.T.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, _ := http.NewRequest(http.MethodPost, e.Server.URL+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/graphql-response+json")
	if e.token != "" {
		req.Header.Set("Authorization", "Bearer "+e.token)
	}
	return e.Send(req)
}

// As returns a copy of the environment whose Query and MustQuery send the
// given bearer credential (a session token or an API key); "" sends none.
func (e *Env) As(token string) *Env {
	c := *e
	c.token = token
	return &c
}

// Token returns the bearer credential Query sends ("" for none).
func (e *Env) Token() string { return e.token }

// Send performs a prepared request against the server and decodes it.
func (e *Env) Send(req *http.Request) Response {
	e.T.Helper()
	res, err := e.Server.Client().Do(req)
	if err != nil {
		e.T.Fatalf("apitest: %v", err)
	}
	defer res.Body.Close()
	raw, _ := io.ReadAll(res.Body)
	r := Response{Status: res.StatusCode, ContentType: res.Header.Get("Content-Type"), Header: res.Header}
	var keys map[string]json.RawMessage
	if err := json.Unmarshal(raw, &keys); err != nil {
		e.T.Fatalf("apitest: response is not JSON (status %d): %s", res.StatusCode, raw)
	}
	_, r.HasData = keys["data"]
	if err := json.Unmarshal(raw, &r); err != nil {
		e.T.Fatalf("apitest: decode: %v: %s", err, raw)
	}
	if !e.holding.Load() {
		e.ProcessAccountRequests()
	}
	return r
}

// ProcessAccountRequests carries out the sign-ups and password resets the
// server has accepted, as its background worker would; Send does it after
// every request unless HoldRequests was called. It runs on the test's own
// client, so the server's statement count does not include it.
func (e *Env) ProcessAccountRequests() {
	e.T.Helper()
	if _, err := e.processor.ProcessAccountRequests(e.Ctx, e.log, 1000); err != nil {
		e.T.Fatalf("apitest: process account requests: %v", err)
	}
}

// HoldRequests stops Send from carrying out accepted account requests, so
// that a test can look at the queue; ProcessAccountRequests still does.
func (e *Env) HoldRequests() { e.holding.Store(true) }

// MustQuery is Query that fails the test on any GraphQL error and decodes
// data into out.
func (e *Env) MustQuery(query string, vars map[string]any, out any) {
	e.T.Helper()
	r := e.Query(query, vars)
	if len(r.Errors) > 0 {
		e.T.Fatalf("apitest: unexpected errors: %+v", r.Errors)
	}
	if out != nil {
		if err := json.Unmarshal(r.Data, out); err != nil {
			e.T.Fatalf("apitest: decode data: %v: %s", err, r.Data)
		}
	}
}

// Fail asserts that the response carries exactly one error of the code,
// and, when field is not empty, about that field.
func (r Response) Fail(t testing.TB, code, field string) {
	t.Helper()
	if len(r.Errors) == 0 {
		t.Fatalf("expected error %s, got data %s", code, r.Data)
	}
	got := r.Errors[0]
	if got.Code() != code || (field != "" && got.Field() != field) {
		t.Fatalf("expected error %s on %q, got %s on %q: %s", code, field, got.Code(), got.Field(), got.Message)
	}
}

// String renders a response for failure messages.
func (r Response) String() string {
	return fmt.Sprintf("status %d data=%s errors=%+v", r.Status, r.Data, r.Errors)
}

// Metric returns the value of one series of the server's metrics, written
// as in the exposition format (`roster_sign_ins_total{method="oidc",result="success"}`),
// or "" when there is no such series.
func (e *Env) Metric(series string) string {
	e.T.Helper()
	rec := httptest.NewRecorder()
	e.Metrics.Handler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/metrics", nil))
	for _, line := range strings.Split(rec.Body.String(), "\n") {
		if v, ok := strings.CutPrefix(line, series+" "); ok {
			return v
		}
	}
	return ""
}
