// Command roster runs the Roster user-administration server and its
// operator tasks:
//
//	roster serve            start the HTTP server
//	roster migrate status   compare the database schema with this binary
//	roster migrate up       apply the pending schema migrations
//	roster seed --users N   add N demo users
//	roster admin create --email E --password-stdin
//	                        create a confirmed admin
//	roster mail test --to A send a test message through the SMTP server
//	roster export --user ID print a user's personal data as JSON
//	roster version          print the version
//
// Every command reads the same flags and environment variables; see the
// README's configuration table.
package main

import (
	"bufio"
	"context"
	"database/sql"
	"encoding/base64"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"html"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/pprof"
	netmail "net/mail"
	"os"
	"os/signal"
	"strings"
	"sync"
	"syscall"
	"time"

	"ariga.io/atlas/sql/migrate"

	"github.com/rosterhq/roster/ent"
	"github.com/rosterhq/roster/ent/user"
	"github.com/rosterhq/roster/internal/audit"
	"github.com/rosterhq/roster/internal/auth"
	"github.com/rosterhq/roster/internal/config"
	"github.com/rosterhq/roster/internal/database"
	"github.com/rosterhq/roster/internal/mail"
	"github.com/rosterhq/roster/internal/metrics"
	"github.com/rosterhq/roster/internal/oidc"
	"github.com/rosterhq/roster/internal/password"
	"github.com/rosterhq/roster/internal/persisted"
	"github.com/rosterhq/roster/internal/pulid"
	"github.com/rosterhq/roster/internal/seed"
	"github.com/rosterhq/roster/internal/server"
	"github.com/rosterhq/roster/internal/tracing"
	"github.com/rosterhq/roster/internal/users"
	"github.com/rosterhq/roster/internal/viewer"
	"github.com/rosterhq/roster/internal/webhook"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	if err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(os.Stderr, "roster:", err)
		}
		os.Exit(1)
	}
}

const usage = `Usage: roster <command> [flags]

Commands:
  serve      start the server (an older schema needs --migrate=true)
  migrate    schema migrations: roster migrate status | up
  seed       add demo users: roster seed --users 1000
  admin      administrators: roster admin create --email E --password-stdin
  mail       check the SMTP settings: roster mail test --to ADDRESS
  export     print a user's personal data as JSON: roster export --user ID
  version    print the version

Run "roster <command> -h" for the flags of a command.
`

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return errors.New("no command given")
	}
	cmd, args := args[0], args[1:]
	fs := flag.NewFlagSet("roster "+cmd, flag.ContinueOnError)
	fs.SetOutput(stderr)
	load := config.Register(fs, os.Getenv)
	// parse reads the command's flags and builds the configuration.
	parse := func(flags []string) (config.Config, error) {
		if err := fs.Parse(flags); err != nil {
			return config.Config{}, err
		}
		return load()
	}
	switch cmd {
	case "serve":
		cfg, err := parse(args)
		if err != nil {
			return err
		}
		return serve(ctx, cfg)
	case "migrate":
		if len(args) == 0 || (args[0] != "status" && args[0] != "up") {
			return errors.New("usage: roster migrate status | up")
		}
		cfg, err := parse(args[1:])
		if err != nil {
			return err
		}
		if args[0] == "status" {
			return migrateStatus(ctx, cfg, stdout)
		}
		return migrateUp(ctx, cfg, stdout)
	case "seed":
		users := fs.Int("users", 1000, "number of demo users to add")
		seedValue := fs.Uint64("seed", 1, "random seed; the same seed gives the same people")
		cfg, err := parse(args)
		if err != nil {
			return err
		}
		if *users < 0 {
			return errors.New("--users must be ≥ 0")
		}
		client, target, err := openDatabase(ctx, cfg, cfg.Logger())
		if err != nil {
			return err
		}
		defer client.Close()
		start := time.Now()
		res, err := seed.Run(ctx, client, seed.Options{Users: *users, Seed: *seedValue, Progress: stderr, Dialect: target.Dialect})
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "added %d users, %d aliases, %d history entries (%d customers, %d custom roles) in %s\n",
			res.Users, res.Aliases, res.AuditEntries, res.Customers, res.Roles, time.Since(start).Round(time.Millisecond))
		return nil
	case "admin":
		if len(args) == 0 || args[0] != "create" {
			return errors.New(`usage: roster admin create --email E --password-stdin`)
		}
		email := fs.String("email", "", "email address of the new admin")
		fromStdin := fs.Bool("password-stdin", false, "read the password from standard input (first line)")
		cfg, err := parse(args[1:])
		if err != nil {
			return err
		}
		if !*fromStdin {
			return errors.New("--password-stdin is required: pass the password on standard input, never as an argument")
		}
		pw, err := readPassword(stdin)
		if err != nil {
			return err
		}
		client, _, err := openDatabase(ctx, cfg, cfg.Logger())
		if err != nil {
			return err
		}
		defer client.Close()
		u, err := users.CreateAdmin(ctx, client, *email, pw, password.Default)
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "created admin %s (%s)\n", u.Email, u.ID)
		return nil
	case "mail":
		if len(args) == 0 || args[0] != "test" {
			return errors.New(`usage: roster mail test --to ADDRESS`)
		}
		to := fs.String("to", "", "address to send the test message to")
		cfg, err := parse(args[1:])
		if err != nil {
			return err
		}
		return mailTest(ctx, cfg, *to, stdout)
	case "export":
		id := fs.String("user", "", "ID of the user whose personal data to print")
		cfg, err := parse(args)
		if err != nil {
			return err
		}
		return exportUser(ctx, cfg, *id, stdout)
	case "version":
		fmt.Fprintln(stdout, "roster", version)
		return nil
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return nil
	default:
		fmt.Fprint(stderr, usage)
		return fmt.Errorf("unknown command %q", cmd)
	}
}

// openDatabase connects to the configured database and readies it
// (database.Ready): an empty database is set up, an older one migrated
// only with --migrate=true, a newer one refused.
func openDatabase(ctx context.Context, cfg config.Config, log *slog.Logger) (*ent.Client, database.Target, error) {
	target, err := database.ParseURL(cfg.DatabaseURL)
	if err != nil {
		return nil, target, err
	}
	client, err := database.Open(ctx, target)
	if err != nil {
		return nil, target, err
	}
	if err := database.Ready(ctx, client, target, cfg.Migrate, log); err != nil {
		client.Close()
		return nil, target, err
	}
	return client, target, nil
}

// migrateStatus prints how the database's schema compares with the
// binary's migrations.
func migrateStatus(ctx context.Context, cfg config.Config, stdout io.Writer) error {
	target, err := database.ParseURL(cfg.DatabaseURL)
	if err != nil {
		return err
	}
	st, err := database.ReadStatus(ctx, target)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "database: %s\n", target.Redacted())
	fmt.Fprintf(stdout, "binary:   %s\n", st.Latest)
	current := st.Current()
	if current == "" {
		current = "none"
	}
	fmt.Fprintf(stdout, "schema:   %s\n", current)
	if len(st.Applied) > 0 {
		fmt.Fprintln(stdout, "applied:")
		for _, r := range st.Applied {
			how := ""
			if r.Type == migrate.RevisionTypeBaseline {
				how = " (adopted: created by automatic migration)"
			}
			fmt.Fprintf(stdout, "  %s_%s  %s%s\n", r.Version, r.Description, r.ExecutedAt.UTC().Format("2006-01-02 15:04:05 UTC"), how)
		}
	}
	if len(st.Pending) > 0 {
		fmt.Fprintln(stdout, "pending:")
		for _, name := range st.Pending {
			fmt.Fprintf(stdout, "  %s\n", name)
		}
	}
	var state string
	switch {
	case st.Err() != nil && len(st.Unknown) > 0:
		state = "newer: " + st.Err().Error()
	case st.Err() != nil:
		state = "changed: " + st.Err().Error()
	case st.Empty:
		state = "empty: `roster migrate up` or `roster serve` sets it up"
	case st.Unversioned:
		state = "pending: created by automatic migration, before versioned migrations; back up, then run `roster migrate up`, which adopts it"
	case st.Older():
		state = "pending: the schema is older than the binary; back up, then run `roster migrate up` (or serve with --migrate=true)"
	default:
		state = "up to date"
	}
	fmt.Fprintf(stdout, "state:    %s\n", state)
	return nil
}

// migrateUp applies the pending migrations and prints each one.
func migrateUp(ctx context.Context, cfg config.Config, stdout io.Writer) error {
	target, err := database.ParseURL(cfg.DatabaseURL)
	if err != nil {
		return err
	}
	applied, err := database.Up(ctx, target)
	for _, name := range applied {
		fmt.Fprintln(stdout, "applied", name)
	}
	if err != nil {
		return err
	}
	client, _, err := openDatabase(ctx, cfg, cfg.Logger())
	if err != nil {
		return err
	}
	defer client.Close()
	st, err := database.ReadStatus(ctx, target)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "database schema is up to date (version %s)\n", st.Current())
	return nil
}

func serve(ctx context.Context, cfg config.Config) error {
	log := slog.New(server.LogHandler(cfg.Logger().Handler()))
	cfg.ApplyMemoryLimit(os.Getenv)
	migrated, target, err := openDatabase(ctx, cfg, log)
	if err != nil {
		return err
	}
	// Migrations (index builds on large tables) may run longer than the
	// statement timeout; the server's own client is bounded by it.
	migrated.Close()
	m := metrics.New()
	spans, err := tracing.New(ctx, tracing.Config{Endpoint: cfg.Tracing.Endpoint, SampleRatio: cfg.Tracing.SampleRatio,
		ServiceVersion: version, Log: log})
	if err != nil {
		return err
	}
	// Registered first, so it runs last: the spans of the requests
	// drained and of the background work stopped are exported too.
	defer flushSpans(log, spans)
	if spans != nil {
		log.Info("tracing: spans are exported over OTLP/HTTP", "endpoint", cfg.Tracing.Endpoint, "sample_ratio", cfg.Tracing.SampleRatio)
	}
	client, err := database.Open(ctx, target, database.WithStatementTimeout(cfg.StatementTimeout),
		database.WithPool(func(db *sql.DB) { m.Register(metrics.DatabasePool(db)) }), database.WithTracing(spans.TracerProvider()))
	if err != nil {
		return err
	}
	defer client.Close()
	m.Register(metrics.Outbox(map[string]metrics.BacklogFunc{
		metrics.QueueMail:    func(ctx context.Context) (metrics.Backlog, error) { return mail.Backlog(ctx, client) },
		metrics.QueueWebhook: func(ctx context.Context) (metrics.Backlog, error) { return webhook.Backlog(ctx, client) },
	}))
	log.Info("database ready", "database", target.Redacted(), "statement_timeout", cfg.StatementTimeout)

	if err := firstStart(ctx, log, client, cfg, target); err != nil {
		return err
	}
	authService := auth.NewService(client, target.Dialect)
	authService.Log = log
	authService.SecureCookies = cfg.SecureCookies()
	authService.TrustedOrigins = cfg.CORSOrigins
	authService.TrustedProxies = cfg.TrustedProxies
	authService.Metrics = m
	frontend := cfg.FrontendURL
	if frontend == "" {
		frontend = cfg.BaseURL()
	}
	usersService := &users.Service{Client: client, Password: password.Default, Now: time.Now, Limiter: authService,
		Mail: mail.Renderer{FrontendURL: frontend, Product: "Roster"}}
	oidcManager, err := setupOIDC(ctx, log, cfg, authService, usersService, m)
	if err != nil {
		return err
	}
	if oidcManager != nil {
		defer oidcManager.Close()
		m.Register(metrics.Providers(func() []metrics.ProviderState {
			var out []metrics.ProviderState
			for _, st := range oidcManager.Status() {
				out = append(out, metrics.ProviderState{Name: st.Name, Up: st.Up()})
			}
			return out
		}))
	}
	transport, err := mailTransport(cfg, log)
	if err != nil {
		return err
	}
	webhooks := &webhook.Manager{Client: client, AllowPrivate: cfg.WebhookAllowPrivate}
	workerCtx, stopWorkers := context.WithCancel(context.WithoutCancel(ctx))
	var background sync.WaitGroup
	// Runs before client.Close: the background work ends first.
	defer stopBackground(log, stopWorkers, &background, server.ShutdownTimeout)
	mailWorker := &mail.Worker{Client: client, Transport: transport, Log: log, Dialect: target.Dialect, Metrics: m}
	background.Go(func() { mailWorker.Run(workerCtx, 2*time.Second) })
	webhookWorker := &webhook.Worker{Client: client, Log: log, HTTP: webhook.NewHTTPClient(cfg.WebhookAllowPrivate), Dialect: target.Dialect, Metrics: m}
	background.Go(func() { webhookWorker.Run(workerCtx, 2*time.Second) })
	// Sign-ups and password resets accepted by the API (see
	// internal/users/requests.go), carried out within a second or so.
	background.Go(func() { usersService.RunAccountRequests(workerCtx, log, time.Second) })
	background.Go(func() {
		every(workerCtx, 30*time.Second, func(ctx context.Context) {
			n, err := usersService.UnlockExpired(ctx)
			if err != nil && ctx.Err() != nil {
				return
			}
			m.JobRun(metrics.JobLockExpiry, err, time.Now())
			if err != nil {
				log.Warn("users: unlocking expired locks", "error", err)
			} else if n > 0 {
				m.LocksExpired(n)
				log.Info("users: locks expired", "unlocked", n)
			}
		})
	})
	background.Go(func() {
		every(workerCtx, time.Hour, func(ctx context.Context) {
			n, err := prune(ctx, log, client, authService, cfg.Retention, time.Now())
			if err != nil && ctx.Err() != nil {
				return
			}
			m.JobRun(metrics.JobRetention, err, time.Now())
			m.RetentionDeleted(n)
		})
	})

	var documents *persisted.Manifest
	if cfg.Documents != "" {
		if documents, err = persisted.LoadManifest(cfg.Documents); err != nil {
			return err
		}
		log.Info("graphql: persisted documents loaded", "documents", documents.Len(), "path", cfg.Documents, "trusted_only", cfg.TrustedDocuments)
	}

	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", cfg.Addr, err)
	}
	srv := server.NewHTTPServer(server.New(server.Options{
		Client: client, Auth: authService, Users: usersService, Webhooks: webhooks, OIDC: oidcManager, Log: log, CORSOrigins: cfg.CORSOrigins,
		Limits: cfg.Limits, Documents: documents, TrustedDocumentsOnly: cfg.TrustedDocuments, DisableAPQ: !cfg.APQ,
		// Without a frontend, mail links point at Roster itself.
		MailLinkPages: cfg.FrontendURL == "",
		Metrics:       m, MetricsElsewhere: cfg.MetricsAddr != "",
		Tracing: spans.TracerProvider(),
	}), log)
	errc := make(chan error, 1)
	go func() {
		if cfg.TLSCert != "" {
			errc <- srv.ServeTLS(ln, cfg.TLSCert, cfg.TLSKey)
			return
		}
		errc <- srv.Serve(ln)
	}()
	if cfg.MetricsAddr != "" {
		metricsServer, err := serveMetrics(cfg.MetricsAddr, cfg.Pprof, m, log, errc)
		if err != nil {
			return err
		}
		defer metricsServer.Close()
	}
	url := cfg.BaseURL() + "/"
	log.Info("Roster is listening: open the console in a browser", "console", url+"admin/", "graphiql", url+"graphiql", "graphql", url+"graphql")

	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	log.Info("shutting down: finishing requests in flight and deliveries under way", "timeout", server.ShutdownTimeout)
	// The workers finish their current message and release their claims
	// while the HTTP server drains.
	stopWorkers()
	shutdownCtx, cancel := context.WithTimeout(context.Background(), server.ShutdownTimeout)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	log.Info("stopped serving requests")
	return nil
}

// flushSpans exports the spans still queued and stops the exporter,
// waiting at most server.ShutdownTimeout for the receiver.
func flushSpans(log *slog.Logger, spans *tracing.Provider) {
	ctx, cancel := context.WithTimeout(context.Background(), server.ShutdownTimeout)
	defer cancel()
	if err := spans.Shutdown(ctx); err != nil {
		log.Warn("tracing: spans not exported at shutdown", "error", err)
	}
}

// stopBackground ends the workers and loops and waits for them, at most
// timeout; a worker still sending then keeps its claim until the lease
// ends, and another instance takes the message over.
func stopBackground(log *slog.Logger, stop context.CancelFunc, background *sync.WaitGroup, timeout time.Duration) {
	stop()
	done := make(chan struct{})
	go func() {
		background.Wait()
		close(done)
	}()
	select {
	case <-done:
		log.Info("background work stopped")
	case <-time.After(timeout):
		log.Warn("background work did not stop in time; its claims end with their leases", "timeout", timeout)
	}
}

// firstStart prepares an empty database: it creates the first admin with a
// random password, printed once, and the demo data when asked for. Of
// several instances starting at once on an empty database, the one that
// creates the admin does both; the others carry on.
func firstStart(ctx context.Context, log *slog.Logger, client *ent.Client, cfg config.Config, target database.Target) error {
	sys := viewer.SystemContext(ctx)
	n, err := client.User.Query().Count(sys)
	if err != nil {
		return fmt.Errorf("count users: %w", err)
	}
	if n > 0 {
		return nil
	}
	created, err := createFirstAdmin(ctx, log, client, cfg.AdminEmail)
	if err != nil || !created {
		return err
	}
	if cfg.DemoUsers > 0 {
		res, err := seed.Run(ctx, client, seed.Options{Users: cfg.DemoUsers, Seed: 1, Dialect: target.Dialect})
		if err != nil {
			return err
		}
		log.Info("created demo data on the empty database", "users", res.Users, "customers", res.Customers)
	}
	return nil
}

// createFirstAdmin creates the admin with a random password and logs the
// password once. Instances that start together on an empty database all
// try; the ones that lose the race fail (CONFLICT, or a unique violation
// on PostgreSQL). When the admin exists after a failure, another instance
// created it and showed its password: createFirstAdmin reports false and
// no error, and that instance also adds the demo data.
func createFirstAdmin(ctx context.Context, log *slog.Logger, client *ent.Client, email string) (created bool, err error) {
	pw := users.RandomPassword()
	admin, err := users.CreateAdmin(ctx, client, email, pw, password.Default)
	if err != nil {
		exists, qerr := client.User.Query().Where(user.Email(users.NormalizeEmail(email))).Exist(viewer.SystemContext(ctx))
		if qerr == nil && exists {
			log.Info("the first admin was created by another instance starting at the same time; its log shows the password",
				"email", users.NormalizeEmail(email))
			return false, nil
		}
		return false, fmt.Errorf("create the first admin: %w", err)
	}
	// The one time this password is shown; it is not stored anywhere, and
	// no other line repeats it.
	log.Warn("created the first admin: sign in with this address and password, then change the password (it is not shown again)",
		"email", admin.Email, "password", pw)
	return true, nil
}

// exportUser prints the personal data of user id as one indented JSON
// document, the same as the exportUser mutation returns, and records the
// export in the user's history (source SYSTEM).
func exportUser(ctx context.Context, cfg config.Config, id string, stdout io.Writer) error {
	if strings.TrimSpace(id) == "" {
		return errors.New("usage: roster export --user ID (a user's ID, such as usr_01M845HTV788PKPXR9JS1HFQ15)")
	}
	client, _, err := openDatabase(ctx, cfg, cfg.Logger())
	if err != nil {
		return err
	}
	defer client.Close()
	svc := &users.Service{Client: client, Now: time.Now}
	doc, err := svc.Export(viewer.SystemContext(ctx), pulid.ID(strings.TrimSpace(id)))
	if err != nil {
		return err
	}
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(doc)
}

// mailTransport returns the SMTP transport when --smtp-url is set, else
// the log transport, and logs which one serves (the SMTP URL without its
// password).
func mailTransport(cfg config.Config, log *slog.Logger) (mail.Transport, error) {
	if cfg.SMTPURL == "" {
		log.Warn("mail: no SMTP server configured: every mail, one-time links included, is written to this log; set ROSTER_SMTP_URL to deliver mail")
		return mail.LogTransport{Log: log}, nil
	}
	t, err := mail.NewSMTPTransport(cfg.SMTPURL, cfg.MailFrom)
	if err != nil {
		return nil, err
	}
	log.Info("mail: delivering through SMTP", "smtp", t.Redacted(), "tls", t.TLSMode(), "from", t.From())
	return t, nil
}

// mailTest sends a short message straight through the SMTP transport,
// without the outbox, so that operators can check the settings.
func mailTest(ctx context.Context, cfg config.Config, to string, stdout io.Writer) error {
	if cfg.SMTPURL == "" {
		return errors.New("mail test: SMTP is not configured: set --smtp-url (ROSTER_SMTP_URL) and --mail-from (ROSTER_MAIL_FROM)")
	}
	if strings.TrimSpace(to) == "" {
		return errors.New("mail test: --to is required: the address to send the test message to")
	}
	if _, err := netmail.ParseAddress(to); err != nil {
		return fmt.Errorf("mail test: --to %q is not an email address", to)
	}
	t, err := mail.NewSMTPTransport(cfg.SMTPURL, cfg.MailFrom)
	if err != nil {
		return fmt.Errorf("mail test: %w", err)
	}
	if err := t.Send(ctx, testMessage(t, to, time.Now())); err != nil {
		// The transport's errors never contain the password.
		return fmt.Errorf("mail test: %w", err)
	}
	fmt.Fprintf(stdout, "sent a test message to %s through %s (TLS: %s) from %s\n", to, t.Addr(), t.TLSMode(), t.From())
	return nil
}

// testMessage is the message of roster mail test, as text and HTML.
func testMessage(t *mail.SMTPTransport, to string, now time.Time) mail.Message {
	host, err := os.Hostname()
	if err != nil {
		host = "an unnamed host"
	}
	lines := []string{
		fmt.Sprintf("Roster on %s sent this message with \"roster mail test\" at %s.", host, now.UTC().Format("2 January 2006, 15:04:05 UTC")),
		fmt.Sprintf("It went to the SMTP server %s (TLS: %s) with the sender %s.", t.Addr(), t.TLSMode(), t.From()),
		"It reached you, so Roster can deliver its mails. There is nothing else to do.",
	}
	var body strings.Builder
	body.WriteString("<!DOCTYPE html>\n<html><body>\n")
	for _, l := range lines {
		body.WriteString("<p>" + html.EscapeString(l) + "</p>\n")
	}
	body.WriteString("</body></html>\n")
	return mail.Message{
		Template: "test",
		To:       to,
		Subject:  "Roster test message",
		Text:     strings.Join(lines, "\n\n") + "\n",
		HTML:     body.String(),
	}
}

// readPassword reads the first line of r, without its line ending.
func readPassword(r io.Reader) (string, error) {
	line, err := bufio.NewReader(r).ReadString('\n')
	if err != nil && !errors.Is(err, io.EOF) {
		return "", fmt.Errorf("read password: %w", err)
	}
	line = strings.TrimRight(line, "\r\n")
	if line == "" {
		return "", errors.New("no password on standard input")
	}
	return line, nil
}

// setupOIDC builds the OpenID Connect manager from the configuration and
// lets the auth service accept the providers' bearer tokens; nil without
// providers.
func setupOIDC(ctx context.Context, log *slog.Logger, cfg config.Config, authService *auth.Service, usersService *users.Service, counts *metrics.Metrics) (*oidc.Manager, error) {
	providers, err := oidc.ParseProviders(cfg.OIDCProviders)
	if err != nil || len(providers) == 0 {
		return nil, err
	}
	var key []byte
	if cfg.OIDCStateKey != "" {
		if key, err = base64.StdEncoding.DecodeString(cfg.OIDCStateKey); err != nil || len(key) != 32 {
			return nil, errors.New("oidc-state-key must be the base64 encoding of 32 bytes (openssl rand -base64 32)")
		}
	} else {
		log.Warn("oidc: no state key configured; a login must finish on the instance that started it")
	}
	accounts := &auth.OIDCAccounts{Service: authService, Users: usersService, PublicHost: auth.PublicHost(cfg.BaseURL())}
	// A provider that cannot be discovered now does not stop the start:
	// the Manager retries in the background and reports it in /readyz.
	m, err := oidc.New(ctx, providers, accounts, oidc.Options{StateKey: key, SecureCookies: cfg.SecureCookies(), Logger: log, Metrics: counts})
	if err != nil {
		return nil, err
	}
	accounts.Manager = m
	authService.Bearer = accounts
	authService.BrowserProviders = m.Providers()
	var ready []string
	for _, st := range m.Status() {
		if st.Up() {
			ready = append(ready, st.Name)
		}
	}
	log.Info("oidc: providers configured", "browser_sign_in", m.Providers(), "ready", ready)
	return m, nil
}

// prune deletes what is past its retention (--retention-…, see
// config.Retention; an age of 0 keeps the rows): sent and DEAD mails,
// succeeded and DEAD webhook deliveries with their attempts, ended
// sessions, expired one-time tokens and history entries; and rate-limit
// counters whose window has passed.
//
// It returns how many rows it deleted, and the first error; a step that
// fails does not stop the others.
func prune(ctx context.Context, log *slog.Logger, client *ent.Client, authService *auth.Service, keep config.Retention, now time.Time) (deleted int, firstErr error) {
	step := func(n int, err error, warn, info string) {
		deleted += n
		if err != nil {
			log.Warn(warn, "error", err, "deleted", n)
			if firstErr == nil {
				firstErr = err
			}
		} else if n > 0 {
			log.Info(info, "deleted", n)
		}
	}
	n, err := authService.Prune(ctx, now, config.Cutoff(now, keep.Sessions))
	step(n, err, "auth: pruning sessions and rate limits", "auth: pruned ended sessions and rate limits")
	n, err = users.PruneTokens(ctx, client, config.Cutoff(now, keep.Tokens))
	step(n, err, "users: pruning one-time tokens", "users: pruned expired one-time tokens")
	n, err = mail.Prune(ctx, client, config.Cutoff(now, keep.SentMails), config.Cutoff(now, keep.DeadMails))
	step(n, err, "mail: pruning the outbox", "mail: pruned the outbox")
	n, err = webhook.Prune(ctx, client, config.Cutoff(now, keep.Deliveries), config.Cutoff(now, keep.DeadDeliveries))
	step(n, err, "webhook: pruning deliveries", "webhook: pruned deliveries")
	n, err = audit.Prune(ctx, client, config.Cutoff(now, keep.History))
	step(n, err, "audit: pruning the history", "audit: pruned the history")
	return deleted, firstErr
}

// serveMetrics starts the listener of --metrics-addr, which serves
// /metrics (and /healthz) without a credential; a failure to serve ends up
// in errc.
func serveMetrics(addr string, pprofToo bool, m *metrics.Metrics, log *slog.Logger, errc chan<- error) (*http.Server, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("listen on %s (metrics-addr): %w", addr, err)
	}
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", m.Handler())
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		_, _ = w.Write([]byte("ok\n"))
	})
	// Go's profiles (CPU, heap, goroutines), with --pprof, for an
	// operator who looks into where a busy instance spends its time; only
	// on this listener, which does not face the clients.
	if pprofToo {
		mux.HandleFunc("GET /debug/pprof/", pprof.Index)
		mux.HandleFunc("GET /debug/pprof/profile", pprof.Profile)
		mux.HandleFunc("GET /debug/pprof/trace", pprof.Trace)
	}
	srv := server.NewHTTPServer(mux, log)
	go func() {
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			select {
			case errc <- fmt.Errorf("metrics listener: %w", err):
			default:
			}
		}
	}()
	log.Info("metrics: serving /metrics on a listener of its own", "metrics", "http://"+ln.Addr().String()+"/metrics")
	return srv, nil
}

// every runs fn now and then every interval until ctx ends.
func every(ctx context.Context, interval time.Duration, fn func(context.Context)) {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		fn(ctx)
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
