package database_test

import (
	"context"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"entgo.io/ent/dialect"

	"github.com/rosterhq/roster/internal/database"
)

func TestParseURL(t *testing.T) {
	const pg = "postgres://roster:s3cret@db.internal:5432/roster?sslmode=disable"
	tests := []struct {
		name    string
		raw     string
		dialect string
		path    string // SQLite file; "" for PostgreSQL
		dsn     string // exact DSN for PostgreSQL
		wantErr string
	}{
		{name: "empty", raw: "", dialect: dialect.SQLite, path: database.DefaultSQLitePath},
		{name: "blank", raw: "  \t", dialect: dialect.SQLite, path: database.DefaultSQLitePath},
		{name: "sqlite absolute", raw: "sqlite:/var/lib/roster/r.db", dialect: dialect.SQLite, path: "/var/lib/roster/r.db"},
		{name: "sqlite relative", raw: "sqlite:data/r.db", dialect: dialect.SQLite, path: "data/r.db"},
		{name: "sqlite slashes", raw: "sqlite:///var/lib/r.db", dialect: dialect.SQLite, path: "/var/lib/r.db"},
		{name: "sqlite query dropped", raw: "sqlite:r.db?mode=ro", dialect: dialect.SQLite, path: "r.db"},
		{name: "sqlite spaces trimmed", raw: " sqlite:r.db\n", dialect: dialect.SQLite, path: "r.db"},
		{name: "file", raw: "file:/tmp/r.db", dialect: dialect.SQLite, path: "/tmp/r.db"},
		{name: "file relative", raw: "file:r.db", dialect: dialect.SQLite, path: "r.db"},
		{name: "postgres", raw: pg, dialect: dialect.Postgres, dsn: pg},
		{name: "postgresql", raw: "postgresql://u@localhost/db", dialect: dialect.Postgres, dsn: "postgresql://u@localhost/db"},
		{name: "postgres trimmed", raw: " postgres://u@localhost/db ", dialect: dialect.Postgres, dsn: "postgres://u@localhost/db"},
		{name: "sqlite without path", raw: "sqlite:", wantErr: "names no file"},
		{name: "sqlite only slashes", raw: "sqlite://", wantErr: "names no file"},
		{name: "sqlite only query", raw: "sqlite:?mode=ro", wantErr: "names no file"},
		{name: "file without path", raw: "file:", wantErr: "names no file"},
		{name: "mysql", raw: "mysql://u:p@localhost/db", wantErr: "unsupported"},
		{name: "http", raw: "http://localhost:5432/db", wantErr: "unsupported"},
		{name: "bare path", raw: "/var/lib/roster/r.db", wantErr: "unsupported"},
		{name: "key value dsn", raw: "host=localhost dbname=roster", wantErr: "unsupported"},
		{name: "postgres without slashes", raw: "postgres:localhost/db", wantErr: "unsupported"},
		{name: "postgres unparsable", raw: "postgres://u:p@host:port%zz/db", wantErr: "cannot be parsed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := database.ParseURL(tt.raw)
			if tt.wantErr != "" {
				if err == nil {
					t.Fatalf("ParseURL(%q) = %+v, want an error", tt.raw, got)
				}
				if !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("ParseURL(%q) error %q, want it to contain %q", tt.raw, err, tt.wantErr)
				}
				if strings.Contains(err.Error(), "s3cret") || strings.Contains(err.Error(), ":p@") {
					t.Fatalf("error repeats the password: %q", err)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseURL(%q): %v", tt.raw, err)
			}
			if got.Dialect != tt.dialect || got.Path != tt.path {
				t.Fatalf("ParseURL(%q) = dialect %q path %q, want %q %q", tt.raw, got.Dialect, got.Path, tt.dialect, tt.path)
			}
			if tt.dialect == dialect.Postgres {
				if got.DSN != tt.dsn {
					t.Fatalf("DSN = %q, want %q", got.DSN, tt.dsn)
				}
				return
			}
			checkSQLiteDSN(t, got)
		})
	}
}

// checkSQLiteDSN checks that a SQLite DSN opens the target's file with
// foreign keys, WAL, a busy timeout and immediate write transactions.
func checkSQLiteDSN(t *testing.T, got database.Target) {
	t.Helper()
	file, query, ok := strings.Cut(got.DSN, "?")
	if !ok || file != "file:"+got.Path {
		t.Fatalf("DSN %q does not open file:%s", got.DSN, got.Path)
	}
	q, err := url.ParseQuery(query)
	if err != nil {
		t.Fatalf("DSN query %q: %v", query, err)
	}
	for _, p := range []string{"foreign_keys(1)", "journal_mode(WAL)", "busy_timeout(10000)"} {
		if !slices.Contains(q["_pragma"], p) {
			t.Errorf("DSN %q lacks _pragma=%s", got.DSN, p)
		}
	}
	if q.Get("_txlock") != "immediate" {
		t.Errorf("DSN %q: _txlock = %q, want immediate", got.DSN, q.Get("_txlock"))
	}
}

func TestRedacted(t *testing.T) {
	tests := []struct {
		raw    string
		want   string
		secret string // must not appear; "" when there is none
	}{
		{"postgres://roster:s3cret@db:5432/roster?sslmode=disable", "postgres://roster:xxxxx@db:5432/roster?sslmode=disable", "s3cret"},
		{"postgresql://roster:p%40ss@db/roster", "postgresql://roster:xxxxx@db/roster", "p%40ss"},
		{"postgres://roster@db/roster", "postgres://roster@db/roster", ""},
		{"postgres://db/roster", "postgres://db/roster", ""},
		{"sqlite:/var/lib/r.db", "sqlite:/var/lib/r.db", ""},
		{"", "sqlite:" + database.DefaultSQLitePath, ""},
	}
	for _, tt := range tests {
		target, err := database.ParseURL(tt.raw)
		if err != nil {
			t.Fatalf("ParseURL(%q): %v", tt.raw, err)
		}
		got := target.Redacted()
		if got != tt.want {
			t.Errorf("Redacted(%q) = %q, want %q", tt.raw, got, tt.want)
		}
		if tt.secret != "" && (strings.Contains(got, tt.secret) || strings.Contains(got, "p@ss")) {
			t.Errorf("Redacted(%q) = %q shows the password", tt.raw, got)
		}
	}
	bad := database.Target{Dialect: dialect.Postgres, DSN: "postgres://u:s3cret@host:port%zz/db"}
	if got := bad.Redacted(); strings.Contains(got, "s3cret") {
		t.Errorf("Redacted of an unparsable URL shows the password: %q", got)
	}
}

// TestOpenSQLiteCreatesFolder opens a SQLite file in a folder that does
// not exist yet and checks that the file is where the target says, with
// foreign keys enforced.
func TestOpenSQLiteCreatesFolder(t *testing.T) {
	ctx := context.Background()
	for _, name := range []string{"roster.db", "with space.db"} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "a", "b", name)
			target, err := database.ParseURL("sqlite:" + path)
			if err != nil {
				t.Fatal(err)
			}
			client, err := database.Open(ctx, target)
			if err != nil {
				t.Fatalf("Open: %v", err)
			}
			defer client.Close()
			if err := database.Migrate(ctx, client, target); err != nil {
				t.Fatalf("Migrate: %v", err)
			}
			if fi, err := os.Stat(path); err != nil || fi.Size() == 0 {
				t.Fatalf("database file %s: %v", path, err)
			}
			rows, err := client.QueryContext(ctx, "PRAGMA foreign_keys")
			if err != nil {
				t.Fatal(err)
			}
			defer rows.Close()
			var on int
			if !rows.Next() || rows.Scan(&on) != nil || on != 1 {
				t.Fatalf("PRAGMA foreign_keys = %d, want 1", on)
			}
		})
	}
}

// TestOpenUnreachablePostgres checks that a connection failure is
// reported at Open, without the password.
func TestOpenUnreachablePostgres(t *testing.T) {
	target, err := database.ParseURL("postgres://roster:s3cret@127.0.0.1:1/roster?sslmode=disable&connect_timeout=2")
	if err != nil {
		t.Fatal(err)
	}
	client, err := database.Open(context.Background(), target)
	if err == nil {
		client.Close()
		t.Fatal("Open succeeded on a closed port")
	}
	if strings.Contains(err.Error(), "s3cret") {
		t.Fatalf("error shows the password: %v", err)
	}
	if !strings.Contains(err.Error(), "127.0.0.1:1") {
		t.Fatalf("error does not name the server: %v", err)
	}
}
