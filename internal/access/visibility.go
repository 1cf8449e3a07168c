package access

import (
	"entgo.io/ent/dialect/sql"

	"github.com/rosterhq/roster/ent/customer"
	"github.com/rosterhq/roster/ent/predicate"
	"github.com/rosterhq/roster/ent/user"
	"github.com/rosterhq/roster/internal/permission"
	"github.com/rosterhq/roster/internal/viewer"
)

// all is a predicate that filters nothing.
func all[P ~func(*sql.Selector)]() P { return func(*sql.Selector) {} }

// none is a predicate that matches no row.
func none[P ~func(*sql.Selector)]() P {
	return func(s *sql.Selector) { s.Where(sql.False()) }
}

// VisibleUsers returns the predicate of the users v may see.
func VisibleUsers(v *viewer.Viewer) predicate.User {
	switch {
	case v.Kind == viewer.System:
		return all[predicate.User]()
	case v.Can(permission.UsersRead) && !v.Restricted():
		return all[predicate.User]()
	case v.Can(permission.UsersRead):
		shared := user.HasCustomersWith(customer.IDIn(v.Customers...))
		if v.Kind == viewer.User {
			return user.Or(user.ID(v.UserID), shared)
		}
		return shared
	case v.Kind == viewer.User:
		return user.ID(v.UserID)
	default:
		return none[predicate.User]()
	}
}
