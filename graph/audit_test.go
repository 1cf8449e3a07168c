package graph_test

import (
	"strings"
	"testing"

	"github.com/rosterhq/roster/ent"
	"github.com/rosterhq/roster/ent/auditentry"
	"github.com/rosterhq/roster/internal/apitest"
	"github.com/rosterhq/roster/internal/permission"
)

// TestHistoryOfRestrictions: changing a user's restrictions writes one
// entry per changed property, with source, author and values.
func TestHistoryOfRestrictions(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		w := newWorld(t, env)
		support := env.NewRole("support", permission.UsersRead)
		admin := env.As(w.tokens["admin"])
		admin.MustQuery(`mutation($in: SetUserRestrictionsInput!) { setUserRestrictions(input: $in) { user { id } } }`,
			map[string]any{"in": map[string]any{"id": w.inA.ID, "roleID": support.ID, "addCustomerIDs": []any{w.custB.ID}}}, nil)
		entries := env.Client.AuditEntry.Query().
			Where(auditentry.SubjectID(w.inA.ID), auditentry.PropertyIn("role", "customers"), auditentry.SourceEQ(auditentry.SourceADMIN)).
			WithAuthorUser().Order(ent.Asc(auditentry.FieldProperty)).AllX(env.Ctx)
		if len(entries) != 2 {
			t.Fatalf("%d entries, want 2: %+v", len(entries), entries)
		}
		// One entry per customer added or removed, naming it.
		want := []struct{ property, old, new string }{
			{"customers", "", "Customer B"},
			{"role", "user", "support"},
		}
		for i, e := range entries {
			if e.Property != want[i].property || deref(e.OldValue) != want[i].old || deref(e.NewValue) != want[i].new {
				t.Errorf("entry %d = %s %v → %v, want %+v", i, e.Property, deref(e.OldValue), deref(e.NewValue), want[i])
			}
			if e.Source != auditentry.SourceADMIN || e.Edges.AuthorUser == nil || e.Edges.AuthorUser.Email != "admin@example.com" {
				t.Errorf("entry %d: source %s, author %v", i, e.Source, e.Edges.AuthorUser)
			}
		}
		// A refused change leaves no history.
		before := env.Client.AuditEntry.Query().CountX(env.Ctx)
		env.As(w.tokens["manager"]).Query(`mutation($in: SetUserRestrictionsInput!) { setUserRestrictions(input: $in) { user { id } } }`,
			map[string]any{"in": map[string]any{"id": w.inA.ID, "roleID": env.Role("admin").ID}}).Fail(t, "FORBIDDEN", "")
		if after := env.Client.AuditEntry.Query().CountX(env.Ctx); after != before {
			t.Fatalf("a refused change wrote %d history entries", after-before)
		}
	})
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// TestHistoryStaysInScope: a manager restricted to customer A, reading the
// history of a user in A and B, sees the customer changes of A only (as
// the user's customers field shows only A), and no author label of
// someone outside its reach; the entries themselves are there. Searching
// for the hidden customer's name finds nothing.
func TestHistoryStaysInScope(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		w := newWorld(t, env)
		both := env.NewUser("both-custs@example.com", apitest.Confirmed, apitest.WithCustomers(w.custA))
		env.As(w.tokens["admin"]).MustQuery(`mutation($in: SetUserRestrictionsInput!) { setUserRestrictions(input: $in) { user { id } } }`,
			map[string]any{"in": map[string]any{"id": both.ID, "addCustomerIDs": []any{w.custB.ID}}}, nil)
		env.As(w.tokens["admin"]).MustQuery(`mutation($id: ID!) { updateUser(input: {id: $id, profile: {lastName: "Byadmin"}}) { user { id } } }`,
			map[string]any{"id": both.ID}, nil)
		const q = `query($id: ID!, $s: String) { node(id: $id) { ... on User { customers { name }
			history(first: 50, search: $s) { totalCount edges { node { property oldValue newValue authorLabel authorUser { email } } } } } } }`
		type entry struct {
			Property, OldValue, NewValue, AuthorLabel string
			AuthorUser                                *struct{ Email string }
		}
		var out struct {
			Node struct {
				Customers []struct{ Name string }
				History   struct {
					TotalCount int
					Edges      []struct{ Node entry }
				}
			}
		}
		env.As(w.tokens["manager"]).MustQuery(q, map[string]any{"id": both.ID}, &out)
		if len(out.Node.Customers) != 1 || out.Node.Customers[0].Name != "Customer A" {
			t.Fatalf("customers = %+v", out.Node.Customers)
		}
		sawLastName := false
		for _, e := range out.Node.History.Edges {
			n := e.Node
			if strings.Contains(n.OldValue+n.NewValue, "Customer B") {
				t.Errorf("the manager sees customer B in history: %+v", n)
			}
			if n.AuthorLabel != "" || n.AuthorUser != nil {
				t.Errorf("the manager sees the admin as author: %+v", n)
			}
			sawLastName = sawLastName || n.Property == "last_name"
		}
		if !sawLastName {
			t.Fatalf("the admin's change itself is missing: %+v", out.Node.History.Edges)
		}
		env.As(w.tokens["manager"]).MustQuery(q, map[string]any{"id": both.ID, "s": "Customer B"}, &out)
		if out.Node.History.TotalCount != 0 {
			t.Fatalf("searching for the hidden customer finds %d entries", out.Node.History.TotalCount)
		}
		// An unrestricted reader sees it all.
		env.As(w.tokens["admin"]).MustQuery(q, map[string]any{"id": both.ID, "s": "Customer B"}, &out)
		if out.Node.History.TotalCount != 1 || out.Node.History.Edges[0].Node.AuthorLabel == "" {
			t.Fatalf("the admin's view: %+v", out.Node.History)
		}
	})
}
