package access

import (
	"context"

	"github.com/rosterhq/roster/ent"
	"github.com/rosterhq/roster/ent/apikey"
	"github.com/rosterhq/roster/ent/auditentry"
	"github.com/rosterhq/roster/ent/customer"
	"github.com/rosterhq/roster/ent/oidcidentity"
	"github.com/rosterhq/roster/ent/outgoingmail"
	"github.com/rosterhq/roster/ent/predicate"
	"github.com/rosterhq/roster/ent/privacy"
	"github.com/rosterhq/roster/ent/session"
	"github.com/rosterhq/roster/ent/user"
	"github.com/rosterhq/roster/internal/permission"
	"github.com/rosterhq/roster/internal/pulid"
	"github.com/rosterhq/roster/internal/viewer"
)

// allowSystem lets the system viewer do anything; every policy starts
// with it.
var allowSystem = privacy.ContextQueryMutationRule(func(ctx context.Context) error {
	if viewer.FromContext(ctx).Kind == viewer.System {
		return privacy.Allow
	}
	return privacy.Skip
})

// denyAnonymous stops anonymous callers before any other rule.
var denyAnonymous = privacy.ContextQueryMutationRule(func(ctx context.Context) error {
	if !viewer.FromContext(ctx).Authenticated() {
		return privacy.Denyf("access: sign in first")
	}
	return privacy.Skip
})

// requirePermission allows a mutation when the viewer holds p and is not
// restricted to customers; otherwise it denies.
func requireUnrestricted(p permission.Permission) privacy.MutationRule {
	return privacy.MutationRuleFunc(func(ctx context.Context, _ ent.Mutation) error {
		v := viewer.FromContext(ctx)
		if v.Can(p) && !v.Restricted() {
			return privacy.Allow
		}
		return privacy.Denyf("access: needs %s without customer restrictions", p)
	})
}

// systemOnly is the policy of rows only Roster itself reads and writes:
// one-time tokens, rate limits, outgoing mail bodies.
func systemOnly() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{allowSystem, privacy.AlwaysDenyRule()},
		Mutation: privacy.MutationPolicy{allowSystem, privacy.AlwaysDenyRule()},
	}
}

// OneTimeTokenPolicy: system only.
func OneTimeTokenPolicy() ent.Policy { return systemOnly() }

// RateLimitPolicy: system only.
func RateLimitPolicy() ent.Policy { return systemOnly() }

// AccountRequestPolicy: system only; the API stores requests as the system
// after validating them, and only the worker reads them.
func AccountRequestPolicy() ent.Policy { return systemOnly() }

// OutgoingMailPolicy: admins without restrictions (settings:manage) may
// read the outbox and put a message back in the queue (status, next
// attempt); everything else about a mail is written by Roster only.
func OutgoingMailPolicy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{allowSystem, denyAnonymous,
			privacy.OutgoingMailQueryRuleFunc(func(ctx context.Context, q *ent.OutgoingMailQuery) error {
				v := viewer.FromContext(ctx)
				if v.Can(permission.SettingsManage) && !v.Restricted() {
					return privacy.Allow
				}
				return privacy.Denyf("access: needs settings:manage")
			})},
		Mutation: privacy.MutationPolicy{allowSystem, denyAnonymous,
			privacy.OutgoingMailMutationRuleFunc(func(ctx context.Context, m *ent.OutgoingMailMutation) error {
				v := viewer.FromContext(ctx)
				if !v.Can(permission.SettingsManage) || v.Restricted() {
					return privacy.Denyf("access: needs settings:manage")
				}
				if !m.Op().Is(ent.OpUpdateOne|ent.OpUpdate) || !subset(m.Fields(), requeueFields) ||
					!subset(m.ClearedFields(), []string{outgoingmail.FieldClaimedUntil}) {
					return privacy.Denyf("access: only Roster writes mails; admins may only queue one again")
				}
				return privacy.Allow
			})},
	}
}

// requeueFields are what putting a mail back in the queue changes.
var requeueFields = []string{outgoingmail.FieldStatus, outgoingmail.FieldNextAttemptAt, outgoingmail.FieldUpdatedAt}

// readAuthenticated lets every signed-in caller read; writes need p
// without restrictions.
func readAuthenticated(p permission.Permission) ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{allowSystem, denyAnonymous, privacy.AlwaysAllowRule()},
		Mutation: privacy.MutationPolicy{allowSystem, denyAnonymous, requireUnrestricted(p)},
	}
}

// SettingsPolicy: read by any signed-in caller, changed with
// settings:manage.
func SettingsPolicy() ent.Policy { return readAuthenticated(permission.SettingsManage) }

// AttributeDefinitionPolicy: read by any signed-in caller (forms need
// them), changed with settings:manage.
func AttributeDefinitionPolicy() ent.Policy { return readAuthenticated(permission.SettingsManage) }

// RolePolicy: read by any signed-in caller; created, changed and deleted
// with roles:manage, never beyond the caller's own permissions, never a
// built-in role.
func RolePolicy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{allowSystem, denyAnonymous, privacy.AlwaysAllowRule()},
		Mutation: privacy.MutationPolicy{allowSystem, denyAnonymous,
			privacy.RoleMutationRuleFunc(roleMutation)},
	}
}

// CustomerPolicy: unrestricted viewers with users:read or
// customers:manage see all customers; restricted viewers see theirs; a
// plain user sees their own. Changes need customers:manage without
// restrictions.
func CustomerPolicy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{allowSystem, denyAnonymous,
			privacy.CustomerQueryRuleFunc(func(ctx context.Context, q *ent.CustomerQuery) error {
				q.Where(VisibleCustomers(viewer.FromContext(ctx)))
				return privacy.Skip
			}),
			privacy.AlwaysAllowRule()},
		Mutation: privacy.MutationPolicy{allowSystem, denyAnonymous, requireUnrestricted(permission.CustomersManage)},
	}
}

// UserPolicy filters users to the visible ones and guards every change.
func UserPolicy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{allowSystem, denyAnonymous,
			privacy.UserQueryRuleFunc(func(ctx context.Context, q *ent.UserQuery) error {
				q.Where(VisibleUsers(viewer.FromContext(ctx)))
				return privacy.Skip
			}),
			privacy.AlwaysAllowRule()},
		Mutation: privacy.MutationPolicy{allowSystem, denyAnonymous,
			privacy.UserMutationRuleFunc(userMutation)},
	}
}

// EmailAliasPolicy: aliases are seen with their user; changed by their
// user or with users:write on a visible user.
func EmailAliasPolicy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{allowSystem, denyAnonymous,
			privacy.EmailAliasQueryRuleFunc(func(ctx context.Context, q *ent.EmailAliasQuery) error {
				q.Where(VisibleEmailAliases(viewer.FromContext(ctx)))
				return privacy.Skip
			}),
			privacy.AlwaysAllowRule()},
		Mutation: privacy.MutationPolicy{allowSystem, denyAnonymous,
			privacy.EmailAliasMutationRuleFunc(func(ctx context.Context, m *ent.EmailAliasMutation) error {
				return ownerOrWriter(ctx, m, m.Client(), aliasOwner(m))
			})},
	}
}

// OIDCIdentityPolicy: identities are seen with their user; only the
// system links them (sign-in flows); one is unlinked by its user or with
// users:write on a visible user.
func OIDCIdentityPolicy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{allowSystem, denyAnonymous,
			privacy.OIDCIdentityQueryRuleFunc(func(ctx context.Context, q *ent.OIDCIdentityQuery) error {
				q.Where(VisibleOIDCIdentities(viewer.FromContext(ctx)))
				return privacy.Skip
			}),
			privacy.AlwaysAllowRule()},
		Mutation: privacy.MutationPolicy{allowSystem, denyAnonymous,
			privacy.OIDCIdentityMutationRuleFunc(func(ctx context.Context, m *ent.OIDCIdentityMutation) error {
				id, ok := m.ID()
				if !ok || !m.Op().Is(ent.OpDeleteOne) {
					return privacy.Denyf("access: only Roster links identities; they are unlinked one at a time")
				}
				return ownerOrWriter(ctx, m, m.Client(), func(ctx context.Context) (pulid.ID, bool) {
					uid, err := m.Client().OIDCIdentity.Query().Where(oidcidentity.ID(id)).QueryUser().OnlyID(viewer.SystemContext(ctx))
					return uid, err == nil
				})
			})},
	}
}

// NewsletterSubscriptionPolicy: seen with their user; changed by the
// subscriber or with users:write on a visible user.
func NewsletterSubscriptionPolicy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{allowSystem, denyAnonymous,
			privacy.NewsletterSubscriptionQueryRuleFunc(func(ctx context.Context, q *ent.NewsletterSubscriptionQuery) error {
				q.Where(VisibleNewsletterSubscriptions(viewer.FromContext(ctx)))
				return privacy.Skip
			}),
			privacy.AlwaysAllowRule()},
		Mutation: privacy.MutationPolicy{allowSystem, denyAnonymous,
			privacy.NewsletterSubscriptionMutationRuleFunc(func(ctx context.Context, m *ent.NewsletterSubscriptionMutation) error {
				return ownerOrWriter(ctx, m, m.Client(), subscriptionOwner(m))
			})},
	}
}

// SessionPolicy: a user sees their own sessions; holders of users:lock
// see those of visible users. A session is ended by its user or with
// users:lock; only the system creates sessions (sign-in).
func SessionPolicy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{allowSystem, denyAnonymous,
			privacy.SessionQueryRuleFunc(func(ctx context.Context, q *ent.SessionQuery) error {
				v := viewer.FromContext(ctx)
				switch {
				case v.Can(permission.UsersLock):
					q.Where(session.HasUserWith(VisibleUsers(v)))
				case v.Kind == viewer.User:
					q.Where(session.HasUserWith(user.ID(v.UserID)))
				default:
					q.Where(none[predicate.Session]())
				}
				return privacy.Skip
			}),
			privacy.AlwaysAllowRule()},
		Mutation: privacy.MutationPolicy{allowSystem, denyAnonymous,
			privacy.SessionMutationRuleFunc(sessionMutation)},
	}
}

// AuditEntryPolicy: entries are read with audit:read, for visible users;
// entries whose user was deleted only by unrestricted viewers. Only the
// system (the audit hook) writes them.
func AuditEntryPolicy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{allowSystem, denyAnonymous,
			privacy.AuditEntryQueryRuleFunc(func(ctx context.Context, q *ent.AuditEntryQuery) error {
				v := viewer.FromContext(ctx)
				switch {
				case !v.Can(permission.AuditRead):
					q.Where(none[predicate.AuditEntry]())
				case v.Restricted():
					// Entries of visible users, and of customer changes
					// only those about the caller's own customers.
					q.Where(auditentry.HasUserWith(VisibleUsers(v)), auditentry.Or(
						auditentry.PropertyNEQ(PropertyCustomers), auditentry.CustomerIDIn(v.Customers...)))
				}
				return privacy.Skip
			}),
			privacy.AlwaysAllowRule()},
		Mutation: privacy.MutationPolicy{allowSystem, privacy.AlwaysDenyRule()},
	}
}

// APIKeyPolicy: keys are listed and managed with apikeys:manage; a
// restricted manager sees only keys restricted to its customers.
func APIKeyPolicy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{allowSystem, denyAnonymous,
			privacy.APIKeyQueryRuleFunc(func(ctx context.Context, q *ent.APIKeyQuery) error {
				v := viewer.FromContext(ctx)
				switch {
				case !v.Can(permission.APIKeysManage):
					q.Where(none[predicate.APIKey]())
				case v.Restricted():
					q.Where(apikey.HasCustomersWith(customer.IDIn(v.Customers...)))
				}
				return privacy.Skip
			}),
			privacy.AlwaysAllowRule()},
		Mutation: privacy.MutationPolicy{allowSystem, denyAnonymous,
			privacy.APIKeyMutationRuleFunc(apiKeyMutation)},
	}
}

// WebhookPolicy guards endpoints, deliveries and attempts: webhooks:manage
// without restrictions (webhooks see every user's changes).
func WebhookPolicy() ent.Policy {
	read := privacy.ContextQueryMutationRule(func(ctx context.Context) error {
		v := viewer.FromContext(ctx)
		if v.Can(permission.WebhooksManage) && !v.Restricted() {
			return privacy.Allow
		}
		return privacy.Denyf("access: needs webhooks:manage")
	})
	return privacy.Policy{
		Query:    privacy.QueryPolicy{allowSystem, denyAnonymous, read},
		Mutation: privacy.MutationPolicy{allowSystem, denyAnonymous, requireUnrestricted(permission.WebhooksManage)},
	}
}
