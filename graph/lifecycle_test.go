package graph_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/rosterhq/roster/ent"
	"github.com/rosterhq/roster/ent/auditentry"
	"github.com/rosterhq/roster/ent/emailalias"
	"github.com/rosterhq/roster/ent/newslettersubscription"
	"github.com/rosterhq/roster/ent/user"
	"github.com/rosterhq/roster/internal/apitest"
	"github.com/rosterhq/roster/internal/pulid"
)

// One test per guide of the user-administration manuals: each drives the
// API as a client would and checks the resulting state, the history and
// the outgoing mail.

type userOut struct {
	ID, Email, Status string
	UnconfirmedEmail  *string
	UpdatedAt         string
	FirstName         *string
	LastName          *string
	Phone             *string
	Locked            bool
	LockReason        *string
	LockedBy          *struct{ Email string }
}

const userFields = `id email status unconfirmedEmail updatedAt firstName lastName phone locked lockReason lockedBy { email }`

// admin returns an environment acting as a signed-in admin.
func admin(t *testing.T, env *apitest.Env) *apitest.Env {
	u := env.NewUser("boss@example.com", apitest.Confirmed, apitest.WithRole(env.Role("admin")))
	return env.As(env.SessionFor(u))
}

func pulidOf(s string) pulid.ID { return pulid.ID(s) }

func history(t *testing.T, env *apitest.Env, id string, source auditentry.Source) map[string][2]string {
	out := map[string][2]string{}
	for _, e := range env.Client.AuditEntry.Query().Where(auditentry.SubjectID(pulidOf(id)), auditentry.SourceEQ(source)).AllX(env.Ctx) {
		var o, n string
		if e.OldValue != nil {
			o = *e.OldValue
		}
		if e.NewValue != nil {
			n = *e.NewValue
		}
		out[e.Property] = [2]string{o, n}
	}
	return out
}

func TestGuideCreateUser(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		a := admin(t, env)
		const q = `mutation($in: CreateUserInput!) { createUser(input: $in) { alreadyExisted user { ` + userFields + ` } } }`
		var out struct {
			CreateUser struct {
				AlreadyExisted bool
				User           userOut
			}
		}
		a.MustQuery(q, map[string]any{"in": map[string]any{
			"email": " Grace@Example.com ", "sendInvitation": true,
			"profile": map[string]any{"firstName": "Grace", "lastName": "Hopper", "phone": "030 1234567", "country": "DE", "salutation": "MRS"},
		}}, &out)
		u := out.CreateUser.User
		if out.CreateUser.AlreadyExisted || u.Email != "grace@example.com" || u.Status != "INVITED" || *u.Phone != "+49301234567" {
			t.Fatalf("created %+v", out.CreateUser)
		}
		h := history(t, env, u.ID, auditentry.SourceADMIN)
		if h["first_name"][1] != "Grace" || h["phone"][1] != "+49301234567" || h["created"][1] != "ADMIN" || h["invitation_sent_at"][1] == "" {
			t.Fatalf("history %v", h)
		}
		if ms := env.Mails("grace@example.com"); len(ms) != 1 || ms[0].Template != "invitation" ||
			!strings.Contains(ms[0].TextBody, "https://app.example.com/accept-invitation?token=") || !strings.Contains(ms[0].TextBody, "Hello Grace") {
			t.Fatalf("invitation mail: %+v", ms)
		}
		// Creating the same address again leads to the existing profile.
		a.MustQuery(q, map[string]any{"in": map[string]any{"email": "GRACE@example.com"}}, &out)
		if !out.CreateUser.AlreadyExisted || out.CreateUser.User.ID != u.ID {
			t.Fatalf("second create: %+v", out.CreateUser)
		}
		if n := env.Client.User.Query().Where(user.Email("grace@example.com")).CountX(env.Ctx); n != 1 {
			t.Fatalf("%d users with the address", n)
		}
		// Without invitation: account data, no mail.
		a.MustQuery(q, map[string]any{"in": map[string]any{"email": "quiet@example.com"}}, &out)
		if out.CreateUser.User.Status != "ACCOUNT_DATA" || len(env.Mails("quiet@example.com")) != 0 {
			t.Fatalf("created without invitation: %+v", out.CreateUser.User)
		}
		// Bad input changes nothing.
		before := env.Client.User.Query().CountX(env.Ctx)
		a.Query(q, map[string]any{"in": map[string]any{"email": "bad@example.com", "profile": map[string]any{"phone": "12"}}}).Fail(t, "BAD_USER_INPUT", "input.profile.phone")
		a.Query(q, map[string]any{"in": map[string]any{"email": "not an address"}}).Fail(t, "BAD_USER_INPUT", "input.email")
		a.Query(q, map[string]any{"in": map[string]any{"email": "x@example.com", "acceptInvitationReturnURL": "https://evil.example/"}}).Fail(t, "BAD_USER_INPUT", "input.acceptInvitationReturnURL")
		if after := env.Client.User.Query().CountX(env.Ctx); after != before {
			t.Fatalf("failed creates left %d users", after-before)
		}
	})
}

func TestGuideReinviteAndAccept(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		a := admin(t, env)
		env.Client.Settings.Update().SetAllowedRedirectHosts([]string{"app.example.com"}).ExecX(env.Ctx)
		var out struct{ CreateUser struct{ User userOut } }
		a.MustQuery(`mutation { createUser(input: {email: "ivy@example.com", sendInvitation: true, acceptInvitationReturnURL: "https://app.example.com/welcome"}) { user { id } } }`, nil, &out)
		id := out.CreateUser.User.ID
		first := env.LastToken("ivy@example.com", "invitation")
		a.MustQuery(`mutation($id: ID!) { resendInvitation(input: {id: $id}) { user { invitationSentAt } } }`, map[string]any{"id": id}, nil)
		second := env.LastToken("ivy@example.com", "invitation")
		if first == second || len(env.Mails("ivy@example.com")) != 2 {
			t.Fatal("no new invitation")
		}
		const accept = `mutation($t: String!, $pw: String!) { acceptInvitation(input: {token: $t, password: $pw}) { redirectURL token user { status } } }`
		anon := env.As("")
		anon.Query(accept, map[string]any{"t": first, "pw": "a long and unusual passphrase"}).Fail(t, "BAD_USER_INPUT", "input.token")
		anon.Query(accept, map[string]any{"t": second, "pw": "short"}).Fail(t, "BAD_USER_INPUT", "input.password")
		var acc struct {
			AcceptInvitation struct {
				RedirectURL *string
				Token       string
				User        struct{ Status string }
			}
		}
		anon.MustQuery(accept, map[string]any{"t": second, "pw": "a long and unusual passphrase"}, &acc)
		if acc.AcceptInvitation.User.Status != "CONFIRMED" || acc.AcceptInvitation.RedirectURL == nil ||
			*acc.AcceptInvitation.RedirectURL != "https://app.example.com/welcome" || !strings.HasPrefix(acc.AcceptInvitation.Token, "rs_") {
			t.Fatalf("accept: %+v", acc)
		}
		// The token is single use; re-inviting a confirmed user is refused.
		anon.Query(accept, map[string]any{"t": second, "pw": "a long and unusual passphrase"}).Fail(t, "BAD_USER_INPUT", "input.token")
		a.Query(`mutation($id: ID!) { resendInvitation(input: {id: $id}) { user { id } } }`, map[string]any{"id": id}).Fail(t, "CONFLICT", "")
		// The new account can sign in.
		anon.MustQuery(loginMutation, map[string]any{"email": "ivy@example.com", "password": "a long and unusual passphrase"}, nil)
	})
}

func TestGuideConfirmManually(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		a := admin(t, env)
		u := env.NewUser("pending@example.com", func(c *ent.UserCreate) {
			c.SetSource(user.SourceWEB).SetPasswordHash(mustHash(t, "pending password 1"))
		})
		var out struct {
			ConfirmUser struct {
				User struct {
					Status                 string
					LastConfirmedByAdminAt *string
				}
			}
		}
		a.MustQuery(`mutation($id: ID!) { confirmUser(input: {id: $id}) { user { status lastConfirmedByAdminAt } } }`, map[string]any{"id": u.ID}, &out)
		if out.ConfirmUser.User.Status != "CONFIRMED" || out.ConfirmUser.User.LastConfirmedByAdminAt == nil {
			t.Fatalf("confirm: %+v", out)
		}
		env.As("").MustQuery(loginMutation, map[string]any{"email": "pending@example.com", "password": "pending password 1"}, nil)
		a.Query(`mutation($id: ID!) { confirmUser(input: {id: $id}) { user { id } } }`, map[string]any{"id": u.ID}).Fail(t, "CONFLICT", "")
	})
}

func TestGuideUpdateUserAndConcurrency(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		a := admin(t, env)
		u := env.NewUser("edit@example.com", func(c *ent.UserCreate) { c.SetFirstName("Old").SetCountry("AT") })
		const q = `mutation($in: UpdateUserInput!) { updateUser(input: $in) { user { ` + userFields + ` } } }`
		var out struct{ UpdateUser struct{ User userOut } }
		a.MustQuery(q, map[string]any{"in": map[string]any{"id": u.ID, "profile": map[string]any{"firstName": "New", "phone": "0664 1234567", "lastName": nil}}}, &out)
		got := out.UpdateUser.User
		if *got.FirstName != "New" || *got.Phone != "+436641234567" || got.LastName != nil {
			t.Fatalf("update: %+v", got)
		}
		if h := history(t, env, string(u.ID), auditentry.SourceADMIN); h["first_name"] != [2]string{"Old", "New"} || h["phone"][1] != "+436641234567" {
			t.Fatalf("history: %v", h)
		}
		// Two admins: the second one saw the old version.
		seen := got.UpdatedAt
		a.MustQuery(q, map[string]any{"in": map[string]any{"id": u.ID, "expectedUpdatedAt": seen, "profile": map[string]any{"city": "Wien"}}}, &out)
		r := a.Query(q, map[string]any{"in": map[string]any{"id": u.ID, "expectedUpdatedAt": seen, "profile": map[string]any{"city": "Graz"}}})
		r.Fail(t, "CONFLICT", "input.expectedUpdatedAt")
		if c := env.Client.User.GetX(env.Ctx, u.ID).City; c == nil || *c != "Wien" {
			t.Fatalf("the stale update changed the city to %v", c)
		}
		// Validation errors name the field and change nothing.
		for field, value := range map[string]any{"birthday": "2999-01-01", "country": "XX", "zip": "!", "firstName": strings.Repeat("a", 101)} {
			a.Query(q, map[string]any{"in": map[string]any{"id": u.ID, "profile": map[string]any{field: value}}}).Fail(t, "BAD_USER_INPUT", "input.profile."+field)
		}
	})
}

func TestGuideChangeEmailBothWays(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		a := admin(t, env)
		u := env.NewUser("before@example.com", apitest.Confirmed)
		env.NewUser("taken@example.com")
		const q = `mutation($in: ChangeUserEmailInput!) { changeUserEmail(input: $in) { user { ` + userFields + ` } } }`
		var out struct{ ChangeUserEmail struct{ User userOut } }
		a.Query(q, map[string]any{"in": map[string]any{"id": u.ID, "email": "TAKEN@example.com", "requireConfirmation": false}}).Fail(t, "CONFLICT", "input.email")
		// With confirmation: the address stays until the user confirms.
		a.MustQuery(q, map[string]any{"in": map[string]any{"id": u.ID, "email": "after@example.com", "requireConfirmation": true}}, &out)
		if out.ChangeUserEmail.User.Email != "before@example.com" || *out.ChangeUserEmail.User.UnconfirmedEmail != "after@example.com" {
			t.Fatalf("pending change: %+v", out)
		}
		token := env.LastToken("after@example.com", "email_change")
		var conf struct{ ConfirmEmail struct{ Email string } }
		env.As("").MustQuery(`mutation($t: String!) { confirmEmail(input: {token: $t}) { email } }`, map[string]any{"t": token}, &conf)
		got := env.Client.User.GetX(env.Ctx, u.ID)
		if conf.ConfirmEmail.Email != "after@example.com" || got.Email != "after@example.com" || got.UnconfirmedEmail != nil {
			t.Fatalf("after confirmation: %s %v", got.Email, got.UnconfirmedEmail)
		}
		// Without confirmation: at once.
		a.MustQuery(q, map[string]any{"in": map[string]any{"id": u.ID, "email": "direct@example.com", "requireConfirmation": false}}, &out)
		if out.ChangeUserEmail.User.Email != "direct@example.com" {
			t.Fatalf("direct change: %+v", out)
		}
		if h := history(t, env, string(u.ID), auditentry.SourceADMIN); h["email"] != [2]string{"after@example.com", "direct@example.com"} {
			t.Fatalf("history: %v", h)
		}
	})
}

func TestGuideDeleteUser(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		a := admin(t, env)
		u := env.NewUser("gone@example.com", apitest.Confirmed, func(c *ent.UserCreate) { c.SetFirstName("Gone") })
		env.Client.EmailAlias.Create().SetUser(u).SetEmail("gone-alias@example.com").ExecX(env.Ctx)
		env.Client.NewsletterSubscription.Create().SetUser(u).SetEmail("gone@example.com").ExecX(env.Ctx)
		token := env.SessionFor(u)
		a.MustQuery(`mutation($id: ID!) { deleteUser(input: {id: $id}) { deletedID } }`, map[string]any{"id": u.ID}, nil)
		if env.Client.User.Query().Where(user.ID(u.ID)).ExistX(env.Ctx) || env.Client.EmailAlias.Query().Where(emailalias.Email("gone-alias@example.com")).ExistX(env.Ctx) {
			t.Fatal("user data survived")
		}
		sub := env.Client.NewsletterSubscription.Query().Where(newslettersubscription.Email("gone@example.com")).OnlyX(env.Ctx)
		if sub.UnsubscribedAt != nil {
			t.Fatal("the newsletter subscription ended with the account")
		}
		entries := env.Client.AuditEntry.Query().Where(auditentry.SubjectID(u.ID)).AllX(env.Ctx)
		if len(entries) != 1 || entries[0].Property != "deleted" || entries[0].OldValue != nil || entries[0].NewValue != nil || entries[0].Source != auditentry.SourceADMIN {
			t.Fatalf("history after deletion: %+v", entries)
		}
		env.As(token).Query(`{ viewer { kind } }`, nil).Fail(t, "UNAUTHENTICATED", "")
		a.Query(`mutation($id: ID!) { deleteUser(input: {id: $id}) { deletedID } }`, map[string]any{"id": u.ID}).Fail(t, "NOT_FOUND", "")
	})
}

func TestGuideBlockUser(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		a := admin(t, env)
		u := env.NewUser("blocked@example.com", apitest.Confirmed, func(c *ent.UserCreate) { c.SetPasswordHash(mustHash(t, "blocked password 1")) })
		token := env.SessionFor(u)
		env.As(token).MustQuery(`{ viewer { kind } }`, nil, nil)
		var out struct{ LockUser struct{ User userOut } }
		a.MustQuery(`mutation($id: ID!) { lockUser(input: {id: $id, reason: "account hacked"}) { user { `+userFields+` } } }`, map[string]any{"id": u.ID}, &out)
		if !out.LockUser.User.Locked || *out.LockUser.User.LockReason != "account hacked" || out.LockUser.User.LockedBy.Email != "boss@example.com" {
			t.Fatalf("lock: %+v", out)
		}
		env.As(token).Query(`{ viewer { kind } }`, nil).Fail(t, "UNAUTHENTICATED", "")
		r := env.As("").Query(loginMutation, map[string]any{"email": "blocked@example.com", "password": "blocked password 1"})
		if r.Fail(t, "FORBIDDEN", ""); r.Errors[0].Extensions["reason"] != "ACCOUNT_LOCKED" {
			t.Fatal(r)
		}
		a.MustQuery(`mutation($id: ID!) { unlockUser(input: {id: $id}) { user { locked } } }`, map[string]any{"id": u.ID}, nil)
		env.As("").MustQuery(loginMutation, map[string]any{"email": "blocked@example.com", "password": "blocked password 1"}, nil)
		// A lock with an expiry ends by itself.
		a.MustQuery(`mutation($id: ID!, $until: Time!) { lockUser(input: {id: $id, reason: "cool down", expiresAt: $until}) { user { locked } } }`,
			map[string]any{"id": u.ID, "until": time.Now().Add(time.Hour).UTC().Format(time.RFC3339)}, nil)
		env.Client.User.UpdateOneID(u.ID).SetLockExpiresAt(time.Now().Add(-time.Second)).ExecX(env.Ctx)
		env.As("").MustQuery(loginMutation, map[string]any{"email": "blocked@example.com", "password": "blocked password 1"}, nil)
		a.Query(`mutation($id: ID!) { lockUser(input: {id: $id, reason: ""}) { user { id } } }`, map[string]any{"id": u.ID}).Fail(t, "BAD_USER_INPUT", "input.reason")
	})
}

func TestGuideCreateAdmin(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		a := admin(t, env)
		var out struct {
			CreateUser struct{ User struct{ ID string } }
		}
		a.MustQuery(`mutation($role: ID!) { createUser(input: {email: "second-admin@example.com", sendInvitation: true, roleID: $role}) { user { id } } }`,
			map[string]any{"role": env.Role("admin").ID}, &out)
		var acc struct{ AcceptInvitation struct{ Token string } }
		env.As("").MustQuery(`mutation($t: String!) { acceptInvitation(input: {token: $t, password: "a long and unusual passphrase"}) { token } }`,
			map[string]any{"t": env.LastToken("second-admin@example.com", "invitation")}, &acc)
		var users struct{ Users struct{ TotalCount int } }
		env.As(acc.AcceptInvitation.Token).MustQuery(`{ users(first: 1) { totalCount } }`, nil, &users)
		if users.Users.TotalCount != 2 {
			t.Fatalf("the new admin sees %d users", users.Users.TotalCount)
		}
	})
}

func TestGuideEditInformation(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		a := admin(t, env)
		u := env.NewUser("self@example.com", apitest.Confirmed)
		me := env.As(env.SessionFor(u))
		var out struct{ UpdateMe struct{ User userOut } }
		me.MustQuery(`mutation { updateMe(input: {salutation: MR, firstName: "Sam", lastName: "Self"}) { user { `+userFields+` } } }`, nil, &out)
		if *out.UpdateMe.User.FirstName != "Sam" {
			t.Fatalf("updateMe: %+v", out)
		}
		if h := history(t, env, string(u.ID), auditentry.SourcePROFILE); h["first_name"][1] != "Sam" || h["salutation"][1] != "MR" {
			t.Fatalf("history: %v", h)
		}
		a.MustQuery(`mutation($id: ID!) { setBlockedFields(input: {id: $id, fields: ["lastName"]}) { user { blockedProfileFields } } }`, map[string]any{"id": u.ID}, nil)
		me.Query(`mutation { updateMe(input: {firstName: "Samuel", lastName: "Other"}) { user { id } } }`, nil).Fail(t, "FORBIDDEN", "input.lastName")
		if got := env.Client.User.GetX(env.Ctx, u.ID); *got.FirstName != "Sam" {
			t.Fatal("a refused update changed the first name")
		}
		me.MustQuery(`mutation { updateMe(input: {firstName: "Samuel"}) { user { id } } }`, nil, nil)
		// A form that submits the whole profile may send the blocked field
		// with its current value.
		me.MustQuery(`mutation { updateMe(input: {firstName: "Sammy", lastName: "Self"}) { user { id } } }`, nil, nil)
		if got := env.Client.User.GetX(env.Ctx, u.ID); *got.FirstName != "Sammy" || *got.LastName != "Self" {
			t.Fatalf("after a whole-form update: %s %s", *got.FirstName, *got.LastName)
		}
		// Saving what is stored changes nothing: no new updatedAt, no history.
		before := env.Client.User.GetX(env.Ctx, u.ID)
		entries := env.Client.AuditEntry.Query().CountX(env.Ctx)
		a.MustQuery(`mutation($id: ID!) { updateUser(input: {id: $id, profile: {firstName: "Sammy", lastName: "Self"}}) { user { id } } }`, map[string]any{"id": u.ID}, nil)
		if after := env.Client.User.GetX(env.Ctx, u.ID); !after.UpdatedAt.Equal(before.UpdatedAt) || env.Client.AuditEntry.Query().CountX(env.Ctx) != entries {
			t.Fatalf("an update without changes wrote: updatedAt %v → %v", before.UpdatedAt, after.UpdatedAt)
		}
		a.Query(`mutation($id: ID!) { setBlockedFields(input: {id: $id, fields: ["email"]}) { user { id } } }`, map[string]any{"id": u.ID}).Fail(t, "BAD_USER_INPUT", "input.fields.0")
	})
}

func TestGuideChangePassword(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		u := env.NewUser("pw@example.com", apitest.Confirmed, func(c *ent.UserCreate) {
			c.SetFirstName("Margaret").SetLastName("Hamilton").SetPasswordHash(mustHash(t, "the old password 1"))
		})
		current, other := env.SessionFor(u), env.SessionFor(u)
		me := env.As(current)
		const q = `mutation($c: String!, $n: String!) { changePassword(input: {currentPassword: $c, newPassword: $n}) { user { id } } }`
		me.Query(q, map[string]any{"c": "wrong", "n": "a new long passphrase"}).Fail(t, "BAD_USER_INPUT", "input.currentPassword")
		for n, reason := range map[string]string{"short": "TOO_SHORT", "margaret-rocks-2024": "CONTAINS_NAME", "password1234": "COMMON_PASSWORD"} {
			r := me.Query(q, map[string]any{"c": "the old password 1", "n": n})
			r.Fail(t, "BAD_USER_INPUT", "input.newPassword")
			if r.Errors[0].Extensions["reason"] != reason {
				t.Fatalf("%q: reason %v, want %s", n, r.Errors[0].Extensions["reason"], reason)
			}
		}
		me.MustQuery(q, map[string]any{"c": "the old password 1", "n": "a new long passphrase"}, nil)
		env.As(other).Query(`{ viewer { kind } }`, nil).Fail(t, "UNAUTHENTICATED", "")
		me.MustQuery(`{ viewer { kind } }`, nil, nil)
		env.As("").MustQuery(loginMutation, map[string]any{"email": "pw@example.com", "password": "a new long passphrase"}, nil)
		e := env.Client.AuditEntry.Query().Where(auditentry.SubjectID(u.ID), auditentry.Property("password"), auditentry.SourceEQ(auditentry.SourcePROFILE)).OnlyX(env.Ctx)
		if e.OldValue != nil || e.NewValue != nil || e.Source != auditentry.SourcePROFILE {
			t.Fatalf("password history entry leaks values or source: %+v", e)
		}
	})
}

func TestGuideEmailMapping(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		u := env.NewUser("main@example.com", apitest.Confirmed, func(c *ent.UserCreate) { c.SetPasswordHash(mustHash(t, "main password 123")) })
		env.NewUser("someone@example.com")
		me := env.As(env.SessionFor(u))
		var add struct {
			AddEmailAlias struct{ EmailAlias struct{ ID, Email string } }
		}
		// Another account's address: accepted like any other (nobody learns
		// whose it is), but its owner gets a notice, not a link, and the
		// alias stays pending until removed.
		var taken struct {
			AddEmailAlias struct{ EmailAlias struct{ ID string } }
		}
		me.MustQuery(`mutation { addEmailAlias(input: {email: "someone@example.com"}) { emailAlias { id } } }`, nil, &taken)
		if ms := env.Mails("someone@example.com"); len(ms) != 1 || ms[0].Template != "alias_attempt" {
			t.Fatalf("mails to the owner of a claimed address: %+v", ms)
		}
		me.MustQuery(`mutation($id: ID!) { removeEmailAlias(input: {aliasID: $id}) { removedID } }`,
			map[string]any{"id": taken.AddEmailAlias.EmailAlias.ID}, nil)
		me.Query(`mutation { addEmailAlias(input: {email: "main@example.com"}) { emailAlias { id } } }`, nil).Fail(t, "CONFLICT", "input.email")
		me.MustQuery(`mutation { addEmailAlias(input: {email: "Work@Example.org"}) { emailAlias { id email } } }`, nil, &add)
		// A second address before the first is confirmed: both links work.
		me.MustQuery(`mutation { addEmailAlias(input: {email: "home@example.net"}) { emailAlias { id } } }`, nil, nil)
		anon := env.As("")
		anon.MustQuery(`mutation($t: String!) { confirmEmailAlias(input: {token: $t}) { emailAlias { confirmedAt } } }`,
			map[string]any{"t": env.LastToken("home@example.net", "alias_confirmation")}, nil)
		// Unconfirmed: no login yet.
		anon.Query(loginMutation, map[string]any{"email": "work@example.org", "password": "main password 123"}).Fail(t, "UNAUTHENTICATED", "")
		anon.MustQuery(`mutation($t: String!) { confirmEmailAlias(input: {token: $t}) { emailAlias { confirmedAt } } }`,
			map[string]any{"t": env.LastToken("work@example.org", "alias_confirmation")}, nil)
		var login loginOut
		anon.MustQuery(loginMutation, map[string]any{"email": "work@example.org", "password": "main password 123"}, &login)
		if login.Login.User.Email != "main@example.com" {
			t.Fatalf("alias login: %+v", login)
		}
		// Password reset through the alias mails the alias.
		anon.MustQuery(`mutation { requestPasswordReset(input: {email: "WORK@example.org"}) { accepted } }`, nil, nil)
		anon.MustQuery(`mutation { requestPasswordReset(input: {email: "nobody@example.org"}) { accepted } }`, nil, nil)
		token := env.LastToken("work@example.org", "password_reset")
		anon.MustQuery(`mutation($t: String!) { resetPassword(input: {token: $t, password: "reset via the alias 1"}) { email } }`, map[string]any{"t": token}, nil)
		anon.MustQuery(loginMutation, map[string]any{"email": "main@example.com", "password": "reset via the alias 1"}, nil)
		if len(env.Mails("nobody@example.org")) != 0 || env.Client.User.GetX(env.Ctx, u.ID).ResetPasswordSentAt == nil {
			t.Fatal("reset bookkeeping wrong")
		}
		// Confirmed aliases receive the account's notifications: the
		// password change is announced at every confirmed address.
		env.Client.EmailAlias.Create().SetUser(u).SetEmail("pending@example.org").SaveX(env.Ctx)
		anon.MustQuery(`mutation { requestPasswordReset(input: {email: "main@example.com"}) { accepted } }`, nil, nil)
		anon.MustQuery(`mutation($t: String!) { resetPassword(input: {token: $t, password: "reset via the alias 1"}) { email } }`,
			map[string]any{"t": env.LastToken("main@example.com", "password_reset")}, nil)
		for addr, want := range map[string]int{"main@example.com": 2, "work@example.org": 2, "home@example.net": 2, "pending@example.org": 0} {
			n := 0
			for _, m := range env.Mails(addr) {
				if m.Template == "password_changed" {
					n++
				}
			}
			if n != want {
				t.Errorf("%s got %d password_changed notifications, want %d", addr, n, want)
			}
		}
		// The alias becomes the primary address, the old one an alias.
		var prim struct {
			SetPrimaryEmail struct{ User struct{ Email string } }
		}
		me = env.As(env.SessionFor(u))
		me.MustQuery(`mutation($id: ID!) { setPrimaryEmail(input: {aliasID: $id}) { user { email } } }`, map[string]any{"id": add.AddEmailAlias.EmailAlias.ID}, &prim)
		if prim.SetPrimaryEmail.User.Email != "work@example.org" {
			t.Fatalf("primary: %+v", prim)
		}
		anon.MustQuery(loginMutation, map[string]any{"email": "main@example.com", "password": "reset via the alias 1"}, nil)
	})
}

func TestSignUpAndConfirm(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		anon := env.As("")
		const q = `mutation($e: String!) { signUp(input: {email: $e, password: "a long and unusual passphrase", profile: {firstName: "Web"}}) { accepted } }`
		anon.Query(q, map[string]any{"e": "web@example.com"}).Fail(t, "FORBIDDEN", "")
		env.Client.Settings.Update().SetSelfSignupEnabled(true).ExecX(env.Ctx)
		anon.MustQuery(q, map[string]any{"e": "web@example.com"}, nil)
		u := env.Client.User.Query().Where(user.Email("web@example.com")).OnlyX(env.Ctx)
		if u.Source != user.SourceWEB || u.ConfirmedAt != nil || u.ConfirmationSentAt == nil {
			t.Fatalf("signed up: %+v", u)
		}
		// Signing up an existing address answers the same and changes
		// nothing; the owner is told of the attempt.
		anon.MustQuery(q, map[string]any{"e": "WEB@example.com"}, nil)
		if ms := env.Mails("web@example.com"); len(ms) != 2 || ms[0].Template != "confirmation" || ms[1].Template != "signup_attempt" {
			t.Fatalf("mails: %+v", ms)
		}
		anon.Query(loginMutation, map[string]any{"email": "web@example.com", "password": "a long and unusual passphrase"}).Fail(t, "FORBIDDEN", "")
		anon.MustQuery(`mutation($t: String!) { confirmEmail(input: {token: $t}) { email } }`, map[string]any{"t": env.LastToken("web@example.com", "confirmation")}, nil)
		anon.MustQuery(loginMutation, map[string]any{"email": "web@example.com", "password": "a long and unusual passphrase"}, nil)
	})
}

// TestConcurrentUpdatesConflict: two admins saving the same version at
// the same moment — exactly one wins, the other gets CONFLICT.
func TestConcurrentUpdatesConflict(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		a := admin(t, env)
		u := env.NewUser("race@example.com")
		seen := u.UpdatedAt.UTC().Format(time.RFC3339Nano)
		const q = `mutation($in: UpdateUserInput!) { updateUser(input: $in) { user { city } } }`
		for round := range 3 {
			results := make(chan apitest.Response, 2)
			for _, city := range []string{"Köln", "Bonn"} {
				go func() {
					results <- a.Query(q, map[string]any{"in": map[string]any{"id": u.ID, "expectedUpdatedAt": seen,
						"profile": map[string]any{"city": fmt.Sprintf("%s %d", city, round)}}})
				}()
			}
			var ok, conflict int
			for range 2 {
				r := <-results
				switch {
				case len(r.Errors) == 0:
					ok++
				case r.Errors[0].Code() == "CONFLICT":
					conflict++
				default:
					t.Fatalf("unexpected answer: %s", r)
				}
			}
			if ok != 1 || conflict != 1 {
				t.Fatalf("round %d: %d succeeded, %d conflicted; want one each", round, ok, conflict)
			}
			seen = env.Client.User.GetX(env.Ctx, u.ID).UpdatedAt.UTC().Format(time.RFC3339Nano)
		}
	})
}

func TestCustomAttributesAndSettings(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		a := admin(t, env)
		a.MustQuery(`mutation { createAttributeDefinition(input: {key: "tier", label: "Tier", type: ENUM, allowedValues: ["gold", "silver"]}) { attributeDefinition { id } } }`, nil, nil)
		a.MustQuery(`mutation { createAttributeDefinition(input: {key: "member_no", label: "Member number", type: STRING, userEditable: false}) { attributeDefinition { id } } }`, nil, nil)
		a.Query(`mutation { createAttributeDefinition(input: {key: "Bad Key", label: "x", type: STRING}) { attributeDefinition { id } } }`, nil).Fail(t, "BAD_USER_INPUT", "input.key")
		a.Query(`mutation { createAttributeDefinition(input: {key: "level", label: "x", type: ENUM}) { attributeDefinition { id } } }`, nil).Fail(t, "BAD_USER_INPUT", "input.allowedValues")
		u := env.NewUser("attrs@example.com", apitest.Confirmed)
		me := env.As(env.SessionFor(u))
		me.Query(`mutation { updateMe(input: {customAttributes: {tier: "bronze"}}) { user { id } } }`, nil).Fail(t, "BAD_USER_INPUT", "input.customAttributes.tier")
		me.Query(`mutation { updateMe(input: {customAttributes: {member_no: "M-1"}}) { user { id } } }`, nil).Fail(t, "FORBIDDEN", "input.customAttributes.member_no")
		var out struct {
			UpdateMe struct {
				User struct{ CustomAttributes map[string]any }
			}
		}
		me.MustQuery(`mutation { updateMe(input: {customAttributes: {tier: "gold"}}) { user { customAttributes } } }`, nil, &out)
		if out.UpdateMe.User.CustomAttributes["tier"] != "gold" {
			t.Fatalf("attributes: %+v", out)
		}
		a.MustQuery(`mutation($id: ID!) { updateUser(input: {id: $id, profile: {customAttributes: {tier: "silver", member_no: "M-7"}}}) { user { id } } }`, map[string]any{"id": u.ID}, nil)
		// The user replaces their own attributes; the admin-only one stays,
		// whether they leave it out, send it unchanged, or clear the map.
		for _, in := range []string{`{tier: "gold"}`, `{tier: "gold", member_no: "M-7"}`, `{}`, `null`} {
			out.UpdateMe.User.CustomAttributes = nil
			me.MustQuery(`mutation { updateMe(input: {customAttributes: `+in+`}) { user { customAttributes } } }`, nil, &out)
			if got := out.UpdateMe.User.CustomAttributes; got["member_no"] != "M-7" || (in != `{}` && in != `null` && got["tier"] != "gold") || len(got) > 2 {
				t.Fatalf("after updateMe(%s): %v", in, got)
			}
		}
		if got := out.UpdateMe.User.CustomAttributes; len(got) != 1 {
			t.Fatalf("clearing kept %v", got)
		}
		me.Query(`mutation { updateMe(input: {customAttributes: {member_no: "M-8"}}) { user { id } } }`, nil).Fail(t, "FORBIDDEN", "input.customAttributes.member_no")
		a.Query(`mutation { updateSettings(input: {allowedRedirectHosts: ["https://app.example.com"]}) { settings { id } } }`, nil).Fail(t, "BAD_USER_INPUT", "input.allowedRedirectHosts.0")
		a.Query(`mutation { updateSettings(input: {passwordMinLength: 4}) { settings { id } } }`, nil).Fail(t, "BAD_USER_INPUT", "input.passwordMinLength")
		var set struct {
			UpdateSettings struct {
				Settings struct{ PasswordMinLength int }
			}
		}
		a.MustQuery(`mutation { updateSettings(input: {passwordMinLength: 16, allowedRedirectHosts: ["App.Example.com"]}) { settings { passwordMinLength } } }`, nil, &set)
		if set.UpdateSettings.Settings.PasswordMinLength != 16 {
			t.Fatalf("settings: %+v", set)
		}
	})
}
