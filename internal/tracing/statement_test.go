package tracing_test

import (
	"strings"
	"testing"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
	"go.opentelemetry.io/otel/trace/noop"

	"github.com/rosterhq/roster/internal/tracing"
)

func TestSanitize(t *testing.T) {
	for in, want := range map[string]string{
		`SELECT "id" FROM "users" WHERE "email" = $1 LIMIT 51`:               `SELECT "id" FROM "users" WHERE "email" = $1 LIMIT ?`,
		"SELECT `id` FROM `users` WHERE `email` = ? AND `n2` > 3.5":          "SELECT `id` FROM `users` WHERE `email` = ? AND `n2` > ?",
		`SELECT * FROM users WHERE email = 'ann@example.com'`:                `SELECT * FROM users WHERE email = ?`,
		`SELECT 'it''s ann@example.com', E'\\x', X'0AFF' FROM t`:             `SELECT ?, E?, X? FROM t`,
		`SELECT $tag$ann@example.com$tag$, $$secret$$ FROM t WHERE a = $12`:  `SELECT ?, ? FROM t WHERE a = $12`,
		"SELECT 1 -- ann@example.com\nFROM t /* token abc */ WHERE x = .5e3": "SELECT ? \nFROM t   WHERE x = ?",
		`SELECT t1.c2 FROM t1 WHERE c_3 = 1e-5`:                              `SELECT t1.c2 FROM t1 WHERE c_3 = ?-?`,
		`SELECT 'unterminated ann@example.com`:                               `SELECT ?`,
		`INSERT INTO "users" ("email") VALUES ($1) RETURNING "id"`:           `INSERT INTO "users" ("email") VALUES ($1) RETURNING "id"`,
	} {
		if got := tracing.Sanitize(in); got != want {
			t.Errorf("Sanitize(%q)\n got %q\nwant %q", in, got, want)
		}
	}
}

func TestStatement(t *testing.T) {
	for _, tt := range []struct{ query, op, table string }{
		{`SELECT "users"."id", (SELECT COUNT(*) FROM "roles") FROM "users" WHERE "users"."id" = $1`, "SELECT", "users"},
		{"select `id` from `api_keys` k where k.secret_hash = ?", "SELECT", "api_keys"},
		{`INSERT INTO "audit_entries" ("id") VALUES ($1)`, "INSERT", "audit_entries"},
		{"INSERT OR REPLACE INTO rate_limits (bucket) VALUES (?)", "INSERT", "rate_limits"},
		{`UPDATE "users" SET "locked_at" = NULL WHERE "id" = $1`, "UPDATE", "users"},
		{`DELETE FROM public.sessions WHERE expires_at < $1`, "DELETE", "sessions"},
		{`SELECT * FROM (SELECT id FROM users) AS sub`, "SELECT", ""},
		{`WITH x AS (SELECT 1) SELECT * FROM x`, "WITH", "x"},
		{`  (SELECT 1)`, "SQL", ""},
		{`PRAGMA foreign_key_check`, "PRAGMA", ""},
	} {
		got := tracing.Statement(tt.query)
		if got.Operation != tt.op || got.Table != tt.table {
			t.Errorf("Statement(%q) = %s %q, want %s %q", tt.query, got.Operation, got.Table, tt.op, tt.table)
		}
	}
	long := "SELECT " + strings.Repeat("\"a_column_é\", ", 400) + "1 FROM t"
	got := tracing.Statement(long).Text
	if len(got) > tracing.MaxStatementText+len("…") || !strings.HasSuffix(got, "…") || !strings.HasPrefix(got, "SELECT ") {
		t.Errorf("a long statement is kept as %d bytes ending %q", len(got), got[len(got)-8:])
	}
	if !strings.HasPrefix(strings.TrimSuffix(got, "…"), got[:len(got)-len("…")]) || !isValidUTF8(got) {
		t.Errorf("a long statement was cut inside a character")
	}
}

func isValidUTF8(s string) bool { return strings.ToValidUTF8(s, "\uFFFD") == s }

// TestOffCostsNothing: without an endpoint there is no provider, its
// TracerProvider is the no-op one, and nothing wraps the SQL driver.
func TestOffCostsNothing(t *testing.T) {
	p, err := tracing.New(t.Context(), tracing.Config{SampleRatio: 1})
	if err != nil || p != nil {
		t.Fatalf("New without endpoint = %v, %v; want nil, nil", p, err)
	}
	if tracing.Enabled(p.TracerProvider()) || tracing.Enabled(nil) || tracing.Enabled(noop.NewTracerProvider()) {
		t.Fatal("a provider that records nothing counts as enabled")
	}
	if err := p.Shutdown(t.Context()); err != nil {
		t.Fatal(err)
	}
	drv := entsql.OpenDB(dialect.SQLite, nil)
	if got := tracing.Driver(drv, p.TracerProvider()); got != drv {
		t.Fatalf("Driver wrapped the driver although tracing is off: %T", got)
	}
}
