package seed_test

import (
	"testing"

	"entgo.io/ent/dialect"

	"github.com/rosterhq/roster/ent/user"
	"github.com/rosterhq/roster/internal/apitest"
	"github.com/rosterhq/roster/internal/seed"
	"github.com/rosterhq/roster/internal/users"
)

func TestSeedCreatesEveryKindOfUser(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		ctx := env.Ctx
		res, err := seed.Run(ctx, env.Client, seed.Options{Users: 1000, Seed: 3, Dialect: env.Dialect, BatchSize: 150})
		if err != nil {
			t.Fatal(err)
		}
		if res.Users != 1000 {
			t.Fatalf("created %d users", res.Users)
		}
		all, err := env.Client.User.Query().WithCustomers().WithEmailAliases().WithRole().All(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(all) != 1000 {
			t.Fatalf("%d users in the database", len(all))
		}
		statuses := map[users.Status]int{}
		var locked, withCustomers, withAliases int
		roles := map[string]int{}
		for _, u := range all {
			statuses[users.StatusOf(u)]++
			if u.LockedAt != nil {
				locked++
			}
			if len(u.Edges.Customers) > 0 {
				withCustomers++
			}
			if len(u.Edges.EmailAliases) > 0 {
				withAliases++
			}
			roles[u.Edges.Role.Name]++
			if u.Phone == nil || (*u.Phone)[0] != '+' || u.Country == nil || len(*u.Country) != 2 {
				t.Fatalf("user %s has no well-formed contact data", u.Email)
			}
		}
		for _, s := range []users.Status{users.StatusConfirmed, users.StatusInvited, users.StatusConfirmationPending, users.StatusAccountData} {
			if statuses[s] == 0 {
				t.Errorf("no user with status %s: %v", s, statuses)
			}
		}
		if locked == 0 || withCustomers == 0 || withAliases == 0 || roles["admin"] == 0 || roles["support"] == 0 {
			t.Errorf("missing variety: locked %d, with customers %d, with aliases %d, roles %v", locked, withCustomers, withAliases, roles)
		}
		history, err := env.Client.AuditEntry.Query().Count(ctx)
		if err != nil || history < 1000 || history != res.AuditEntries {
			t.Fatalf("history entries: %d (reported %d), err %v", history, res.AuditEntries, err)
		}
		// A second run adds users without address collisions.
		if _, err := seed.Run(ctx, env.Client, seed.Options{Users: 200, Seed: 3, Dialect: env.Dialect}); err != nil {
			t.Fatalf("second run: %v", err)
		}
		if n := env.Client.User.Query().Where(user.SourceIn(user.SourceWEB, user.SourceAPI, user.SourceADMIN)).CountX(ctx); n != 1200 {
			t.Fatalf("%d users after the second run", n)
		}
	})
}

// BenchmarkSeed measures seeding throughput (users per second is
// b.N*1000 / elapsed).
func BenchmarkSeed1000(b *testing.B) {
	env := apitest.New(b, dialect.SQLite)
	for b.Loop() {
		if _, err := seed.Run(env.Ctx, env.Client, seed.Options{Users: 1000, Dialect: env.Dialect}); err != nil {
			b.Fatal(err)
		}
	}
}
