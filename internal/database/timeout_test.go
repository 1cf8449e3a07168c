package database

import (
	"context"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
)

// slowQuery runs for many seconds on each database.
var slowQuery = map[string]string{
	dialect.SQLite:   "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000000) SELECT count(*) FROM n",
	dialect.Postgres: "SELECT pg_sleep(30)",
}

// TestStatementTimeout: a statement that runs past the timeout is
// stopped and reported as a timeout, through ent's driver and through
// the raw QueryContext and ExecContext alike; a short one is not
// affected; without the option nothing is bounded.
func TestStatementTimeout(t *testing.T) {
	targets := map[string]Target{}
	sqlite, err := ParseURL("sqlite:" + filepath.Join(t.TempDir(), "timeout.db"))
	if err != nil {
		t.Fatal(err)
	}
	targets[dialect.SQLite] = sqlite
	if raw := os.Getenv("ROSTER_TEST_POSTGRES_URL"); raw != "" {
		pg, err := ParseURL(raw)
		if err != nil {
			t.Fatal(err)
		}
		targets[dialect.Postgres] = pg
	}
	for d, target := range targets {
		t.Run(d, func(t *testing.T) {
			ctx := context.Background()
			var drv dialect.Driver
			client, err := Open(ctx, target, WithStatementTimeout(200*time.Millisecond), WithDriver(func(inner dialect.Driver) dialect.Driver {
				drv = inner
				return inner
			}))
			if err != nil {
				t.Fatal(err)
			}
			defer client.Close()
			start := time.Now()
			var rows entsql.Rows
			err = drv.Query(ctx, slowQuery[d], []any{}, &rows)
			if err == nil {
				for rows.Next() {
				}
				err = rows.Err()
				rows.Close()
			}
			if !IsTimeout(err) {
				t.Fatalf("slow query through the driver: %v, want a timeout", err)
			}
			if took := time.Since(start); took > 10*time.Second {
				t.Fatalf("the slow query ran %s", took)
			}
			r, err := client.QueryContext(ctx, slowQuery[d])
			if err == nil {
				for r.Next() {
				}
				err = r.Err()
				r.Close()
			}
			if !IsTimeout(err) {
				t.Fatalf("slow raw query: %v, want a timeout", err)
			}
			// A quick statement runs, its rows read after Query returned.
			if err := drv.Query(ctx, "SELECT 1", []any{}, &rows); err != nil {
				t.Fatal(err)
			}
			n, err := entsql.ScanInt(rows)
			if err != nil || n != 1 {
				t.Fatalf("quick query: %d, %v", n, err)
			}
			if IsTimeout(errors.New("something else")) || IsTimeout(sql.ErrNoRows) {
				t.Fatal("IsTimeout matches errors that are not timeouts")
			}
		})
	}
}
