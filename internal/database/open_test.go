package database_test

import (
	"context"
	stdsql "database/sql"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/rosterhq/roster/internal/database"
)

// TestSQLitePoolBounded: a SQLite client opens at most four connections
// per processor, between 4 and 20, each with a page cache of 1 MiB, so
// that the memory SQLite holds outside the Go heap stays bounded under
// concurrent searches (docs/performance.md, "SQLite at scale").
func TestSQLitePoolBounded(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	for _, tc := range []struct{ procs, want int }{{1, 4}, {2, 8}, {4, 16}, {16, 20}} {
		runtime.GOMAXPROCS(tc.procs)
		target, err := database.ParseURL("sqlite:" + filepath.Join(t.TempDir(), "pool.db"))
		if err != nil {
			t.Fatal(err)
		}
		var pool *stdsql.DB
		client, err := database.Open(context.Background(), target, database.WithPool(func(db *stdsql.DB) { pool = db }))
		if err != nil {
			t.Fatal(err)
		}
		if got := pool.Stats().MaxOpenConnections; got != tc.want {
			t.Errorf("%d processors: %d connections, want %d", tc.procs, got, tc.want)
		}
		var cache int
		if err := pool.QueryRow("PRAGMA cache_size").Scan(&cache); err != nil {
			t.Fatal(err)
		}
		if cache != -1024 {
			t.Errorf("cache_size %d, want -1024 (1 MiB)", cache)
		}
		client.Close()
	}
}
