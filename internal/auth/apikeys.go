package auth

import (
	"context"
	"fmt"
	"time"

	"github.com/rosterhq/roster/ent"
	"github.com/rosterhq/roster/ent/customer"
	"github.com/rosterhq/roster/internal/permission"
	"github.com/rosterhq/roster/internal/problem"
	"github.com/rosterhq/roster/internal/pulid"
	"github.com/rosterhq/roster/internal/viewer"
)

// CreateAPIKey creates a key and returns it with the secret, shown only
// now. The access policy checks that the caller holds every permission
// it grants; this function checks names, customers and expiry.
func (s *Service) CreateAPIKey(ctx context.Context, name string, perms []permission.Permission, customers []pulid.ID, expires *time.Time) (*ent.APIKey, string, error) {
	if name == "" || len(name) > 200 {
		return nil, "", problem.Invalid("input.name", "REQUIRED", "a name of 1 to 200 characters")
	}
	if len(perms) == 0 {
		return nil, "", problem.Invalid("input.permissions", "REQUIRED", "give the key at least one permission")
	}
	if expires != nil && !expires.After(s.now()) {
		return nil, "", problem.Invalid("input.expiresAt", "IN_THE_PAST", "the expiry must lie in the future")
	}
	if n, err := s.Client.Customer.Query().Where(customer.IDIn(customers...)).Count(ctx); err != nil {
		return nil, "", err
	} else if n != len(uniq(customers)) {
		return nil, "", problem.Invalid("input.customerIDs", "UNKNOWN_CUSTOMER", "a customer ID names no customer you can see")
	}
	key, prefix, hash := NewAPIKey()
	c := s.Client.APIKey.Create().SetName(name).SetPrefix(prefix).SetSecretHash(hash).SetPermissions(perms).
		AddCustomerIDs(customers...).SetNillableExpiresAt(expires)
	if v := viewer.FromContext(ctx); v.Kind == viewer.User {
		c.SetCreatedByID(v.UserID)
	}
	k, err := c.Save(ctx)
	if err != nil {
		return nil, "", fmt.Errorf("auth: create api key: %w", err)
	}
	return k, key, nil
}

func uniq(ids []pulid.ID) map[pulid.ID]bool {
	m := map[pulid.ID]bool{}
	for _, id := range ids {
		m[id] = true
	}
	return m
}
