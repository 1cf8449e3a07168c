package graph_test

import (
	"testing"

	"github.com/rosterhq/roster/ent"
	"github.com/rosterhq/roster/internal/apitest"
	"github.com/rosterhq/roster/internal/users"
)

// TestChangePasswordCountsAgainstTheAccount: wrong current passwords in
// changePassword count against the account's attempt limit, which login
// shares: a stolen session cannot guess the password, and once the limit
// is reached the right password is refused too, in both places.
func TestChangePasswordCountsAgainstTheAccount(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		const pw = "the right password 42"
		u := env.NewUser("victim@example.com", apitest.Confirmed, func(c *ent.UserCreate) { c.SetPasswordHash(mustHash(t, pw)) })
		me := env.As(env.SessionFor(u))
		const change = `mutation($cur: String!) { changePassword(input: {currentPassword: $cur, newPassword: "a brand new passphrase 7"}) { user { id } } }`
		// A right password is no failure.
		for range users.MaxAccountFailures {
			me.Query(change, map[string]any{"cur": "a wrong guess"}).Fail(t, "BAD_USER_INPUT", "input.currentPassword")
		}
		me.Query(change, map[string]any{"cur": pw}).Fail(t, "RATE_LIMITED", "")
		env.As("").Query(loginMutation, map[string]any{"email": "victim@example.com", "password": pw}).Fail(t, "RATE_LIMITED", "")
		if got := env.Client.User.GetX(env.Ctx, u.ID); got.PasswordChangedAt != nil {
			t.Fatal("the password changed past the limit")
		}
	})
}

// TestRightCurrentPasswordIsForgiven: a successful change takes its
// attempt back, so a user who types the right password is never locked
// out by their own changes.
func TestRightCurrentPasswordIsForgiven(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		pw := "the first password 42"
		u := env.NewUser("changer@example.com", apitest.Confirmed, func(c *ent.UserCreate) { c.SetPasswordHash(mustHash(t, pw)) })
		me := env.As(env.SessionFor(u))
		const change = `mutation($cur: String!, $next: String!) { changePassword(input: {currentPassword: $cur, newPassword: $next}) { user { id } } }`
		for i := range users.MaxAccountFailures + 2 {
			next := "password number " + string(rune('a'+i)) + " of many"
			me.MustQuery(change, map[string]any{"cur": pw, "next": next}, nil)
			pw = next
		}
	})
}

// TestTokenAttemptsPerClient: links from mails (confirmation, invitation,
// reset, alias) are limited per client address: past the limit even a
// valid token is refused before it is looked at, and nothing is used up.
func TestTokenAttemptsPerClient(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		env.NewUser("owner@example.com", apitest.Confirmed)
		anon := env.As("")
		anon.MustQuery(`mutation { requestPasswordReset(input: {email: "owner@example.com"}) { accepted } }`, nil, nil)
		valid := env.LastToken("owner@example.com", "password_reset")
		guesses := []string{
			`mutation { confirmEmail(input: {token: "guess"}) { email } }`,
			`mutation { confirmEmailAlias(input: {token: "guess"}) { emailAlias { id } } }`,
			`mutation { resetPassword(input: {token: "guess", password: "a long and unusual passphrase"}) { email } }`,
			`mutation { acceptInvitation(input: {token: "guess", password: "a long and unusual passphrase"}) { token } }`,
		}
		for i := range users.MaxTokenAttempts {
			r := anon.Query(guesses[i%len(guesses)], nil)
			if len(r.Errors) == 0 || r.Errors[0].Code() == "RATE_LIMITED" {
				t.Fatalf("guess %d: %s", i+1, r)
			}
		}
		anon.Query(`mutation($t: String!) { resetPassword(input: {token: $t, password: "a long and unusual passphrase"}) { email } }`,
			map[string]any{"t": valid}).Fail(t, "RATE_LIMITED", "")
		if got := env.Client.User.Query().OnlyX(env.Ctx); got.PasswordHash != nil {
			t.Fatal("a refused reset set the password")
		}
	})
}
