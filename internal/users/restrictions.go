package users

import (
	"context"
	"fmt"

	"github.com/rosterhq/roster/ent"
	"github.com/rosterhq/roster/ent/customer"
	"github.com/rosterhq/roster/internal/database"
	"github.com/rosterhq/roster/internal/problem"
	"github.com/rosterhq/roster/internal/pulid"
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
