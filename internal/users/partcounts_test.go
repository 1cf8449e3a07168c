package users

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"entgo.io/ent/dialect/sql"

	"github.com/rosterhq/roster/ent"
	"github.com/rosterhq/roster/ent/user"
	"github.com/rosterhq/roster/internal/database"
	"github.com/rosterhq/roster/internal/viewer"
)

// TestPartCountPanicIsAnError: a search part's count, which runs in a
// goroutine of its own beside the page (PaginateParts), turns a panic into
// its error: gqlgen recovers the panics of its own goroutines only, and
// one in the count's would end the process. The other part's count is
// unaffected.
func TestPartCountPanicIsAnError(t *testing.T) {
	// (apitest cannot be used here: it imports this package.)
	ctx := viewer.SystemContext(context.Background())
	target, err := database.ParseURL("sqlite:" + filepath.Join(t.TempDir(), "counts.db"))
	if err != nil {
		t.Fatal(err)
	}
	client, err := database.Open(ctx, target)
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	if err := database.Migrate(ctx, client, target); err != nil {
		t.Fatal(err)
	}
	client.User.Create().SetEmail("a@example.com").SetSource(user.SourceADMIN).SetRole(client.Role.Query().FirstX(ctx)).ExecX(ctx)
	parts := []*ent.UserQuery{
		client.User.Query().Where(func(*sql.Selector) { panic("the count's predicate") }),
		client.User.Query().Where(user.EmailEQ("a@example.com")),
	}
	c := &partCounts{parent: ctx, parts: parts}
	defer c.stop()
	c.start(0)
	c.start(1)
	if _, err := c.wait(0); err == nil || !strings.Contains(err.Error(), "panicked") {
		t.Fatalf("part 0: got %v, want the panic as an error", err)
	}
	if n, err := c.wait(1); err != nil || n != 1 {
		t.Fatalf("part 1: got %d, %v; want 1", n, err)
	}
}
