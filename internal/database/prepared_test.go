package database

import (
	"context"
	stdsql "database/sql"
	"fmt"
	"os"
	"testing"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
	_ "github.com/lib/pq"
)

// TestPreparedStatementsBounded: marked queries run prepared, through ent's
// Query as through QueryContext, unmarked ones do not. At most maxVarying
// varying texts are prepared, and varying statements beyond the bound or
// with more than maxVaryingArgs arguments still run (unprepared); fixed
// texts (the caller's) are prepared whatever the varying ones took. On
// PostgreSQL, with a pool of one connection, whose prepared statements
// PostgreSQL lists.
func TestPreparedStatementsBounded(t *testing.T) {
	url := os.Getenv("ROSTER_TEST_POSTGRES_URL")
	if url == "" {
		t.Skip("ROSTER_TEST_POSTGRES_URL is not set")
	}
	db, err := stdsql.Open("postgres", url)
	if err != nil {
		t.Fatal(err)
	}
	db.SetMaxOpenConns(1)
	p := &preparingDriver{Driver: entsql.OpenDB(dialect.Postgres, db), db: db}
	defer p.Close()
	ctx := context.Background()
	prepared := func() int {
		var n int
		if err := db.QueryRowContext(ctx, `SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE 'SELECT $1::int + %'`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	run := func(ctx context.Context, i int, viaEnt bool, args ...any) {
		t.Helper()
		q := fmt.Sprintf("SELECT $1::int + %d", i)
		for j := 2; j <= len(args); j++ {
			q += fmt.Sprintf(" + $%d::int", j)
		}
		var rows interface {
			Next() bool
			Scan(...any) error
			Close() error
		}
		if viaEnt {
			var r entsql.Rows
			if err := p.Query(ctx, q, args, &r); err != nil {
				t.Fatal(err)
			}
			rows = &r
		} else {
			r, err := p.QueryContext(ctx, q, args...)
			if err != nil {
				t.Fatal(err)
			}
			rows = r
		}
		defer rows.Close()
		for rows.Next() {
			var got int
			if err := rows.Scan(&got); err != nil || got != i+len(args) {
				t.Fatalf("%s: %d, %v", q, got, err)
			}
		}
	}
	varying := PreparedVarying(ctx)
	run(ctx, 0, false, 1)
	run(ctx, 0, true, 1)
	if n := prepared(); n != 0 {
		t.Fatalf("unmarked: %d statements prepared", n)
	}
	run(varying, 0, true, 1)
	run(varying, 0, false, 1)
	run(varying, 0, true, 1)
	if n := prepared(); n != 1 {
		t.Fatalf("one marked text run three times: %d statements prepared, want 1", n)
	}
	run(varying, 1000, false, 1, 1, 1, 1, 1)
	if n := prepared(); n != 1 {
		t.Fatalf("five arguments: %d statements prepared, want still 1", n)
	}
	for i := 1; i < maxVarying+8; i++ {
		run(varying, i, i%2 == 0, 1)
	}
	if n := prepared(); n != maxVarying {
		t.Fatalf("%d varying texts: %d statements prepared, want %d", maxVarying+8, n, maxVarying)
	}
	fixed := Prepared(ctx)
	run(fixed, 2000, true, 1)
	run(fixed, 2001, false, 1, 1, 1, 1, 1)
	if n := prepared(); n != maxVarying+2 {
		t.Fatalf("two fixed texts after the varying bound: %d statements prepared, want %d", n, maxVarying+2)
	}
}
