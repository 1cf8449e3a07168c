package auth_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"entgo.io/ent/dialect"

	"github.com/rosterhq/roster/internal/apitest"
	"github.com/rosterhq/roster/internal/auth"
	"github.com/rosterhq/roster/internal/database"
)

// TestCallerLookupTimeoutIsNotInternal: when the lookup of the caller runs
// into the statement timeout (a database too busy to answer), the answer
// is 503 with Retry-After and the code TIMEOUT — not 500 INTERNAL, which
// would tell the client that something is broken rather than busy. On
// PostgreSQL, whose server-side timeout reports itself reliably: another
// connection holds a lock on the sessions table, so the lookup waits
// until the timeout stops it.
func TestCallerLookupTimeoutIsNotInternal(t *testing.T) {
	if !apitest.PostgresConfigured() {
		t.Skip(apitest.PostgresEnv + " is not set")
	}
	target := apitest.EmptyTarget(t, dialect.Postgres)
	ctx := context.Background()
	setup := apitest.MigratedClient(t, target)
	tx, err := setup.Tx(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = tx.Rollback() }()
	if _, err := tx.ExecContext(ctx, "LOCK TABLE sessions IN ACCESS EXCLUSIVE MODE"); err != nil {
		t.Fatal(err)
	}
	client, err := database.Open(ctx, target, database.WithStatementTimeout(200*time.Millisecond))
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	s := auth.NewService(client, target.Dialect)
	srv := httptest.NewServer(s.Middleware(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		t.Error("the request passed authentication")
	})))
	defer srv.Close()
	req, _ := http.NewRequest(http.MethodPost, srv.URL, strings.NewReader(`{"query":"{ viewer { kind } }"}`))
	req.Header.Set("Authorization", "Bearer "+auth.SessionTokenPrefix+strings.Repeat("x", 40))
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var body struct {
		Errors []struct {
			Extensions struct{ Code string }
		}
	}
	if err := json.NewDecoder(res.Body).Decode(&body); err != nil {
		t.Fatal(err)
	}
	if res.StatusCode != http.StatusServiceUnavailable || len(body.Errors) != 1 || body.Errors[0].Extensions.Code != "TIMEOUT" || res.Header.Get("Retry-After") == "" {
		t.Fatalf("caller lookup past the statement timeout: %d %+v (Retry-After %q), want 503 TIMEOUT with Retry-After", res.StatusCode, body, res.Header.Get("Retry-After"))
	}
}
