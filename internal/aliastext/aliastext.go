// Package aliastext keeps users.alias_text, each user's confirmed alias
// addresses sorted and joined by spaces (NULL for none), in step with the
// email_aliases table. Search reads it (internal/users, SearchParts): with
// the aliases on the user's own row, a search word is one pattern over one
// row, which an index can answer and a page can stop early on, however
// many users the word matches.
package aliastext

import (
	"context"
	"fmt"

	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/sql"

	"github.com/rosterhq/roster/ent"
	"github.com/rosterhq/roster/ent/emailalias"
	"github.com/rosterhq/roster/ent/hook"
	"github.com/rosterhq/roster/ent/user"
	"github.com/rosterhq/roster/internal/audit"
	"github.com/rosterhq/roster/internal/pulid"
	"github.com/rosterhq/roster/internal/viewer"
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
			if err := lock(ctx, m.Client(), owners); err != nil {
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

// lock takes the user rows of owners for the rest of the transaction, on
// PostgreSQL, before the aliases change. Transactions run at READ
// COMMITTED, where the refresh's UPDATE computes its text from the aliases
// as its statement began: of two alias changes of one user, the second
// would otherwise compute its text before the first commits, wait for the
// row, and then write a text without the first change. With the row taken
// first, the second change waits before it starts, and its statements see
// the first one's commit. The lock is FOR NO KEY UPDATE, the lock of any
// UPDATE of the row, so rows that merely reference the user (history, a
// new session) are not held up. SQLite has one writer at a time and needs
// none.
func lock(ctx context.Context, client *ent.Client, owners []pulid.ID) error {
	if len(owners) == 0 || client.User.Query().Dialect() != dialect.Postgres {
		return nil
	}
	_, err := client.User.Query().Where(user.IDIn(owners...)).Order(ent.Asc(user.FieldID)).
		Modify(func(s *sql.Selector) { s.For(sql.LockNoKeyUpdate) }).IDs(viewer.SystemContext(ctx))
	if err != nil {
		return fmt.Errorf("aliastext: lock users: %w", err)
	}
	return nil
}

// refresh writes the alias text of the user id from the confirmed
// aliases it holds now.
func refresh(ctx context.Context, client *ent.Client, id string) error {
	query := `UPDATE users SET alias_text = (SELECT string_agg(email, ' ' ORDER BY email) FROM email_aliases WHERE user_email_aliases = $1 AND confirmed_at IS NOT NULL) WHERE id = $2`
	if client.EmailAlias.Query().Dialect() != dialect.Postgres {
		query = `UPDATE users SET alias_text = (SELECT group_concat(email, ' ' ORDER BY email) FROM email_aliases WHERE user_email_aliases = ? AND confirmed_at IS NOT NULL) WHERE id = ?`
	}
	if _, err := client.ExecContext(ctx, query, id, id); err != nil {
		return fmt.Errorf("aliastext: user %s: %w", id, err)
	}
	return nil
}

// UserHook refuses a user mutation that adds, removes or clears the
// user's aliases through the user's side of the edge: such a change would
// move alias rows without an alias mutation, and so without Hook. Roster
// changes aliases only as aliases (internal/users); this keeps it so. It
// refuses a mutation that sets alias_text, which only Hook writes, too.
func UserHook() ent.Hook {
	return hook.On(func(next ent.Mutator) ent.Mutator {
		return hook.UserFunc(func(ctx context.Context, m *ent.UserMutation) (ent.Value, error) {
			if len(m.EmailAliasesIDs()) > 0 || len(m.RemovedEmailAliasesIDs()) > 0 || m.EmailAliasesCleared() {
				return nil, fmt.Errorf("aliastext: a user's aliases are changed as aliases, not through the user")
			}
			if _, set := m.AliasText(); set || m.AliasTextCleared() {
				return nil, fmt.Errorf("aliastext: a user's alias text is derived from its aliases and not set")
			}
			return next.Mutate(ctx, m)
		})
	}, ent.OpCreate|ent.OpUpdate|ent.OpUpdateOne)
}
