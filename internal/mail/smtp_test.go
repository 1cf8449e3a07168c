package mail

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	netmail "net/mail"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/rosterhq/roster/internal/mail/smtptest"
)

const (
	testFrom     = "Roster <no-reply@example.com>"
	testUser     = "roster@example.com"
	testPassword = "s3cr3t P@ss/wörd"
)

func TestNewSMTPTransportURL(t *testing.T) {
	type want struct {
		host, tlsMode, user, password, auth, helo, redacted string
		port                                                int
	}
	ok := []struct {
		raw  string
		want want
	}{
		{"smtp://mail.example.com", want{host: "mail.example.com", port: 587, tlsMode: TLSStartTLS, redacted: "smtp://mail.example.com"}},
		{"SMTP://mail.example.com/", want{host: "mail.example.com", port: 587, tlsMode: TLSStartTLS, redacted: "smtp://mail.example.com/"}},
		{"smtp://user%40example.com:p%40ss%2Fw%C3%B6rd%3A@mail.example.com:2525",
			want{host: "mail.example.com", port: 2525, tlsMode: TLSStartTLS, user: "user@example.com", password: "p@ss/wörd:", auth: "auto",
				redacted: "smtp://user%40example.com:xxxxx@mail.example.com:2525"}},
		{"smtp://u:p@mail.example.com?starttls=opportunistic", want{host: "mail.example.com", port: 587, tlsMode: TLSStartTLSOpportunistic, user: "u", password: "p", auth: "auto",
			redacted: "smtp://u:xxxxx@mail.example.com?starttls=opportunistic"}},
		{"smtp://u:p@mail.example.com?starttls=mandatory&auth=LOGIN", want{host: "mail.example.com", port: 587, tlsMode: TLSStartTLS, user: "u", password: "p", auth: "login",
			redacted: "smtp://u:xxxxx@mail.example.com?starttls=mandatory&auth=LOGIN"}},
		{"smtp://localhost?tls=none", want{host: "localhost", port: 25, tlsMode: TLSNone, redacted: "smtp://localhost?tls=none"}},
		{"smtp://127.0.0.1:1025?tls=none&helo=roster.example.com", want{host: "127.0.0.1", port: 1025, tlsMode: TLSNone, helo: "roster.example.com",
			redacted: "smtp://127.0.0.1:1025?tls=none&helo=roster.example.com"}},
		{"smtp://[::1]?tls=none", want{host: "::1", port: 25, tlsMode: TLSNone, redacted: "smtp://[::1]?tls=none"}},
		{"smtp://mail.example.com?tls=starttls", want{host: "mail.example.com", port: 587, tlsMode: TLSStartTLS, redacted: "smtp://mail.example.com?tls=starttls"}},
		{"smtps://u:p@smtp.example.com", want{host: "smtp.example.com", port: 465, tlsMode: TLSImplicit, user: "u", password: "p", auth: "auto",
			redacted: "smtps://u:xxxxx@smtp.example.com"}},
		{"smtps://u:p@smtp.example.com:2465?auth=plain", want{host: "smtp.example.com", port: 2465, tlsMode: TLSImplicit, user: "u", password: "p", auth: "plain",
			redacted: "smtps://u:xxxxx@smtp.example.com:2465?auth=plain"}},
	}
	for _, c := range ok {
		t.Run(c.raw, func(t *testing.T) {
			tr, err := NewSMTPTransport(c.raw, testFrom)
			if err != nil {
				t.Fatal(err)
			}
			got := want{host: tr.host, port: tr.port, tlsMode: tr.tlsMode, user: tr.user, password: tr.password, auth: tr.auth, helo: tr.helo, redacted: tr.Redacted()}
			if got != c.want {
				t.Fatalf("got  %+v\nwant %+v", got, c.want)
			}
			if tr.TLSMode() != c.want.tlsMode || tr.Addr() != net.JoinHostPort(c.want.host, fmt.Sprint(c.want.port)) {
				t.Fatalf("TLSMode %s, Addr %s", tr.TLSMode(), tr.Addr())
			}
			if tr.tlsConfig.ServerName != c.want.host {
				t.Fatalf("TLS server name %q", tr.tlsConfig.ServerName)
			}
		})
	}

	bad := []struct{ raw, wantErr string }{
		{"", "empty"},
		{"   ", "empty"},
		{"mail.example.com:587", "scheme"},
		{"//mail.example.com", "scheme"},
		{"http://mail.example.com", `unsupported scheme "http"`},
		{"smtp:mail.example.com", "invalid URL"},
		{"smtp://", "no host"},
		{"smtp://:587", "no host"},
		{"smtp://mail.example.com:0", "invalid port"},
		{"smtp://mail.example.com:70000", "invalid port"},
		{"smtp://u:hunter2@mail.example.com:abc", "invalid URL"},
		{"smtp://u:hun ter2@mail.example.com", "invalid URL"},
		{"smtp://u:hunter2@mail.example.com:5%2", "invalid URL"},
		{"smtp://:hunter2@mail.example.com", "no user"},
		{"smtp://u@mail.example.com", "no password"},
		{"smtp://u:@mail.example.com", "no password"},
		{"smtp://mail.example.com/relay", "path"},
		{"smtp://mail.example.com#x", "fragment"},
		{"smtp://mail.example.com?port=25", `unknown URL parameter "port"`},
		{"smtp://mail.example.com?tls=none&tls=none", "2 times"},
		{"smtp://mail.example.com?tls=implicit", "tls="},
		{"smtp://mail.example.com?starttls=maybe", "starttls="},
		{"smtp://mail.example.com?tls=none&starttls=opportunistic", "contradict"},
		{"smtp://mail.example.com?tls=none&starttls=mandatory", "contradict"},
		{"smtps://mail.example.com?tls=none", "implicit TLS"},
		{"smtps://mail.example.com?starttls=opportunistic", "implicit TLS"},
		{"smtp://mail.example.com?auth=plain", "needs a user"},
		{"smtp://u:hunter2@mail.example.com?auth=cram-md5", "auth="},
		{"smtp://mail.example.com?helo=a%20b", "helo"},
	}
	for _, c := range bad {
		t.Run("bad "+c.raw, func(t *testing.T) {
			_, err := NewSMTPTransport(c.raw, testFrom)
			if err == nil {
				t.Fatal("accepted")
			}
			if !strings.HasPrefix(err.Error(), "mail: smtp: ") || !strings.Contains(err.Error(), c.wantErr) {
				t.Fatalf("error %q, want it to contain %q", err, c.wantErr)
			}
			if strings.Contains(err.Error(), "hunter2") || strings.Contains(err.Error(), "hun ter2") {
				t.Fatalf("error shows the password: %q", err)
			}
		})
	}
}

func TestNewSMTPTransportFrom(t *testing.T) {
	for _, from := range []string{"no-reply@example.com", "Roster <no-reply@example.com>", `"Roster, Inc." <no-reply@example.com>`, "Zoë <zoe@example.com>"} {
		tr, err := NewSMTPTransport("smtp://mail.example.com", from)
		if err != nil {
			t.Fatalf("%s: %v", from, err)
		}
		want, _ := netmail.ParseAddress(from)
		if got, _ := netmail.ParseAddress(tr.From()); got.Address != want.Address || got.Name != want.Name {
			t.Fatalf("From() = %q for %q", tr.From(), from)
		}
	}
	for _, from := range []string{"", "  ", "no-reply", "Roster no-reply@example.com>", "a@example.com, b@example.com", "a@example.com\r\nBcc: x@example.com"} {
		if _, err := NewSMTPTransport("smtp://mail.example.com", from); err == nil || !strings.HasPrefix(err.Error(), "mail: smtp: ") {
			t.Fatalf("from %q: error %v", from, err)
		}
	}
}

func TestSMTPTransportHidesPassword(t *testing.T) {
	tr, err := NewSMTPTransport("smtps://"+url.UserPassword(testUser, testPassword).String()+"@smtp.example.com", testFrom)
	if err != nil {
		t.Fatal(err)
	}
	var log strings.Builder
	slog.New(slog.NewTextHandler(&log, nil)).Info("mail", "transport", tr)
	for _, s := range []string{tr.Redacted(), tr.String(), fmt.Sprint(tr), fmt.Sprintf("%+v", tr), log.String()} {
		if strings.Contains(s, "s3cr3t") || !strings.Contains(s, "xxxxx") {
			t.Fatalf("%q", s)
		}
	}
}

// newTransport builds a transport to s that trusts its certificate.
func newTransport(t *testing.T, s *smtptest.Server, scheme string, user *url.Userinfo, query string) *SMTPTransport {
	t.Helper()
	tr, err := NewSMTPTransport(s.URL(scheme, user, query), testFrom, WithSMTPRootCAs(s.Roots), WithSMTPTimeout(5*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	return tr
}

func sendCtx(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	t.Cleanup(cancel)
	return ctx
}

var linkRE = regexp.MustCompile(`https://app\.example\.com/[^\s"<>]+`)

// TestSMTPDeliversEveryTemplate sends each rendered template through
// STARTTLS and AUTH PLAIN and takes the received message apart.
func TestSMTPDeliversEveryTemplate(t *testing.T) {
	s := smtptest.Start(t, smtptest.Config{StartTLS: true, Users: map[string]string{testUser: testPassword}})
	tr := newTransport(t, s, "smtp", url.UserPassword(testUser, testPassword), "")
	renderer := Renderer{FrontendURL: "https://app.example.com", Product: "Röster"}
	for i, name := range allTemplates {
		t.Run(name, func(t *testing.T) {
			token := fmt.Sprintf("tok-%d_AbC.xyz~%d", i, i)
			to := fmt.Sprintf("user%d@example.org", i)
			m, err := renderer.Render(name, to, Data{Name: "Zoë", Token: token, Address: "new@example.org", Expires: time.Now().Add(time.Hour)})
			if err != nil {
				t.Fatal(err)
			}
			before := time.Now().Add(-time.Second)
			if err := tr.Send(sendCtx(t), m); err != nil {
				t.Fatal(err)
			}
			msgs := s.Messages()
			if len(msgs) != i+1 {
				t.Fatalf("server has %d messages, want %d", len(msgs), i+1)
			}
			got := msgs[i]
			if got.From != "no-reply@example.com" || len(got.To) != 1 || got.To[0] != to || !got.TLS || got.User != testUser {
				t.Fatalf("envelope from %q to %q, tls %v, user %q", got.From, got.To, got.TLS, got.User)
			}
			p := smtptest.ParseMail(t, got.Data)
			from, err := netmail.ParseAddress(p.Header.Get("From"))
			if err != nil || from.Name != "Roster" || from.Address != "no-reply@example.com" {
				t.Fatalf("From: %q (%v)", p.Header.Get("From"), err)
			}
			if rcpt, err := netmail.ParseAddress(p.Header.Get("To")); err != nil || rcpt.Address != to {
				t.Fatalf("To: %q (%v)", p.Header.Get("To"), err)
			}
			if p.Subject != m.Subject || !strings.Contains(p.Subject, "Röster") && name == Invitation {
				t.Fatalf("Subject %q, want %q", p.Subject, m.Subject)
			}
			date, err := p.Header.Date()
			if err != nil || date.Before(before) || date.After(time.Now().Add(time.Second)) {
				t.Fatalf("Date %q (%v)", p.Header.Get("Date"), err)
			}
			if !regexp.MustCompile(`^<[0-9a-f]{32}@example\.com>$`).MatchString(p.Header.Get("Message-Id")) {
				t.Fatalf("Message-ID %q", p.Header.Get("Message-Id"))
			}
			if p.Header.Get("Auto-Submitted") != "auto-generated" || p.Header.Get("Mime-Version") != "1.0" {
				t.Fatalf("headers %v", p.Header)
			}
			if p.ContentType != "multipart/alternative" || len(p.Parts) != 2 {
				t.Fatalf("content type %s with parts %v", p.ContentType, keys(p.Parts))
			}
			text, html := p.Parts["text/plain"], p.Parts["text/html"]
			if strings.TrimSpace(text) != strings.TrimSpace(m.Text) {
				t.Fatalf("text part differs:\n%s\n---\n%s", text, m.Text)
			}
			if !strings.Contains(text, "Zoë") || !strings.Contains(html, "Zoë") {
				t.Fatalf("non-ASCII name lost:\n%s\n%s", text, html)
			}
			for part, body := range map[string]string{"text": text, "html": html} {
				link := linkRE.FindString(body)
				u, err := url.Parse(link)
				if err != nil || u.Path != linkPaths[name] || u.Query().Get("token") != token {
					t.Fatalf("%s part: link %q (%v), want path %s and token %s", part, link, err, linkPaths[name], token)
				}
			}
		})
	}
}

func keys(m map[string]string) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}

func testMessage(t *testing.T) Message {
	t.Helper()
	m, err := testRenderer.Render(PasswordReset, "ada@example.org", Data{Token: "tok"})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestSMTPAuth(t *testing.T) {
	s := smtptest.Start(t, smtptest.Config{StartTLS: true, Users: map[string]string{testUser: testPassword}})

	t.Run("good credentials", func(t *testing.T) {
		for _, auth := range []string{"", "auth=auto", "auth=plain"} {
			if err := newTransport(t, s, "smtp", url.UserPassword(testUser, testPassword), auth).Send(sendCtx(t), testMessage(t)); err != nil {
				t.Fatalf("%s: %v", auth, err)
			}
		}
	})
	t.Run("bad credentials", func(t *testing.T) {
		n, failures := len(s.Messages()), s.AuthFailures()
		wrong := "wr0ng P@ss/wörd"
		err := newTransport(t, s, "smtp", url.UserPassword(testUser, wrong), "").Send(sendCtx(t), testMessage(t))
		if err == nil {
			t.Fatal("sent with a wrong password")
		}
		checkSecret(t, err, wrong)
		if !strings.Contains(err.Error(), "535") {
			t.Errorf("error does not tell the server's answer: %v", err)
		}
		if len(s.Messages()) != n || s.AuthFailures() != failures+1 {
			t.Fatalf("messages %d, auth failures %d", len(s.Messages()), s.AuthFailures())
		}
	})
	t.Run("mechanism the server lacks", func(t *testing.T) {
		err := newTransport(t, s, "smtp", url.UserPassword(testUser, testPassword), "auth=login").Send(sendCtx(t), testMessage(t))
		if err == nil {
			t.Fatal("sent")
		}
		checkSecret(t, err, testPassword)
	})
	t.Run("no credentials where required", func(t *testing.T) {
		err := newTransport(t, s, "smtp", nil, "").Send(sendCtx(t), testMessage(t))
		if err == nil || !strings.Contains(err.Error(), "530") && !strings.Contains(err.Error(), "502") {
			t.Fatalf("error %v", err)
		}
	})
	t.Run("credentials but the server has no AUTH", func(t *testing.T) {
		noAuth := smtptest.Start(t, smtptest.Config{StartTLS: true})
		err := newTransport(t, noAuth, "smtp", url.UserPassword(testUser, testPassword), "").Send(sendCtx(t), testMessage(t))
		if err == nil || !strings.Contains(err.Error(), "AUTH") {
			t.Fatalf("error %v", err)
		}
		checkSecret(t, err, testPassword)
		if len(noAuth.Messages()) != 0 {
			t.Fatal("sent without authenticating")
		}
	})
}

// checkSecret fails when err mentions password in any spelling, or does
// not start with the package's prefix.
func checkSecret(t *testing.T, err error, password string) {
	t.Helper()
	msg := err.Error()
	if !strings.HasPrefix(msg, "mail: smtp: ") {
		t.Errorf("error %q lacks the prefix", msg)
	}
	for _, p := range []string{password, url.QueryEscape(password), url.PathEscape(password), url.UserPassword("u", password).String()[2:]} {
		if strings.Contains(msg, p) {
			t.Fatalf("error shows the password: %q", msg)
		}
	}
}

func TestSMTPStartTLS(t *testing.T) {
	plain := smtptest.Start(t, smtptest.Config{})
	withTLS := smtptest.Start(t, smtptest.Config{StartTLS: true})

	t.Run("mandatory against a server without STARTTLS", func(t *testing.T) {
		for _, q := range []string{"", "starttls=mandatory"} {
			err := newTransport(t, plain, "smtp", nil, q).Send(sendCtx(t), testMessage(t))
			if err == nil || !strings.Contains(err.Error(), "STARTTLS") {
				t.Fatalf("%q: error %v", q, err)
			}
		}
		if len(plain.Messages()) != 0 {
			t.Fatal("sent in clear text")
		}
	})
	t.Run("mandatory against a server with STARTTLS", func(t *testing.T) {
		if err := newTransport(t, withTLS, "smtp", nil, "").Send(sendCtx(t), testMessage(t)); err != nil {
			t.Fatal(err)
		}
		if msgs := withTLS.Messages(); len(msgs) != 1 || !msgs[0].TLS {
			t.Fatalf("messages %+v", msgs)
		}
	})
	t.Run("untrusted certificate", func(t *testing.T) {
		tr, err := NewSMTPTransport(withTLS.URL("smtp", nil, ""), testFrom)
		if err != nil {
			t.Fatal(err)
		}
		err = tr.Send(sendCtx(t), testMessage(t))
		if err == nil || !strings.Contains(err.Error(), "certificate") {
			t.Fatalf("error %v", err)
		}
	})
	t.Run("opportunistic", func(t *testing.T) {
		if err := newTransport(t, withTLS, "smtp", nil, "starttls=opportunistic").Send(sendCtx(t), testMessage(t)); err != nil {
			t.Fatal(err)
		}
		if err := newTransport(t, plain, "smtp", nil, "starttls=opportunistic").Send(sendCtx(t), testMessage(t)); err != nil {
			t.Fatal(err)
		}
		if msgs := withTLS.Messages(); len(msgs) != 2 || !msgs[1].TLS {
			t.Fatalf("with STARTTLS: %+v", msgs)
		}
		if msgs := plain.Messages(); len(msgs) != 1 || msgs[0].TLS {
			t.Fatalf("without STARTTLS: %+v", msgs)
		}
	})
}

func TestSMTPNoTLS(t *testing.T) {
	s := smtptest.Start(t, smtptest.Config{})
	tr := newTransport(t, s, "smtp", nil, "tls=none")
	m := testMessage(t)
	if err := tr.Send(sendCtx(t), m); err != nil {
		t.Fatal(err)
	}
	msgs := s.Messages()
	if len(msgs) != 1 || msgs[0].TLS || msgs[0].To[0] != m.To {
		t.Fatalf("messages %+v", msgs)
	}
	if p := smtptest.ParseMail(t, msgs[0].Data); p.Subject != m.Subject || p.Parts["text/plain"] == "" || p.Parts["text/html"] == "" {
		t.Fatalf("parsed %+v", p)
	}
	// tls=none never upgrades, even when the server offers STARTTLS.
	withTLS := smtptest.Start(t, smtptest.Config{StartTLS: true})
	if err := newTransport(t, withTLS, "smtp", nil, "tls=none").Send(sendCtx(t), m); err != nil {
		t.Fatal(err)
	}
	if msgs := withTLS.Messages(); len(msgs) != 1 || msgs[0].TLS {
		t.Fatalf("messages %+v", msgs)
	}
}

func TestSMTPImplicitTLS(t *testing.T) {
	s := smtptest.Start(t, smtptest.Config{ImplicitTLS: true, Users: map[string]string{testUser: testPassword}})
	if err := newTransport(t, s, "smtps", url.UserPassword(testUser, testPassword), "").Send(sendCtx(t), testMessage(t)); err != nil {
		t.Fatal(err)
	}
	if msgs := s.Messages(); len(msgs) != 1 || !msgs[0].TLS || msgs[0].User != testUser {
		t.Fatalf("messages %+v", msgs)
	}

	// Without trusting the certificate, nothing is sent.
	tr, err := NewSMTPTransport(s.URL("smtps", url.UserPassword(testUser, testPassword), ""), testFrom)
	if err != nil {
		t.Fatal(err)
	}
	err = tr.Send(sendCtx(t), testMessage(t))
	if err == nil || !strings.Contains(err.Error(), "certificate") {
		t.Fatalf("error %v", err)
	}
	checkSecret(t, err, testPassword)

	// smtps against a server that speaks clear text fails.
	plain := smtptest.Start(t, smtptest.Config{})
	if err := newTransport(t, plain, "smtps", nil, "").Send(sendCtx(t), testMessage(t)); err == nil {
		t.Fatal("smtps accepted a clear-text server")
	}
}

func TestSMTPRejectedRecipient(t *testing.T) {
	s := smtptest.Start(t, smtptest.Config{RejectRcpt: "no such user"})
	err := newTransport(t, s, "smtp", nil, "tls=none").Send(sendCtx(t), testMessage(t))
	if err == nil || !strings.Contains(err.Error(), "550") || !strings.Contains(err.Error(), "ada@example.org") {
		t.Fatalf("error %v", err)
	}
}

func TestSMTPInvalidMessage(t *testing.T) {
	s := smtptest.Start(t, smtptest.Config{})
	tr := newTransport(t, s, "smtp", nil, "tls=none")
	for _, m := range []Message{
		{Template: "x", To: "", Subject: "s", Text: "t"},
		{Template: "x", To: "not an address", Subject: "s", Text: "t"},
		{Template: "x", To: "a@example.com\r\nBcc: b@example.com", Subject: "s", Text: "t"},
		{Template: "x", To: "a@example.com", Subject: "s"},
	} {
		if err := tr.Send(sendCtx(t), m); err == nil || !strings.HasPrefix(err.Error(), "mail: smtp: ") {
			t.Fatalf("%+v: error %v", m, err)
		}
	}
	if len(s.Messages()) != 0 {
		t.Fatal("sent an invalid message")
	}
	// A text-only message is a single part.
	if err := tr.Send(sendCtx(t), Message{Template: "test", To: "a@example.com", Subject: "Test", Text: "Hello\n"}); err != nil {
		t.Fatal(err)
	}
	if p := smtptest.ParseMail(t, s.Messages()[0].Data); p.ContentType != "text/plain" || !strings.Contains(p.Parts["text/plain"], "Hello") {
		t.Fatalf("parsed %+v", p)
	}
}

// silentServer accepts connections and never says a word.
func silentServer(t *testing.T) string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	var conns []net.Conn
	done := make(chan struct{})
	go func() {
		defer close(done)
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			conns = append(conns, c)
		}
	}()
	t.Cleanup(func() {
		ln.Close()
		<-done
		for _, c := range conns {
			c.Close()
		}
	})
	return ln.Addr().String()
}

func TestSMTPTimeoutAndCancel(t *testing.T) {
	addr := silentServer(t)
	t.Run("timeout", func(t *testing.T) {
		tr, err := NewSMTPTransport("smtp://"+addr+"?tls=none", testFrom, WithSMTPTimeout(300*time.Millisecond))
		if err != nil {
			t.Fatal(err)
		}
		start := time.Now()
		err = tr.Send(context.Background(), testMessage(t))
		if err == nil || time.Since(start) > 5*time.Second {
			t.Fatalf("error %v after %s", err, time.Since(start))
		}
	})
	t.Run("cancel", func(t *testing.T) {
		tr, err := NewSMTPTransport("smtp://"+addr+"?tls=none", testFrom)
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithCancel(context.Background())
		time.AfterFunc(200*time.Millisecond, cancel)
		start := time.Now()
		err = tr.Send(ctx, testMessage(t))
		if !errors.Is(err, context.Canceled) || time.Since(start) > 5*time.Second {
			t.Fatalf("error %v after %s", err, time.Since(start))
		}
	})
	t.Run("refused", func(t *testing.T) {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		closed := ln.Addr().String()
		ln.Close()
		tr, err := NewSMTPTransport("smtp://"+url.UserPassword("u", testPassword).String()+"@"+closed, testFrom)
		if err != nil {
			t.Fatal(err)
		}
		err = tr.Send(sendCtx(t), testMessage(t))
		if err == nil || !strings.Contains(err.Error(), closed) {
			t.Fatalf("error %v", err)
		}
		checkSecret(t, err, testPassword)
	})
}
