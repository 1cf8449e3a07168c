package graph_test

// Roles and customers: what deleting one that is still in use does.

import (
	"strings"
	"testing"

	"github.com/rosterhq/roster/ent"
	"github.com/rosterhq/roster/ent/customer"
	"github.com/rosterhq/roster/internal/apitest"
	"github.com/rosterhq/roster/internal/permission"
	"github.com/rosterhq/roster/internal/viewer"
)

// TestDeleteCustomerInUse: a customer that a user or an API key still
// holds cannot be deleted — otherwise its users and keys would silently
// lose their restriction — until it has been removed from them.
func TestDeleteCustomerInUse(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		a := admin(t, env)
		acme, globex := env.NewCustomer("Acme"), env.NewCustomer("Globex")
		manager := env.NewUser("manager@example.com", apitest.Confirmed,
			apitest.WithRole(env.NewRole("manager", permission.UsersRead)), apitest.WithCustomers(acme))
		env.APIKey("sync", []permission.Permission{permission.UsersRead}, []*ent.Customer{globex})
		const del = `mutation($id: ID!) { deleteCustomer(input: {id: $id}) { deletedID } }`

		for _, c := range []struct{ id, want string }{
			{string(acme.ID), `"Acme" is still assigned to 1 user and 0 API keys`},
			{string(globex.ID), `"Globex" is still assigned to 0 users and 1 API key`},
		} {
			r := a.Query(del, map[string]any{"id": c.id})
			r.Fail(t, "CONFLICT", "input.id")
			if !strings.Contains(r.Errors[0].Message, c.want) || r.Errors[0].Extensions["reason"] != "IN_USE" {
				t.Fatalf("message %q, extensions %v", r.Errors[0].Message, r.Errors[0].Extensions)
			}
		}
		if n := env.Client.Customer.Query().CountX(viewer.SystemContext(env.Ctx)); n != 2 {
			t.Fatalf("%d customers left, want 2", n)
		}
		// The manager is still restricted: they see themselves, not the admin.
		var seen struct{ Users struct{ TotalCount int } }
		env.As(env.SessionFor(manager)).MustQuery(`{ users { totalCount } }`, nil, &seen)
		if seen.Users.TotalCount != 1 {
			t.Fatalf("restricted manager sees %d users", seen.Users.TotalCount)
		}

		// Once nobody holds it, it goes.
		a.MustQuery(`mutation($u: ID!, $c: ID!) { setUserRestrictions(input: {id: $u, removeCustomerIDs: [$c]}) { user { id } } }`,
			map[string]any{"u": string(manager.ID), "c": string(acme.ID)}, nil)
		a.MustQuery(del, map[string]any{"id": string(acme.ID)}, nil)
		if env.Client.Customer.Query().Where(customer.ID(acme.ID)).ExistX(viewer.SystemContext(env.Ctx)) {
			t.Fatal("unassigned customer not deleted")
		}
	})
}

// TestCustomerTriggerBackstop: the database itself refuses to delete an
// assigned customer, whatever path tries.
func TestCustomerTriggerBackstop(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		acme := env.NewCustomer("Acme")
		env.NewUser("member@example.com", apitest.WithCustomers(acme))
		err := env.Client.Customer.DeleteOneID(acme.ID).Exec(viewer.SystemContext(env.Ctx))
		if err == nil {
			t.Fatal("the database deleted an assigned customer")
		}
		if !env.Client.Customer.Query().Where(customer.ID(acme.ID)).ExistX(viewer.SystemContext(env.Ctx)) {
			t.Fatal("customer gone")
		}
	})
}

// TestDeleteRoleInUse: a role still held is refused with CONFLICT; a
// built-in role cannot be deleted at all.
func TestDeleteRoleInUse(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		a := admin(t, env)
		support := env.NewRole("support", permission.UsersRead)
		holder := env.NewUser("agent@example.com", apitest.Confirmed, apitest.WithRole(support))
		const del = `mutation($id: ID!) { deleteRole(input: {id: $id}) { deletedID } }`

		r := a.Query(del, map[string]any{"id": string(support.ID)})
		r.Fail(t, "CONFLICT", "input.id")
		if !strings.Contains(r.Errors[0].Message, `"support" is still held by 1 user`) {
			t.Fatalf("message %q", r.Errors[0].Message)
		}
		a.Query(del, map[string]any{"id": string(env.Role("user").ID)}).Fail(t, "FORBIDDEN", "")

		a.MustQuery(`mutation($u: ID!, $r: ID!) { setUserRestrictions(input: {id: $u, roleID: $r}) { user { id } } }`,
			map[string]any{"u": string(holder.ID), "r": string(env.Role("user").ID)}, nil)
		a.MustQuery(del, map[string]any{"id": string(support.ID)}, nil)
	})
}

// TestUpdateCustomerExternalID: an external ID left out stays, a new one
// replaces it, and null removes it (the console sends null when the field
// is emptied; an empty string would collide with the uniqueness rule).
func TestUpdateCustomerExternalID(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		c := env.NewCustomer("Initech")
		const q = `mutation($in: UpdateCustomerInput!) { updateCustomer(input: $in) { customer { name externalID } } }`
		var out struct {
			UpdateCustomer struct {
				Customer struct {
					Name       string
					ExternalID *string
				}
			}
		}
		step := func(in map[string]any, name string, want *string) {
			t.Helper()
			in["id"] = c.ID
			env.MustQuery(q, map[string]any{"in": in}, &out)
			got := out.UpdateCustomer.Customer
			if got.Name != name || (got.ExternalID == nil) != (want == nil) || (want != nil && *got.ExternalID != *want) {
				t.Fatalf("after %v: %+v, want name %q and external ID %v", in, got, name, want)
			}
		}
		id := "INI-7"
		step(map[string]any{"externalID": id}, "Initech", &id)
		step(map[string]any{"name": "Initech Ltd"}, "Initech Ltd", &id)
		step(map[string]any{"externalID": nil}, "Initech Ltd", nil)
		if got := env.Client.Customer.GetX(env.Ctx, c.ID); got.ExternalID != nil {
			t.Fatalf("stored external ID after null: %v", *got.ExternalID)
		}
	})
}
