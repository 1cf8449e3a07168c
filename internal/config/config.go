// Package config reads Roster's configuration from command-line flags and
// environment variables. A flag wins over its variable, a variable over
// the default. docs/operations.md and the README list every setting; a
// test checks that the README table and this package agree.
package config

import (
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	netmail "net/mail"
	"net/netip"
	"net/url"
	"os"
	"runtime/debug"
	"strconv"
	"strings"
	"time"

	"github.com/rosterhq/roster/internal/mail"
	"github.com/rosterhq/roster/internal/password"
	"github.com/rosterhq/roster/internal/requestlimit"
	"github.com/rosterhq/roster/internal/tracing"
)

// Config is the configuration of the serve command.
type Config struct {
	// Addr is the listen address; 127.0.0.1:8080 by default.
	Addr string
	// DatabaseURL is empty for the embedded SQLite file, or a
	// postgres:// URL.
	DatabaseURL string
	// Migrate lets serve, seed and admin create apply pending migrations
	// to a database whose schema is older than the binary; without it
	// they refuse to start on it (an empty database is always set up).
	Migrate bool
	// LogLevel is debug, info, warn or error.
	LogLevel string
	// LogFormat is text or json.
	LogFormat string
	// CORSOrigins are the browser origins allowed to call the API.
	CORSOrigins []string
	// DemoUsers is the number of demo users created when the database is
	// empty at start; 0 creates none.
	DemoUsers int
	// AdminEmail is the address of the first admin, created on the first
	// start with an empty database.
	AdminEmail string
	// PublicURL is the address clients reach Roster at; an https URL
	// makes cookies Secure.
	PublicURL string
	// TrustedProxies are the reverse proxies whose X-Forwarded-For header
	// names the client; empty: the connection's peer is the client.
	TrustedProxies []netip.Prefix
	// TLSCert and TLSKey, when both set, make Roster serve HTTPS itself.
	TLSCert, TLSKey string
	// OIDCProviders is the JSON list of OpenID Connect providers.
	OIDCProviders string
	// FrontendURL is where links in mails point.
	FrontendURL string
	// SMTPURL is the SMTP server mails are delivered to (see
	// mail.NewSMTPTransport); empty means the log transport.
	SMTPURL string
	// MailFrom is the sender address of mails; required with SMTPURL.
	MailFrom string
	// OIDCStateKey is the base64 key of the OIDC login-flow cookie.
	OIDCStateKey string
	// WebhookAllowPrivate permits webhook targets in private networks.
	WebhookAllowPrivate bool
	// Limits bound each GraphQL request: depth, aliases, root fields,
	// mutations, tokens, complexity, password hashes, mails, and whether
	// introspection is allowed.
	Limits requestlimit.Policy
	// APQ switches automatic persisted queries on.
	APQ bool
	// Documents is the path of the persisted-documents manifest; empty
	// for none.
	Documents string
	// TrustedDocuments runs only the documents of the manifest (API keys
	// excepted).
	TrustedDocuments bool
	// StatementTimeout bounds every SQL statement of the server; 0 means
	// no bound.
	StatementTimeout time.Duration
	// Retention is how long the hourly retention job keeps rows that are
	// done with.
	Retention Retention
	// MetricsAddr, when set, is the address of a listener of its own that
	// serves /metrics without a credential; the main listener then does
	// not serve it. Empty: /metrics is on the main listener, for callers
	// holding settings:manage.
	MetricsAddr string
	// Tracing switches OpenTelemetry tracing on and sets its sampling.
	Tracing Tracing
	// MemoryLimit is the Go runtime's soft memory limit in bytes for
	// roster serve (see ApplyMemoryLimit); 0 sets none; AutoMemoryLimit
	// sizes it for the processors.
	MemoryLimit int64
	// Pprof serves Go's profiles on the MetricsAddr listener.
	Pprof bool
}

// AutoMemoryLimit is the MemoryLimit of --memory-limit auto, the default:
// 16 MiB for Roster's own heap and 64 MiB (an argon2id computation) for
// each computation that may run at once (password.Slots): 80 MiB on one
// or two processors, 272 MiB on eight. A limit below what the running
// computations hold would keep the garbage collector running while they
// last.
const AutoMemoryLimit = -1

// autoMemoryLimit is the limit AutoMemoryLimit stands for.
func autoMemoryLimit() int64 {
	return 16<<20 + int64(password.Slots())*int64(password.Default.Memory)<<10
}

// DefaultGCPercent is the garbage collector's GOGC of roster serve when
// the environment sets none: collect when the heap has grown to five
// times what was live, or at the memory limit, whichever comes first.
const DefaultGCPercent = 400

// ApplyMemoryLimit sets the Go runtime's memory limit from c, unless
// GOMEMLIMIT is set in the environment (getenv), which the runtime has
// applied already and which wins; and DefaultGCPercent, unless GOGC is
// set. A request
// leaves a few hundred kilobytes of garbage and little that lives on, so
// with Go's default of 100 the collector ran every few requests and took
// a fifth of the CPU time of a users page; the limit bounds the heap
// instead (docs/operations.md#memory).
func (c Config) ApplyMemoryLimit(getenv func(string) string) {
	limit := c.MemoryLimit
	if limit == AutoMemoryLimit {
		limit = autoMemoryLimit()
	}
	if limit > 0 && getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(limit)
	}
	if getenv("GOGC") == "" {
		debug.SetGCPercent(DefaultGCPercent)
	}
}

// ParseSize reads a size in bytes: a whole number with the suffix B, KiB,
// MiB or GiB ("100MiB"), as GOMEMLIMIT takes it, 0, or "auto"
// (AutoMemoryLimit).
func ParseSize(s string) (int64, error) {
	s = strings.TrimSpace(s)
	switch s {
	case "0":
		return 0, nil
	case "auto":
		return AutoMemoryLimit, nil
	}
	for _, u := range []struct {
		suffix string
		factor int64
	}{{"GiB", 1 << 30}, {"MiB", 1 << 20}, {"KiB", 1 << 10}, {"B", 1}} {
		if n, ok := strings.CutSuffix(s, u.suffix); ok {
			v, err := strconv.ParseInt(n, 10, 64)
			if err != nil || v < 0 || v > (1<<50)/u.factor {
				break
			}
			return v * u.factor, nil
		}
	}
	return 0, fmt.Errorf("%q is not a size such as 100MiB or 1GiB, auto or 0", s)
}

// Tracing is the OpenTelemetry tracing configuration (see
// internal/tracing).
type Tracing struct {
	// Endpoint is the base URL of the OTLP/HTTP receiver; empty leaves
	// tracing off.
	Endpoint string
	// SampleRatio is the share of traces starting at Roster that are
	// recorded, from 0 to 1.
	SampleRatio float64
}

// Retention is how long Roster keeps rows that no longer do anything:
// each is deleted once it is older than its age here, measured from the
// moment it was done with (sent, delivered, given up, expired, ended,
// written). A zero age keeps the rows for ever.
type Retention struct {
	// SentMails counts from a mail's sending.
	SentMails time.Duration
	// DeadMails counts from a DEAD mail's last change.
	DeadMails time.Duration
	// Deliveries counts from a webhook delivery's success.
	Deliveries time.Duration
	// DeadDeliveries counts from a DEAD delivery's last change.
	DeadDeliveries time.Duration
	// Sessions counts from a session's expiry or revocation.
	Sessions time.Duration
	// Tokens counts from a one-time token's expiry.
	Tokens time.Duration
	// History counts from a history entry's creation; zero by default.
	History time.Duration
}

// Cutoff returns the instant before which rows kept for age are deleted
// at now, or the zero time for age 0 (keep for ever).
func Cutoff(now time.Time, age time.Duration) time.Time {
	if age <= 0 {
		return time.Time{}
	}
	return now.Add(-age)
}

// Setting describes one configuration entry, for flags and the docs.
type Setting struct {
	Flag, Env, Default, Usage string
}

// secretFlags are the settings whose value may contain a password, a
// client secret or a key.
var secretFlags = map[string]bool{"database-url": true, "smtp-url": true, "oidc-providers": true, "oidc-state-key": true}

// Secret reports whether the setting's value may contain a password, a
// client secret or a key, so that the flag's help must never show it
// (see Register).
func (s Setting) Secret() bool { return secretFlags[s.Flag] }

// Settings lists every entry of Config, in the order of the docs' table.
var Settings = []Setting{
	{"addr", "ROSTER_ADDR", "127.0.0.1:8080", "listen address (host:port); use 0.0.0.0:8080 to accept connections from other machines"},
	{"database-url", "DATABASE_URL", "", "postgres://user:pass@host:5432/db?sslmode=disable, or sqlite:PATH; empty means the SQLite file ./data/roster.db"},
	{"migrate", "ROSTER_MIGRATE", "false", "true lets serve (also seed and admin create) apply pending schema migrations at start; without it they refuse a database whose schema is older than the binary (an empty database is always set up)"},
	{"log-level", "ROSTER_LOG_LEVEL", "info", "debug, info, warn or error"},
	{"log-format", "ROSTER_LOG_FORMAT", "text", "text or json"},
	{"cors-origins", "ROSTER_CORS_ORIGINS", "", "comma-separated browser origins allowed to call /graphql, e.g. https://admin.example.com"},
	{"demo-users", "ROSTER_DEMO_USERS", "0", "when the database has no users at start, create this many demo users (make run uses 200)"},
	{"admin-email", "ROSTER_ADMIN_EMAIL", "admin@localhost", "email of the first admin, created with a random password (printed once to the log) when the database has no users"},
	{"public-url", "ROSTER_PUBLIC_URL", "", "the URL clients use to reach Roster, e.g. https://id.example.com; https makes cookies Secure; default http://ADDR"},
	{"trusted-proxies", "ROSTER_TRUSTED_PROXIES", "", "comma-separated addresses or CIDR networks of reverse proxies in front of Roster, e.g. 10.0.0.0/8; their X-Forwarded-For header then gives the client address used for sign-in records and rate limits"},
	{"tls-cert", "ROSTER_TLS_CERT", "", "PEM certificate file; with --tls-key, Roster serves HTTPS itself"},
	{"tls-key", "ROSTER_TLS_KEY", "", "PEM private key file for --tls-cert"},
	{"frontend-url", "ROSTER_FRONTEND_URL", "", "base URL of the web app that mail links open (/accept-invitation, /confirm-email, /reset-password ...); default: the public URL"},
	{"smtp-url", "ROSTER_SMTP_URL", "", "SMTP server for mail: smtp://user:pass@host:587 (STARTTLS), smtps://user:pass@host (implicit TLS, port 465) or smtp://host:25?tls=none (local relay); empty writes every mail, links included, to the log"},
	{"mail-from", "ROSTER_MAIL_FROM", "", `sender address of mails, e.g. "Roster <no-reply@example.com>"; required with --smtp-url`},
	{"oidc-providers", "ROSTER_OIDC_PROVIDERS", "", "OpenID Connect providers as a JSON array (see docs/security.md); empty disables OIDC"},
	{"webhook-allow-private", "ROSTER_WEBHOOK_ALLOW_PRIVATE", "false", "true lets webhook URLs use http and point at loopback or private addresses — for development only"},
	{"oidc-state-key", "ROSTER_OIDC_STATE_KEY", "", "base64 of 32 random bytes that protect the OIDC login cookie; set the same value on every instance (empty: random per process)"},
	{"graphql-max-depth", "ROSTER_GRAPHQL_MAX_DEPTH", strconv.Itoa(requestlimit.DefaultMaxDepth), "deepest field nesting of a GraphQL operation (introspection fields excepted)"},
	{"graphql-max-aliases", "ROSTER_GRAPHQL_MAX_ALIASES", strconv.Itoa(requestlimit.DefaultMaxAliases), "most aliased fields in one GraphQL operation, fragments expanded"},
	{"graphql-max-root-fields", "ROSTER_GRAPHQL_MAX_ROOT_FIELDS", strconv.Itoa(requestlimit.DefaultMaxRootFields), "most root fields in one GraphQL query or mutation"},
	{"graphql-max-mutations", "ROSTER_GRAPHQL_MAX_MUTATIONS", strconv.Itoa(requestlimit.DefaultMaxMutations), "most mutations in one request"},
	{"graphql-max-tokens", "ROSTER_GRAPHQL_MAX_TOKENS", strconv.Itoa(requestlimit.DefaultMaxTokens), "most lexical tokens in one GraphQL document, counted before parsing"},
	{"graphql-max-complexity", "ROSTER_GRAPHQL_MAX_COMPLEXITY", strconv.Itoa(requestlimit.DefaultMaxComplexity), "highest complexity of one GraphQL operation (each field 1, connections times their page size)"},
	{"graphql-max-password-hashes", "ROSTER_GRAPHQL_MAX_PASSWORD_HASHES", strconv.Itoa(requestlimit.DefaultMaxPasswordHashes), "most fields that hash or check a password (login, signUp, changePassword ...) in one request"},
	{"graphql-max-mails", "ROSTER_GRAPHQL_MAX_MAILS", strconv.Itoa(requestlimit.DefaultMaxMails), "most fields that send mail (requestPasswordReset, addEmailAlias ...) in one request"},
	{"graphql-introspection", "ROSTER_GRAPHQL_INTROSPECTION", "true", "false refuses __schema and __type (GraphiQL then cannot show the schema)"},
	{"graphql-apq", "ROSTER_GRAPHQL_APQ", "true", "false switches automatic persisted queries off"},
	{"graphql-documents", "ROSTER_GRAPHQL_DOCUMENTS", "", "path of a persisted-documents manifest: a JSON object of document IDs and texts, such as the Relay compiler's persisted-queries.json; clients send documentId"},
	{"graphql-trusted-documents", "ROSTER_GRAPHQL_TRUSTED_DOCUMENTS", "false", "true runs only the documents of --graphql-documents, for sessions and anonymous callers (API keys may send any document)"},
	{"statement-timeout", "ROSTER_STATEMENT_TIMEOUT", "5s", "longest time one SQL statement of the server may run, e.g. 5s or 1500ms; a request whose statement runs longer gets TIMEOUT; 0 means no limit"},
	{"retention-sent-mails", "ROSTER_RETENTION_SENT_MAILS", "30d", "how long sent mails stay in the outbox (address and subject; the body is emptied when sent), e.g. 30d or 12h; 0 keeps them"},
	{"retention-dead-mails", "ROSTER_RETENTION_DEAD_MAILS", "90d", "how long mails that failed for good (DEAD) stay, with their body, after their last change; 0 keeps them"},
	{"retention-webhook-deliveries", "ROSTER_RETENTION_WEBHOOK_DELIVERIES", "30d", "how long succeeded webhook deliveries (payload and attempts) stay after delivery; 0 keeps them"},
	{"retention-dead-webhook-deliveries", "ROSTER_RETENTION_DEAD_WEBHOOK_DELIVERIES", "90d", "how long webhook deliveries that failed for good (DEAD) stay after their last change; 0 keeps them"},
	{"retention-sessions", "ROSTER_RETENTION_SESSIONS", "7d", "how long ended sessions (expired or revoked, with IP and browser) stay; 0 keeps them"},
	{"retention-tokens", "ROSTER_RETENTION_TOKENS", "7d", "how long one-time tokens (invitation, confirmation, reset) stay after they expired; 0 keeps them"},
	{"retention-history", "ROSTER_RETENTION_HISTORY", "0", "how long history entries (the change history of users) stay; 0, the default, keeps them for ever"},
	{"otel-endpoint", "ROSTER_OTEL_ENDPOINT", "", "base URL of an OTLP/HTTP receiver such as an OpenTelemetry Collector, e.g. http://otel-collector:4318, switches tracing on: spans of requests, GraphQL operations, resolvers and SQL statements are posted to its /v1/traces; empty: no tracing"},
	{"otel-sample-ratio", "ROSTER_OTEL_SAMPLE_RATIO", strconv.FormatFloat(tracing.DefaultSampleRatio, 'f', -1, 64), "share of the traces that start at Roster which are recorded, from 0 to 1; a request with a W3C traceparent header follows the caller's sampling decision instead"},
	{"pprof", "ROSTER_PPROF", "false", "true serves Go's profiles (/debug/pprof/: CPU, heap, goroutines, execution trace) on the --metrics-addr listener, for looking into where an instance spends its time; needs --metrics-addr"},
	{"memory-limit", "ROSTER_MEMORY_LIMIT", "auto", "soft memory limit of the Go runtime for roster serve, such as 200MiB or 1GiB: the garbage collector works harder rather than let the process grow past it; auto is 16 MiB plus 64 MiB per password hash that may run at once (one per two processors): 80 MiB on two processors; GOMEMLIMIT, when set, wins; 0 sets none"},
	{"metrics-addr", "ROSTER_METRICS_ADDR", "", "listen address (host:port) of a separate listener for Prometheus's /metrics, without a credential, e.g. 10.0.0.5:9090; empty serves /metrics on the main listener to callers holding settings:manage"},
}

// retentionFlags maps the retention settings to their fields.
func (r *Retention) flags() []struct {
	flag string
	dst  *time.Duration
} {
	return []struct {
		flag string
		dst  *time.Duration
	}{
		{"retention-sent-mails", &r.SentMails},
		{"retention-dead-mails", &r.DeadMails},
		{"retention-webhook-deliveries", &r.Deliveries},
		{"retention-dead-webhook-deliveries", &r.DeadDeliveries},
		{"retention-sessions", &r.Sessions},
		{"retention-tokens", &r.Tokens},
		{"retention-history", &r.History},
	}
}

// ParseAge reads a retention age: a whole number of days with the suffix
// d ("30d"), a Go duration ("12h", "90m"), or 0 for no limit. Negative
// ages are refused.
func ParseAge(s string) (time.Duration, error) {
	s = strings.TrimSpace(s)
	if s == "0" {
		return 0, nil
	}
	if days, ok := strings.CutSuffix(s, "d"); ok {
		n, err := strconv.Atoi(days)
		if err != nil || n < 0 || n > 100*365 {
			return 0, fmt.Errorf("%q is not a number of days such as 30d", s)
		}
		return time.Duration(n) * 24 * time.Hour, nil
	}
	d, err := time.ParseDuration(s)
	if err != nil || d < 0 {
		return 0, fmt.Errorf("%q is not an age such as 30d, 12h or 0", s)
	}
	return d, nil
}

// Register defines the settings' flags on fs, with defaults taken from the
// environment, and returns a function that builds the Config after
// fs.Parse.
//
// A Secret setting's variable is not made the flag's default, since -h
// prints defaults and the value may hold a password; it is applied when
// the Config is built, unless the flag was given.
func Register(fs *flag.FlagSet, getenv func(string) string) func() (Config, error) {
	vals := map[string]*string{}
	secretEnv := map[string]string{}
	for _, s := range Settings {
		def := s.Default
		usage := s.Usage + " (env " + s.Env + ")"
		if v := getenv(s.Env); v != "" {
			if s.Secret() {
				secretEnv[s.Flag] = v
				usage = s.Usage + " (env " + s.Env + ", set; its value is not shown)"
			} else {
				def = v
			}
		}
		vals[s.Flag] = fs.String(s.Flag, def, usage)
	}
	return func() (Config, error) {
		given := map[string]bool{}
		fs.Visit(func(f *flag.Flag) { given[f.Name] = true })
		for name, v := range secretEnv {
			if !given[name] {
				*vals[name] = v
			}
		}
		c := Config{
			Addr:          *vals["addr"],
			DatabaseURL:   *vals["database-url"],
			LogLevel:      *vals["log-level"],
			LogFormat:     *vals["log-format"],
			AdminEmail:    *vals["admin-email"],
			PublicURL:     *vals["public-url"],
			TLSCert:       *vals["tls-cert"],
			TLSKey:        *vals["tls-key"],
			OIDCProviders: *vals["oidc-providers"],
			FrontendURL:   *vals["frontend-url"],
			SMTPURL:       *vals["smtp-url"],
			MailFrom:      *vals["mail-from"],
			OIDCStateKey:  *vals["oidc-state-key"],
			MetricsAddr:   strings.TrimSpace(*vals["metrics-addr"]),
			Tracing:       Tracing{Endpoint: strings.TrimSpace(*vals["otel-endpoint"])},
		}
		for _, o := range strings.Split(*vals["cors-origins"], ",") {
			if o = strings.TrimSpace(o); o != "" {
				c.CORSOrigins = append(c.CORSOrigins, o)
			}
		}
		proxies, err := parseProxies(*vals["trusted-proxies"])
		if err != nil {
			return Config{}, err
		}
		c.TrustedProxies = proxies
		migrate, err := strconv.ParseBool(*vals["migrate"])
		if err != nil {
			return Config{}, fmt.Errorf("config: migrate must be true or false, got %q", *vals["migrate"])
		}
		c.Migrate = migrate
		allow, err := strconv.ParseBool(*vals["webhook-allow-private"])
		if err != nil {
			return Config{}, fmt.Errorf("config: webhook-allow-private must be true or false, got %q", *vals["webhook-allow-private"])
		}
		c.WebhookAllowPrivate = allow
		n, err := strconv.Atoi(*vals["demo-users"])
		if err != nil || n < 0 {
			return Config{}, fmt.Errorf("config: demo-users must be a whole number ≥ 0, got %q", *vals["demo-users"])
		}
		c.DemoUsers = n
		if err := c.parseGraphQL(vals); err != nil {
			return Config{}, err
		}
		d, err := time.ParseDuration(*vals["statement-timeout"])
		if err != nil || d < 0 {
			return Config{}, fmt.Errorf("config: statement-timeout must be a duration such as 5s or 1500ms (0 for no limit), got %q", *vals["statement-timeout"])
		}
		c.StatementTimeout = d
		ratio, err := strconv.ParseFloat(strings.TrimSpace(*vals["otel-sample-ratio"]), 64)
		if err != nil || !(ratio >= 0 && ratio <= 1) {
			return Config{}, fmt.Errorf("config: otel-sample-ratio must be a number from 0 to 1 such as 0.1, got %q", *vals["otel-sample-ratio"])
		}
		c.Tracing.SampleRatio = ratio
		pprof, err := strconv.ParseBool(*vals["pprof"])
		if err != nil {
			return Config{}, fmt.Errorf("config: pprof must be true or false, got %q", *vals["pprof"])
		}
		c.Pprof = pprof
		limit, err := ParseSize(*vals["memory-limit"])
		if err != nil {
			return Config{}, fmt.Errorf("config: memory-limit: %w", err)
		}
		c.MemoryLimit = limit
		for _, r := range c.Retention.flags() {
			age, err := ParseAge(*vals[r.flag])
			if err != nil {
				return Config{}, fmt.Errorf("config: %s: %w", r.flag, err)
			}
			*r.dst = age
		}
		if err := c.validate(); err != nil {
			return Config{}, err
		}
		return c, nil
	}
}

// parseGraphQL reads the GraphQL request limits and document settings.
func (c *Config) parseGraphQL(vals map[string]*string) error {
	limits := []struct {
		flag string
		dst  *int
	}{
		{"graphql-max-depth", &c.Limits.MaxDepth},
		{"graphql-max-aliases", &c.Limits.MaxAliases},
		{"graphql-max-root-fields", &c.Limits.MaxRootFields},
		{"graphql-max-mutations", &c.Limits.MaxMutations},
		{"graphql-max-tokens", &c.Limits.MaxTokens},
		{"graphql-max-complexity", &c.Limits.MaxComplexity},
		{"graphql-max-password-hashes", &c.Limits.MaxPasswordHashes},
		{"graphql-max-mails", &c.Limits.MaxMails},
	}
	for _, l := range limits {
		n, err := strconv.Atoi(*vals[l.flag])
		if err != nil || n < 1 {
			return fmt.Errorf("config: %s must be a whole number ≥ 1, got %q", l.flag, *vals[l.flag])
		}
		*l.dst = n
	}
	bools := []struct {
		flag string
		dst  *bool
	}{
		{"graphql-introspection", &c.Limits.DisableIntrospection},
		{"graphql-apq", &c.APQ},
		{"graphql-trusted-documents", &c.TrustedDocuments},
	}
	for _, b := range bools {
		v, err := strconv.ParseBool(*vals[b.flag])
		if err != nil {
			return fmt.Errorf("config: %s must be true or false, got %q", b.flag, *vals[b.flag])
		}
		*b.dst = v
	}
	c.Limits.DisableIntrospection = !c.Limits.DisableIntrospection
	c.Documents = *vals["graphql-documents"]
	if c.TrustedDocuments && c.Documents == "" {
		return errors.New("config: graphql-trusted-documents needs graphql-documents: the manifest of the documents to run")
	}
	return nil
}

// parseProxies reads a comma-separated list of addresses (one host) and
// CIDR networks.
func parseProxies(list string) ([]netip.Prefix, error) {
	var out []netip.Prefix
	for _, item := range strings.Split(list, ",") {
		item = strings.TrimSpace(item)
		if item == "" {
			continue
		}
		if strings.Contains(item, "/") {
			p, err := netip.ParsePrefix(item)
			if err != nil {
				return nil, fmt.Errorf("config: trusted-proxies: %q is not an address or a CIDR network such as 10.0.0.0/8", item)
			}
			out = append(out, p.Masked())
			continue
		}
		a, err := netip.ParseAddr(item)
		if err != nil {
			return nil, fmt.Errorf("config: trusted-proxies: %q is not an address or a CIDR network such as 10.0.0.0/8", item)
		}
		a = a.Unmap()
		out = append(out, netip.PrefixFrom(a, a.BitLen()))
	}
	return out, nil
}

func (c Config) validate() error {
	if _, _, err := net.SplitHostPort(c.Addr); err != nil {
		return fmt.Errorf("config: addr %q is not host:port", c.Addr)
	}
	if c.Pprof && c.MetricsAddr == "" {
		return errors.New("config: pprof needs metrics-addr: the profiles are served only on that listener, never on the main one")
	}
	if c.MetricsAddr != "" {
		if _, _, err := net.SplitHostPort(c.MetricsAddr); err != nil {
			return fmt.Errorf("config: metrics-addr %q is not host:port", c.MetricsAddr)
		}
		if c.MetricsAddr == c.Addr {
			return fmt.Errorf("config: metrics-addr must differ from addr (%s): it is a listener of its own", c.Addr)
		}
	}
	if c.Tracing.Endpoint != "" {
		if _, err := tracing.TracesURL(c.Tracing.Endpoint); err != nil {
			return fmt.Errorf("config: otel-endpoint: %w", err)
		}
	}
	if (c.TLSCert == "") != (c.TLSKey == "") {
		return fmt.Errorf("config: tls-cert and tls-key go together")
	}
	if c.PublicURL != "" {
		u, err := url.Parse(c.PublicURL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return fmt.Errorf("config: public-url must be an http(s) URL such as https://id.example.com, got %q", c.PublicURL)
		}
	}
	if _, err := c.SlogLevel(); err != nil {
		return err
	}
	if c.LogFormat != "text" && c.LogFormat != "json" {
		return fmt.Errorf("config: log-format must be text or json, got %q", c.LogFormat)
	}
	return c.validateMail()
}

// validateMail checks the SMTP settings by building the transport once.
// Its errors never quote smtp-url, which may hold a password.
func (c Config) validateMail() error {
	if c.MailFrom != "" {
		if _, err := netmail.ParseAddress(c.MailFrom); err != nil {
			return fmt.Errorf(`config: mail-from must be an address such as "Roster <no-reply@example.com>", got %q`, c.MailFrom)
		}
	}
	if c.SMTPURL == "" {
		return nil
	}
	if c.MailFrom == "" {
		return errors.New(`config: mail-from is required with smtp-url: the sender address of mails, such as "Roster <no-reply@example.com>"`)
	}
	if _, err := mail.NewSMTPTransport(c.SMTPURL, c.MailFrom); err != nil {
		// NewSMTPTransport keeps the password out of its errors.
		return fmt.Errorf("config: smtp-url: %s", strings.TrimPrefix(err.Error(), "mail: smtp: "))
	}
	return nil
}

// BaseURL returns the public URL without a trailing slash: PublicURL when
// set, else derived from Addr and whether TLS is on.
func (c Config) BaseURL() string {
	if c.PublicURL != "" {
		return strings.TrimRight(c.PublicURL, "/")
	}
	scheme := "http"
	if c.TLSCert != "" {
		scheme = "https"
	}
	return scheme + "://" + c.Addr
}

// SecureCookies reports whether cookies must carry the Secure flag.
func (c Config) SecureCookies() bool { return strings.HasPrefix(c.BaseURL(), "https://") }

// SlogLevel returns the log level as a slog.Level.
func (c Config) SlogLevel() (slog.Level, error) {
	var l slog.Level
	if err := l.UnmarshalText([]byte(c.LogLevel)); err != nil {
		return 0, fmt.Errorf("config: log-level must be debug, info, warn or error, got %q", c.LogLevel)
	}
	return l, nil
}

// Logger builds the logger the configuration asks for, writing to stderr.
func (c Config) Logger() *slog.Logger {
	level, _ := c.SlogLevel()
	opts := &slog.HandlerOptions{Level: level}
	if c.LogFormat == "json" {
		return slog.New(slog.NewJSONHandler(os.Stderr, opts))
	}
	return slog.New(slog.NewTextHandler(os.Stderr, opts))
}
