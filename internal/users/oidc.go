package users

import (
	"context"
	"fmt"

	"github.com/rosterhq/roster/ent"
	"github.com/rosterhq/roster/ent/oidcidentity"
	"github.com/rosterhq/roster/internal/database"
	"github.com/rosterhq/roster/internal/mail"
	"github.com/rosterhq/roster/internal/problem"
	"github.com/rosterhq/roster/internal/pulid"
)

// NotifyOIDCLinked tells every notification address of u, through the
// outbox of c (the transaction that made the link), that an identity of
// the sign-in provider named provider was linked to the account; address
// is the identity's email at the provider, possibly empty.
func (s *Service) NotifyOIDCLinked(ctx context.Context, c *ent.Client, u *ent.User, provider, address string) error {
	to, err := NotificationAddresses(ctx, c, u)
	if err != nil {
		return err
	}
	for _, addr := range to {
		if err := s.send(ctx, c, mail.OIDCLinked, addr, u, mail.Data{At: s.now(), Provider: provider, Address: address}); err != nil {
			return fmt.Errorf("users: notify oidc link: %w", err)
		}
	}
	return nil
}

// UnlinkOIDCIdentity removes a linked OpenID Connect identity: the
// caller's own, or (as the access policy decides) a user's the caller
// may manage. The identity no longer signs anyone in; the change is
// recorded in the user's history (audit.PropertyOIDCIdentities). An
// identity the caller cannot see is NOT_FOUND.
func (s *Service) UnlinkOIDCIdentity(ctx context.Context, id pulid.ID) error {
	return database.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		exists, err := c.OIDCIdentity.Query().Where(oidcidentity.ID(id)).Exist(ctx)
		if err != nil {
			return fmt.Errorf("users: unlink oidc identity: %w", err)
		}
		if !exists {
			return problem.NotFoundf("no linked identity with ID %s", id)
		}
		return c.OIDCIdentity.DeleteOneID(id).Exec(ctx)
	})
}
