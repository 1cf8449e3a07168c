package users

import (
	"context"
	"fmt"

	"github.com/rosterhq/roster/ent"
	"github.com/rosterhq/roster/ent/customer"
	"github.com/rosterhq/roster/internal/database"
	"github.com/rosterhq/roster/internal/problem"
	"github.com/rosterhq/roster/internal/pulid"
	"github.com/rosterhq/roster/internal/viewer"
)

// SetRestrictions changes a user's role and adds or removes customers, in
// one transaction. The access policy refuses grants beyond the caller's
// own (see internal/access); this function checks that every ID names
// something the caller can see.
func SetRestrictions(ctx context.Context, client *ent.Client, userID pulid.ID, roleID *pulid.ID, add, remove []pulid.ID) (*ent.User, error) {
	err := database.WithTx(ctx, client, func(tx *ent.Tx) error {
		c := tx.Client()
		upd := c.User.UpdateOneID(userID)
		if roleID != nil {
			if _, err := c.Role.Get(ctx, *roleID); err != nil {
				return problem.Invalid("input.roleID", "UNKNOWN_ROLE", "no role with this ID")
			}
			upd.SetRoleID(*roleID)
		}
		for field, ids := range map[string][]pulid.ID{"input.addCustomerIDs": add, "input.removeCustomerIDs": remove} {
			n, err := c.Customer.Query().Where(customer.IDIn(ids...)).Count(ctx)
			if err != nil {
				return fmt.Errorf("users: check customers: %w", err)
			}
			if n != len(uniqueIDs(ids)) {
				return problem.Invalid(field, "UNKNOWN_CUSTOMER", "a customer ID names no customer you can see")
			}
		}
		_, err := upd.AddCustomerIDs(add...).RemoveCustomerIDs(remove...).Save(ctx)
		return err
	})
	if err != nil {
		return nil, err
	}
	return client.User.Get(ctx, userID)
}

func uniqueIDs(ids []pulid.ID) map[pulid.ID]bool {
	m := map[pulid.ID]bool{}
	for _, id := range ids {
		m[id] = true
	}
	return m
}

// DeleteCustomer deletes a customer that no user and no API key holds any
// more. A customer still assigned is refused with CONFLICT: deleting it
// would silently widen what its users and keys may see — a caller whose
// last customer disappeared would no longer be restricted at all. The
// database repeats the check in a trigger (see internal/database), so an
// assignment committed concurrently cannot slip through either.
func DeleteCustomer(ctx context.Context, client *ent.Client, id pulid.ID) error {
	return database.WithTx(ctx, client, func(tx *ent.Tx) error {
		c, err := tx.Customer.Get(ctx, id)
		if err != nil {
			return err
		}
		if viewer.FromContext(ctx).Restricted() {
			// The policy refuses it too; say so before counting anything.
			return &problem.Error{Code: problem.Forbidden, Message: "deleting customers needs customers:manage without customer restrictions"}
		}
		users, err := c.QueryUsers().Count(viewer.SystemContext(ctx))
		if err != nil {
			return fmt.Errorf("users: count users of customer: %w", err)
		}
		keys, err := c.QueryAPIKeys().Count(viewer.SystemContext(ctx))
		if err != nil {
			return fmt.Errorf("users: count API keys of customer: %w", err)
		}
		if users+keys > 0 {
			return &problem.Error{Code: problem.Conflict, Field: "input.id", Reason: "IN_USE",
				Message: fmt.Sprintf("customer %q is still assigned to %s and %s; remove it from them first",
					c.Name, plural(users, "user"), plural(keys, "API key"))}
		}
		return tx.Customer.DeleteOne(c).Exec(ctx)
	})
}

// DeleteRole deletes a custom role that no user holds any more; a role in
// use is refused with CONFLICT (the users would be left without one).
// Built-in roles are refused by the access policy.
func DeleteRole(ctx context.Context, client *ent.Client, id pulid.ID) error {
	return database.WithTx(ctx, client, func(tx *ent.Tx) error {
		r, err := tx.Role.Get(ctx, id)
		if err != nil {
			return err
		}
		if r.Builtin || viewer.FromContext(ctx).Restricted() {
			// The policy refuses these too; say so before counting.
			return &problem.Error{Code: problem.Forbidden, Message: "built-in roles cannot be deleted, and deleting roles needs roles:manage without customer restrictions"}
		}
		users, err := r.QueryUsers().Count(viewer.SystemContext(ctx))
		if err != nil {
			return fmt.Errorf("users: count users of role: %w", err)
		}
		if users > 0 {
			return &problem.Error{Code: problem.Conflict, Field: "input.id", Reason: "IN_USE",
				Message: fmt.Sprintf("role %q is still held by %s; give them another role first", r.Name, plural(users, "user"))}
		}
		return tx.Role.DeleteOne(r).Exec(ctx)
	})
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
