package users

import (
	"context"
	"fmt"

	"github.com/rosterhq/roster/ent"
	"github.com/rosterhq/roster/ent/emailalias"
	"github.com/rosterhq/roster/ent/user"
	"github.com/rosterhq/roster/internal/mail"
	"github.com/rosterhq/roster/internal/viewer"
)

// NotificationAddresses returns where notifications about an account go:
// its email address, then its confirmed aliases in alphabetical order. An
// alias receives notifications from the moment it is confirmed.
func NotificationAddresses(ctx context.Context, c *ent.Client, u *ent.User) ([]string, error) {
	aliases, err := c.EmailAlias.Query().
		Where(emailalias.HasUserWith(user.ID(u.ID)), emailalias.ConfirmedAtNotNil()).
		Order(ent.Asc(emailalias.FieldEmail)).
		Select(emailalias.FieldEmail).Strings(viewer.SystemContext(ctx))
	if err != nil {
		return nil, fmt.Errorf("users: notification addresses: %w", err)
	}
	return append([]string{u.Email}, aliases...), nil
}

// notify writes a notification (a message without a link) to every
// notification address of u, in the transaction of c.
func (s *Service) notify(ctx context.Context, c *ent.Client, template string, u *ent.User) error {
	to, err := NotificationAddresses(ctx, c, u)
	if err != nil {
		return err
	}
	for _, addr := range to {
		if err := s.send(ctx, c, template, addr, u, mail.Data{At: s.now()}); err != nil {
			return err
		}
	}
	return nil
}
