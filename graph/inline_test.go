package graph_test

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"time"

	"entgo.io/ent/dialect"

	"github.com/rosterhq/roster/internal/apitest"
)

// inlineUsersQuery reads each user's edges as the console's users page
// does, plus every field that may be read inline, an aliased second
// selection of customers and the edges in a fragment.
const inlineUsersQuery = `query($search: String) { users(first: 50, orderBy: {field: EMAIL}, search: $search) { edges { node {
  id email
  role { id name description }
  customers { id name externalID }
  names: customers { name }
  ...Aliases
} } } }
fragment Aliases on User { emailAliases { id email } }`

// profileQuery reads the same edges of one user through node(id:), which
// loads each edge with a query of its own.
const inlineProfileQuery = `query($id: ID!) { node(id: $id) { ... on User {
  id email
  role { id name description }
  customers { id name externalID }
  names: customers { name }
  ...Aliases
} } }
fragment Aliases on User { emailAliases { id email } }`

// TestUsersPageEdgesInline: on PostgreSQL the users page reads role,
// customers and aliases inside its own statement (two statements with the
// caller; SQLite reads them apart),
// and what it returns for each user is exactly what node(id:) returns,
// which loads every edge through its own ent query: for an unrestricted
// admin, and for a manager restricted to one customer, who must see only
// that customer among a shared user's customers. A selection the page
// cannot read inline (an alias's confirmation time) falls back to one
// statement for that edge, with the same answer.
func TestUsersPageEdgesInline(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		w := newWorld(t, env)
		ext := "ext-b"
		env.Client.Customer.UpdateOne(w.custB).SetExternalID(ext).ExecX(env.Ctx)
		both := env.NewUser("both@example.com", apitest.Confirmed, apitest.WithCustomers(w.custA, w.custB))
		now := time.Now()
		env.Client.EmailAlias.Create().SetUser(both).SetEmail("both.second@example.com").SetConfirmedAt(now).ExecX(env.Ctx)
		env.Client.EmailAlias.Create().SetUser(both).SetEmail("both.pending@example.com").ExecX(env.Ctx)
		env.Client.EmailAlias.Create().SetUser(w.inA).SetEmail("in-a.second@example.com").SetConfirmedAt(now).ExecX(env.Ctx)

		for _, caller := range []string{"admin", "manager"} {
			t.Run(caller, func(t *testing.T) {
				as := env.As(w.tokens[caller])
				as.MustQuery(`{ viewer { kind } }`, nil, nil)
				var page struct {
					Users struct {
						Edges []struct{ Node json.RawMessage }
					}
				}
				before := env.Statements()
				as.MustQuery(inlineUsersQuery, nil, &page)
				// PostgreSQL: the caller and the page; SQLite reads each
				// edge selection with a statement of its own (inline.go):
				// role, customers, names, aliases.
				if n, want := env.Statements()-before, map[string]int64{dialect.Postgres: 2, dialect.SQLite: 6}[env.Dialect]; n != want {
					t.Errorf("the users page with role, customers and aliases ran %d statements, want %d", n, want)
				}
				if len(page.Users.Edges) < 3 {
					t.Fatalf("%s sees %d users", caller, len(page.Users.Edges))
				}
				seen := map[string]bool{}
				for _, e := range page.Users.Edges {
					var id struct{ ID, Email string }
					if err := json.Unmarshal(e.Node, &id); err != nil {
						t.Fatal(err)
					}
					var single struct{ Node json.RawMessage }
					as.MustQuery(inlineProfileQuery, map[string]any{"id": id.ID}, &single)
					if got, want := compact(t, e.Node), compact(t, single.Node); got != want {
						t.Errorf("%s: the page shows %s\nnode(id:) shows %s", id.Email, got, want)
					}
					seen[id.Email] = true
				}
				if !seen["both@example.com"] {
					t.Fatalf("%s does not see both@example.com", caller)
				}
			})
		}

		// What the manager sees of a user in two customers: only its own.
		var page struct {
			Users struct {
				Edges []struct {
					Node struct {
						Email     string
						Customers []struct{ Name string }
						Names     []struct{ Name string }
					}
				}
			}
		}
		env.As(w.tokens["manager"]).MustQuery(inlineUsersQuery, map[string]any{"search": "both@"}, &page)
		if len(page.Users.Edges) != 1 {
			t.Fatalf("manager's search for both@ found %d users", len(page.Users.Edges))
		}
		n := page.Users.Edges[0].Node
		if len(n.Customers) != 1 || n.Customers[0].Name != "Customer A" || len(n.Names) != 1 {
			t.Fatalf("the manager sees the customers %+v / %+v of both@example.com, want Customer A alone", n.Customers, n.Names)
		}

		// A field the page does not read inline: that edge is loaded by a
		// statement of its own, and the answer is the same.
		const withTimes = `{ users(first: 50, orderBy: {field: EMAIL}) { edges { node { email emailAliases { email confirmedAt } } } } }`
		var timed struct {
			Users struct {
				Edges []struct {
					Node struct {
						Email        string
						EmailAliases []struct {
							Email       string
							ConfirmedAt *time.Time
						}
					}
				}
			}
		}
		admin := env.As(w.tokens["admin"])
		before := env.Statements()
		admin.MustQuery(withTimes, nil, &timed)
		if n, want := env.Statements()-before, map[string]int64{dialect.Postgres: 3, dialect.SQLite: 3}[env.Dialect]; n != want {
			t.Errorf("aliases with confirmedAt ran %d statements, want %d (caller, page, aliases)", n, want)
		}
		for _, e := range timed.Users.Edges {
			if e.Node.Email != "both@example.com" {
				continue
			}
			var emails []string
			for _, a := range e.Node.EmailAliases {
				emails = append(emails, a.Email)
				if (a.ConfirmedAt != nil) != (a.Email == "both.second@example.com") {
					t.Errorf("alias %s confirmedAt %v", a.Email, a.ConfirmedAt)
				}
			}
			slices.Sort(emails)
			if strings.Join(emails, ",") != "both.pending@example.com,both.second@example.com" {
				t.Errorf("aliases of both@example.com: %v", emails)
			}
		}
	})
}

// compact returns the JSON text in a canonical form: keys sorted, and
// lists sorted too, since a to-many edge has no order of its own.
func compact(t *testing.T, raw json.RawMessage) string {
	t.Helper()
	var v any
	if err := json.Unmarshal(raw, &v); err != nil {
		t.Fatal(err)
	}
	return canonical(v)
}

func canonical(v any) string {
	switch v := v.(type) {
	case []any:
		items := make([]string, len(v))
		for i, item := range v {
			items[i] = canonical(item)
		}
		slices.Sort(items)
		return "[" + strings.Join(items, ",") + "]"
	case map[string]any:
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		parts := make([]string, len(keys))
		for i, k := range keys {
			parts[i] = k + ":" + canonical(v[k])
		}
		return "{" + strings.Join(parts, ",") + "}"
	}
	out, _ := json.Marshal(v)
	return string(out)
}

// TestUsersPagePreparedOnlyUnfiltered: only the unfiltered list of a
// caller who sees every user runs as a prepared statement. Its arguments
// are then the cursor's alone, and one plan fits them all; a filter, a
// search or a caller's customer restriction adds arguments whose values
// the plan depends on, and those statements are planned at each request.
func TestUsersPagePreparedOnlyUnfiltered(t *testing.T) {
	const filteredUsersQuery = `query($search: String, $where: UserWhereInput) {
  users(first: 50, orderBy: {field: EMAIL}, search: $search, where: $where) {
    totalCount edges { node { id email role { name } customers { name } emailAliases { email } } }
  }
}`
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		w := newWorld(t, env)
		cases := []struct {
			name, caller string
			vars         map[string]any
			prepared     bool
		}{
			{"admin, unfiltered", "admin", nil, true},
			{"admin, filtered", "admin", map[string]any{"where": map[string]any{"status": "CONFIRMED"}}, false},
			{"admin, empty filter", "admin", map[string]any{"where": map[string]any{}}, false},
			{"admin, search", "admin", map[string]any{"search": "example"}, false},
			{"restricted manager, unfiltered", "manager", nil, false},
		}
		for _, c := range cases {
			as := env.As(w.tokens[c.caller])
			as.MustQuery(`{ viewer { kind } }`, nil, nil)
			queries := env.Record(func() { as.MustQuery(filteredUsersQuery, c.vars, nil) })
			pages := 0
			for _, q := range queries {
				if !strings.Contains(q.SQL, `FROM "users"`) && !strings.Contains(q.SQL, "FROM `users`") {
					continue
				}
				pages++
				if q.Prepared != c.prepared {
					t.Errorf("%s: a users statement ran with prepared = %v, want %v:\n%s", c.name, q.Prepared, c.prepared, q.SQL)
				}
			}
			if pages == 0 {
				t.Errorf("%s: no users statement seen among %d: %v", c.name, len(queries), queries)
			}
		}
	})
}
