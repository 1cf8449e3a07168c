package graph_test

// Every lifecycle mail, end to end: the GraphQL operation writes it to
// the outbox, the worker delivers it over SMTP (STARTTLS, AUTH) to a real
// server in the process, and the link in the received message is followed
// — its token used through GraphQL, as the frontend page would.

import (
	"io"
	"log/slog"
	"net/url"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/rosterhq/roster/internal/apitest"
	"github.com/rosterhq/roster/internal/mail"
	"github.com/rosterhq/roster/internal/mail/smtptest"
)

// inbox delivers the outbox through an SMTP server and hands out what it
// received.
type inbox struct {
	t      *testing.T
	env    *apitest.Env
	server *smtptest.Server
	worker *mail.Worker
	seen   int
	// notices collects the recipients of password-change notifications.
	notices []string
}

func newInbox(t *testing.T, env *apitest.Env) *inbox {
	s := smtptest.Start(t, smtptest.Config{StartTLS: true, Users: map[string]string{"roster": "smtp pass"}})
	tr, err := mail.NewSMTPTransport(s.URL("smtp", url.UserPassword("roster", "smtp pass"), ""), "Roster <no-reply@example.com>",
		mail.WithSMTPRootCAs(s.Roots), mail.WithSMTPTimeout(5*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	w := &mail.Worker{Client: env.Client, Transport: tr, Log: slog.New(slog.NewTextHandler(io.Discard, nil)), Dialect: env.Dialect}
	return &inbox{t: t, env: env, server: s, worker: w}
}

var linkPattern = regexp.MustCompile(`https://app\.example\.com(/[a-z-]+)\?token=([A-Za-z0-9_%-]+)`)

// link delivers the outbox and returns the page and token of the one new
// message, which must be addressed to to.
func (in *inbox) link(to string) (page, token string) {
	in.t.Helper()
	if _, err := in.worker.DeliverPending(in.env.Ctx); err != nil {
		in.t.Fatal(err)
	}
	msgs := in.server.Messages()
	var withLink []smtptest.ReceivedMail
	for _, m := range msgs[in.seen:] {
		if p := smtptest.ParseMail(in.t, m.Data); p.Subject == "Your password was changed" {
			in.notices = append(in.notices, m.To...)
			continue
		}
		withLink = append(withLink, m)
	}
	in.seen = len(msgs)
	if len(withLink) != 1 {
		in.t.Fatalf("%d new messages with a link, want 1", len(withLink))
	}
	m := withLink[0]
	if len(m.To) != 1 || m.To[0] != to || !m.TLS || m.User != "roster" {
		in.t.Fatalf("message to %v (tls %v, user %q), want to %s", m.To, m.TLS, m.User, to)
	}
	p := smtptest.ParseMail(in.t, m.Data)
	text, html := linkPattern.FindStringSubmatch(p.Parts["text/plain"]), linkPattern.FindStringSubmatch(p.Parts["text/html"])
	if text == nil || html == nil || text[0] != html[0] {
		in.t.Fatalf("no matching link in both parts:\n%s\n%s", p.Parts["text/plain"], p.Parts["text/html"])
	}
	token, err := url.QueryUnescape(text[2])
	if err != nil {
		in.t.Fatal(err)
	}
	return text[1], token
}

func TestLifecycleMailsOverSMTP(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		a := admin(t, env)
		anon := env.As("")
		in := newInbox(t, env)
		const pw = "a long and unusual passphrase"
		follow := func(to, wantPage, mutation string, vars map[string]any) {
			t.Helper()
			page, token := in.link(to)
			if page != wantPage {
				t.Fatalf("link to %s, want %s", page, wantPage)
			}
			vars["t"] = token
			anon.MustQuery(mutation, vars, nil)
		}

		// Invitation → accept it.
		var created struct {
			CreateUser struct{ User struct{ ID string } }
		}
		a.MustQuery(`mutation { createUser(input: {email: "ivy@example.com", sendInvitation: true}) { user { id } } }`, nil, &created)
		follow("ivy@example.com", "/accept-invitation",
			`mutation($t: String!, $pw: String!) { acceptInvitation(input: {token: $t, password: $pw}) { token } }`, map[string]any{"pw": pw})
		anon.MustQuery(loginMutation, map[string]any{"email": "ivy@example.com", "password": pw}, nil)

		// Email change with confirmation → confirm the new address.
		a.MustQuery(`mutation($id: ID!) { changeUserEmail(input: {id: $id, email: "ivy@new.example", requireConfirmation: true}) { user { id } } }`,
			map[string]any{"id": created.CreateUser.User.ID}, nil)
		follow("ivy@new.example", "/confirm-email-change", `mutation($t: String!) { confirmEmail(input: {token: $t}) { email } }`, map[string]any{})
		anon.MustQuery(loginMutation, map[string]any{"email": "ivy@new.example", "password": pw}, nil)

		// Alias → confirm it; it then works for login.
		var login loginOut
		anon.MustQuery(loginMutation, map[string]any{"email": "ivy@new.example", "password": pw}, &login)
		env.As(login.Login.Token).MustQuery(`mutation { addEmailAlias(input: {email: "ivy@alias.example"}) { emailAlias { id } } }`, nil, nil)
		follow("ivy@alias.example", "/confirm-alias", `mutation($t: String!) { confirmEmailAlias(input: {token: $t}) { emailAlias { id } } }`, map[string]any{})
		anon.MustQuery(loginMutation, map[string]any{"email": "ivy@alias.example", "password": pw}, nil)

		// Password reset → set a new password.
		anon.MustQuery(`mutation { requestPasswordReset(input: {email: "ivy@new.example"}) { accepted } }`, nil, nil)
		follow("ivy@new.example", "/reset-password",
			`mutation($t: String!) { resetPassword(input: {token: $t, password: "another long passphrase"}) { email } }`, map[string]any{})
		anon.MustQuery(loginMutation, map[string]any{"email": "ivy@new.example", "password": "another long passphrase"}, nil)

		// Self sign-up → confirm the address.
		env.Client.Settings.Update().SetSelfSignupEnabled(true).ExecX(env.Ctx)
		anon.MustQuery(`mutation { signUp(input: {email: "web@example.com", password: "a long and unusual passphrase"}) { accepted } }`, nil, nil)
		follow("web@example.com", "/confirm-email", `mutation($t: String!) { confirmEmail(input: {token: $t}) { email } }`, map[string]any{})
		anon.MustQuery(loginMutation, map[string]any{"email": "web@example.com", "password": pw}, nil)

		// The password reset was announced at the address and the
		// confirmed alias, without a link.
		sort.Strings(in.notices)
		if strings.Join(in.notices, ",") != "ivy@alias.example,ivy@new.example" {
			t.Fatalf("password change notices went to %v", in.notices)
		}
	})
}

// TestOutboxInTheAPI: a mail the server refuses ends DEAD with the
// server's answer, visible to admins; redeliverMail queues it again; a
// sent mail keeps no body and cannot be queued again; deleting the user
// removes their mails.
func TestOutboxInTheAPI(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		a := admin(t, env)
		refusing := smtptest.Start(t, smtptest.Config{RejectRcpt: "mailbox unavailable"})
		tr, err := mail.NewSMTPTransport(refusing.URL("smtp", nil, "tls=none"), "Roster <no-reply@example.com>", mail.WithSMTPTimeout(5*time.Second))
		if err != nil {
			t.Fatal(err)
		}
		w := &mail.Worker{Client: env.Client, Transport: tr, Log: slog.New(slog.NewTextHandler(io.Discard, nil)), Dialect: env.Dialect, MaxAttempts: 1}
		var created struct {
			CreateUser struct{ User struct{ ID string } }
		}
		a.MustQuery(`mutation { createUser(input: {email: "bounce@example.com", sendInvitation: true}) { user { id } } }`, nil, &created)
		if _, err := w.DeliverPending(env.Ctx); err != nil {
			t.Fatal(err)
		}

		type mailsOut struct {
			OutgoingMails struct {
				TotalCount int
				Edges      []struct {
					Node struct {
						ID, To, Template, Status string
						AttemptCount             int
						LastError                *string
						User                     *struct{ Email string }
					}
				}
			}
		}
		var dead mailsOut
		a.MustQuery(`{ outgoingMails(where: {status: DEAD}) { totalCount edges { node { id to template status attemptCount lastError user { email } } } } }`, nil, &dead)
		if dead.OutgoingMails.TotalCount != 1 {
			t.Fatalf("dead mails: %+v", dead)
		}
		m := dead.OutgoingMails.Edges[0].Node
		if m.To != "bounce@example.com" || m.Template != "invitation" || m.AttemptCount != 1 || m.LastError == nil ||
			!strings.Contains(*m.LastError, "mailbox unavailable") || m.User == nil || m.User.Email != "bounce@example.com" {
			t.Fatalf("dead mail: %+v", m)
		}

		// The mail server is fixed; the admin queues the mail again.
		in := newInbox(t, env)
		var re struct {
			RedeliverMail struct{ Mail struct{ Status string } }
		}
		a.MustQuery(`mutation($id: ID!) { redeliverMail(input: {id: $id}) { mail { status } } }`, map[string]any{"id": m.ID}, &re)
		if re.RedeliverMail.Mail.Status != "PENDING" {
			t.Fatalf("requeued: %+v", re)
		}
		page, token := in.link("bounce@example.com")
		if page != "/accept-invitation" || token == "" {
			t.Fatalf("delivered link %s %q", page, token)
		}
		sent := env.Client.OutgoingMail.GetX(env.Ctx, pulidOf(m.ID))
		if sent.Status != "SENT" || sent.TextBody != "" || sent.HTMLBody != "" || sent.AttemptCount != 2 {
			t.Fatalf("sent mail: status %s, %d attempts, bodies kept: %v", sent.Status, sent.AttemptCount, sent.TextBody != "" || sent.HTMLBody != "")
		}
		r := a.Query(`mutation($id: ID!) { redeliverMail(input: {id: $id}) { mail { status } } }`, map[string]any{"id": m.ID})
		r.Fail(t, "CONFLICT", "input.id")

		// Deleting the user removes their mails (address, name, links).
		a.MustQuery(`mutation { resendInvitation(input: {id: "`+created.CreateUser.User.ID+`"}) { user { id } } }`, nil, nil)
		a.MustQuery(`mutation($id: ID!) { deleteUser(input: {id: $id}) { deletedID } }`, map[string]any{"id": created.CreateUser.User.ID}, nil)
		var after mailsOut
		a.MustQuery(`{ outgoingMails { totalCount edges { node { to } } } }`, nil, &after)
		for _, e := range after.OutgoingMails.Edges {
			if e.Node.To == "bounce@example.com" {
				t.Fatalf("a deleted user's mail stayed: %+v", after)
			}
		}
	})
}

// TestRedeliverWhileSending: a mail a worker holds is not queued again
// under its feet (it would be sent twice).
func TestRedeliverWhileSending(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		a := admin(t, env)
		m := env.Client.OutgoingMail.Create().SetTemplate("invitation").SetTo("busy@example.com").SetSubject("Invitation").
			SetTextBody("t").SetHTMLBody("h").SetClaimedUntil(time.Now().UTC().Add(time.Minute).Truncate(time.Microsecond)).SaveX(env.Ctx)
		r := a.Query(`mutation($id: ID!) { redeliverMail(input: {id: $id}) { mail { status } } }`, map[string]any{"id": string(m.ID)})
		r.Fail(t, "CONFLICT", "input.id")
		if r.Errors[0].Extensions["reason"] != "IN_PROGRESS" {
			t.Fatalf("reason %v", r.Errors[0].Extensions["reason"])
		}
		if got := env.Client.OutgoingMail.GetX(env.Ctx, m.ID); got.ClaimedUntil == nil {
			t.Fatal("the worker's claim was cleared")
		}
	})
}
