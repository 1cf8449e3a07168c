package graph_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/rosterhq/roster/ent"
	"github.com/rosterhq/roster/ent/auditentry"
	"github.com/rosterhq/roster/internal/access"
	"github.com/rosterhq/roster/internal/apitest"
	"github.com/rosterhq/roster/internal/audit"
	"github.com/rosterhq/roster/internal/permission"
	"github.com/rosterhq/roster/internal/users"
)

const sendEmail = `mutation($in: SendUserEmailInput!) { sendUserEmail(input: $in) { recipients user { id email } } }`

func messageTo(id any, subject, body string, aliases bool) map[string]any {
	return map[string]any{"in": map[string]any{"id": id, "subject": subject, "body": body, "includeAliases": aliases}}
}

// emailSentEntries returns the history entries that record messages to u.
func emailSentEntries(env *apitest.Env, u *ent.User) []*ent.AuditEntry {
	return env.Client.AuditEntry.Query().Where(auditentry.SubjectID(u.ID), auditentry.Property(audit.PropertyEmailSent)).AllX(env.Ctx)
}

// TestSendUserEmail: the message goes into the outbox to the primary
// address and, when asked, the confirmed aliases (never an unconfirmed
// one); the history records subject, recipients, source and author, and
// never the text.
func TestSendUserEmail(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		u := env.NewUser("reader@example.com", apitest.Confirmed)
		env.Client.EmailAlias.Create().SetUserID(u.ID).SetEmail("reader.work@example.com").SetConfirmedAt(time.Now().UTC()).ExecX(env.Ctx)
		env.Client.EmailAlias.Create().SetUserID(u.ID).SetEmail("reader.unconfirmed@example.com").ExecX(env.Ctx)
		sender := env.NewUser("sender@example.com", apitest.Confirmed, apitest.WithRole(env.Role("admin")))
		as := env.As(env.SessionFor(sender))

		var out struct{ SendUserEmail struct{ Recipients []string } }
		as.MustQuery(sendEmail, messageTo(u.ID, "  Your contract  ", "Hello,\n\nthe secret plan is attached.\n", false), &out)
		if got := out.SendUserEmail.Recipients; len(got) != 1 || got[0] != "reader@example.com" {
			t.Fatalf("recipients = %v", got)
		}
		ms := env.Mails("reader@example.com")
		if len(ms) != 1 || ms[0].Subject != "Your contract" || !strings.Contains(ms[0].TextBody, "the secret plan is attached.") ||
			!strings.Contains(ms[0].HTMLBody, "the secret plan is attached.") {
			t.Fatalf("mail = %+v", ms)
		}
		if n := len(env.Mails("reader.work@example.com")); n != 0 {
			t.Fatalf("without includeAliases the alias got %d mails", n)
		}

		as.MustQuery(sendEmail, messageTo(u.ID, "Second", "To every address.", true), &out)
		if got := strings.Join(out.SendUserEmail.Recipients, ","); got != "reader@example.com,reader.work@example.com" {
			t.Fatalf("recipients with aliases = %s", got)
		}
		if len(env.Mails("reader.work@example.com")) != 1 || len(env.Mails("reader.unconfirmed@example.com")) != 0 {
			t.Fatal("includeAliases must reach confirmed aliases only")
		}

		entries := emailSentEntries(env, u)
		if len(entries) != 2 {
			t.Fatalf("history has %d email_sent entries, want 2", len(entries))
		}
		for _, e := range entries {
			if e.Source != auditentry.SourceADMIN || e.AuthorLabel == nil || *e.AuthorLabel != string(sender.ID) {
				t.Errorf("entry source/author = %s/%v", e.Source, e.AuthorLabel)
			}
			if e.NewValue == nil || strings.Contains(*e.NewValue, "secret plan") || strings.Contains(*e.NewValue, "every address") {
				t.Errorf("the history holds the text: %v", e.NewValue)
			}
		}
		if v := *entries[1].NewValue; v != "Second (to reader@example.com, reader.work@example.com)" {
			t.Errorf("entry = %q", v)
		}
		// The history shows it through the API too.
		r := as.Query(`query($id: ID!) { node(id: $id) { ... on User { history(search: "email_sent") { edges { node { property newValue } } } } } }`, map[string]any{"id": u.ID})
		if len(r.Errors) > 0 || !strings.Contains(string(r.Data), `"email_sent"`) {
			t.Fatalf("history through the API: %s", r)
		}
	})
}

// TestSendUserEmailRefusals: bad input names its field; a caller without
// users:email, an anonymous one, a restricted caller on another
// customer's user and a caller on an account that outranks it are all
// refused, and none of them queues a mail or writes history.
func TestSendUserEmailRefusals(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		custA, custB := env.NewCustomer("Mail A"), env.NewCustomer("Mail B")
		mailer := env.NewRole("mailer", permission.UsersRead, permission.UsersEmail)
		inA := env.NewUser("in-a@example.com", apitest.WithCustomers(custA))
		inB := env.NewUser("in-b@example.com", apitest.WithCustomers(custB))
		admin := env.NewUser("boss@example.com", apitest.Confirmed, apitest.WithRole(env.Role("admin")))
		stronger := env.NewUser("stronger@example.com", apitest.WithRole(env.NewRole("stronger", permission.UsersRead, permission.UsersEmail, permission.UsersDelete)), apitest.WithCustomers(custA))

		unrestricted := env.As(env.SessionFor(env.NewUser("mailer@example.com", apitest.Confirmed, apitest.WithRole(mailer))))
		restricted := env.As(env.SessionFor(env.NewUser("mailer-a@example.com", apitest.Confirmed, apitest.WithRole(mailer), apitest.WithCustomers(custA))))
		noPermission := env.As(env.SessionFor(env.NewUser("writer@example.com", apitest.Confirmed,
			apitest.WithRole(env.NewRole("writer-no-mail", permission.UsersRead, permission.UsersWrite)))))
		keyWithout := env.As(env.APIKey("no-mail", []permission.Permission{permission.UsersRead, permission.UsersWrite}, nil))

		untouched := func(t *testing.T, targets ...*ent.User) {
			t.Helper()
			for _, u := range targets {
				if n := len(env.Mails(u.Email)); n != 0 {
					t.Errorf("%d mails to %s", n, u.Email)
				}
				if n := len(emailSentEntries(env, u)); n != 0 {
					t.Errorf("%d history entries for %s", n, u.Email)
				}
			}
		}

		cases := []struct {
			name         string
			as           *apitest.Env
			vars         map[string]any
			code, field  string
			reason       string
			targetsCheck []*ent.User
		}{
			{"empty subject", unrestricted, messageTo(inA.ID, "  ", "text", false), "BAD_USER_INPUT", "input.subject", "", []*ent.User{inA}},
			{"subject with a line break", unrestricted, messageTo(inA.ID, "Hi\r\nBcc: x@evil.example", "text", false), "BAD_USER_INPUT", "input.subject", "", []*ent.User{inA}},
			{"subject too long", unrestricted, messageTo(inA.ID, strings.Repeat("s", users.MaxSubjectLength+1), "text", false), "BAD_USER_INPUT", "input.subject", "", []*ent.User{inA}},
			{"empty body", unrestricted, messageTo(inA.ID, "Hi", "\n \n", false), "BAD_USER_INPUT", "input.body", "", []*ent.User{inA}},
			{"body too long", unrestricted, messageTo(inA.ID, "Hi", strings.Repeat("b", users.MaxBodyLength+1), false), "BAD_USER_INPUT", "input.body", "", []*ent.User{inA}},
			{"unknown user", unrestricted, messageTo("usr_01M8440ZDEZSWH06GDXBMYVXDW", "Hi", "text", false), "NOT_FOUND", "", "", nil},
			{"anonymous", env.As(""), messageTo(inA.ID, "Hi", "text", false), "UNAUTHENTICATED", "", "", []*ent.User{inA}},
			{"user without users:email", noPermission, messageTo(inA.ID, "Hi", "text", false), "FORBIDDEN", "", "", []*ent.User{inA}},
			{"API key without users:email", keyWithout, messageTo(inA.ID, "Hi", "text", false), "FORBIDDEN", "", "", []*ent.User{inA}},
			{"restricted caller, other customer's user", restricted, messageTo(inB.ID, "Hi", "text", false), "NOT_FOUND", "", "", []*ent.User{inB}},
			{"target is the built-in admin", unrestricted, messageTo(admin.ID, "Hi", "text", false), "FORBIDDEN", "", access.ReasonOutranks, []*ent.User{admin}},
			{"target holds a permission the caller lacks", restricted, messageTo(stronger.ID, "Hi", "text", false), "FORBIDDEN", "", access.ReasonOutranks, []*ent.User{stronger}},
		}
		for _, c := range cases {
			t.Run(c.name, func(t *testing.T) {
				r := c.as.Query(sendEmail, c.vars)
				r.Fail(t, c.code, c.field)
				if c.reason != "" {
					if reason, _ := r.Errors[0].Extensions["reason"].(string); reason != c.reason {
						t.Fatalf("reason = %q, want %s", reason, c.reason)
					}
				}
				untouched(t, c.targetsCheck...)
			})
		}
		// The positive controls: the same callers reach users they may manage.
		restricted.MustQuery(sendEmail, messageTo(inA.ID, "Hi", "text", false), nil)
		unrestricted.MustQuery(sendEmail, messageTo(inB.ID, "Hi", "text", false), nil)
	})
}

// TestSendUserEmailRateLimit: a caller may write MaxMessagesInWindow
// messages per window; the next is refused with RATE_LIMITED and queues
// nothing, while another caller is not affected.
func TestSendUserEmailRateLimit(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		target := env.NewUser("inbox@example.com")
		first := env.As(env.SessionFor(env.NewUser("first@example.com", apitest.Confirmed, apitest.WithRole(env.Role("admin")))))
		second := env.As(env.SessionFor(env.NewUser("second@example.com", apitest.Confirmed, apitest.WithRole(env.Role("admin")))))
		for i := range users.MaxMessagesInWindow {
			first.MustQuery(sendEmail, messageTo(target.ID, fmt.Sprintf("Message %d", i), "text", false), nil)
		}
		r := first.Query(sendEmail, messageTo(target.ID, "One too many", "text", false))
		r.Fail(t, "RATE_LIMITED", "")
		if reason, _ := r.Errors[0].Extensions["reason"].(string); reason != users.ReasonTooManyMessages {
			t.Fatalf("reason = %q", reason)
		}
		if n := len(env.Mails(target.Email)); n != users.MaxMessagesInWindow {
			t.Fatalf("%d mails queued, want %d", n, users.MaxMessagesInWindow)
		}
		second.MustQuery(sendEmail, messageTo(target.ID, "From someone else", "text", false), nil)
	})
}

// TestSignInOptions: anonymous callers learn how to sign in — the browser
// providers, whether sign-up is open, and the password rules — and
// nothing else.
func TestSignInOptions(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		const q = `{ signInOptions { oidcProviders { name loginURL } selfSignupEnabled passwordPolicy { minLength maxLength forbidNames forbidCommon } } }`
		var out struct {
			SignInOptions struct {
				OidcProviders     []struct{ Name, LoginURL string }
				SelfSignupEnabled bool
				PasswordPolicy    struct {
					MinLength, MaxLength      int
					ForbidNames, ForbidCommon bool
				}
			}
		}
		env.As("").MustQuery(q, nil, &out)
		o := out.SignInOptions
		if len(o.OidcProviders) != 0 || o.SelfSignupEnabled || o.PasswordPolicy.MinLength < 8 || o.PasswordPolicy.MaxLength != 256 {
			t.Fatalf("defaults: %+v", o)
		}
		env.MustQuery(`mutation { updateSettings(input: {selfSignupEnabled: true, passwordMinLength: 14, passwordForbidCommon: true}) { settings { id } } }`, nil, nil)
		env.Auth.BrowserProviders = []string{"corp sso"}
		env.As("").MustQuery(q, nil, &out)
		o = out.SignInOptions
		if !o.SelfSignupEnabled || o.PasswordPolicy.MinLength != 14 || !o.PasswordPolicy.ForbidCommon {
			t.Fatalf("after the change: %+v", o)
		}
		if len(o.OidcProviders) != 1 || o.OidcProviders[0].Name != "corp sso" || o.OidcProviders[0].LoginURL != "/auth/oidc/login?provider=corp+sso" {
			t.Fatalf("providers: %+v", o.OidcProviders)
		}
	})
}
