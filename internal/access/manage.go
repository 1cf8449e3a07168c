package access

import (
	"context"
	"errors"
	"fmt"
	"slices"

	"github.com/rosterhq/roster/ent"
	"github.com/rosterhq/roster/ent/privacy"
	"github.com/rosterhq/roster/ent/user"
	"github.com/rosterhq/roster/internal/permission"
	"github.com/rosterhq/roster/internal/problem"
	"github.com/rosterhq/roster/internal/pulid"
	"github.com/rosterhq/roster/internal/viewer"
)

// ReasonOutranks is extensions.reason of a change refused because the
// target account holds something the caller does not: a permission, a
// customer outside the caller's restriction, or the built-in admin role.
const ReasonOutranks = "TARGET_OUTRANKS_CALLER"

// Target is what the manage rule needs to know about an account: its
// role and its customers.
type Target struct {
	ID pulid.ID
	// Role is the name of the account's role.
	Role string
	// Builtin tells whether that role is one of Roster's own.
	Builtin     bool
	Permissions []permission.Permission
	Customers   []pulid.ID
}

// TargetOf describes u, whose role and customers edges must be loaded.
func TargetOf(u *ent.User) Target {
	t := Target{ID: u.ID}
	if r := u.Edges.Role; r != nil {
		t.Role, t.Builtin, t.Permissions = r.Name, r.Builtin, r.Permissions
	}
	for _, c := range u.Edges.Customers {
		t.Customers = append(t.Customers, c.ID)
	}
	return t
}

// IsBuiltinAdmin reports whether v is a signed-in user holding the
// built-in admin role.
func IsBuiltinAdmin(v *viewer.Viewer) bool {
	return v.Kind == viewer.User && v.Role == permission.AdminRole
}

// MayManage is Roster's one rule for changing another account: the
// caller may act on the target only when the target holds nothing the
// caller lacks.
//
//   - The system, and a user acting on their own account, always may (what
//     a user may change on their own account is decided elsewhere).
//   - An account holding the built-in admin role is changed only by a
//     user holding it too.
//   - Every permission of the target's role must be one of the caller's.
//   - A caller restricted to customers may change only accounts whose
//     customers all lie within its own (and that have at least one): an
//     account with a customer the caller does not hold, or with none (and
//     so unrestricted), is beyond it.
//
// Reading is not governed by this rule: a restricted caller sees every
// user sharing one of its customers (VisibleUsers). The refusal is
// FORBIDDEN with reason TARGET_OUTRANKS_CALLER; it also counts as a
// privacy denial.
func MayManage(v *viewer.Viewer, t Target) error {
	if v.Kind == viewer.System || v.IsUser(t.ID) {
		return nil
	}
	if t.Builtin && t.Role == permission.AdminRole && !IsBuiltinAdmin(v) {
		return outranks("only administrators change an administrator's account")
	}
	for _, p := range t.Permissions {
		if !v.Can(p) {
			return outranks(fmt.Sprintf("the account holds %s, which you lack", p))
		}
	}
	if v.Restricted() {
		if len(t.Customers) == 0 {
			return outranks("the account is not restricted to your customers")
		}
		for _, c := range t.Customers {
			if !slices.Contains(v.Customers, c) {
				return outranks("the account belongs to a customer outside your restriction")
			}
		}
	}
	return nil
}

func outranks(msg string) error {
	return &problem.Error{Code: problem.Forbidden, Reason: ReasonOutranks, Message: msg, Err: privacy.Deny}
}

// CheckManage applies MayManage to the user id for the caller of ctx. The
// user must be visible to the caller: an invisible one is NOT_FOUND, as
// if it did not exist. Services that act on an account without changing
// its row (sending it a mail, ending its sessions) call it; changes of
// the row are checked by the User policy itself.
func CheckManage(ctx context.Context, client *ent.Client, id pulid.ID) error {
	v := viewer.FromContext(ctx)
	if _, err := client.User.Query().Where(user.ID(id)).OnlyID(ctx); err != nil {
		if ent.IsNotFound(err) {
			return problem.NotFoundf("no user with ID %s", id)
		}
		return fmt.Errorf("access: load user %s: %w", id, err)
	}
	t, err := loadTarget(ctx, client, id)
	if err != nil {
		return err
	}
	return MayManage(v, t)
}

// loadTarget reads the role and customers of user id as the system (the
// caller may not see all of its customers).
func loadTarget(ctx context.Context, client *ent.Client, id pulid.ID) (Target, error) {
	u, err := client.User.Query().Where(user.ID(id)).WithRole().WithCustomers().Only(viewer.SystemContext(ctx))
	if err != nil {
		return Target{}, fmt.Errorf("access: load user %s: %w", id, err)
	}
	return TargetOf(u), nil
}

// notVisible turns the error of loading a row under the caller's filter
// into a rule's decision: not found is a denial (the row is not the
// caller's to change), anything else is an error of its own — a database
// failure must never read as "forbidden".
func notVisible(err error, what string) error {
	var nf *ent.NotFoundError
	if errors.As(err, &nf) {
		return privacy.Denyf("access: %s not visible", what)
	}
	return fmt.Errorf("access: load %s: %w", what, err)
}
