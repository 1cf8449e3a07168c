package access

import (
	"reflect"

	"github.com/rosterhq/roster/ent"
	"github.com/rosterhq/roster/ent/customer"
	"github.com/rosterhq/roster/ent/emailalias"
	"github.com/rosterhq/roster/ent/newslettersubscription"
	"github.com/rosterhq/roster/ent/oidcidentity"
	"github.com/rosterhq/roster/ent/predicate"
	"github.com/rosterhq/roster/ent/user"
	"github.com/rosterhq/roster/internal/permission"
	"github.com/rosterhq/roster/internal/viewer"
)

// VisibleCustomers returns the predicate of the customers v may see:
// all of them for the system and unrestricted holders of users:read or
// customers:manage, its own for a restricted caller, a plain user's own
// customers, and none otherwise.
func VisibleCustomers(v *viewer.Viewer) predicate.Customer {
	switch {
	case v.Kind == viewer.System:
		return all[predicate.Customer]()
	case v.Restricted():
		return customer.IDIn(v.Customers...)
	case v.Can(permission.UsersRead) || v.Can(permission.CustomersManage):
		return all[predicate.Customer]()
	case v.Kind == viewer.User:
		return customer.HasUsersWith(user.ID(v.UserID))
	default:
		return none[predicate.Customer]()
	}
}

// SeesEveryUser reports whether v may see every user (VisibleUsers
// filters nothing).
func SeesEveryUser(v *viewer.Viewer) bool {
	return v.Kind == viewer.System || (v.Can(permission.UsersRead) && !v.Restricted())
}

// VisibleEmailAliases are the aliases of the users v may see. Every alias
// has a user, so a caller who sees every user sees every alias, without
// the correlated lookup of the user (a list page loads the aliases of 50
// users at once).
func VisibleEmailAliases(v *viewer.Viewer) predicate.EmailAlias {
	if SeesEveryUser(v) {
		return all[predicate.EmailAlias]()
	}
	return emailalias.HasUserWith(VisibleUsers(v))
}

// VisibleOIDCIdentities are the identities of the users v may see (every
// identity has a user, as every alias).
func VisibleOIDCIdentities(v *viewer.Viewer) predicate.OIDCIdentity {
	if SeesEveryUser(v) {
		return all[predicate.OIDCIdentity]()
	}
	return oidcidentity.HasUserWith(VisibleUsers(v))
}

// VisibleNewsletterSubscriptions are the subscriptions of the users v
// may see.
func VisibleNewsletterSubscriptions(v *viewer.Viewer) predicate.NewsletterSubscription {
	return newslettersubscription.HasUserWith(VisibleUsers(v))
}

// VisibleRoles are every role: roles are public to signed-in callers.
func VisibleRoles(v *viewer.Viewer) predicate.Role {
	if !v.Authenticated() {
		return none[predicate.Role]()
	}
	return all[predicate.Role]()
}

// neighbours maps the where-input of each entity that an edge filter can
// reach to the predicate of the rows of that entity the viewer may see.
// GuardWhere adds it to every edge filter (has…With), so that a filter
// never tests a condition on a row its caller cannot read. The query
// policies filter with the same predicates. An entity missing here is
// refused in edge filters (TestEveryEdgeFilterIsGuarded keeps the map
// complete).
var neighbours = map[reflect.Type]func(*viewer.Viewer) any{
	reflect.TypeFor[ent.UserWhereInput]():                   func(v *viewer.Viewer) any { return VisibleUsers(v) },
	reflect.TypeFor[ent.CustomerWhereInput]():               func(v *viewer.Viewer) any { return VisibleCustomers(v) },
	reflect.TypeFor[ent.RoleWhereInput]():                   func(v *viewer.Viewer) any { return VisibleRoles(v) },
	reflect.TypeFor[ent.EmailAliasWhereInput]():             func(v *viewer.Viewer) any { return VisibleEmailAliases(v) },
	reflect.TypeFor[ent.OIDCIdentityWhereInput]():           func(v *viewer.Viewer) any { return VisibleOIDCIdentities(v) },
	reflect.TypeFor[ent.NewsletterSubscriptionWhereInput](): func(v *viewer.Viewer) any { return VisibleNewsletterSubscriptions(v) },
}

// GuardsNeighbour reports whether edge filters into rows of the
// where-input type t are guarded (for tests).
func GuardsNeighbour(t reflect.Type) bool {
	_, ok := neighbours[t]
	return ok
}
