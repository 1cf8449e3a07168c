package access

import (
	"context"
	"fmt"
	"slices"

	"github.com/rosterhq/roster/ent"
	"github.com/rosterhq/roster/ent/emailalias"
	"github.com/rosterhq/roster/ent/newslettersubscription"
	"github.com/rosterhq/roster/ent/privacy"
	"github.com/rosterhq/roster/ent/session"
	"github.com/rosterhq/roster/ent/user"
	"github.com/rosterhq/roster/internal/permission"
	"github.com/rosterhq/roster/internal/problem"
	"github.com/rosterhq/roster/internal/pulid"
	"github.com/rosterhq/roster/internal/viewer"
)

// SelfEditableFields are the user fields a user may change on their own
// account without users:write (blocked fields aside, which the users
// service refuses with the field named).
var SelfEditableFields = []string{
	user.FieldSalutation, user.FieldFirstName, user.FieldLastName, user.FieldPhone, user.FieldBirthday,
	user.FieldCompany, user.FieldStreet, user.FieldAddressAddition, user.FieldCity, user.FieldZip,
	user.FieldCountry, user.FieldCustomAttributes, user.FieldPasswordHash, user.FieldPasswordChangedAt,
	user.FieldUpdatedAt,
}

// lockFields need users:lock.
var lockFields = []string{user.FieldLockedAt, user.FieldLockReason, user.FieldLockExpiresAt}

// systemFields are never written by a caller directly: sign-in facts and
// lifecycle timestamps that Roster's flows maintain.
var systemFields = []string{
	user.FieldSignInCount, user.FieldCurrentSignInAt, user.FieldLastSignInAt, user.FieldCurrentSignInIP,
	user.FieldLastSignInIP, user.FieldLastActiveAt,
}

func userMutation(ctx context.Context, m *ent.UserMutation) error {
	v := viewer.FromContext(ctx)
	changed := append(m.Fields(), m.ClearedFields()...)
	for _, f := range changed {
		if !slices.Contains(systemFields, f) {
			continue
		}
		if v, _ := m.Field(f); f == user.FieldSignInCount && v == 0 && m.Op().Is(ent.OpCreate) {
			continue // the schema default of a new user
		}
		return privacy.Denyf("access: %s is maintained by Roster", f)
	}
	switch {
	case m.Op().Is(ent.OpCreate):
		if !v.Can(permission.UsersWrite) && !v.Can(permission.UsersInvite) {
			return privacy.Denyf("access: creating users needs users:write or users:invite")
		}
		return checkGrants(ctx, m, v, nil)
	case m.Op().Is(ent.OpUpdateOne):
		id, ok := m.ID()
		if !ok {
			return privacy.Denyf("access: unknown user")
		}
		// The target must be visible to the caller; its role and customers
		// are then read whole, as the system.
		if _, err := m.Client().User.Query().Where(user.ID(id)).OnlyID(ctx); err != nil {
			return notVisible(err, "user")
		}
		target, err := m.Client().User.Query().Where(user.ID(id)).WithRole().WithCustomers().Only(viewer.SystemContext(ctx))
		if err != nil {
			return fmt.Errorf("access: load user %s: %w", id, err)
		}
		edges := changedEdges(m)
		selfEdit := v.IsUser(id) && len(edges) == 0 && subset(changed, SelfEditableFields)
		lockOnly := v.Can(permission.UsersLock) && subset(edges, []string{user.EdgeLockedBy}) &&
			subset(changed, append(slices.Clone(lockFields), user.FieldUpdatedAt))
		inviteOnly := v.Can(permission.UsersInvite) && len(edges) == 0 &&
			subset(changed, []string{user.FieldInvitationCreatedAt, user.FieldInvitationSentAt, user.FieldUpdatedAt})
		if !selfEdit && !lockOnly && !inviteOnly && !v.Can(permission.UsersWrite) {
			return privacy.Denyf("access: changing users needs users:write")
		}
		if touches(changed, lockFields) && !v.Can(permission.UsersLock) {
			return privacy.Denyf("access: locking needs users:lock")
		}
		if err := MayManage(v, TargetOf(target)); err != nil {
			return err
		}
		return checkGrants(ctx, m, v, target)
	case m.Op().Is(ent.OpDeleteOne):
		id, ok := m.ID()
		if !ok || !v.Can(permission.UsersDelete) {
			return privacy.Denyf("access: deleting users needs users:delete")
		}
		if _, err := m.Client().User.Query().Where(user.ID(id)).OnlyID(ctx); err != nil {
			return notVisible(err, "user")
		}
		t, err := loadTarget(ctx, m.Client(), id)
		if err != nil {
			return err
		}
		if err := MayManage(v, t); err != nil {
			return err
		}
		return privacy.Allow
	default:
		return privacy.Denyf("access: bulk changes of users are reserved to Roster")
	}
}

// checkGrants refuses privilege escalation through grants: the role given
// must not hold a permission the caller lacks (and the built-in admin
// role is given only by an administrator), and a restricted caller may
// only add or remove its own customers and must leave the user with at
// least one of them — a user left without customers would be
// unrestricted.
func checkGrants(ctx context.Context, m *ent.UserMutation, v *viewer.Viewer, target *ent.User) error {
	if roleID, ok := m.RoleID(); ok && (target == nil || target.Edges.Role == nil || target.Edges.Role.ID != roleID) {
		r, err := m.Client().Role.Get(viewer.SystemContext(ctx), roleID)
		if ent.IsNotFound(err) {
			return privacy.Denyf("access: unknown role")
		}
		if err != nil {
			return fmt.Errorf("access: load role %s: %w", roleID, err)
		}
		if err := MayGrantRole(v, r); err != nil {
			return err
		}
	}
	added, removed := m.CustomersIDs(), m.RemovedCustomersIDs()
	if m.CustomersCleared() && target != nil {
		for _, c := range target.Edges.Customers {
			removed = append(removed, c.ID)
		}
	}
	if !v.Restricted() {
		return privacy.Allow
	}
	for _, c := range append(slices.Clone(added), removed...) {
		if !slices.Contains(v.Customers, c) {
			return outranks(fmt.Sprintf("customer %s is outside your restriction", c))
		}
	}
	final := map[pulid.ID]bool{}
	if target != nil {
		for _, c := range target.Edges.Customers {
			final[c.ID] = true
		}
	}
	for _, c := range removed {
		delete(final, c)
	}
	for _, c := range added {
		final[c] = true
	}
	if len(final) == 0 {
		return outranks("a restricted caller must leave the user with one of its customers")
	}
	return privacy.Allow
}

// MayGrantRole decides whether v may give an account the role r: every
// permission of r must be v's, and the built-in admin role is given only
// by an administrator.
func MayGrantRole(v *viewer.Viewer, r *ent.Role) error {
	if v.Kind == viewer.System {
		return nil
	}
	if r.Builtin && r.Name == permission.AdminRole && !IsBuiltinAdmin(v) {
		return outranks("only administrators give the admin role")
	}
	for _, p := range r.Permissions {
		if !v.Can(p) {
			return outranks(fmt.Sprintf("role %s holds %s, which you lack", r.Name, p))
		}
	}
	return nil
}

func changedEdges(m *ent.UserMutation) []string {
	return append(append(m.AddedEdges(), m.RemovedEdges()...), m.ClearedEdges()...)
}

func subset(fields, allowed []string) bool {
	for _, f := range fields {
		if !slices.Contains(allowed, f) {
			return false
		}
	}
	return true
}

func touches(fields, watched []string) bool {
	for _, f := range fields {
		if slices.Contains(watched, f) {
			return true
		}
	}
	return false
}

func roleMutation(ctx context.Context, m *ent.RoleMutation) error {
	v := viewer.FromContext(ctx)
	if !v.Can(permission.RolesManage) || v.Restricted() {
		return privacy.Denyf("access: managing roles needs roles:manage without customer restrictions")
	}
	if m.Op().Is(ent.OpUpdateOne | ent.OpDeleteOne) {
		id, _ := m.ID()
		r, err := m.Client().Role.Get(ctx, id)
		if err != nil {
			return notVisible(err, "role")
		}
		if r.Builtin {
			return privacy.Denyf("access: built-in roles cannot be changed")
		}
		// Changing or deleting a role changes every account holding it:
		// only a caller holding all of its permissions may.
		for _, p := range r.Permissions {
			if !v.Can(p) {
				return outranks(fmt.Sprintf("role %s holds %s, which you lack", r.Name, p))
			}
		}
	} else if !m.Op().Is(ent.OpCreate) {
		return privacy.Denyf("access: bulk changes of roles are reserved to Roster")
	}
	if perms, ok := m.Permissions(); ok {
		for _, p := range perms {
			if !v.Can(p) {
				return privacy.Denyf("access: cannot grant %s, which the caller lacks", p)
			}
		}
	}
	return privacy.Allow
}

func sessionMutation(ctx context.Context, m *ent.SessionMutation) error {
	id, ok := m.ID()
	if !ok || !m.Op().Is(ent.OpUpdateOne) {
		return privacy.Denyf("access: sessions are created and deleted by Roster")
	}
	changed := m.Fields()
	if !subset(changed, []string{"revoked_at"}) {
		return privacy.Denyf("access: a session can only be revoked")
	}
	// The query runs under the caller's filter: own sessions, or those of
	// visible users with users:lock.
	owner, err := m.Client().Session.Query().Where(session.ID(id)).QueryUser().OnlyID(ctx)
	if err != nil {
		return notVisible(err, "session")
	}
	return manageOwner(ctx, m.Client(), owner)
}

// manageOwner applies MayManage to the user owner, unless the caller is
// that user.
func manageOwner(ctx context.Context, client *ent.Client, owner pulid.ID) error {
	v := viewer.FromContext(ctx)
	if v.IsUser(owner) {
		return privacy.Allow
	}
	t, err := loadTarget(ctx, client, owner)
	if err != nil {
		return err
	}
	if err := MayManage(v, t); err != nil {
		return err
	}
	return privacy.Allow
}

// ownerOrWriter allows a change to a row owned by a user when the caller
// is that user, or holds users:write, sees the user and may manage them
// (MayManage).
func ownerOrWriter(ctx context.Context, m ent.Mutation, client *ent.Client, owner func(context.Context) (pulid.ID, bool)) error {
	v := viewer.FromContext(ctx)
	id, ok := owner(ctx)
	if !ok {
		return privacy.Denyf("access: unknown owner")
	}
	if v.IsUser(id) {
		return privacy.Allow
	}
	if !v.Can(permission.UsersWrite) {
		return privacy.Denyf("access: changing another user's data needs users:write")
	}
	if _, err := client.User.Query().Where(user.ID(id)).OnlyID(ctx); err != nil {
		return notVisible(err, "user")
	}
	return manageOwner(ctx, client, id)
}

func aliasOwner(m *ent.EmailAliasMutation) func(context.Context) (pulid.ID, bool) {
	return func(ctx context.Context) (pulid.ID, bool) {
		if uid, ok := m.UserID(); ok {
			return uid, true
		}
		id, ok := m.ID()
		if !ok {
			return "", false
		}
		uid, err := m.Client().EmailAlias.Query().Where(emailalias.ID(id)).QueryUser().OnlyID(viewer.SystemContext(ctx))
		return uid, err == nil
	}
}

func subscriptionOwner(m *ent.NewsletterSubscriptionMutation) func(context.Context) (pulid.ID, bool) {
	return func(ctx context.Context) (pulid.ID, bool) {
		if uid, ok := m.UserID(); ok {
			return uid, true
		}
		id, ok := m.ID()
		if !ok {
			return "", false
		}
		uid, err := m.Client().NewsletterSubscription.Query().Where(newslettersubscription.ID(id)).QueryUser().OnlyID(viewer.SystemContext(ctx))
		return uid, err == nil
	}
}

// ReasonKeysCannotCreateKeys is extensions.reason when an API key tries
// to create an API key: keys are made by people, so that every key has a
// person answerable for it and no key outlives or outgrows its maker.
const ReasonKeysCannotCreateKeys = "KEYS_CANNOT_CREATE_KEYS"

func apiKeyMutation(ctx context.Context, m *ent.APIKeyMutation) error {
	v := viewer.FromContext(ctx)
	if !v.Can(permission.APIKeysManage) || v.Restricted() {
		return privacy.Denyf("access: managing API keys needs apikeys:manage without customer restrictions")
	}
	switch {
	case m.Op().Is(ent.OpCreate):
		if v.Kind != viewer.User {
			return &problem.Error{Code: problem.Forbidden, Reason: ReasonKeysCannotCreateKeys,
				Message: "API keys cannot create API keys; a signed-in administrator creates them", Err: privacy.Deny}
		}
		perms, _ := m.Permissions()
		for _, p := range perms {
			if !v.Can(p) {
				return outranks(fmt.Sprintf("you cannot grant %s, which you lack", p))
			}
		}
		return privacy.Allow
	case m.Op().Is(ent.OpUpdateOne):
		// Revoking (or renaming) a key acts on what it holds: only a caller
		// holding all of its permissions may.
		id, _ := m.ID()
		k, err := m.Client().APIKey.Get(ctx, id)
		if err != nil {
			return notVisible(err, "API key")
		}
		for _, p := range k.Permissions {
			if !v.Can(p) {
				return outranks(fmt.Sprintf("the key holds %s, which you lack", p))
			}
		}
		if perms, ok := m.Permissions(); ok {
			for _, p := range perms {
				if !v.Can(p) {
					return outranks(fmt.Sprintf("you cannot grant %s, which you lack", p))
				}
			}
		}
		return privacy.Allow
	default:
		return privacy.Denyf("access: API keys are only created and revoked one at a time")
	}
}
