package graph_test

import (
	"context"
	stdsql "database/sql"
	"database/sql/driver"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"slices"
	"strings"
	"testing"
	"time"

	"entgo.io/ent/dialect"
	"github.com/lib/pq"

	"github.com/rosterhq/roster/ent"
	"github.com/rosterhq/roster/ent/auditentry"
	"github.com/rosterhq/roster/ent/predicate"
	"github.com/rosterhq/roster/ent/role"
	"github.com/rosterhq/roster/ent/user"
	"github.com/rosterhq/roster/graph"
	"github.com/rosterhq/roster/internal/apitest"
	"github.com/rosterhq/roster/internal/audit"
	"github.com/rosterhq/roster/internal/database"
	"github.com/rosterhq/roster/internal/paging"
	"github.com/rosterhq/roster/internal/seed"
)

// consoleUsersQuery is the admin console's users page: the total, paging,
// and per user the columns of the table with role, customers and aliases.
const consoleUsersQuery = `query($first: Int, $after: Cursor, $last: Int, $before: Cursor, $orderBy: UserOrder, $where: UserWhereInput, $search: String) {
  users(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy, where: $where, search: $search) {
    totalCount
    totalCountIsCapped
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id email status locked lastActiveAt role { name } customers { name } emailAliases { email } } }
  }
}`

// consolePage is the response of consoleUsersQuery.
type consolePage struct {
	Users struct {
		TotalCount         int  `json:"totalCount"`
		TotalCountIsCapped bool `json:"totalCountIsCapped"`
		PageInfo           struct {
			HasNextPage, HasPreviousPage bool
			StartCursor, EndCursor       string
		} `json:"pageInfo"`
		Edges []struct {
			Node struct {
				ID, Email string
			} `json:"node"`
		} `json:"edges"`
	} `json:"users"`
}

// TestConsoleUsersPageStatements runs the console's users page in several
// orderings: a page costs the same number of statements whatever its size,
// 2 with authentication on PostgreSQL (5 on SQLite), and no statement
// reads the password hash.
func TestConsoleUsersPageStatements(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		customers := []*ent.Customer{env.NewCustomer("One"), env.NewCustomer("Two")}
		for i := range 60 {
			// Everyone has been active: no page crosses to users without a
			// value (that one page of a list costs one more statement).
			u := env.NewUser(fmt.Sprintf("p%02d@example.com", i), func(c *ent.UserCreate) {
				c.AddCustomers(customers[i%2]).SetLastActiveAt(time.Now().Add(-time.Duration(i) * time.Hour))
			})
			if _, err := env.Client.EmailAlias.Create().SetUser(u).SetEmail(fmt.Sprintf("p%02d.alias@example.com", i)).Save(env.Ctx); err != nil {
				t.Fatal(err)
			}
		}
		env.MustQuery(consoleUsersQuery, map[string]any{"first": 1}, nil) // the key's first use is recorded once
		for _, order := range []string{"", "EMAIL", "LAST_ACTIVE_AT", "CREATED_AT"} {
			vars := func(n int) map[string]any {
				v := map[string]any{"first": n}
				if order != "" {
					v["orderBy"] = map[string]any{"field": order, "direction": "DESC"}
				}
				return v
			}
			run := func(n int) (int64, []apitest.Query) {
				before := env.Statements()
				var page consolePage
				queries := env.Record(func() { env.MustQuery(consoleUsersQuery, vars(n), &page) })
				if len(page.Users.Edges) != n {
					t.Fatalf("%s: got %d users, want %d", order, len(page.Users.Edges), n)
				}
				return env.Statements() - before, queries
			}
			small, _ := run(5)
			large, queries := run(50)
			if small != large {
				t.Errorf("%s: users(first: 5) ran %d statements, users(first: 50) %d: a page must cost a fixed number", order, small, large)
			}
			// The caller (1); the page with its count, role, customers and
			// aliases (1). SQLite reads the three edges apart (3 more).
			if want := map[string]int64{dialect.Postgres: 2, dialect.SQLite: 5}[env.Dialect]; large > want {
				t.Errorf("%s: the console's users page ran %d statements, want at most %d", order, large, want)
			}
			for _, q := range queries {
				if strings.Contains(q.SQL, "password_hash") {
					t.Errorf("%s: a list statement reads the password hash: %s", order, q.SQL)
				}
			}
		}
	})
}

// TestSearchCountsOnlyFullParts: a search reads its two parts (users
// without a confirmed alias, users with one) without their counts. A part that comes up short on a page without a
// cursor is counted from its rows; only a part that fills its page, or
// any part after a cursor, gets a count statement of its own, which runs
// beside the rest of the page. The totals are right in every case, and
// for an admin restricted to a customer they count only the users that
// admin may see.
func TestSearchCountsOnlyFullParts(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		acme, other := env.NewCustomer("Acme"), env.NewCustomer("Other")
		for i := range 8 {
			env.NewUser(fmt.Sprintf("q%02d@example.com", i), apitest.WithCustomers([]*ent.Customer{acme, other}[i%2]), func(c *ent.UserCreate) { c.SetLastName("Quartzmann") })
		}
		for i := range 4 {
			u := env.NewUser(fmt.Sprintf("other%02d@example.com", i), apitest.WithCustomers(acme))
			if i == 0 { // the one user with an alias, matched by it alone
				env.Client.EmailAlias.Create().SetUser(u).SetEmail("quartz@alias.example").SetConfirmedAt(time.Now()).ExecX(env.Ctx)
			}
		}
		restricted := env.NewUser("restricted@example.com", apitest.Confirmed, apitest.WithRole(env.Role("admin")), apitest.WithCustomers(acme))
		for _, caller := range []struct {
			name  string
			env   *apitest.Env
			total int
		}{{"admin", env, 9}, {"admin of Acme", env.As(env.SessionFor(restricted)), 5}} {
			caller.env.MustQuery(consoleUsersQuery, map[string]any{"first": 1}, nil) // the key's first use is recorded once
			var first consolePage
			for _, tc := range []struct {
				name   string
				vars   map[string]any
				counts int
			}{
				{"both parts short", map[string]any{"first": 50, "field": "EMAIL"}, 0},
				{"the name part fills its page", map[string]any{"first": 3, "field": "EMAIL"}, 1},
				{"after a cursor", map[string]any{"first": 3, "after": "cursor", "field": "EMAIL"}, 2},
				// By last name the aliased user (no last name) lies in the
				// second range, which a full first range leaves unread.
				{"by last name", map[string]any{"first": 3, "field": "LAST_NAME"}, 2},
				{"by last name, after a cursor into the second range", map[string]any{"first": 3, "after": "cursor", "field": "LAST_NAME"}, 2},
			} {
				tc.vars["search"] = "quartz"
				tc.vars["orderBy"] = map[string]any{"field": tc.vars["field"]}
				delete(tc.vars, "field")
				if tc.vars["after"] != nil {
					tc.vars["after"] = first.Users.PageInfo.EndCursor
				}
				var page consolePage
				queries := env.Record(func() { caller.env.MustQuery(consoleUsersQuery, tc.vars, &page) })
				if page.Users.TotalCount != caller.total || page.Users.TotalCountIsCapped {
					t.Errorf("%s, %s: totalCount %d (capped %v), want %d", caller.name, tc.name, page.Users.TotalCount, page.Users.TotalCountIsCapped, caller.total)
				}
				counts := 0
				for _, q := range queries {
					if strings.Contains(q.SQL, "COUNT(") {
						counts++
					}
				}
				if counts != tc.counts {
					t.Errorf("%s, %s: %d count statements, want %d", caller.name, tc.name, counts, tc.counts)
				}
				if tc.vars["first"] == 3 && tc.vars["after"] == nil {
					first = page
				}
			}
		}
	})
}

// TestConsoleProfileAndViewerStatements: the console's profile page (a
// user with role, customers, aliases and a page of history) and its viewer
// query cost a fixed number of statements, whatever the history page's
// size, and resolving the caller costs one.
func TestConsoleProfileAndViewerStatements(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		acme := env.NewCustomer("Acme")
		admin := env.NewUser("admin@example.com", apitest.Confirmed, apitest.WithRole(env.Role("admin")), apitest.WithCustomers(acme))
		u := env.NewUser("profile@example.com", apitest.Confirmed, apitest.WithCustomers(acme))
		for i := range 60 {
			if _, err := env.Client.User.UpdateOne(u).SetFirstName(fmt.Sprintf("Name%d", i)).Save(env.Ctx); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := env.Client.EmailAlias.Create().SetUser(u).SetEmail("profile.alias@example.com").Save(env.Ctx); err != nil {
			t.Fatal(err)
		}
		as := env.As(env.SessionFor(admin))
		const profile = `query($id: ID!, $first: Int) { node(id: $id) { ... on User {
			id email firstName lastName status locked lastActiveAt role { name } customers { name } emailAliases { email confirmedAt }
			history(first: $first) { totalCount totalCountIsCapped pageInfo { hasNextPage endCursor }
				edges { node { property oldValue newValue source createdAt } } } } } }`
		const viewerQuery = `{ viewer { kind permissions restricted customers { id name } user { id email firstName lastName } currentSession { id } } }`
		as.MustQuery(viewerQuery, nil, nil) // the session's first use is recorded once
		count := func(q string, vars map[string]any) int64 {
			before := env.Statements()
			as.MustQuery(q, vars, nil)
			return env.Statements() - before
		}
		small, large := count(profile, map[string]any{"id": u.ID, "first": 5}), count(profile, map[string]any{"id": u.ID, "first": 50})
		if small != large {
			t.Errorf("profile with history(first: 5) ran %d statements, with history(first: 50) %d", small, large)
		}
		// The caller (1), the user (1), role, customers, aliases (3), the
		// history page and its count (2).
		if large > 7 {
			t.Errorf("the profile ran %d statements, want at most 7", large)
		}
		// The caller (1), the user, the customers, the session (3).
		if n := count(viewerQuery, nil); n > 4 {
			t.Errorf("the viewer query ran %d statements, want at most 4", n)
		}
		// Resolving the caller alone: a query that reads nothing else.
		if n := count(`{ viewer { kind permissions restricted } }`, nil); n != 1 {
			t.Errorf("resolving the caller ran %d statements, want 1", n)
		}
	})
}

// TestTotalCountCapped: totalCount is exact up to the cap; beyond it
// counting stops, totalCount is the cap and totalCountIsCapped is true.
// A query selecting only totalCount reads no page.
func TestTotalCountCapped(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		bulkUsers(t, env, paging.CountCap+1)
		var page consolePage
		env.MustQuery(consoleUsersQuery, map[string]any{"first": 2}, &page)
		if page.Users.TotalCount != paging.CountCap || !page.Users.TotalCountIsCapped {
			t.Fatalf("over the cap: totalCount %d, capped %v; want %d, true", page.Users.TotalCount, page.Users.TotalCountIsCapped, paging.CountCap)
		}
		// A few are admins: an exact count.
		admin := env.Role("admin")
		if _, err := env.Client.User.Update().Where(user.EmailHasPrefix("bulk-000")).SetRole(admin).Save(env.Ctx); err != nil {
			t.Fatal(err)
		}
		var admins struct {
			Users struct {
				TotalCount         int
				TotalCountIsCapped bool
			}
		}
		env.MustQuery(`{ users(where: {hasRoleWith: {name: "admin"}}) { totalCount totalCountIsCapped } }`, nil, &admins)
		want, err := env.Client.User.Query().Where(userHasRole("admin")).Count(env.Ctx)
		if err != nil {
			t.Fatal(err)
		}
		if admins.Users.TotalCount != want || admins.Users.TotalCountIsCapped {
			t.Fatalf("admins: totalCount %d capped %v, want %d exact", admins.Users.TotalCount, admins.Users.TotalCountIsCapped, want)
		}
		// Only the count: authentication and one statement.
		queries := env.Record(func() { env.MustQuery(`{ users(where: {hasRoleWith: {name: "admin"}}) { totalCount } }`, nil, nil) })
		pages := 0
		for _, q := range queries {
			if strings.Contains(q.SQL, `FROM "users"`) && !strings.Contains(q.SQL, "COUNT(") {
				pages++
			}
		}
		if pages > 0 {
			t.Fatalf("a query selecting only totalCount read a page: %+v", queries)
		}
		// The history and the other connections count the same way.
		var history struct {
			AuditEntries struct {
				TotalCount         int
				TotalCountIsCapped bool
			}
		}
		env.MustQuery(`{ auditEntries { totalCount totalCountIsCapped } }`, nil, &history)
		if history.AuditEntries.TotalCount != paging.CountCap || !history.AuditEntries.TotalCountIsCapped {
			t.Fatalf("audit entries: totalCount %d capped %v", history.AuditEntries.TotalCount, history.AuditEntries.TotalCountIsCapped)
		}
	})
}

// TestUsersCursorChecked: a cursor whose value cannot belong to the
// ordering (forged, or taken from another list) is bad input, not an
// internal error.
func TestUsersCursorChecked(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		env.NewUser("cursor@example.com", func(*ent.UserCreate) {})
		var byEmail consolePage
		env.MustQuery(consoleUsersQuery, map[string]any{"first": 5, "orderBy": map[string]any{"field": "EMAIL"}}, &byEmail)
		if byEmail.Users.PageInfo.EndCursor == "" {
			t.Fatal("no cursor")
		}
		// An email cursor (a string) for an ordering by time.
		r := env.Query(consoleUsersQuery, map[string]any{"first": 5, "after": byEmail.Users.PageInfo.EndCursor,
			"orderBy": map[string]any{"field": "CREATED_AT"}})
		r.Fail(t, "BAD_USER_INPUT", "after")
		// A cursor of another list: a customer's ID.
		var customers struct {
			Customers struct {
				PageInfo struct{ EndCursor string }
			}
		}
		env.NewCustomer("Acme")
		env.MustQuery(`{ customers(first: 1) { pageInfo { endCursor } } }`, nil, &customers)
		r = env.Query(consoleUsersQuery, map[string]any{"last": 5, "before": customers.Customers.PageInfo.EndCursor})
		r.Fail(t, "BAD_USER_INPUT", "before")
	})
}

// TestUsersPagePlans asks PostgreSQL for the plan of the users page
// statement in every ordering and direction, first page, pages after and
// before a cursor in both segments (users with and without a value), on
// 20,000 analyzed users: none may sort more than a few rows or scan the
// whole table.
func TestUsersPagePlans(t *testing.T) {
	env := postgresEnv(t)
	if _, err := seed.Run(env.Ctx, env.Client, seed.Options{Users: 20_000, Seed: 5, Dialect: env.Dialect}); err != nil {
		t.Fatal(err)
	}
	if _, err := env.Client.ExecContext(env.Ctx, "ANALYZE"); err != nil {
		t.Fatal(err)
	}
	orders := []string{"", "EMAIL", "LAST_NAME", "CREATED_AT", "UPDATED_AT", "LAST_ACTIVE_AT", "CURRENT_SIGN_IN_AT", "LAST_SIGN_IN_AT"}
	for _, order := range orders {
		for _, dir := range []string{"ASC", "DESC"} {
			if order == "" && dir == "DESC" {
				continue
			}
			name := order + " " + dir
			vars := func(kv ...any) map[string]any {
				v := map[string]any{}
				if order != "" {
					v["orderBy"] = map[string]any{"field": order, "direction": dir}
				}
				for i := 0; i < len(kv); i += 2 {
					v[kv[i].(string)] = kv[i+1]
				}
				return v
			}
			page := func(step string, v map[string]any) consolePage {
				var p consolePage
				queries := env.Record(func() { env.MustQuery(consoleUsersQuery, v, &p) })
				checked := 0
				for _, q := range queries {
					if !strings.HasPrefix(q.SQL, `SELECT "users"."id"`) || !strings.Contains(q.SQL, "ORDER BY") {
						continue
					}
					checked++
					if problem := badPlan(t, env, q); problem != "" {
						t.Errorf("%s, %s: %s\n%s", name, step, problem, q.SQL)
					}
					// The unfiltered list runs prepared: its generic plan,
					// which ignores the cursor's values, must be as good.
					if !q.Prepared {
						t.Errorf("%s, %s: the page statement is not prepared", name, step)
					}
					if problem := badGenericPlan(t, env, q); problem != "" {
						t.Errorf("%s, %s, generic plan: %s\n%s", name, step, problem, q.SQL)
					}
				}
				if checked == 0 {
					t.Fatalf("%s, %s: no page statement seen", name, step)
				}
				return p
			}
			first := page("first page", vars("first", 50))
			page("after a cursor", vars("first", 50, "after", first.Users.PageInfo.EndCursor))
			last := page("last page", vars("last", 50))
			page("before a cursor", vars("last", 50, "before", last.Users.PageInfo.StartCursor))
			page("after a cursor near the end", vars("first", 50, "after", last.Users.PageInfo.StartCursor))
		}
	}
}

// TestHistoryPagePlans: a user's history page (the profile's first page,
// and one after a cursor) reads that user's entries from the index that
// leads with the user, on 20,000 seeded users with their history,
// analyzed — not the audit table in time order, filtering by user.
func TestHistoryPagePlans(t *testing.T) {
	env := postgresEnv(t)
	if _, err := seed.Run(env.Ctx, env.Client, seed.Options{Users: 20_000, Seed: 5, Dialect: env.Dialect}); err != nil {
		t.Fatal(err)
	}
	if _, err := env.Client.ExecContext(env.Ctx, "ANALYZE"); err != nil {
		t.Fatal(err)
	}
	u := env.Client.User.Query().Where(user.HasAuditEntries()).Order(ent.Asc(user.FieldEmail)).FirstX(env.Ctx)
	const history = `query($id: ID!, $after: Cursor) { node(id: $id) { ... on User {
		history(first: 2, after: $after) { totalCount pageInfo { endCursor } edges { node { property createdAt } } } } } }`
	var first struct {
		Node struct {
			History struct{ PageInfo struct{ EndCursor *string } }
		}
	}
	for _, step := range []string{"first page", "after a cursor"} {
		vars := map[string]any{"id": u.ID}
		if step != "first page" {
			vars["after"] = first.Node.History.PageInfo.EndCursor
		}
		queries := env.Record(func() { env.MustQuery(history, vars, &first) })
		checked := 0
		for _, q := range queries {
			if !strings.Contains(q.SQL, `FROM "audit_entries"`) {
				continue
			}
			checked++
			idx := auditIndexes(t, env, q)
			if len(idx) == 0 || slices.ContainsFunc(idx, func(i string) bool { return i != "audit_entries_by_user" }) {
				t.Errorf("%s: the history statement reads audit_entries through %q, want audit_entries_by_user only:\n%s", step, idx, q.SQL)
			}
		}
		if checked == 0 {
			t.Fatalf("%s: no history statement seen", step)
		}
	}
}

// auditIndexes returns how the plan of q reads audit_entries: the index
// names of its scans of that table ("seq scan" for a sequential scan).
func auditIndexes(t *testing.T, env *apitest.Env, q apitest.Query) []string {
	t.Helper()
	raw := explain(t, env, "EXPLAIN (FORMAT JSON) ", q)
	type node struct {
		NodeType string `json:"Node Type"`
		Relation string `json:"Relation Name"`
		Index    string `json:"Index Name"`
		Plans    []node `json:"Plans"`
	}
	plan := decodePlan[node](t, raw)
	var out []string
	var walk func(n node)
	walk = func(n node) {
		switch {
		case n.NodeType == "Seq Scan" && n.Relation == "audit_entries":
			out = append(out, "seq scan")
		case strings.HasPrefix(n.Index, "audit"):
			out = append(out, n.Index)
		}
		for _, c := range n.Plans {
			walk(c)
		}
	}
	walk(plan)
	return out
}

// postgresEnv returns a PostgreSQL environment, or skips the test when
// none is configured.
func postgresEnv(t *testing.T) *apitest.Env {
	t.Helper()
	if !apitest.PostgresConfigured() {
		t.Skip("needs PostgreSQL: set " + apitest.PostgresEnv)
	}
	return apitest.New(t, dialect.Postgres)
}

// badPlan runs q under EXPLAIN ANALYZE and returns what is wrong with its
// plan: a sort of more than sortLimit rows (a sort of a few rows that an
// index range already found is fine), or a sequential scan of users that
// no LIMIT bounds; "" when it is fine.
func badPlan(t *testing.T, env *apitest.Env, q apitest.Query) string {
	t.Helper()
	raw := explain(t, env, "EXPLAIN (ANALYZE, FORMAT JSON) ", q)
	plan := decodePlan[planNode](t, raw)
	return plan.problem(false)
}

// badGenericPlan is badPlan for the plan PostgreSQL settles on when q
// runs as a prepared statement: the generic plan, made without the
// arguments' values (forced here; PostgreSQL picks it after five runs when
// it looks no dearer than those planned with the values).
func badGenericPlan(t *testing.T, env *apitest.Env, q apitest.Query) string {
	t.Helper()
	if len(q.Args) == 0 {
		return "" // no parameters: the generic plan is the plan badPlan saw
	}
	literals := make([]string, len(q.Args))
	for i, a := range q.Args {
		literals[i] = sqlLiteral(t, a)
	}
	tx, err := env.Client.Tx(env.Ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = tx.Rollback() }()
	for _, stmt := range []string{"SET LOCAL plan_cache_mode = force_generic_plan", "PREPARE roster_generic AS " + q.SQL} {
		if _, err := tx.ExecContext(env.Ctx, stmt); err != nil {
			t.Fatalf("%s: %v", stmt, err)
		}
	}
	raw := queryText(t, env.Ctx, tx, "EXPLAIN (ANALYZE, FORMAT JSON) EXECUTE roster_generic("+strings.Join(literals, ", ")+")")
	if _, err := tx.ExecContext(env.Ctx, "DEALLOCATE roster_generic"); err != nil {
		t.Fatal(err)
	}
	plan := decodePlan[planNode](t, raw)
	return plan.problem(false)
}

// sqlLiteral writes a statement argument as a PostgreSQL literal.
func sqlLiteral(t *testing.T, a any) string {
	t.Helper()
	if v, ok := a.(driver.Valuer); ok {
		var err error
		if a, err = v.Value(); err != nil {
			t.Fatal(err)
		}
	}
	switch v := a.(type) {
	case nil:
		return "NULL"
	case string:
		return pq.QuoteLiteral(v)
	case time.Time:
		return pq.QuoteLiteral(v.UTC().Format(time.RFC3339Nano))
	case int, int64, float64, bool:
		return fmt.Sprint(v)
	}
	t.Fatalf("argument of type %T", a)
	return ""
}

// explain runs q under the EXPLAIN prefix and returns the JSON plan.
func explain(t *testing.T, env *apitest.Env, prefix string, q apitest.Query) string {
	t.Helper()
	return queryText(t, env.Ctx, env.Client, prefix+q.SQL, q.Args...)
}

// queryText runs a statement that returns one text (EXPLAIN's JSON plan)
// through q, the client or a transaction, and returns it.
func queryText(t *testing.T, ctx context.Context, q interface {
	QueryContext(context.Context, string, ...any) (*stdsql.Rows, error)
}, query string, args ...any) string {
	t.Helper()
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		t.Fatalf("explain: %v", err)
	}
	defer rows.Close()
	var raw string
	for rows.Next() {
		if err := rows.Scan(&raw); err != nil {
			t.Fatal(err)
		}
	}
	if err := rows.Err(); err != nil {
		t.Fatalf("explain: %v", err)
	}
	return raw
}

// decodePlan decodes EXPLAIN's JSON output into the root node of its one
// plan.
func decodePlan[N any](t *testing.T, raw string) N {
	t.Helper()
	var plans []struct{ Plan N }
	if err := json.Unmarshal([]byte(raw), &plans); err != nil || len(plans) != 1 {
		t.Fatalf("explain output: %v: %s", err, raw)
	}
	return plans[0].Plan
}

// sortLimit is the most rows a page statement may sort.
const sortLimit = 1000

// planNode is a node of PostgreSQL's JSON plan.
type planNode struct {
	NodeType   string     `json:"Node Type"`
	Relation   string     `json:"Relation Name"`
	ActualRows float64    `json:"Actual Rows"`
	Loops      float64    `json:"Actual Loops"`
	Plans      []planNode `json:"Plans"`
}

func (n planNode) problem(limited bool) string {
	switch {
	case n.NodeType == "Sort" || n.NodeType == "Incremental Sort":
		for _, c := range n.Plans {
			if rows := c.ActualRows * max(c.Loops, 1); rows > sortLimit {
				return fmt.Sprintf("the plan sorts %.0f rows", rows)
			}
		}
	case n.NodeType == "Seq Scan" && n.Relation == "users" && !limited:
		return "the plan scans every user"
	}
	limited = limited || n.NodeType == "Limit"
	for _, c := range n.Plans {
		if p := c.problem(limited); p != "" {
			return p
		}
	}
	return ""
}

func userHasRole(name string) predicate.User { return user.HasRoleWith(role.Name(name)) }

// TestTimeoutPresented: a statement stopped by the statement timeout
// reaches the client as TIMEOUT, not INTERNAL.
func TestTimeoutPresented(t *testing.T) {
	present := graph.ErrorPresenter(slog.New(slog.NewTextHandler(io.Discard, nil)))
	got := present(context.Background(), fmt.Errorf("users: %w", fmt.Errorf("%w (interrupted)", database.ErrTimeout)))
	if got.Extensions["code"] != "TIMEOUT" {
		t.Fatalf("a statement timeout is presented as %v: %s", got.Extensions["code"], got.Message)
	}
}

// bulkUsers adds n bare users (and a history entry each) quickly, with
// multi-row inserts.
func bulkUsers(t *testing.T, env *apitest.Env, n int) {
	t.Helper()
	role := env.Role("user")
	for start := 0; start < n; start += 500 {
		var us []*ent.UserCreate
		for i := start; i < min(n, start+500); i++ {
			us = append(us, env.Client.User.Create().SetEmail(fmt.Sprintf("bulk-%06d@example.com", i)).SetSource(user.SourceAPI).SetRole(role))
		}
		created, err := env.Client.User.CreateBulk(us...).Save(audit.WithoutHistory(env.Ctx))
		if err != nil {
			t.Fatal(err)
		}
		var entries []*ent.AuditEntryCreate
		for _, u := range created {
			entries = append(entries, env.Client.AuditEntry.Create().SetUser(u).SetSubjectID(u.ID).SetProperty("created").SetSource(auditentry.SourceAPI))
		}
		if err := env.Client.AuditEntry.CreateBulk(entries...).Exec(env.Ctx); err != nil {
			t.Fatal(err)
		}
	}
}

// TestSearchPlans: a one-word search on 20,000 seeded users, analyzed,
// for the commonest last name, one user's address, and words in every
// address ("@", which has no trigram, and "example"). Each part's statement (users without aliases, users with
// them) must read the users it matches through an index — the part's
// trigram index or the page's ordering with a LIMIT — never every user;
// in email order, the part without aliases must walk the index that holds
// the names, not the table; and the word in every address must cost each
// part about a page of users, not a check of every match.
func TestSearchPlans(t *testing.T) {
	env := postgresEnv(t)
	if _, err := seed.Run(env.Ctx, env.Client, seed.Options{Users: 20_000, Seed: 5, Dialect: env.Dialect}); err != nil {
		t.Fatal(err)
	}
	// VACUUM too, as autovacuum would have: an index-only scan needs the
	// table's visibility map.
	if _, err := env.Client.ExecContext(env.Ctx, "VACUUM ANALYZE"); err != nil {
		t.Fatal(err)
	}
	var common, rare string
	rows, err := env.Client.QueryContext(env.Ctx, `SELECT lower(last_name) FROM users WHERE last_name IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		if err := rows.Scan(&common); err != nil {
			t.Fatal(err)
		}
	}
	rows.Close()
	u := env.Client.User.Query().Order(ent.Asc(user.FieldEmail)).Offset(777).FirstX(env.Ctx)
	rare, _, _ = strings.Cut(u.Email, "@")
	for _, tc := range []struct{ word, order string }{{common, ""}, {rare, ""}, {common, "EMAIL"}, {rare, "EMAIL"}, {"@", ""}, {"@", "EMAIL"}, {"example", ""}, {"example", "EMAIL"}} {
		word := tc.word
		vars := map[string]any{"first": 50, "search": word}
		if tc.order != "" {
			vars["orderBy"] = map[string]any{"field": tc.order}
		}
		queries := env.Record(func() { env.MustQuery(consoleUsersQuery, vars, nil) })
		parts := 0
		for _, q := range queries {
			if !strings.Contains(q.SQL, " LIKE ") || !strings.Contains(q.SQL, "ORDER BY") {
				continue
			}
			parts++
			raw := explain(t, env, "EXPLAIN (ANALYZE, FORMAT JSON) ", q)
			plan := decodePlan[searchNode](t, raw)
			if p := plan.problem(false); p != "" {
				t.Errorf("%q: %s\n%s", word, p, q.SQL)
			}
			// A walk in email order checks each user it passes: from the
			// index that holds the names (users_email_search), not from
			// the table, one row per user passed.
			if tc.order == "EMAIL" {
				if n := plan.tableRowsChecked(); n > 500 {
					t.Errorf("%q by email: the walk checked %.0f table rows\n%s", word, n, q.SQL)
				}
			}
			// Every user matches "@" and "example" (every seeded address
			// is at an example.* domain): a part's page must stop after
			// about a page of its users, not sort every match. (The part of
			// users with aliases, about one in seven here, walks the ID
			// order's index past the others.)
			if word == "@" || word == "example" {
				if read := plan.usersRead(); read > 1000 {
					t.Errorf("%q: a part read %.0f users for a page of 50\n%s", word, read, q.SQL)
				}
			}
		}
		if parts != 2 {
			t.Fatalf("%q: %d search part statements, want 2", word, parts)
		}
	}

	// The lookup behind sign-in, password reset and OpenID Connect
	// linking: a primary email or a confirmed alias. Both sides of its OR
	// must be index lookups (email = ? OR EXISTS (alias) read every user).
	alias := env.Client.EmailAlias.Create().SetUser(u).SetEmail("second." + u.Email).SetConfirmedAt(u.CreatedAt).SaveX(env.Ctx)
	for _, address := range []string{u.Email, alias.Email, "nobody@example.org"} {
		queries := env.Record(func() {
			env.Query(`mutation($e: String!) { login(input: {email: $e, password: "not the password"}) { token } }`, map[string]any{"e": address})
		})
		checked := 0
		for _, q := range queries {
			if !strings.HasPrefix(q.SQL, `SELECT "users"."id"`) || !strings.Contains(q.SQL, `"email_aliases"`) {
				continue
			}
			checked++
			raw := explain(t, env, "EXPLAIN (ANALYZE, FORMAT JSON) ", q)
			plan := decodePlan[searchNode](t, raw)
			if read := plan.usersRead(); read > 2 {
				t.Errorf("%s: the address lookup read %.0f users\n%s", address, read, q.SQL)
			}
		}
		if checked == 0 {
			t.Fatalf("%s: no address lookup seen", address)
		}
	}
}

// searchNode is a plan node with what TestSearchPlans checks.
type searchNode struct {
	NodeType   string       `json:"Node Type"`
	Relation   string       `json:"Relation Name"`
	ActualRows float64      `json:"Actual Rows"`
	Loops      float64      `json:"Actual Loops"`
	Removed    float64      `json:"Rows Removed by Filter"`
	Plans      []searchNode `json:"Plans"`
}

func (n searchNode) problem(limited bool) string {
	if n.NodeType == "Seq Scan" && n.Relation == "users" && !limited {
		return "the plan scans every user"
	}
	limited = limited || n.NodeType == "Limit"
	for _, c := range n.Plans {
		if p := c.problem(limited); p != "" {
			return p
		}
	}
	return ""
}

// tableRowsChecked is how many rows of users an index scan (not an
// index-only one) read and filtered out, over every loop.
func (n searchNode) tableRowsChecked() float64 {
	read := 0.0
	if n.Relation == "users" && n.NodeType == "Index Scan" {
		read = n.Removed * max(n.Loops, 1)
	}
	for _, c := range n.Plans {
		read += c.tableRowsChecked()
	}
	return read
}

// usersRead is how many rows of users the plan read: returned and
// filtered out, over every loop.
func (n searchNode) usersRead() float64 {
	read := 0.0
	if n.Relation == "users" {
		read = (n.ActualRows + n.Removed) * max(n.Loops, 1)
	}
	for _, c := range n.Plans {
		read += c.usersRead()
	}
	return read
}

// TestSQLiteSearchReadsItsIndex: on SQLite, whose search checks every
// user, a search in email order (the console's) and its counts read the
// covering index users_search, which holds what search checks, and never
// look a user up in the table row by row, for a rare word, a common one,
// and one in every address.
func TestSQLiteSearchReadsItsIndex(t *testing.T) {
	env := apitest.New(t, dialect.SQLite)
	if _, err := seed.Run(env.Ctx, env.Client, seed.Options{Users: 3_000, Seed: 7, Dialect: env.Dialect}); err != nil {
		t.Fatal(err)
	}
	if _, err := env.Client.ExecContext(env.Ctx, "ANALYZE"); err != nil {
		t.Fatal(err)
	}
	u := env.Client.User.Query().Order(ent.Asc(user.FieldEmail)).Offset(777).FirstX(env.Ctx)
	rare, _, _ := strings.Cut(u.Email, "@")
	for _, word := range []string{rare, "schmidt", "example"} {
		vars := map[string]any{"first": 50, "search": word, "orderBy": map[string]any{"field": "EMAIL"}}
		queries := env.Record(func() { env.MustQuery(consoleUsersQuery, vars, nil) })
		checked := 0
		for _, q := range queries {
			if !strings.Contains(q.SQL, " LIKE ") {
				continue
			}
			checked++
			rows, err := env.Client.QueryContext(env.Ctx, "EXPLAIN QUERY PLAN "+q.SQL, q.Args...)
			if err != nil {
				t.Fatal(err)
			}
			var plan []string
			for rows.Next() {
				var id, parent, unused int
				var detail string
				if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
					t.Fatal(err)
				}
				plan = append(plan, detail)
			}
			rows.Close()
			for _, step := range plan {
				if strings.HasPrefix(step, "SCAN users") && step != "SCAN users USING COVERING INDEX users_search" {
					t.Errorf("%q: %s\n%s", word, strings.Join(plan, "; "), q.SQL)
				}
			}
		}
		if checked < 2 {
			t.Fatalf("%q: %d search statements seen", word, checked)
		}
	}
}
