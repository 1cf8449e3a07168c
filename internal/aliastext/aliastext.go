// Package aliastext keeps users.alias_text, each user's confirmed alias
// addresses sorted and joined by spaces (NULL for none), in step with the email_aliases
// table. Search reads it (internal/users, SearchParts): with the aliases
// on the user's own row, a search word is one pattern over one row, which
// an index can answer and a page can stop early on, however many users
// the word matches.
package aliastext

import (
	"context"
	"fmt"

	"entgo.io/ent/dialect"

	"github.com/rosterhq/roster/ent"
	"github.com/rosterhq/roster/ent/emailalias"
	"github.com/rosterhq/roster/ent/hook"
	"github.com/rosterhq/roster/internal/audit"
)

// Hook rewrites the alias text of every user whose aliases a mutation
// changes, after the change and with the mutation's client, so in the
// same transaction. A new alias that is not confirmed changes nothing
// searched and costs nothing. The text is written with a statement of its
// own, not through the user's mutation: it is derived data, not a change
// of the user (no history, no webhook, no updated_at), and the caller's
// right to change the alias was checked by the alias's policy already.
func Hook() ent.Hook {
	return hook.On(func(next ent.Mutator) ent.Mutator {
		return hook.EmailAliasFunc(func(ctx context.Context, m *ent.EmailAliasMutation) (ent.Value, error) {
			if !searched(m) {
				return next.Mutate(ctx, m)
			}
			owners, err := audit.AliasOwners(ctx, m)
			if err != nil {
				return nil, err
			}
			v, err := next.Mutate(ctx, m)
			if err != nil {
				return v, err
			}
			for _, id := range owners {
				if err := refresh(ctx, m.Client(), string(id)); err != nil {
					return nil, err
				}
			}
			return v, nil
		})
	}, ent.OpCreate|ent.OpUpdate|ent.OpUpdateOne|ent.OpDelete|ent.OpDeleteOne)
}

// searched reports whether m may change what alias_text holds: a
// confirmed alias created, any alias deleted, or an update of an alias's
// address, confirmation or owner.
func searched(m *ent.EmailAliasMutation) bool {
	switch {
	case m.Op().Is(ent.OpCreate):
		_, confirmed := m.ConfirmedAt()
		return confirmed
	case m.Op().Is(ent.OpDelete | ent.OpDeleteOne):
		return true
	}
	for _, f := range []string{emailalias.FieldEmail, emailalias.FieldConfirmedAt} {
		if _, set := m.Field(f); set || m.FieldCleared(f) {
			return true
		}
	}
	return m.UserCleared() || len(m.UserIDs()) > 0
}

// refresh writes the alias text of the user id from the confirmed
// aliases it holds now.
func refresh(ctx context.Context, client *ent.Client, id string) error {
	query := `UPDATE users SET alias_text = (SELECT string_agg(email, ' ' ORDER BY email) FROM email_aliases WHERE user_email_aliases = $1 AND confirmed_at IS NOT NULL) WHERE id = $2`
	if client.EmailAlias.Query().Dialect() != dialect.Postgres {
		query = `UPDATE users SET alias_text = (SELECT group_concat(email, ' ') FROM (SELECT email FROM email_aliases WHERE user_email_aliases = ? AND confirmed_at IS NOT NULL ORDER BY email)) WHERE id = ?`
	}
	if _, err := client.ExecContext(ctx, query, id, id); err != nil {
		return fmt.Errorf("aliastext: user %s: %w", id, err)
	}
	return nil
}
