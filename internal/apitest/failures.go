package apitest

import (
	"net/url"
	"strings"
	"testing"
	"time"

	"entgo.io/ent/dialect"

	"github.com/rosterhq/roster/internal/database"
)

// serverApplicationName is the PostgreSQL application_name of the
// server's connections: unique per test, as each test has its own schema.
func (e *Env) serverApplicationName() string {
	u, err := url.Parse(e.Target.DSN)
	if err != nil {
		return "roster_test_server"
	}
	return "roster_" + strings.TrimPrefix(u.Query().Get("search_path"), "t_")
}

// withApplicationName returns t with the PostgreSQL application_name set.
func withApplicationName(tb testing.TB, t database.Target, name string) database.Target {
	tb.Helper()
	u, err := url.Parse(t.DSN)
	if err != nil {
		tb.Fatalf("apitest: %v", err)
	}
	q := u.Query()
	q.Set("application_name", name)
	u.RawQuery = q.Encode()
	t.DSN = u.String()
	return t
}

// KillServerConnections terminates, on PostgreSQL, every connection the
// server's pool holds, as a database restart or a network failure would:
// the statement running on one fails, and the next statements reconnect.
// It returns how many connections it ended. It fails the test on SQLite,
// which has no connections to end.
func (e *Env) KillServerConnections() int {
	e.T.Helper()
	if e.Dialect != dialect.Postgres {
		e.T.Fatal("apitest: KillServerConnections needs PostgreSQL")
	}
	rows, err := e.Client.QueryContext(e.Ctx,
		"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1 AND pid <> pg_backend_pid()",
		e.serverApplicationName())
	if err != nil {
		e.T.Fatalf("apitest: terminate the server's connections: %v", err)
	}
	defer rows.Close()
	n := 0
	for rows.Next() {
		n++
	}
	if err := rows.Err(); err != nil {
		e.T.Fatalf("apitest: terminate the server's connections: %v", err)
	}
	// pg_terminate_backend only signals: wait until the backends are gone,
	// so that the server's next statement meets a closed connection.
	deadline := time.Now().Add(10 * time.Second)
	for {
		left := e.serverConnections()
		if left == 0 {
			return n
		}
		if time.Now().After(deadline) {
			e.T.Fatalf("apitest: %d server connections still open after pg_terminate_backend", left)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// CloseServerDatabase closes the server's connection pool, so that every
// statement the server runs from now on fails as it would with a database
// that cannot be reached. The test's own Client stays open.
func (e *Env) CloseServerDatabase() {
	e.T.Helper()
	if err := e.server.Close(); err != nil {
		e.T.Fatalf("apitest: close the server's database: %v", err)
	}
}

// serverConnections counts the server's connections on PostgreSQL.
func (e *Env) serverConnections() int {
	e.T.Helper()
	rows, err := e.Client.QueryContext(e.Ctx, "SELECT count(*) FROM pg_stat_activity WHERE application_name = $1",
		e.serverApplicationName())
	if err != nil {
		e.T.Fatalf("apitest: count the server's connections: %v", err)
	}
	defer rows.Close()
	var n int
	for rows.Next() {
		if err := rows.Scan(&n); err != nil {
			e.T.Fatalf("apitest: count the server's connections: %v", err)
		}
	}
	return n
}
