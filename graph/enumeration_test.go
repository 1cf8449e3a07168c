package graph_test

import (
	"regexp"
	"testing"

	"github.com/rosterhq/roster/ent/user"
	"github.com/rosterhq/roster/internal/apitest"
	"github.com/rosterhq/roster/internal/permission"
	"github.com/rosterhq/roster/internal/users"
)

// tokenLink finds a link with a token in a mail.
var tokenLink = regexp.MustCompile(`\?token=`)

// sameWork runs one request for an address that has an account and one
// for an address that has none, and fails unless both get the same answer
// after the same SQL statements on the server (the same work, so the
// same time, whatever the clock's resolution).
func sameWork(t *testing.T, env *apitest.Env, as *apitest.Env, query string, varsFor func(email string) map[string]any, taken, free string) {
	t.Helper()
	run := func(email string) (apitest.Response, int64) {
		before := env.Statements()
		r := as.Query(query, varsFor(email))
		return r, env.Statements() - before
	}
	run(free + ".warm-up") // settings and other caches of the first request
	rTaken, nTaken := run(taken)
	rFree, nFree := run(free)
	if rTaken.String() != rFree.String() {
		t.Fatalf("different answers:\n taken: %s\n free:  %s", rTaken, rFree)
	}
	if nTaken != nFree {
		t.Fatalf("different work: %d statements for an address with an account, %d for one without", nTaken, nFree)
	}
}

// TestSignUpDoesNotEnumerate: signUp answers an address that has an
// account exactly as a new one, after the same statements (both hash the
// password and store the request); the owner learns of the attempt by
// mail, and no second account appears.
func TestSignUpDoesNotEnumerate(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		env.Client.Settings.Update().SetSelfSignupEnabled(true).ExecX(env.Ctx)
		owner := env.NewUser("owner@example.com", apitest.Confirmed)
		const q = `mutation($e: String!) { signUp(input: {email: $e, password: "a long and unusual passphrase", profile: {firstName: "Eve"}}) { accepted } }`
		sameWork(t, env, env.As(""), q, func(e string) map[string]any { return map[string]any{"e": e} }, "owner@example.com", "newcomer@example.com")

		if n := env.Client.User.Query().Where(user.Email("owner@example.com")).CountX(env.Ctx); n != 1 {
			t.Fatalf("%d accounts with the owner's address", n)
		}
		if got := env.Client.User.GetX(env.Ctx, owner.ID); got.FirstName != nil {
			t.Fatal("a sign-up changed the existing account")
		}
		ms := env.Mails("owner@example.com")
		if len(ms) != 1 || ms[0].Template != "signup_attempt" {
			t.Fatalf("mails to the owner: %+v", ms)
		}
		// The new address got its account and its confirmation link.
		created := env.Client.User.Query().Where(user.Email("newcomer@example.com")).OnlyX(env.Ctx)
		if created.FirstName == nil || *created.FirstName != "Eve" || created.Source != user.SourceWEB || created.PasswordHash == nil {
			t.Fatalf("signed-up account: %+v", created)
		}
		env.LastToken("newcomer@example.com", "confirmation")
	})
}

// TestSignUpIsCarriedOutLater: the API only stores the request; the
// account exists once the worker has run.
func TestSignUpIsCarriedOutLater(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		env.Client.Settings.Update().SetSelfSignupEnabled(true).ExecX(env.Ctx)
		env.HoldRequests()
		env.As("").MustQuery(`mutation { signUp(input: {email: "later@example.com", password: "a long and unusual passphrase"}) { accepted } }`, nil, nil)
		if n := env.Client.User.Query().Where(user.Email("later@example.com")).CountX(env.Ctx); n != 0 {
			t.Fatal("the account exists before the worker ran")
		}
		req := env.Client.AccountRequest.Query().OnlyX(env.Ctx)
		if req.PasswordHash == nil || *req.PasswordHash == "a long and unusual passphrase" {
			t.Fatal("the request does not hold a hash of the password")
		}
		env.ProcessAccountRequests()
		env.Client.User.Query().Where(user.Email("later@example.com")).OnlyX(env.Ctx)
		if n := env.Client.AccountRequest.Query().CountX(env.Ctx); n != 0 {
			t.Fatalf("%d requests left after processing", n)
		}
	})
}

// TestPasswordResetDoesNotEnumerate: same answer and statements for an
// address with and without an account; only the owner gets a link, and
// one address gets at most users.MaxMailsPerAddress mails per window.
func TestPasswordResetDoesNotEnumerate(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		env.NewUser("owner@example.com", apitest.Confirmed)
		const q = `mutation($e: String!) { requestPasswordReset(input: {email: $e}) { accepted } }`
		vars := func(e string) map[string]any { return map[string]any{"e": e} }
		sameWork(t, env, env.As(""), q, vars, "owner@example.com", "nobody@example.com")
		env.LastToken("owner@example.com", "password_reset")
		if ms := env.Mails("nobody@example.com"); len(ms) != 0 {
			t.Fatalf("mails to an address without an account: %d", len(ms))
		}
		for range users.MaxMailsPerAddress + 3 {
			env.As("").MustQuery(q, vars("owner@example.com"), nil)
		}
		if n := len(env.Mails("owner@example.com")); n != users.MaxMailsPerAddress {
			t.Fatalf("%d reset mails to one address, want the limit %d", n, users.MaxMailsPerAddress)
		}
	})
}

// TestAddEmailAliasDoesNotEnumerate: adding another account's address is
// answered like adding a free one, after the same statements. The owner
// gets a notice without a link; the pending alias can never be confirmed
// and does not work for login.
func TestAddEmailAliasDoesNotEnumerate(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		env.NewUser("owner@example.com", apitest.Confirmed)
		u := env.NewUser("prober@example.com", apitest.Confirmed)
		me := env.As(env.SessionFor(u))
		const q = `mutation($e: String!) { addEmailAlias(input: {email: $e}) { emailAlias { email confirmedAt } } }`
		// The answers differ in the address only: compare them with it
		// replaced.
		var taken, free struct {
			AddEmailAlias struct {
				EmailAlias struct {
					Email       string
					ConfirmedAt *string
				}
			}
		}
		me.MustQuery(q, map[string]any{"e": "warm-up@example.com"}, nil)
		before := env.Statements()
		me.MustQuery(q, map[string]any{"e": "owner@example.com"}, &taken)
		nTaken := env.Statements() - before
		before = env.Statements()
		me.MustQuery(q, map[string]any{"e": "free@example.com"}, &free)
		nFree := env.Statements() - before
		if nTaken != nFree {
			t.Fatalf("different work: %d statements for another account's address, %d for a free one", nTaken, nFree)
		}
		if taken.AddEmailAlias.EmailAlias.ConfirmedAt != nil || free.AddEmailAlias.EmailAlias.ConfirmedAt != nil {
			t.Fatal("an added alias is confirmed at once")
		}
		ms := env.Mails("owner@example.com")
		if len(ms) != 1 || ms[0].Template != "alias_attempt" || tokenLink.MatchString(ms[0].TextBody) {
			t.Fatalf("mails to the owner: %+v", ms)
		}
		env.LastToken("free@example.com", "alias_confirmation")
		// The owner still signs in with the address; the prober cannot.
		env.As("").Query(loginMutation, map[string]any{"email": "owner@example.com", "password": "wrong password 123"}).Fail(t, "UNAUTHENTICATED", "")
		found, err := env.Auth.FindByLogin(env.Ctx, "owner@example.com")
		if err != nil || found.Email != "owner@example.com" {
			t.Fatalf("the owner's address now finds %v, %v", found, err)
		}
	})
}

// TestCreateUserPermissionBeforeLookup: a caller without users:write or
// users:invite is refused before the address is looked at, whether it is
// taken or not; a user manager restricted to one customer learns of
// addresses of accounts it cannot see a bounded number of times.
func TestCreateUserPermissionBeforeLookup(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		env.NewUser("taken@example.com", apitest.Confirmed)
		reader := env.NewRole("reader", permission.UsersRead)
		r := env.As(env.SessionFor(env.NewUser("reader@example.com", apitest.Confirmed, apitest.WithRole(reader))))
		const q = `mutation($e: String!) { createUser(input: {email: $e}) { user { id } alreadyExisted } }`
		rTaken := r.Query(q, map[string]any{"e": "taken@example.com"})
		rFree := r.Query(q, map[string]any{"e": "free@example.com"})
		rTaken.Fail(t, "FORBIDDEN", "")
		if rTaken.String() != rFree.String() {
			t.Fatalf("different answers:\n taken: %s\n free:  %s", rTaken, rFree)
		}

		a := env.NewCustomer("A")
		writer := env.NewRole("writer", permission.UsersRead, permission.UsersWrite)
		w := env.As(env.SessionFor(env.NewUser("writer@example.com", apitest.Confirmed, apitest.WithRole(writer), apitest.WithCustomers(a))))
		for range users.MaxTakenAnswers {
			w.Query(q, map[string]any{"e": "taken@example.com"}).Fail(t, "CONFLICT", "input.email")
		}
		w.Query(q, map[string]any{"e": "taken@example.com"}).Fail(t, "RATE_LIMITED", "")
		if n := env.Client.User.Query().Where(user.Email("taken@example.com")).CountX(env.Ctx); n != 1 {
			t.Fatalf("%d accounts with the address", n)
		}
	})
}
