package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"entgo.io/ent/dialect"

	"github.com/rosterhq/roster/ent"
	"github.com/rosterhq/roster/ent/auditentry"
	"github.com/rosterhq/roster/ent/outgoingmail"
	"github.com/rosterhq/roster/ent/user"
	"github.com/rosterhq/roster/ent/webhookdelivery"
	"github.com/rosterhq/roster/internal/apitest"
	"github.com/rosterhq/roster/internal/audit"
	"github.com/rosterhq/roster/internal/config"
	"github.com/rosterhq/roster/internal/database"
	"github.com/rosterhq/roster/internal/mail"
	"github.com/rosterhq/roster/internal/mail/smtptest"
	"github.com/rosterhq/roster/internal/server"
	"github.com/rosterhq/roster/internal/users"
	"github.com/rosterhq/roster/internal/viewer"
)

// clearMailEnv makes the test independent of SMTP settings in the
// environment.
func clearMailEnv(t *testing.T) {
	t.Setenv("ROSTER_SMTP_URL", "")
	t.Setenv("ROSTER_MAIL_FROM", "")
}

// runRoster runs the command line and returns its stdout, stderr and
// error.
func runRoster(t *testing.T, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errOut bytes.Buffer
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	err = run(ctx, args, strings.NewReader(""), &out, &errOut)
	return out.String(), errOut.String(), err
}

func TestMailTestSends(t *testing.T) {
	clearMailEnv(t)
	server := smtptest.Start(t, smtptest.Config{})
	stdout, stderr, err := runRoster(t, "mail", "test", "--to", "ops@example.com",
		"--smtp-url", server.URL("smtp", nil, "tls=none"), "--mail-from", "Roster <no-reply@example.com>")
	if err != nil {
		t.Fatalf("mail test: %v (stderr %q)", err, stderr)
	}
	addr := net.JoinHostPort(server.Host, strconv.Itoa(server.Port))
	if want := "sent a test message to ops@example.com through " + addr + " (TLS: none)"; !strings.Contains(stdout, want) {
		t.Errorf("stdout = %q, want %q", stdout, want)
	}
	msgs := server.Messages()
	if len(msgs) != 1 {
		t.Fatalf("the server received %d messages, want 1", len(msgs))
	}
	if msgs[0].From != "no-reply@example.com" || !slices.Equal(msgs[0].To, []string{"ops@example.com"}) {
		t.Errorf("envelope: from %q, to %q", msgs[0].From, msgs[0].To)
	}
	m := smtptest.ParseMail(t, msgs[0].Data)
	if m.Subject != "Roster test message" || m.ContentType != "multipart/alternative" {
		t.Errorf("subject %q, content type %q", m.Subject, m.ContentType)
	}
	if !strings.Contains(m.Parts["text/plain"], `"roster mail test"`) || !strings.Contains(m.Parts["text/html"], "roster mail test") {
		t.Errorf("parts: %q", m.Parts)
	}
}

func TestTestMessage(t *testing.T) {
	tr, err := mail.NewSMTPTransport("smtp://relay.example.com?tls=none", `"R&D <Roster>" <no-reply@example.com>`)
	if err != nil {
		t.Fatal(err)
	}
	m := testMessage(tr, "ops@example.com", time.Date(2026, 11, 23, 9, 5, 0, 0, time.UTC))
	if m.To != "ops@example.com" || m.Subject != "Roster test message" {
		t.Errorf("To = %q, Subject = %q", m.To, m.Subject)
	}
	for _, want := range []string{`"roster mail test"`, "23 November 2026, 09:05:00 UTC", "relay.example.com:25 (TLS: none)", "no-reply@example.com"} {
		if !strings.Contains(m.Text, want) {
			t.Errorf("text lacks %q:\n%s", want, m.Text)
		}
	}
	// The sender's name is escaped in the HTML.
	if !strings.Contains(m.HTML, "R&amp;D &lt;Roster&gt;") || strings.Contains(m.HTML, "<Roster>") {
		t.Errorf("HTML:\n%s", m.HTML)
	}
}

func TestMailTestFails(t *testing.T) {
	clearMailEnv(t)
	const password = "smtp-pw-42"
	user := url.UserPassword("roster", password)
	// No AUTH offered; and a certificate the system does not trust.
	noAuth := smtptest.Start(t, smtptest.Config{})
	untrusted := smtptest.Start(t, smtptest.Config{StartTLS: true, Users: map[string]string{"roster": password}})
	from := "no-reply@example.com"
	tests := []struct {
		name    string
		args    []string
		wantErr string
	}{
		{"not configured", []string{"--to", "ops@example.com"}, "SMTP is not configured"},
		{"no recipient", []string{"--smtp-url", noAuth.URL("smtp", nil, "tls=none"), "--mail-from", from}, "--to is required"},
		{"bad recipient", []string{"--to", "ops", "--smtp-url", noAuth.URL("smtp", nil, "tls=none"), "--mail-from", from}, "not an email address"},
		{"no from", []string{"--to", "ops@example.com", "--smtp-url", noAuth.URL("smtp", user, "tls=none")}, "mail-from is required"},
		{"no auth offered", []string{"--to", "ops@example.com", "--smtp-url", noAuth.URL("smtp", user, "tls=none"), "--mail-from", from}, "mail test: mail: smtp:"},
		{"untrusted certificate", []string{"--to", "ops@example.com", "--smtp-url", untrusted.URL("smtp", user, ""), "--mail-from", from}, "mail test: mail: smtp:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdout, stderr, err := runRoster(t, append([]string{"mail", "test"}, tt.args...)...)
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Fatalf("err = %v, want one with %q", err, tt.wantErr)
			}
			if strings.Contains(err.Error()+stdout+stderr, password) {
				t.Errorf("the output shows the password: %v %q %q", err, stdout, stderr)
			}
		})
	}
	if n := len(noAuth.Messages()) + len(untrusted.Messages()); n != 0 {
		t.Fatalf("the servers received %d messages, want none", n)
	}
	if _, _, err := runRoster(t, "mail"); err == nil || !strings.Contains(err.Error(), "roster mail test --to") {
		t.Fatalf("roster mail without test: err = %v", err)
	}
}

func TestUsageListsMailTest(t *testing.T) {
	stdout, _, err := runRoster(t, "help")
	if err != nil || !strings.Contains(stdout, "roster mail test --to ADDRESS") {
		t.Fatalf("help: err = %v, stdout = %q", err, stdout)
	}
}

// TestExportCommand: roster export --user prints the user's personal data
// as the API exports it (the profile, the aliases, the history), without
// secrets, and records the export in the history with source SYSTEM; a
// missing or unknown ID fails without output.
func TestExportCommand(t *testing.T) {
	clearMailEnv(t)
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		url := "--database-url=" + env.Target.DSN
		if env.Dialect == dialect.SQLite {
			url = "--database-url=sqlite:" + env.Target.Path
		}
		u := env.NewUser("cli-subject@example.com", func(c *ent.UserCreate) {
			c.SetFirstName("Clio").SetPasswordHash("$argon2id$v=19$m=65536,t=1,p=1$c2FsdA$c2VjcmV0aGFzaA")
		})
		env.Client.EmailAlias.Create().SetUser(u).SetEmail("clio.alias@example.com").ExecX(env.Ctx)
		token := env.SessionFor(u)

		stdout, stderr, err := runRoster(t, "export", "--user", string(u.ID), url)
		if err != nil {
			t.Fatalf("export: %v (stderr %q)", err, stderr)
		}
		var doc struct {
			Format   string
			User     map[string]any
			Aliases  []map[string]any `json:"email_aliases"`
			Sessions []map[string]any
			History  []map[string]any
		}
		if err := json.Unmarshal([]byte(stdout), &doc); err != nil {
			t.Fatalf("stdout is not one JSON document: %v\n%s", err, stdout)
		}
		if doc.Format != users.ExportFormat || doc.User["email"] != "cli-subject@example.com" || doc.User["first_name"] != "Clio" ||
			len(doc.Aliases) != 1 || doc.Aliases[0]["email"] != "clio.alias@example.com" || len(doc.Sessions) != 1 || len(doc.History) == 0 {
			t.Fatalf("document: %s", stdout)
		}
		for _, secret := range []string{"password_hash", "token_hash", "argon2id", token} {
			if strings.Contains(stdout, secret) {
				t.Errorf("the export contains %q", secret)
			}
		}
		entries := env.Client.AuditEntry.Query().Where(auditentry.SubjectID(u.ID), auditentry.Property(audit.PropertyDataExported)).AllX(env.Ctx)
		if len(entries) != 1 || entries[0].Source != auditentry.SourceSYSTEM || entries[0].AuthorLabel != nil {
			t.Fatalf("history entries of the export: %+v", entries)
		}

		if out, _, err := runRoster(t, "export", url); err == nil || !strings.Contains(err.Error(), "roster export --user ID") || out != "" {
			t.Errorf("export without --user: err = %v, stdout %q", err, out)
		}
		if out, _, err := runRoster(t, "export", "--user", "usr_01M8440ZDEZSWH06GDXBMYVXDW", url); err == nil || !strings.Contains(err.Error(), "no user with ID") || out != "" {
			t.Errorf("export of an unknown user: err = %v, stdout %q", err, out)
		}
		if help, _, _ := runRoster(t, "help"); !strings.Contains(help, "roster export --user ID") {
			t.Errorf("the usage does not list export: %s", help)
		}
	})
}

// TestHelpHidesSecrets: the environment's database and SMTP URLs carry
// passwords, the OpenID Connect settings a client secret and a key; -h
// must not print them as the flags' defaults.
func TestHelpHidesSecrets(t *testing.T) {
	t.Setenv("DATABASE_URL", "postgres://roster:db-pw-63@db.internal:5432/roster")
	t.Setenv("ROSTER_SMTP_URL", "smtp://roster:smtp-pw-28@smtp.example.com")
	t.Setenv("ROSTER_MAIL_FROM", "no-reply@example.com")
	t.Setenv("ROSTER_OIDC_PROVIDERS", `[{"name":"idp","client_secret":"oidc-secret-37"}]`)
	t.Setenv("ROSTER_OIDC_STATE_KEY", "state-key-81")
	for _, cmd := range []string{"serve", "migrate", "mail"} {
		args := []string{cmd, "-h"}
		switch cmd {
		case "mail":
			args = []string{"mail", "test", "-h"}
		case "migrate":
			args = []string{"migrate", "status", "-h"}
		}
		stdout, stderr, err := runRoster(t, args...)
		if !errors.Is(err, flag.ErrHelp) {
			t.Fatalf("%s -h: err = %v", cmd, err)
		}
		if !strings.Contains(stderr, "-smtp-url") {
			t.Fatalf("%s -h lists no flags: %q", cmd, stderr)
		}
		for _, secret := range []string{"db-pw-63", "smtp-pw-28", "oidc-secret-37", "state-key-81"} {
			if strings.Contains(stdout+stderr, secret) {
				t.Errorf("%s -h shows %q:\n%s", cmd, secret, stderr)
			}
		}
	}
}

func TestMailTransport(t *testing.T) {
	var logs bytes.Buffer
	log := slog.New(slog.NewTextHandler(&logs, nil))

	tr, err := mailTransport(config.Config{}, log)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := tr.(mail.LogTransport); !ok {
		t.Fatalf("without SMTP: transport %T, want mail.LogTransport", tr)
	}
	if !strings.Contains(logs.String(), "mail: no SMTP server configured") {
		t.Errorf("log: %q", logs.String())
	}

	logs.Reset()
	const password = "tr-pw-55"
	cfg := config.Config{SMTPURL: "smtps://roster:" + password + "@smtp.example.com", MailFrom: "Roster <no-reply@example.com>"}
	tr, err = mailTransport(cfg, log)
	if err != nil {
		t.Fatal(err)
	}
	smtpTransport, ok := tr.(*mail.SMTPTransport)
	if !ok {
		t.Fatalf("with SMTP: transport %T, want *mail.SMTPTransport", tr)
	}
	if smtpTransport.Addr() != "smtp.example.com:465" || smtpTransport.TLSMode() != mail.TLSImplicit {
		t.Errorf("Addr() = %q, TLSMode() = %q", smtpTransport.Addr(), smtpTransport.TLSMode())
	}
	got := logs.String()
	if !strings.Contains(got, "mail: delivering through SMTP") || !strings.Contains(got, "smtps://roster:xxxxx@smtp.example.com") || !strings.Contains(got, "tls=implicit") {
		t.Errorf("log: %q", got)
	}
	if strings.Contains(got, password) {
		t.Errorf("the log shows the password: %q", got)
	}
}

// TestMigrateCommands: roster migrate status and up on an empty database,
// a current one, one that is older than the binary and one that is newer;
// serve refuses the last two (the older one unless --migrate=true).
func TestMigrateCommands(t *testing.T) {
	clearMailEnv(t)
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		target := apitest.EmptyTarget(t, env.Dialect)
		url := "--database-url=" + target.DSN
		if env.Dialect == dialect.SQLite {
			url = "--database-url=sqlite:" + target.Path
		}
		dir, err := database.MigrationDir(env.Dialect)
		if err != nil {
			t.Fatal(err)
		}
		files, err := dir.Files()
		if err != nil {
			t.Fatal(err)
		}
		last := files[len(files)-1]

		if _, _, err := runRoster(t, "migrate", url); err == nil || !strings.Contains(err.Error(), "roster migrate status | up") {
			t.Errorf("migrate without a subcommand: err = %v, want the usage", err)
		}
		out, _, err := runRoster(t, "migrate", "status", url)
		if err != nil || !strings.Contains(out, "schema:   none") || !strings.Contains(out, "state:    empty") || !strings.Contains(out, "  "+files[0].Name()) {
			t.Fatalf("status of an empty database: %v\n%s", err, out)
		}
		out, _, err = runRoster(t, "migrate", "up", url)
		if err != nil || !strings.Contains(out, "applied "+files[0].Name()) || !strings.Contains(out, "up to date (version "+last.Version()+")") {
			t.Fatalf("migrate up: %v\n%s", err, out)
		}
		out, _, err = runRoster(t, "migrate", "up", url)
		if err != nil || strings.Contains(out, "applied") || !strings.Contains(out, "up to date") {
			t.Fatalf("migrate up again: %v\n%s", err, out)
		}
		out, _, err = runRoster(t, "migrate", "status", url)
		if err != nil || !strings.Contains(out, "state:    up to date") || !strings.Contains(out, "schema:   "+last.Version()) || strings.Contains(out, "pending:") {
			t.Fatalf("status of a current database: %v\n%s", err, out)
		}

		client, err := database.Open(env.Ctx, target)
		if err != nil {
			t.Fatal(err)
		}
		defer client.Close()
		// As if the last migration had not run yet.
		saved, err := client.QueryContext(env.Ctx, "SELECT hash FROM roster_schema_revisions WHERE version = '"+last.Version()+"'")
		if err != nil {
			t.Fatal(err)
		}
		var hash string
		saved.Next()
		_ = saved.Scan(&hash)
		saved.Close()
		if _, err := client.ExecContext(env.Ctx, "DELETE FROM roster_schema_revisions WHERE version = '"+last.Version()+"'"); err != nil {
			t.Fatal(err)
		}
		out, _, err = runRoster(t, "migrate", "status", url)
		if err != nil || !strings.Contains(out, "state:    pending") || !strings.Contains(out, "pending:\n  "+last.Name()) {
			t.Fatalf("status of an older database: %v\n%s", err, out)
		}
		_, _, err = runRoster(t, "serve", url, "--addr=127.0.0.1:0")
		if !errors.Is(err, database.ErrSchemaOlder) || !strings.Contains(err.Error(), "--migrate=true") || !strings.Contains(err.Error(), last.Name()) {
			t.Fatalf("serve on an older database: err = %v, want ErrSchemaOlder", err)
		}
		if _, _, err = runRoster(t, "seed", "--users=1", url); !errors.Is(err, database.ErrSchemaOlder) {
			t.Fatalf("seed on an older database: err = %v, want ErrSchemaOlder", err)
		}

		// Newer: a migration this binary does not know.
		if _, err := client.ExecContext(env.Ctx, `INSERT INTO roster_schema_revisions (version, description, type, applied, total, executed_at, execution_time, hash)
			VALUES ('`+last.Version()+`', '`+last.Desc()+`', 2, 1, 1, CURRENT_TIMESTAMP, 0, '`+hash+`'),
			('99999999999998', 'future', 2, 1, 1, CURRENT_TIMESTAMP, 0, 'h1:x')`); err != nil {
			t.Fatal(err)
		}
		for _, migrate := range []string{"false", "true"} {
			_, _, err = runRoster(t, "serve", url, "--addr=127.0.0.1:0", "--migrate="+migrate)
			if !errors.Is(err, database.ErrSchemaNewer) {
				t.Fatalf("serve --migrate=%s on a newer database: err = %v, want ErrSchemaNewer", migrate, err)
			}
		}
		out, _, err = runRoster(t, "migrate", "status", url)
		if err != nil || !strings.Contains(out, "state:    newer: ") || !strings.Contains(out, "99999999999998_future") {
			t.Fatalf("status of a newer database: %v\n%s", err, out)
		}
		if _, _, err := runRoster(t, "migrate", "up", url); !errors.Is(err, database.ErrSchemaNewer) {
			t.Fatalf("migrate up on a newer database: err = %v", err)
		}
	})
}

// TestFirstStartConcurrently starts two instances at once on one empty
// database: one creates the admin and shows its password, the other
// carries on.
func TestFirstStartConcurrently(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		ctx := context.Background()
		cfg := config.Config{AdminEmail: "First.Admin@example.com"}
		const instances = 2
		var (
			wg    sync.WaitGroup
			start = make(chan struct{})
			errs  [instances]error
			logs  [instances]bytes.Buffer
		)
		for i := range instances {
			client, err := database.Open(ctx, env.Target)
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { client.Close() })
			log := slog.New(slog.NewTextHandler(&logs[i], nil))
			wg.Go(func() {
				<-start
				errs[i] = firstStart(ctx, log, client, cfg, env.Target)
			})
		}
		close(start)
		wg.Wait()

		passwords := 0
		var password string
		for i := range instances {
			if errs[i] != nil {
				t.Errorf("instance %d: %v", i, errs[i])
			}
			if m := loggedPassword.FindStringSubmatch(logs[i].String()); m != nil {
				passwords++
				password = m[1]
			}
			t.Logf("instance %d: %s", i, logs[i].String())
		}
		if passwords != 1 {
			t.Fatalf("%d instances logged a password, want 1", passwords)
		}
		// The password appears once in all the logs together: on the
		// line that announces it, and nowhere else.
		all := logs[0].String() + logs[1].String()
		if n := strings.Count(all, password); len(password) < 20 || n != 1 {
			t.Errorf("the password %q appears %d times in the logs, want exactly once", password, n)
		}
		if !strings.Contains(all, "created the first admin") {
			t.Errorf("no line announces the first admin: %s", all)
		}
		n, err := env.Client.User.Query().Count(env.Ctx)
		if err != nil || n != 1 {
			t.Fatalf("%d users (%v), want the one admin", n, err)
		}
		if !env.Client.User.Query().Where(user.Email("first.admin@example.com")).ExistX(env.Ctx) {
			t.Fatal("the admin does not exist")
		}
	})
}

// loggedPassword finds the password on the text log line of the first
// admin.
var loggedPassword = regexp.MustCompile(`password=([A-Za-z0-9_-]+)`)

// TestCreateFirstAdminLosesRace covers the instance that loses: its
// CreateAdmin fails because the admin exists by then.
func TestCreateFirstAdminLosesRace(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		if _, err := users.CreateAdmin(env.Ctx, env.Client, "admin@example.com", "a-long-enough-password", apitest.CheapPassword); err != nil {
			t.Fatal(err)
		}
		var logs bytes.Buffer
		created, err := createFirstAdmin(context.Background(), slog.New(slog.NewTextHandler(&logs, nil)), env.Client, " Admin@Example.com")
		if err != nil || created {
			t.Fatalf("createFirstAdmin = %v, %v; want false, nil", created, err)
		}
		if strings.Contains(logs.String(), "password=") || !strings.Contains(logs.String(), "created by another instance") {
			t.Errorf("log: %q", logs.String())
		}

		// Other failures still stop the start.
		created, err = createFirstAdmin(context.Background(), slog.New(slog.NewTextHandler(io.Discard, nil)), env.Client, "not-an-address")
		if err == nil || created || !strings.Contains(err.Error(), "create the first admin") {
			t.Fatalf("invalid address: createFirstAdmin = %v, %v; want an error", created, err)
		}
	})
}

// TestPrune: delivered mails and webhook deliveries go after 30 days,
// with their attempts, DEAD ones after 90; sessions and tokens a week
// after they ended; rate-limit counters once their window passed;
// everything else stays.
func TestPrune(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		ctx := viewer.SystemContext(env.Ctx)
		now := time.Now().UTC().Truncate(time.Microsecond)
		day := 24 * time.Hour
		u := env.NewUser("pruned@example.com") // before the endpoint, which would hear of it
		mailRow := func(to string, status outgoingmail.Status, sentAt time.Time, updated time.Time) {
			c := env.Client.OutgoingMail.Create().SetTemplate("invitation").SetTo(to).SetSubject("s").SetTextBody("t").SetHTMLBody("h").
				SetStatus(status).SetUpdatedAt(updated)
			if status == outgoingmail.StatusSENT {
				c.SetSentAt(sentAt)
			}
			c.ExecX(ctx)
		}
		mailRow("old-sent@example.com", outgoingmail.StatusSENT, now.Add(-31*day), now.Add(-31*day))
		mailRow("new-sent@example.com", outgoingmail.StatusSENT, now.Add(-29*day), now.Add(-29*day))
		mailRow("old-dead@example.com", outgoingmail.StatusDEAD, time.Time{}, now.Add(-91*day))
		mailRow("new-dead@example.com", outgoingmail.StatusDEAD, time.Time{}, now.Add(-89*day))
		mailRow("pending@example.com", outgoingmail.StatusPENDING, time.Time{}, now.Add(-200*day))

		ep := env.Client.WebhookEndpoint.Create().SetURL("https://hooks.example.com/in").SetSecret("whsec_x").SaveX(ctx)
		delivery := func(id string, status webhookdelivery.Status, deliveredAt, updated time.Time) {
			c := env.Client.WebhookDelivery.Create().SetEndpoint(ep).SetEventID(id).SetEventType("user.updated").SetPayload("{}").
				SetStatus(status).SetUpdatedAt(updated)
			if status == webhookdelivery.StatusSUCCEEDED {
				c.SetDeliveredAt(deliveredAt)
			}
			d := c.SaveX(ctx)
			env.Client.WebhookAttempt.Create().SetDelivery(d).SetDurationMs(5).ExecX(ctx)
		}
		delivery("old-ok", webhookdelivery.StatusSUCCEEDED, now.Add(-31*day), now.Add(-31*day))
		delivery("new-ok", webhookdelivery.StatusSUCCEEDED, now.Add(-29*day), now.Add(-29*day))
		delivery("old-dead", webhookdelivery.StatusDEAD, time.Time{}, now.Add(-91*day))
		delivery("pending", webhookdelivery.StatusPENDING, time.Time{}, now.Add(-200*day))

		hashes := 0
		hash := func() []byte { hashes++; return []byte("hash-" + strconv.Itoa(hashes)) }
		session := func(expires time.Time, revoked *time.Time) {
			env.Client.Session.Create().SetUser(u).SetTokenHash(hash()).SetMethod("PASSWORD").
				SetExpiresAt(expires).SetNillableRevokedAt(revoked).ExecX(ctx)
		}
		longAgo := now.Add(-8 * day)
		session(now.Add(-8*day), nil)   // expired long ago: goes
		session(now.Add(day), &longAgo) // revoked long ago: goes
		session(now.Add(-day), nil)     // expired yesterday: stays for a week
		session(now.Add(day), nil)      // live: stays
		token := func(expires time.Time) {
			env.Client.OneTimeToken.Create().SetUser(u).SetKind("PASSWORD_RESET").SetTokenHash(hash()).
				SetExpiresAt(expires).ExecX(ctx)
		}
		token(now.Add(-8 * day))
		token(now.Add(time.Hour))
		env.Client.RateLimit.Create().SetBucket("old").SetWindowStart(now.Add(-time.Hour)).SetCount(3).ExecX(ctx)
		env.Client.RateLimit.Create().SetBucket("current").SetWindowStart(now.Add(-time.Minute)).SetCount(3).ExecX(ctx)

		history := env.Client.AuditEntry.Query().CountX(ctx)
		env.Client.AuditEntry.Create().SetSubjectID(u.ID).SetUser(u).SetProperty("city").SetSource("SYSTEM").
			SetCreatedAt(now.Add(-20 * 365 * day)).ExecX(ctx)

		prune(env.Ctx, slog.New(slog.NewTextHandler(io.Discard, nil)), env.Client, env.Auth, defaultRetention(t), now)

		if n := env.Client.AuditEntry.Query().CountX(ctx); n != history+1 {
			t.Errorf("%d history entries left, want all %d: by default the history is kept for ever", n, history+1)
		}

		if n := env.Client.Session.Query().CountX(ctx); n != 2 {
			t.Errorf("%d sessions left, want 2", n)
		}
		if n := env.Client.OneTimeToken.Query().CountX(ctx); n != 1 {
			t.Errorf("%d tokens left, want 1", n)
		}
		if b := env.Client.RateLimit.Query().Select("bucket").StringsX(ctx); strings.Join(b, ",") != "current" {
			t.Errorf("rate limits left: %v", b)
		}

		mails := env.Client.OutgoingMail.Query().Order(ent.Asc(outgoingmail.FieldTo)).Select(outgoingmail.FieldTo).StringsX(ctx)
		if strings.Join(mails, ",") != "new-dead@example.com,new-sent@example.com,pending@example.com" {
			t.Fatalf("mails left: %v", mails)
		}
		deliveries := env.Client.WebhookDelivery.Query().Order(ent.Asc(webhookdelivery.FieldEventID)).Select(webhookdelivery.FieldEventID).StringsX(ctx)
		if strings.Join(deliveries, ",") != "new-ok,pending" {
			t.Fatalf("deliveries left: %v", deliveries)
		}
		if n := env.Client.WebhookAttempt.Query().CountX(ctx); n != 2 {
			t.Fatalf("%d attempts left, want 2", n)
		}
	})
}

// defaultRetention is the retention of a configuration without settings.
func defaultRetention(t *testing.T) config.Retention {
	t.Helper()
	fs := flag.NewFlagSet("roster", flag.ContinueOnError)
	cfg, err := config.Register(fs, func(string) string { return "" })()
	if err != nil {
		t.Fatal(err)
	}
	return cfg.Retention
}

// TestPruneRespectsRetention: with configured ages, each kind of row goes
// once it is older than its own age and not before; an age of 0 keeps
// its rows, however old; pending mails and deliveries and live sessions
// and tokens always stay.
func TestPruneRespectsRetention(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		ctx := viewer.SystemContext(env.Ctx)
		now := time.Now().UTC().Truncate(time.Microsecond)
		hour, day := time.Hour, 24*time.Hour
		u := env.NewUser("retained@example.com")
		ep := env.Client.WebhookEndpoint.Create().SetURL("https://hooks.example.com/in").SetSecret("whsec_x").SaveX(ctx)
		// The rows of one age: each kind just inside and just outside it.
		var n int
		name := func(kind string, age time.Duration) string { n++; return fmt.Sprintf("%s-%s-%d", kind, age, n) }
		type row struct{ kind, name string }
		var want []row
		add := func(kind string, age time.Duration, stays bool) {
			at := now.Add(-age)
			id := name(kind, age)
			switch kind {
			case "sent-mail", "dead-mail":
				c := env.Client.OutgoingMail.Create().SetTemplate("invitation").SetTo(id + "@example.com").SetSubject("s").
					SetTextBody("t").SetHTMLBody("h").SetUpdatedAt(at)
				if kind == "sent-mail" {
					c.SetStatus(outgoingmail.StatusSENT).SetSentAt(at)
				} else {
					c.SetStatus(outgoingmail.StatusDEAD)
				}
				c.ExecX(ctx)
			case "delivery", "dead-delivery":
				c := env.Client.WebhookDelivery.Create().SetEndpoint(ep).SetEventID(id).SetEventType("user.updated").SetPayload("{}").SetUpdatedAt(at)
				if kind == "delivery" {
					c.SetStatus(webhookdelivery.StatusSUCCEEDED).SetDeliveredAt(at)
				} else {
					c.SetStatus(webhookdelivery.StatusDEAD)
				}
				c.ExecX(ctx)
			case "session":
				env.Client.Session.Create().SetUser(u).SetTokenHash([]byte(id)).SetMethod("PASSWORD").SetExpiresAt(at).SetUserAgent(id).ExecX(ctx)
			case "revoked-session":
				env.Client.Session.Create().SetUser(u).SetTokenHash([]byte(id)).SetMethod("PASSWORD").SetExpiresAt(now.Add(day)).
					SetRevokedAt(at).SetUserAgent(id).ExecX(ctx)
			case "token":
				env.Client.OneTimeToken.Create().SetUser(u).SetKind("PASSWORD_RESET").SetTokenHash([]byte(id)).SetExpiresAt(at).
					SetNewEmail(id + "@example.com").ExecX(ctx)
			case "history":
				env.Client.AuditEntry.Create().SetSubjectID(u.ID).SetUser(u).SetProperty("city").SetNewValue(id).SetSource("SYSTEM").
					SetCreatedAt(at).ExecX(ctx)
			}
			if stays {
				want = append(want, row{kind, id})
			}
		}
		keep := config.Retention{SentMails: 2 * day, DeadMails: 5 * day, Deliveries: 3 * day, DeadDeliveries: 6 * day,
			Sessions: 12 * hour, Tokens: 2 * hour, History: 400 * day}
		ages := map[string]time.Duration{"sent-mail": keep.SentMails, "dead-mail": keep.DeadMails, "delivery": keep.Deliveries,
			"dead-delivery": keep.DeadDeliveries, "session": keep.Sessions, "revoked-session": keep.Sessions, "token": keep.Tokens,
			"history": keep.History}
		for kind, age := range ages {
			add(kind, age-time.Minute, true)
			add(kind, age+time.Minute, false)
		}
		// Never pruned, whatever their age.
		env.Client.OutgoingMail.Create().SetTemplate("invitation").SetTo("pending@example.com").SetSubject("s").SetTextBody("t").
			SetHTMLBody("h").SetUpdatedAt(now.Add(-900 * day)).ExecX(ctx)
		env.Client.WebhookDelivery.Create().SetEndpoint(ep).SetEventID("pending").SetEventType("user.updated").SetPayload("{}").
			SetUpdatedAt(now.Add(-900 * day)).ExecX(ctx)
		env.Client.Session.Create().SetUser(u).SetTokenHash([]byte("live")).SetMethod("PASSWORD").SetExpiresAt(now.Add(hour)).
			SetLastSeenAt(now.Add(-900 * day)).SetUserAgent("live").ExecX(ctx)
		env.Client.OneTimeToken.Create().SetUser(u).SetKind("PASSWORD_RESET").SetTokenHash([]byte("live")).SetExpiresAt(now.Add(hour)).
			SetNewEmail("live@example.com").ExecX(ctx)

		quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
		left := func() map[string][]string {
			out := map[string][]string{}
			for _, m := range env.Client.OutgoingMail.Query().AllX(ctx) {
				out[strings.ToLower(string(m.Status))+"-mail"] = append(out[strings.ToLower(string(m.Status))+"-mail"], strings.TrimSuffix(m.To, "@example.com"))
			}
			for _, d := range env.Client.WebhookDelivery.Query().AllX(ctx) {
				kind := map[webhookdelivery.Status]string{webhookdelivery.StatusSUCCEEDED: "delivery", webhookdelivery.StatusDEAD: "dead-delivery", webhookdelivery.StatusPENDING: "pending-delivery"}[d.Status]
				out[kind] = append(out[kind], d.EventID)
			}
			for _, s := range env.Client.Session.Query().AllX(ctx) {
				out["sessions"] = append(out["sessions"], s.UserAgent)
			}
			for _, tk := range env.Client.OneTimeToken.Query().AllX(ctx) {
				out["tokens"] = append(out["tokens"], strings.TrimSuffix(*tk.NewEmail, "@example.com"))
			}
			for _, e := range env.Client.AuditEntry.Query().AllX(ctx) {
				if e.NewValue != nil && strings.HasPrefix(*e.NewValue, "history-") {
					out["history"] = append(out["history"], *e.NewValue)
				}
			}
			for _, v := range out {
				slices.Sort(v)
			}
			return out
		}

		// Everything kept for ever: nothing goes.
		before := left()
		prune(env.Ctx, quiet, env.Client, env.Auth, config.Retention{}, now)
		if after := left(); !reflect.DeepEqual(after, before) {
			t.Fatalf("with every age 0, rows went:\nbefore %v\nafter  %v", before, after)
		}

		prune(env.Ctx, quiet, env.Client, env.Auth, keep, now)
		expect := map[string][]string{"pending-mail": {"pending"}, "pending-delivery": {"pending"}, "sessions": {"live"}, "tokens": {"live"}}
		for _, r := range want {
			kind := r.kind
			switch kind {
			case "session", "revoked-session":
				kind = "sessions"
			case "token":
				kind = "tokens"
			}
			expect[kind] = append(expect[kind], r.name)
		}
		for _, v := range expect {
			slices.Sort(v)
		}
		if got := left(); !reflect.DeepEqual(got, expect) {
			t.Fatalf("after pruning:\n got %v\nwant %v", got, expect)
		}
		if n := env.Client.WebhookAttempt.Query().CountX(ctx); n != 0 {
			t.Fatalf("%d attempts left", n)
		}
	})
}

// TestStopBackground: stopping cancels the background work and waits for
// it, but not longer than the timeout.
func TestStopBackground(t *testing.T) {
	var logs bytes.Buffer
	log := slog.New(slog.NewTextHandler(&logs, nil))
	ctx, stop := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	finished := false
	wg.Go(func() {
		<-ctx.Done()
		time.Sleep(50 * time.Millisecond) // finishing the item under way
		finished = true
	})
	stopBackground(log, stop, &wg, 5*time.Second)
	if !finished || !strings.Contains(logs.String(), "background work stopped") {
		t.Fatalf("did not wait for the work to finish: %s", logs.String())
	}

	logs.Reset()
	_, stop = context.WithCancel(context.Background())
	var stuck sync.WaitGroup
	release := make(chan struct{})
	defer close(release)
	stuck.Go(func() { <-release })
	start := time.Now()
	stopBackground(log, stop, &stuck, 100*time.Millisecond)
	if time.Since(start) > 2*time.Second || !strings.Contains(logs.String(), "did not stop in time") {
		t.Fatalf("waited %s: %s", time.Since(start), logs.String())
	}
}

// TestServeWithUnreachableProvider starts `roster serve` with an OpenID
// Connect provider that cannot be reached: it starts, reports the
// provider in /readyz (still 200), and password sign-in works.
func TestServeWithUnreachableProvider(t *testing.T) {
	clearMailEnv(t)
	db := "sqlite:" + filepath.Join(t.TempDir(), "roster.db")
	const email, pw = "admin@example.com", "a long enough admin password"
	var out bytes.Buffer
	if err := run(t.Context(), []string{"admin", "create", "--database-url", db, "--email", email, "--password-stdin"},
		strings.NewReader(pw+"\n"), &out, io.Discard); err != nil {
		t.Fatalf("admin create: %v", err)
	}
	down := httptest.NewServer(http.NotFoundHandler())
	issuer := down.URL
	down.Close()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	providers := `[{"name":"corp","issuer":"` + issuer + `","client_id":"roster","client_secret":"s","redirect_url":"http://` + addr + `/auth/oidc/callback"}]`

	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"serve", "--addr", addr, "--database-url", db, "--oidc-providers", providers, "--log-level", "error"},
			strings.NewReader(""), io.Discard, io.Discard)
	}()
	defer func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("serve: %v", err)
			}
		case <-time.After(30 * time.Second):
			t.Error("serve did not stop")
		}
	}()

	client := &http.Client{Timeout: 10 * time.Second}
	base := "http://" + addr
	var ready server.Readiness
	deadline := time.Now().Add(30 * time.Second)
	for {
		select {
		case err := <-done:
			t.Fatalf("serve stopped: %v", err)
		default:
		}
		resp, err := client.Get(base + "/readyz")
		if err == nil {
			err = json.NewDecoder(resp.Body).Decode(&ready)
			resp.Body.Close()
			if err != nil || resp.StatusCode != http.StatusOK {
				t.Fatalf("/readyz: %d, %v", resp.StatusCode, err)
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("serve never answered: %v", err)
		}
		time.Sleep(50 * time.Millisecond)
	}
	if ready.Status != "degraded" || ready.Database != "ok" || len(ready.OIDC) != 1 || ready.OIDC[0].Name != "corp" || ready.OIDC[0].State != "unavailable" {
		t.Errorf("/readyz %+v, want degraded with corp unavailable", ready)
	}

	body, _ := json.Marshal(map[string]any{
		"query":     `mutation($e: String!, $p: String!) { login(input: {email: $e, password: $p}) { user { email } } }`,
		"variables": map[string]any{"e": email, "p": pw},
	})
	resp, err := client.Post(base+"/graphql", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK || !strings.Contains(string(raw), `"email":"admin@example.com"`) {
		t.Errorf("password login with the provider down: %d %s", resp.StatusCode, raw)
	}
	resp2, err := client.Get(base + "/auth/oidc/login?provider=corp")
	if err != nil {
		t.Fatal(err)
	}
	resp2.Body.Close()
	if resp2.StatusCode != http.StatusServiceUnavailable {
		t.Errorf("OIDC login with the provider down: %d, want 503", resp2.StatusCode)
	}
}
