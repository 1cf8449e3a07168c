package graph_test

import (
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
		want := []struct{ property, old, new string }{
			{"customers", "Customer A", "Customer A, Customer B"},
			{"role", "user", "support"},
		}
		for i, e := range entries {
			if e.Property != want[i].property || *e.OldValue != want[i].old || *e.NewValue != want[i].new {
				t.Errorf("entry %d = %s %v → %v, want %+v", i, e.Property, *e.OldValue, *e.NewValue, want[i])
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
