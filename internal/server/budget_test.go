package server_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/rosterhq/roster/ent/outgoingmail"
	"github.com/rosterhq/roster/ent/ratelimit"
	"github.com/rosterhq/roster/ent/user"
	"github.com/rosterhq/roster/internal/apitest"
	"github.com/rosterhq/roster/internal/budget"
	"github.com/rosterhq/roster/internal/requestlimit"
	"github.com/rosterhq/roster/internal/server"
)

// gqlPost sends one GraphQL POST with variables and optional bearer
// credential (token "" sends none).
func gqlPost(t *testing.T, url, token, query string, vars map[string]any) result {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	headers := []string{"Content-Type", "application/json", "Accept", "application/graphql-response+json"}
	if token != "" {
		headers = append(headers, "Authorization", "Bearer "+token)
	}
	return do(t, http.MethodPost, url+"/graphql", string(body), headers...)
}

// refused asserts that r was refused before execution by the limit
// named reason (by any limit for "").
func refused(t *testing.T, r result, reason string) {
	t.Helper()
	_, hasData, errs := r.gql(t)
	if r.status != http.StatusBadRequest || hasData || len(errs) != 1 {
		t.Fatalf("want one pre-execution error (400, no data), got %d: %s", r.status, r.body)
	}
	if errs[0].Code() != "LIMIT_EXCEEDED" || (reason != "" && errs[0].Extensions["reason"] != reason) {
		t.Fatalf("want LIMIT_EXCEEDED/%s, got %s/%v: %s", reason, errs[0].Code(), errs[0].Extensions["reason"], errs[0].Message)
	}
	if _, ok := errs[0].Extensions["limit"].(float64); !ok {
		t.Fatalf("extensions.limit missing: %s", r.body)
	}
}

// aliased repeats one field n times under aliases f0, f1, ...
func aliased(n int, field func(i int) string) string {
	var b strings.Builder
	b.WriteString("mutation {")
	for i := range n {
		fmt.Fprintf(&b, " f%d: %s", i, field(i))
	}
	b.WriteString(" }")
	return b.String()
}

// TestBudgetAmplification replays the amplification findings: one request
// with 20 aliased signUp calls (20 argon2id hashes, 20 accounts), 70
// aliased login calls, and 20 aliased requestPasswordReset calls (20
// mails). Each is refused before anything runs: no account, no attempt
// counted, no mail. With the default limits, the alias, root-field and
// mutation limits refuse them too; with those lifted, the budget alone
// does.
func TestBudgetAmplification(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		env.Client.Settings.Update().SetSelfSignupEnabled(true).ExecX(env.Ctx)
		env.NewUser("victim@example.com", apitest.Confirmed)
		lifted := newServer(t, env, server.Options{Limits: requestlimit.Policy{MaxAliases: 1000, MaxRootFields: 1000, MaxMutations: 1000}})

		signUps := aliased(20, func(i int) string {
			return fmt.Sprintf(`signUp(input: {email: "amp%d@example.com", password: "a long and unusual passphrase"}) { accepted }`, i)
		})
		logins := aliased(70, func(int) string {
			return `login(input: {email: "victim@example.com", password: "guess"}) { user { id } }`
		})
		resets := aliased(20, func(int) string {
			return `requestPasswordReset(input: {email: "victim@example.com"}) { accepted }`
		})
		for _, c := range []struct{ url, hashReason, mailReason string }{
			{env.Server.URL, "", ""},
			{lifted.URL, "PASSWORD_HASHES", "MAILS"},
		} {
			refused(t, gqlPost(t, c.url, "", signUps, nil), c.hashReason)
			if n := env.Client.User.Query().Where(user.EmailHasPrefix("amp")).CountX(env.Ctx); n != 0 {
				t.Fatalf("20 aliased signUp calls created %d accounts", n)
			}
			refused(t, gqlPost(t, c.url, "", logins, nil), c.hashReason)
			if n := env.Client.RateLimit.Query().Where(ratelimit.CountGT(0)).CountX(env.Ctx); n != 0 {
				t.Fatalf("refused logins were counted: %d rate-limit rows", n)
			}
			refused(t, gqlPost(t, c.url, "", resets, nil), c.mailReason)
			if n := env.Client.OutgoingMail.Query().CountX(env.Ctx); n != 0 {
				t.Fatalf("20 aliased requestPasswordReset calls queued %d mails", n)
			}
		}
		url := env.Server.URL
		var r result

		// Within the budget, the same fields work: one password field,
		// three mail fields.
		r = gqlPost(t, url, "", aliased(1, func(int) string {
			return `signUp(input: {email: "one@example.com", password: "a long and unusual passphrase"}) { accepted }`
		}), nil)
		if _, _, errs := r.gql(t); r.status != http.StatusOK || len(errs) != 0 {
			t.Fatalf("one signUp: %d %s", r.status, r.body)
		}
		r = gqlPost(t, url, "", aliased(3, func(int) string {
			return `requestPasswordReset(input: {email: "victim@example.com"}) { accepted }`
		}), nil)
		if _, _, errs := r.gql(t); r.status != http.StatusOK || len(errs) != 0 {
			t.Fatalf("three resets: %d %s", r.status, r.body)
		}
		env.ProcessAccountRequests() // as the server's worker would
		if n := env.Client.OutgoingMail.Query().Where(outgoingmail.To("victim@example.com")).CountX(env.Ctx); n != 3 {
			t.Fatalf("three resets queued %d mails", n)
		}
	})
}

// TestBudgetMixesAndConditions: the budget counts every kind of field
// together, follows mailIf conditions (in literals and variables), and
// counts a field spread through fragments once, as it executes.
func TestBudgetMixesAndConditions(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		url := env.Server.URL
		me := env.NewUser("me@example.com", apitest.Confirmed)
		session := env.SessionFor(me)

		// A login and a password change: two password fields.
		r := gqlPost(t, url, session, `mutation {
			login(input: {email: "me@example.com", password: "x"}) { user { id } }
			changePassword(input: {currentPassword: "x", newPassword: "another long passphrase"}) { user { id } }
		}`, nil)
		refused(t, r, "PASSWORD_HASHES")

		// createUser mails only with sendInvitation: four without pass,
		// four with are refused, whether the flag is literal or a variable.
		key := bearerToken(env)
		r = gqlPost(t, url, key, aliased(4, func(i int) string {
			return fmt.Sprintf(`createUser(input: {email: "plain%d@example.com"}) { user { id } }`, i)
		}), nil)
		if _, _, errs := r.gql(t); r.status != http.StatusOK || len(errs) != 0 {
			t.Fatalf("four createUser without invitations: %d %s", r.status, r.body)
		}
		r = gqlPost(t, url, key, aliased(4, func(i int) string {
			return fmt.Sprintf(`createUser(input: {email: "inv%d@example.com", sendInvitation: true}) { user { id } }`, i)
		}), nil)
		refused(t, r, "MAILS")
		vars := map[string]any{}
		var decl []string
		var fields strings.Builder
		for i := range 4 {
			decl = append(decl, fmt.Sprintf("$in%d: CreateUserInput!", i))
			vars[fmt.Sprintf("in%d", i)] = map[string]any{"email": fmt.Sprintf("var%d@example.com", i), "sendInvitation": true}
			fmt.Fprintf(&fields, " f%d: createUser(input: $in%d) { user { id } }", i, i)
		}
		r = gqlPost(t, url, key, "mutation("+strings.Join(decl, ", ")+") {"+fields.String()+" }", vars)
		refused(t, r, "MAILS")
		if n := env.Client.User.Query().Where(user.Or(user.EmailHasPrefix("inv"), user.EmailHasPrefix("var"))).CountX(env.Ctx); n != 0 {
			t.Fatalf("refused requests created %d users", n)
		}

		// The same field spread twice under one response key executes
		// once and counts once; @skip removes a field from the count.
		r = gqlPost(t, url, "", `mutation($skip: Boolean!) {
			...A ...A
			b: login(input: {email: "me@example.com", password: "y"}) @skip(if: $skip) { user { id } }
		}
		fragment A on Mutation { a: login(input: {email: "me@example.com", password: "x"}) { user { id } } }`, map[string]any{"skip": true})
		if _, hasData, _ := r.gql(t); r.status != http.StatusOK || !hasData {
			t.Fatalf("one login through a fragment spread twice: %d %s", r.status, r.body)
		}
		r = gqlPost(t, url, "", `mutation($skip: Boolean!) {
			...A
			b: login(input: {email: "me@example.com", password: "y"}) @skip(if: $skip) { user { id } }
		}
		fragment A on Mutation { a: login(input: {email: "me@example.com", password: "x"}) { user { id } } }`, map[string]any{"skip": false})
		refused(t, r, "PASSWORD_HASHES")
	})
}

// TestUndeclaredWorkFails: a field that hashes or mails without declaring
// it with @budget fails, and its transaction leaves nothing behind. Every
// test that runs a mailing or hashing mutation therefore fails as soon as
// its declaration goes missing.
func TestUndeclaredWorkFails(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		env.NewUser("someone@example.com", apitest.Confirmed)
		ctx := budget.Declare(context.Background(), budget.Declaration{Field: "requestPasswordReset"})
		err := env.Users.RequestPasswordReset(ctx, "someone@example.com")
		var ue *budget.UndeclaredError
		if !errors.As(err, &ue) || ue.Kind != budget.Mail {
			t.Fatalf("undeclared mail: %v", err)
		}
		if n := env.Client.OutgoingMail.Query().CountX(env.Ctx); n != 0 {
			t.Fatalf("%d mails queued by a refused reset", n)
		}
		ctx = budget.Declare(context.Background(), budget.Declaration{Field: "login"})
		if _, err := env.Auth.Login(ctx, "someone@example.com", "whatever", "192.0.2.1", "test"); !errors.As(err, &ue) || ue.Kind != budget.PasswordHash {
			t.Fatalf("undeclared hash: %v", err)
		}
		// Declared, the same calls go through.
		ctx = budget.Declare(context.Background(), budget.Declaration{Field: "requestPasswordReset", Mail: true})
		if err := env.Users.RequestPasswordReset(ctx, "someone@example.com"); err != nil {
			t.Fatal(err)
		}
	})
}

// TestMutationLimit: more than ten mutations in one request are refused,
// whatever they do.
func TestMutationLimit(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		me := env.NewUser("me@example.com", apitest.Confirmed)
		session := env.SessionFor(me)
		r := gqlPost(t, env.Server.URL, session, aliased(11, func(int) string { return `subscribeNewsletter { subscription { id } }` }), nil)
		refused(t, r, "MUTATIONS")
		r = gqlPost(t, env.Server.URL, session, aliased(10, func(int) string { return `subscribeNewsletter { subscription { id } }` }), nil)
		if _, _, errs := r.gql(t); r.status != http.StatusOK || len(errs) != 0 {
			t.Fatalf("ten mutations: %d %s", r.status, r.body)
		}
	})
}

// bearerToken creates an API key with every permission.
func bearerToken(env *apitest.Env) string {
	return strings.TrimPrefix(bearer(env)[1], "Bearer ")
}
