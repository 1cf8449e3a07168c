package schema

import (
	"context"
	"strings"

	"entgo.io/ent"

	"github.com/rosterhq/roster/internal/audit"
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

// Hooks implements ent.Schema.
func (User) Hooks() []ent.Hook {
	return []ent.Hook{normalizeEmails("email", "unconfirmed_email"), audit.Hook()}
}

// Hooks implements ent.Schema: alias changes are recorded as changes of
// their user (history and webhooks).
func (EmailAlias) Hooks() []ent.Hook {
	return []ent.Hook{normalizeEmails("email"), audit.AliasHook()}
}

// Hooks implements ent.Schema.
func (NewsletterSubscription) Hooks() []ent.Hook { return []ent.Hook{normalizeEmails("email")} }
