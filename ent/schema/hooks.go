package schema

import (
	"context"
	"strings"

	"entgo.io/ent"

	"github.com/rosterhq/roster/internal/aliastext"
	"github.com/rosterhq/roster/internal/audit"
	"github.com/rosterhq/roster/internal/permission"
)

// NormalizeEmail is the one normalisation every stored address goes
// through: surrounding space removed, lower-cased. With it, the unique
// indexes on users.email and email_aliases.email are case-insensitive.
func NormalizeEmail(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

// normalizeEmails rewrites the named string fields of any mutation with
// NormalizeEmail before it is stored.
func normalizeEmails(fields ...string) ent.Hook {
	return func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			for _, f := range fields {
				if v, ok := m.Field(f); ok {
					if s, ok := v.(string); ok {
						if err := m.SetField(f, NormalizeEmail(s)); err != nil {
							return nil, err
						}
					}
				}
			}
			return next.Mutate(ctx, m)
		})
	}
}

// permissionSet stores the permissions field of any mutation as a set
// (permission.Set): a role or key granted USERS_READ twice holds it once.
func permissionSet(next ent.Mutator) ent.Mutator {
	return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
		if v, ok := m.Field("permissions"); ok {
			if ps, ok := v.([]permission.Permission); ok {
				if err := m.SetField("permissions", permission.Set(ps)); err != nil {
					return nil, err
				}
			}
		}
		return next.Mutate(ctx, m)
	})
}

// Hooks implements ent.Schema.
func (Role) Hooks() []ent.Hook { return []ent.Hook{permissionSet} }

// Hooks implements ent.Schema.
func (APIKey) Hooks() []ent.Hook { return []ent.Hook{permissionSet} }

// Hooks implements ent.Schema.
func (User) Hooks() []ent.Hook {
	return []ent.Hook{normalizeEmails("email", "unconfirmed_email"), audit.Hook(), aliastext.UserHook()}
}

// Hooks implements ent.Schema: alias changes are recorded as changes of
// their user (history and webhooks), and the user's search text follows
// its confirmed aliases.
func (EmailAlias) Hooks() []ent.Hook {
	return []ent.Hook{normalizeEmails("email"), audit.AliasHook(), aliastext.Hook()}
}

// Hooks implements ent.Schema.
func (NewsletterSubscription) Hooks() []ent.Hook { return []ent.Hook{normalizeEmails("email")} }

// Hooks implements ent.Schema: linking and unlinking identities are
// recorded as changes of their user (history and webhooks).
func (OIDCIdentity) Hooks() []ent.Hook { return []ent.Hook{audit.OIDCIdentityHook()} }
