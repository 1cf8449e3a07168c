package graph_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/rosterhq/roster/ent"
	"github.com/rosterhq/roster/ent/auditentry"
	"github.com/rosterhq/roster/ent/session"
	"github.com/rosterhq/roster/ent/user"
	"github.com/rosterhq/roster/internal/access"
	"github.com/rosterhq/roster/internal/apitest"
	"github.com/rosterhq/roster/internal/permission"
)

// accountChange is one mutation that changes another user's account,
// with how to call it on a target.
type accountChange struct {
	name  string
	query string
	vars  func(e *escalation, target *ent.User) map[string]any
}

// accountChanges lists every mutation by which one caller changes another
// user's account. TestNoActionOnStrongerAccounts runs each against every
// target that holds something its caller lacks.
var accountChanges = []accountChange{
	{"updateUser", `mutation($id: ID!) { updateUser(input: {id: $id, profile: {firstName: "Mallory"}}) { user { id } } }`, idOf},
	{"changeUserEmail/immediately", `mutation($id: ID!, $email: String!) { changeUserEmail(input: {id: $id, email: $email, requireConfirmation: false}) { user { id } } }`, newEmailOf},
	{"changeUserEmail/confirmed", `mutation($id: ID!, $email: String!) { changeUserEmail(input: {id: $id, email: $email, requireConfirmation: true}) { user { id } } }`, newEmailOf},
	{"lockUser", `mutation($id: ID!) { lockUser(input: {id: $id, reason: "takeover"}) { user { id } } }`, idOf},
	{"unlockUser", `mutation($id: ID!) { unlockUser(input: {id: $id}) { user { id } } }`, func(e *escalation, t *ent.User) map[string]any {
		e.env.Client.User.UpdateOne(t).SetLockedAt(time.Now().UTC()).SetLockReason("fixture").ExecX(e.env.Ctx)
		return idOf(e, t)
	}},
	{"deleteUser", `mutation($id: ID!) { deleteUser(input: {id: $id}) { deletedID } }`, idOf},
	{"setBlockedFields", `mutation($id: ID!) { setBlockedFields(input: {id: $id, fields: ["lastName"]}) { user { id } } }`, idOf},
	{"resendInvitation", `mutation($id: ID!) { resendInvitation(input: {id: $id}) { user { id } } }`, idOf},
	{"confirmUser", `mutation($id: ID!) { confirmUser(input: {id: $id}) { user { id } } }`, idOf},
	{"setUserRestrictions/role", `mutation($id: ID!, $role: ID!) { setUserRestrictions(input: {id: $id, roleID: $role}) { user { id } } }`, func(e *escalation, t *ent.User) map[string]any {
		return map[string]any{"id": string(t.ID), "role": string(e.managerRole.ID)}
	}},
	{"setUserRestrictions/customer", `mutation($id: ID!, $c: ID!) { setUserRestrictions(input: {id: $id, addCustomerIDs: [$c]}) { user { id } } }`, func(e *escalation, t *ent.User) map[string]any {
		return map[string]any{"id": string(t.ID), "c": string(e.custA.ID)}
	}},
	{"revokeSession", `mutation($id: ID!) { revokeSession(input: {id: $id}) { session { id } } }`, func(e *escalation, t *ent.User) map[string]any {
		_, s, err := e.env.Auth.CreateSession(e.env.Ctx, t.ID, session.MethodPASSWORD, "127.0.0.1", "escalation")
		if err != nil {
			e.t.Fatal(err)
		}
		return map[string]any{"id": string(s.ID)}
	}},
	// Not a change, but it hands over everything about the account.
	{"exportUser", `mutation($id: ID!) { exportUser(input: {id: $id}) { document } }`, idOf},
	{"unlinkOIDCIdentity", `mutation($id: ID!) { unlinkOIDCIdentity(input: {id: $id}) { deletedID } }`, func(e *escalation, t *ent.User) map[string]any {
		e.n++
		o := e.env.Client.OIDCIdentity.Create().SetUser(t).SetIssuer("https://idp.example.com").SetSubject(fmt.Sprintf("escalation-%d", e.n)).SaveX(e.env.Ctx)
		return map[string]any{"id": string(o.ID)}
	}},
}

func idOf(_ *escalation, t *ent.User) map[string]any { return map[string]any{"id": string(t.ID)} }

func newEmailOf(e *escalation, t *ent.User) map[string]any {
	e.n++
	return map[string]any{"id": string(t.ID), "email": fmt.Sprintf("attacker-inbox-%d@example.net", e.n)}
}

// escalation is the fixture: callers holding less than their targets.
type escalation struct {
	t            *testing.T
	env          *apitest.Env
	n            int
	custA, custB *ent.Customer
	managerRole  *ent.Role // every users:* permission but users:email, and audit:read
	strongerRole *ent.Role // the manager's permissions plus roles:manage
	allRole      *ent.Role // every permission, but not the built-in admin role
}

// caller is one kind of attacker and the targets that outrank it.
type caller struct {
	name    string
	token   string
	targets map[string]*ent.User
	// weaker is a target the caller may manage: the positive control.
	weaker func() *ent.User
}

func newEscalation(t *testing.T, env *apitest.Env) (*escalation, []caller) {
	e := &escalation{t: t, env: env}
	e.custA, e.custB = env.NewCustomer("Escalation A"), env.NewCustomer("Escalation B")
	e.managerRole = env.NewRole("esc-manager", permission.UsersRead, permission.UsersWrite, permission.UsersInvite,
		permission.UsersLock, permission.UsersDelete, permission.UsersExport, permission.AuditRead)
	e.strongerRole = env.NewRole("esc-stronger", append(e.managerRole.Permissions, permission.RolesManage)...)
	e.allRole = env.NewRole("esc-all", permission.All()...)
	target := func(name string, opts ...func(*ent.UserCreate)) func() *ent.User {
		return func() *ent.User {
			e.n++
			return env.NewUser(fmt.Sprintf("%s-%d@example.com", name, e.n), opts...)
		}
	}
	admin := target("admin", apitest.WithRole(env.Role("admin")))
	strongerInA := target("stronger", apitest.WithRole(e.strongerRole), apitest.WithCustomers(e.custA))
	allPermsInA := target("allperms", apitest.WithRole(e.allRole), apitest.WithCustomers(e.custA))
	inAandB := target("a-and-b", apitest.WithCustomers(e.custA, e.custB))
	managerInAandB := target("manager-a-and-b", apitest.WithRole(e.managerRole), apitest.WithCustomers(e.custA, e.custB))
	plainInA := target("plain", apitest.WithCustomers(e.custA))

	session := func(name string, opts ...func(*ent.UserCreate)) string {
		return env.SessionFor(env.NewUser(name+"@example.com", append(opts, apitest.Confirmed)...))
	}
	managerPerms := e.managerRole.Permissions
	callers := []caller{
		{name: "unrestricted manager", token: session("manager", apitest.WithRole(e.managerRole)),
			targets: map[string]*ent.User{"admin": admin(), "stronger role": strongerInA(), "all permissions": allPermsInA()}},
		{name: "restricted manager", token: session("restricted", apitest.WithRole(e.managerRole), apitest.WithCustomers(e.custA)),
			targets: map[string]*ent.User{"stronger role": strongerInA(), "all permissions": allPermsInA(),
				"user in A and B": inAandB(), "manager in A and B": managerInAandB()}},
		{name: "holder of every permission", token: session("allperms-caller", apitest.WithRole(e.allRole)),
			targets: map[string]*ent.User{"admin": admin()}},
		{name: "unrestricted API key", token: env.APIKey("esc-key", managerPerms, nil),
			targets: map[string]*ent.User{"admin": admin(), "stronger role": strongerInA()}},
		{name: "restricted API key", token: env.APIKey("esc-key-a", managerPerms, []*ent.Customer{e.custA}),
			targets: map[string]*ent.User{"stronger role": strongerInA(), "user in A and B": inAandB()}},
	}
	for i := range callers {
		callers[i].weaker = plainInA
	}
	return e, callers
}

// TestNoActionOnStrongerAccounts is the escalation matrix: every
// account-changing mutation, as every kind of caller, against every
// account holding something the caller lacks (a permission, the admin
// role, a customer beyond its restriction) is refused with FORBIDDEN
// (TARGET_OUTRANKS_CALLER) and changes nothing — no row, no history, no
// mail. The same mutation on an account holding less succeeds, so the
// refusals are not an accident of the fixture.
func TestNoActionOnStrongerAccounts(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		e, callers := newEscalation(t, env)
		for _, c := range callers {
			for _, op := range accountChanges {
				for name, target := range c.targets {
					t.Run(c.name+"/"+op.name+"/"+name, func(t *testing.T) {
						vars := op.vars(e, target)
						before := env.Client.User.Query().Where(user.ID(target.ID)).WithCustomers().WithRole().OnlyX(env.Ctx)
						history := env.Client.AuditEntry.Query().Where(auditentry.SubjectID(target.ID)).CountX(env.Ctx)
						mails := len(env.Mails(target.Email))
						r := env.As(c.token).Query(op.query, vars)
						r.Fail(t, "FORBIDDEN", "")
						if reason, _ := r.Errors[0].Extensions["reason"].(string); reason != access.ReasonOutranks {
							t.Fatalf("reason = %q, want %s: %s", reason, access.ReasonOutranks, r)
						}
						after, err := env.Client.User.Query().Where(user.ID(target.ID)).WithCustomers().WithRole().Only(env.Ctx)
						if err != nil {
							t.Fatalf("the target is gone: %v", err)
						}
						if !after.UpdatedAt.Equal(before.UpdatedAt) || after.Email != before.Email ||
							after.Edges.Role.ID != before.Edges.Role.ID || len(after.Edges.Customers) != len(before.Edges.Customers) {
							t.Fatalf("the target changed: %+v -> %+v", before, after)
						}
						if n := env.Client.AuditEntry.Query().Where(auditentry.SubjectID(target.ID)).CountX(env.Ctx); n != history {
							t.Fatalf("history grew from %d to %d", history, n)
						}
						if n := len(env.Mails(target.Email)); n != mails {
							t.Fatalf("%d mails were queued to the target", n-mails)
						}
						if op.name == "unlockUser" {
							// Put the fixture back for the next caller.
							env.Client.User.UpdateOneID(target.ID).ClearLockedAt().ClearLockReason().ExecX(env.Ctx)
						}
					})
				}
				t.Run(c.name+"/"+op.name+"/weaker account", func(t *testing.T) {
					r := env.As(c.token).Query(op.query, op.vars(e, c.weaker()))
					if len(r.Errors) > 0 {
						t.Fatalf("%s on an account holding less was refused: %s", op.name, r)
					}
				})
			}
		}
	})
}

// TestTakeoverChainRefused replays the reported chain: a user manager
// points an admin's address at its own inbox, asks for a reset, and signs
// in as the admin. The first step is refused, so the reset mail goes to
// the admin's real address.
func TestTakeoverChainRefused(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		e, _ := newEscalation(t, env)
		admin := env.NewUser("the-admin@example.com", apitest.Confirmed, apitest.WithRole(env.Role("admin")))
		manager := env.NewUser("sneaky@example.com", apitest.Confirmed, apitest.WithRole(env.NewRole("writer", permission.UsersRead, permission.UsersWrite)))
		as := env.As(env.SessionFor(manager))
		as.Query(`mutation($id: ID!) { changeUserEmail(input: {id: $id, email: "sneaky+admin@example.com", requireConfirmation: false}) { user { email } } }`,
			map[string]any{"id": admin.ID}).Fail(t, "FORBIDDEN", "")
		env.As("").MustQuery(`mutation { requestPasswordReset(input: {email: "sneaky+admin@example.com"}) { accepted } }`, nil, nil)
		if ms := env.Mails("sneaky+admin@example.com"); len(ms) != 0 {
			t.Fatalf("a reset mail went to the attacker: %d", len(ms))
		}
		// The direct route stays closed too.
		as.Query(`mutation($id: ID!, $role: ID!) { setUserRestrictions(input: {id: $id, roleID: $role}) { user { id } } }`,
			map[string]any{"id": manager.ID, "role": env.Role("admin").ID}).Fail(t, "FORBIDDEN", "")
		_ = e
	})
}

// TestGrantsNeverExceedTheCaller: a caller holding every permission but
// not the admin role cannot hand out the admin role; a restricted manager
// cannot leave a user without customers (which would make a manager
// unrestricted); role managers cannot change roles stronger than
// themselves.
func TestGrantsNeverExceedTheCaller(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		e, _ := newEscalation(t, env)
		allCaller := env.As(env.SessionFor(env.NewUser("all@example.com", apitest.Confirmed, apitest.WithRole(e.allRole))))
		plain := env.NewUser("grantee@example.com")
		const restrict = `mutation($in: SetUserRestrictionsInput!) { setUserRestrictions(input: $in) { user { id } } }`
		allCaller.Query(restrict, map[string]any{"in": map[string]any{"id": plain.ID, "roleID": env.Role("admin").ID}}).Fail(t, "FORBIDDEN", "")
		allCaller.Query(`mutation($in: CreateUserInput!) { createUser(input: $in) { user { id } } }`,
			map[string]any{"in": map[string]any{"email": "new-admin@example.com", "roleID": env.Role("admin").ID}}).Fail(t, "FORBIDDEN", "")

		restricted := env.As(env.SessionFor(env.NewUser("ra@example.com", apitest.Confirmed, apitest.WithRole(e.managerRole), apitest.WithCustomers(e.custA))))
		inA := env.NewUser("only-a@example.com", apitest.WithCustomers(e.custA))
		restricted.Query(restrict, map[string]any{"in": map[string]any{"id": inA.ID, "removeCustomerIDs": []any{e.custA.ID}}}).Fail(t, "FORBIDDEN", "")
		restricted.Query(`mutation($in: CreateUserInput!) { createUser(input: $in) { user { id } } }`,
			map[string]any{"in": map[string]any{"email": "no-customer@example.com"}}).Fail(t, "FORBIDDEN", "")

		roleManager := env.As(env.SessionFor(env.NewUser("rm2@example.com", apitest.Confirmed, apitest.WithRole(env.NewRole("rm-only", permission.RolesManage, permission.UsersRead)))))
		strong := env.NewRole("strong-custom", permission.UsersRead, permission.UsersDelete)
		roleManager.Query(`mutation($id: ID!) { updateRole(input: {id: $id, permissions: [USERS_READ]}) { role { id } } }`,
			map[string]any{"id": strong.ID}).Fail(t, "FORBIDDEN", "")
		roleManager.Query(`mutation($id: ID!) { deleteRole(input: {id: $id}) { deletedID } }`,
			map[string]any{"id": strong.ID}).Fail(t, "FORBIDDEN", "")
	})
}

// TestAPIKeysAreBoundedByTheirMaker: keys cannot make keys (so none
// outlives or outgrows its maker), every key records the person who made
// it, a key is revoked only by a caller holding all of its permissions,
// and permissions are stored as a set.
func TestAPIKeysAreBoundedByTheirMaker(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		const create = `mutation { createAPIKey(input: {name: "child", permissions: [USERS_READ, USERS_READ, APIKEYS_MANAGE, USERS_READ]}) { key apiKey { id permissions createdBy { email } } } }`
		keyManager := env.As(env.APIKey("key maker", []permission.Permission{permission.APIKeysManage, permission.UsersRead}, nil))
		r := keyManager.Query(create, nil)
		r.Fail(t, "FORBIDDEN", "")
		if reason, _ := r.Errors[0].Extensions["reason"].(string); reason != access.ReasonKeysCannotCreateKeys {
			t.Fatalf("reason = %q", reason)
		}
		maker := env.NewUser("key-admin@example.com", apitest.Confirmed, apitest.WithRole(env.NewRole("key-admin", permission.APIKeysManage, permission.UsersRead)))
		var out struct {
			CreateAPIKey struct {
				APIKey struct {
					ID          string
					Permissions []string
					CreatedBy   struct{ Email string }
				}
			}
		}
		env.As(env.SessionFor(maker)).MustQuery(create, nil, &out)
		k := out.CreateAPIKey.APIKey
		if fmt.Sprint(k.Permissions) != "[USERS_READ APIKEYS_MANAGE]" {
			t.Fatalf("permissions = %v, want a set", k.Permissions)
		}
		if k.CreatedBy.Email != "key-admin@example.com" {
			t.Fatalf("createdBy = %q", k.CreatedBy.Email)
		}
		// The key maker cannot revoke a key stronger than itself.
		strong := env.Client.APIKey.Query().Order(ent.Asc("created_at")).FirstX(env.Ctx) // the test's default key: every permission
		env.As(env.SessionFor(maker)).Query(`mutation($id: ID!) { revokeAPIKey(input: {id: $id}) { apiKey { revokedAt } } }`,
			map[string]any{"id": strong.ID}).Fail(t, "FORBIDDEN", "")
		if env.Client.APIKey.GetX(env.Ctx, strong.ID).RevokedAt != nil {
			t.Fatal("the stronger key was revoked")
		}
	})
}
