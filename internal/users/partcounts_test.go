package users

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"entgo.io/ent/dialect/sql"

	"github.com/rosterhq/roster/ent"
	"github.com/rosterhq/roster/ent/user"
	"github.com/rosterhq/roster/internal/audit"
	"github.com/rosterhq/roster/internal/database"
	"github.com/rosterhq/roster/internal/paging"
	"github.com/rosterhq/roster/internal/viewer"
)

// TestPartCountPanicIsAnError: a search part's count, which runs in a
// goroutine of its own beside the page (PaginateParts), turns a panic into
// its error: gqlgen recovers the panics of its own goroutines only, and
// one in the count's would end the process. The other part's count is
// unaffected.
func TestPartCountPanicIsAnError(t *testing.T) {
	ctx, client := countsClient(t)
	client.User.Create().SetEmail("a@example.com").SetSource(user.SourceADMIN).SetRole(client.Role.Query().FirstX(ctx)).ExecX(ctx)
	parts := []*ent.UserQuery{
		client.User.Query().Where(func(*sql.Selector) { panic("the count's predicate") }),
		client.User.Query().Where(user.EmailEQ("a@example.com")),
	}
	c := &partCounts{parent: ctx, parts: parts}
	defer c.stop()
	c.start(1)
	if n, err := c.sum(1, 0); err != nil || n != 1 {
		t.Fatalf("part 1: got %d, %v; want 1", n, err)
	}
	c.start(0)
	if _, err := c.sum(1, 0); err == nil || !strings.Contains(err.Error(), "panicked") {
		t.Fatalf("part 0: got %v, want the panic as an error", err)
	}
}

// TestPartCountsStopAtTheCap: once the parts counted so far reach the
// cap, the total is the cap and the parts left are not counted: here the
// second part's count would run for minutes (until the test's deadline).
func TestPartCountsStopAtTheCap(t *testing.T) {
	ctx, client := countsClient(t)
	role := client.Role.Query().FirstX(ctx)
	for start := 0; start < paging.CountLimit; start += 1000 {
		var us []*ent.UserCreate
		for i := start; i < min(start+1000, paging.CountLimit); i++ {
			us = append(us, client.User.Create().SetEmail(fmt.Sprintf("u%05d@example.com", i)).SetSource(user.SourceADMIN).SetRole(role))
		}
		client.User.CreateBulk(us...).ExecX(audit.WithoutHistory(ctx))
	}
	slow := sql.ExprP("(WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r WHERE x < 2000000000) SELECT count(*) FROM r) > 0")
	parts := []*ent.UserQuery{
		client.User.Query(),
		client.User.Query().Where(func(s *sql.Selector) { s.Where(slow) }),
	}
	// Without the stop, the test ends when this context does.
	bounded, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	c := &partCounts{parent: bounded, parts: parts}
	defer c.stop()
	c.start(0)
	c.start(1)
	total, err := c.sum(2, 0)
	if err != nil || total != paging.CountLimit {
		t.Fatalf("sum: %d, %v; want %d", total, err, paging.CountLimit)
	}
}

// countsClient opens a migrated SQLite database of its own. (apitest
// cannot be used here: it imports this package.)
func countsClient(t *testing.T) (context.Context, *ent.Client) {
	t.Helper()
	ctx := viewer.SystemContext(context.Background())
	target, err := database.ParseURL("sqlite:" + filepath.Join(t.TempDir(), "counts.db"))
	if err != nil {
		t.Fatal(err)
	}
	client, err := database.Open(ctx, target)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { client.Close() })
	if err := database.Migrate(ctx, client, target); err != nil {
		t.Fatal(err)
	}
	return ctx, client
}
