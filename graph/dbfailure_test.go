package graph_test

import (
	"net/http"
	"sync/atomic"
	"testing"

	"entgo.io/ent/dialect"

	"github.com/rosterhq/roster/internal/apitest"
	"github.com/rosterhq/roster/internal/permission"
)

// TestDatabaseUnreachableIs503: while the database cannot be reached,
// every request answers UNAVAILABLE with HTTP 503 and Retry-After — an
// authenticated one from the authentication step, an anonymous sign-in
// from its resolver — never INTERNAL with 500, FORBIDDEN or NOT_FOUND.
func TestDatabaseUnreachableIs503(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		env.NewUser("someone@example.com", apitest.Confirmed)
		env.CloseServerDatabase()

		r := env.Query(`{ users(first: 1) { totalCount } }`, nil)
		unavailable(t, "authenticated query", r)

		r = env.As("").Query(`mutation { login(input: {email: "someone@example.com", password: "whatever-it-is"}) { user { id } } }`, nil)
		unavailable(t, "anonymous sign-in", r)
	})
}

func unavailable(t *testing.T, what string, r apitest.Response) {
	t.Helper()
	if r.Status != http.StatusServiceUnavailable || len(r.Errors) == 0 || r.Errors[0].Code() != "UNAVAILABLE" {
		t.Fatalf("%s with the database closed: want 503 UNAVAILABLE, got %s", what, r)
	}
	if r.Header.Get("Retry-After") == "" {
		t.Fatalf("%s: 503 without Retry-After", what)
	}
}

// TestConnectionKilledMidRequest: the database connection of a mutation
// is terminated after its transaction began (as a database restart or a
// network failure would). The access rule that loads the target user
// fails on it; the answer is UNAVAILABLE — not FORBIDDEN ("not
// visible"), which would tell a client that retrying is pointless — the
// transaction changes nothing, and the next request works again.
func TestConnectionKilledMidRequest(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		if env.Dialect != dialect.Postgres {
			t.Skip("an in-process SQLite database has no connection to terminate; TestDatabaseUnreachableIs503 covers it")
		}
		locker := env.NewRole("locker", permission.UsersRead, permission.UsersLock)
		manager := env.NewUser("manager@example.com", apitest.Confirmed, apitest.WithRole(locker))
		target := env.NewUser("target@example.com", apitest.Confirmed)
		as := env.As(env.SessionFor(manager))

		var armed atomic.Bool
		killed := 0
		env.OnBegin(func() {
			if armed.CompareAndSwap(true, false) {
				killed = env.KillServerConnections()
			}
		})
		const lock = `mutation($id: ID!) { lockUser(input: {id: $id, reason: "test"}) { user { locked } } }`
		armed.Store(true)
		r := as.Query(lock, map[string]any{"id": target.ID})
		if killed == 0 {
			t.Fatal("no server connection was terminated")
		}
		if len(r.Errors) == 0 || r.Errors[0].Code() != "UNAVAILABLE" {
			t.Fatalf("lockUser on a terminated connection: want UNAVAILABLE, got %s", r)
		}
		if env.Client.User.GetX(env.Ctx, target.ID).LockedAt != nil {
			t.Fatal("the failed mutation locked the user")
		}
		// The pool reconnects: the same request now succeeds.
		var out struct {
			LockUser struct{ User struct{ Locked bool } }
		}
		as.MustQuery(lock, map[string]any{"id": target.ID}, &out)
		if !out.LockUser.User.Locked {
			t.Fatal("the retried lock did not lock the user")
		}
	})
}
