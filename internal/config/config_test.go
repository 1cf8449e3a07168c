package config_test

import (
	"flag"
	"io"
	"log/slog"
	"net/netip"
	"net/url"
	"reflect"
	"runtime/debug"
	"strings"
	"testing"
	"time"

	"github.com/rosterhq/roster/internal/config"
	"github.com/rosterhq/roster/internal/password"
	"github.com/rosterhq/roster/internal/requestlimit"
)

const day = 24 * time.Hour

// load registers the settings on a fresh flag set with env as the
// environment, parses args and builds the Config.
func load(t *testing.T, env map[string]string, args ...string) (config.Config, error) {
	t.Helper()
	fs := flag.NewFlagSet("roster", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	build := config.Register(fs, func(k string) string { return env[k] })
	if err := fs.Parse(args); err != nil {
		t.Fatalf("parse %q: %v", args, err)
	}
	return build()
}

func mustLoad(t *testing.T, env map[string]string, args ...string) config.Config {
	t.Helper()
	c, err := load(t, env, args...)
	if err != nil {
		t.Fatalf("load env=%v args=%q: %v", env, args, err)
	}
	return c
}

func TestDefaults(t *testing.T) {
	got := mustLoad(t, nil)
	want := config.Config{
		Addr:        "127.0.0.1:8080",
		DatabaseURL: "",
		LogLevel:    "info",
		LogFormat:   "text",
		CORSOrigins: nil,
		DemoUsers:   0,
		AdminEmail:  "admin@localhost",
		Limits:      requestlimit.Policy{}.WithDefaults(),
		APQ:         true,
		// Every statement is bounded unless an operator says otherwise.
		StatementTimeout: 5 * time.Second,
		// The history is kept for ever unless an operator says otherwise.
		Retention: config.Retention{SentMails: 30 * day, DeadMails: 90 * day, Deliveries: 30 * day, DeadDeliveries: 90 * day,
			Sessions: 7 * day, Tokens: 7 * day, History: 0},
		// Tracing is off; switched on, it records every trace.
		Tracing:     config.Tracing{SampleRatio: 1},
		MemoryLimit: config.AutoMemoryLimit,
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("defaults:\n got %+v\nwant %+v", got, want)
	}
	if got.BaseURL() != "http://127.0.0.1:8080" || got.SecureCookies() {
		t.Fatalf("BaseURL() = %q, SecureCookies() = %v; want http://127.0.0.1:8080, false", got.BaseURL(), got.SecureCookies())
	}
	level, err := got.SlogLevel()
	if err != nil || level != slog.LevelInfo {
		t.Fatalf("SlogLevel() = %v, %v; want INFO", level, err)
	}
}

func TestSettingsRegisterFlags(t *testing.T) {
	fs := flag.NewFlagSet("roster", flag.ContinueOnError)
	config.Register(fs, func(string) string { return "" })
	seenFlag, seenEnv := map[string]bool{}, map[string]bool{}
	for _, s := range config.Settings {
		if seenFlag[s.Flag] || seenEnv[s.Env] {
			t.Errorf("setting %s/%s is listed twice", s.Flag, s.Env)
		}
		seenFlag[s.Flag], seenEnv[s.Env] = true, true
		f := fs.Lookup(s.Flag)
		if f == nil {
			t.Errorf("flag -%s is not registered", s.Flag)
			continue
		}
		if f.DefValue != s.Default {
			t.Errorf("flag -%s default = %q, want %q", s.Flag, f.DefValue, s.Default)
		}
		if !strings.Contains(f.Usage, s.Env) {
			t.Errorf("flag -%s usage %q does not name %s", s.Flag, f.Usage, s.Env)
		}
	}
	// TLSCert and TLSKey share one field declaration but are two fields;
	// Limits holds one setting per field of its own.
	// So do Retention and Tracing.
	n := reflect.TypeOf(config.Config{}).NumField() - 3 + reflect.TypeOf(requestlimit.Policy{}).NumField() +
		reflect.TypeOf(config.Retention{}).NumField() + reflect.TypeOf(config.Tracing{}).NumField()
	if len(config.Settings) != n {
		t.Errorf("%d settings for %d Config fields", len(config.Settings), n)
	}
}

// fullEnv sets every variable.
var fullEnv = map[string]string{
	"ROSTER_ADDR":                              "localhost:9090",
	"DATABASE_URL":                             "postgres://u:p@db:5432/roster",
	"ROSTER_MIGRATE":                           "true",
	"ROSTER_LOG_LEVEL":                         "debug",
	"ROSTER_LOG_FORMAT":                        "json",
	"ROSTER_CORS_ORIGINS":                      "https://a.example.com",
	"ROSTER_DEMO_USERS":                        "200",
	"ROSTER_ADMIN_EMAIL":                       "root@example.com",
	"ROSTER_PUBLIC_URL":                        "https://id.example.com",
	"ROSTER_TRUSTED_PROXIES":                   "10.0.0.0/8",
	"ROSTER_TLS_CERT":                          "/etc/roster/cert.pem",
	"ROSTER_TLS_KEY":                           "/etc/roster/key.pem",
	"ROSTER_FRONTEND_URL":                      "https://app.example.com",
	"ROSTER_SMTP_URL":                          "smtp://roster:mail-pw@smtp.example.com:587",
	"ROSTER_MAIL_FROM":                         "Roster <no-reply@example.com>",
	"ROSTER_OIDC_PROVIDERS":                    `[{"name":"env"}]`,
	"ROSTER_OIDC_STATE_KEY":                    "c3RhdGU=",
	"ROSTER_WEBHOOK_ALLOW_PRIVATE":             "true",
	"ROSTER_GRAPHQL_MAX_DEPTH":                 "11",
	"ROSTER_GRAPHQL_MAX_ALIASES":               "12",
	"ROSTER_GRAPHQL_MAX_ROOT_FIELDS":           "13",
	"ROSTER_GRAPHQL_MAX_MUTATIONS":             "14",
	"ROSTER_GRAPHQL_MAX_TOKENS":                "1500",
	"ROSTER_GRAPHQL_MAX_COMPLEXITY":            "1600",
	"ROSTER_GRAPHQL_MAX_PASSWORD_HASHES":       "2",
	"ROSTER_GRAPHQL_MAX_MAILS":                 "4",
	"ROSTER_GRAPHQL_INTROSPECTION":             "false",
	"ROSTER_GRAPHQL_APQ":                       "false",
	"ROSTER_GRAPHQL_DOCUMENTS":                 "/etc/roster/documents.json",
	"ROSTER_GRAPHQL_TRUSTED_DOCUMENTS":         "true",
	"ROSTER_STATEMENT_TIMEOUT":                 "2500ms",
	"ROSTER_RETENTION_SENT_MAILS":              "1d",
	"ROSTER_RETENTION_DEAD_MAILS":              "2d",
	"ROSTER_RETENTION_WEBHOOK_DELIVERIES":      "3d",
	"ROSTER_RETENTION_DEAD_WEBHOOK_DELIVERIES": "4d",
	"ROSTER_RETENTION_SESSIONS":                "5h",
	"ROSTER_RETENTION_TOKENS":                  "90m",
	"ROSTER_RETENTION_HISTORY":                 "3650d",
	"ROSTER_METRICS_ADDR":                      "10.0.0.5:9090",
	"ROSTER_MEMORY_LIMIT":                      "1GiB",
	"ROSTER_PPROF":                             "true",
	"ROSTER_OTEL_ENDPOINT":                     "http://otel-collector:4318",
	"ROSTER_OTEL_SAMPLE_RATIO":                 "0.25",
}

func TestEnvOverridesDefault(t *testing.T) {
	if len(fullEnv) != len(config.Settings) {
		t.Fatalf("fullEnv sets %d variables, there are %d settings", len(fullEnv), len(config.Settings))
	}
	got := mustLoad(t, fullEnv)
	want := config.Config{
		Addr:                "localhost:9090",
		DatabaseURL:         "postgres://u:p@db:5432/roster",
		Migrate:             true,
		LogLevel:            "debug",
		LogFormat:           "json",
		CORSOrigins:         []string{"https://a.example.com"},
		DemoUsers:           200,
		AdminEmail:          "root@example.com",
		PublicURL:           "https://id.example.com",
		TrustedProxies:      []netip.Prefix{netip.MustParsePrefix("10.0.0.0/8")},
		TLSCert:             "/etc/roster/cert.pem",
		TLSKey:              "/etc/roster/key.pem",
		FrontendURL:         "https://app.example.com",
		SMTPURL:             "smtp://roster:mail-pw@smtp.example.com:587",
		MailFrom:            "Roster <no-reply@example.com>",
		OIDCProviders:       `[{"name":"env"}]`,
		OIDCStateKey:        "c3RhdGU=",
		WebhookAllowPrivate: true,
		Limits: requestlimit.Policy{MaxDepth: 11, MaxAliases: 12, MaxRootFields: 13, MaxMutations: 14, MaxTokens: 1500,
			MaxComplexity: 1600, MaxPasswordHashes: 2, MaxMails: 4, DisableIntrospection: true},
		Documents:        "/etc/roster/documents.json",
		TrustedDocuments: true,
		StatementTimeout: 2500 * time.Millisecond,
		Retention: config.Retention{SentMails: day, DeadMails: 2 * day, Deliveries: 3 * day, DeadDeliveries: 4 * day,
			Sessions: 5 * time.Hour, Tokens: 90 * time.Minute, History: 3650 * day},
		MetricsAddr: "10.0.0.5:9090",
		Tracing:     config.Tracing{Endpoint: "http://otel-collector:4318", SampleRatio: 0.25},
		MemoryLimit: 1 << 30,
		Pprof:       true,
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("env:\n got %+v\nwant %+v", got, want)
	}
	if l, _ := got.SlogLevel(); l != slog.LevelDebug {
		t.Fatalf("SlogLevel() = %v, want DEBUG", l)
	}
}

func TestFlagOverridesEnv(t *testing.T) {
	got := mustLoad(t, fullEnv,
		"-addr", "[::1]:7070",
		"-database-url", "sqlite:/tmp/x.db",
		"-migrate", "false",
		"-log-level", "error",
		"-log-format", "text",
		"-cors-origins", "https://b.example.com",
		"-demo-users", "3",
		"-admin-email", "boss@example.com",
		"-public-url", "http://roster.internal:7070",
		"-trusted-proxies", "192.0.2.1",
		"-tls-cert", "c.pem",
		"-tls-key", "k.pem",
		"-frontend-url", "https://web.example.com",
		"-smtp-url", "smtps://relay.example.net",
		"-mail-from", "ops@example.net",
		"-oidc-providers", "[]",
		"-oidc-state-key", "a2V5",
		"-webhook-allow-private", "false",
		"-graphql-max-depth", "21",
		"-graphql-max-aliases", "22",
		"-graphql-max-root-fields", "23",
		"-graphql-max-mutations", "24",
		"-graphql-max-tokens", "2500",
		"-graphql-max-complexity", "2600",
		"-graphql-max-password-hashes", "3",
		"-graphql-max-mails", "5",
		"-graphql-introspection", "true",
		"-graphql-apq", "true",
		"-graphql-documents", "docs.json",
		"-graphql-trusted-documents", "false",
		"-statement-timeout", "0",
		"-retention-sent-mails", "0",
		"-retention-dead-mails", "0",
		"-retention-webhook-deliveries", "0",
		"-retention-dead-webhook-deliveries", "0",
		"-retention-sessions", "0",
		"-retention-tokens", "0",
		"-retention-history", "0",
		"-metrics-addr", "127.0.0.1:9091",
		"-memory-limit", "0",
		"-pprof", "false",
		"-otel-endpoint", "https://traces.example.com/otlp/",
		"-otel-sample-ratio", "0",
	)
	want := config.Config{
		Addr:           "[::1]:7070",
		DatabaseURL:    "sqlite:/tmp/x.db",
		LogLevel:       "error",
		LogFormat:      "text",
		CORSOrigins:    []string{"https://b.example.com"},
		DemoUsers:      3,
		AdminEmail:     "boss@example.com",
		PublicURL:      "http://roster.internal:7070",
		TrustedProxies: []netip.Prefix{netip.MustParsePrefix("192.0.2.1/32")},
		TLSCert:        "c.pem",
		TLSKey:         "k.pem",
		FrontendURL:    "https://web.example.com",
		SMTPURL:        "smtps://relay.example.net",
		MailFrom:       "ops@example.net",
		OIDCProviders:  "[]",
		OIDCStateKey:   "a2V5",
		Limits: requestlimit.Policy{MaxDepth: 21, MaxAliases: 22, MaxRootFields: 23, MaxMutations: 24, MaxTokens: 2500,
			MaxComplexity: 2600, MaxPasswordHashes: 3, MaxMails: 5},
		APQ:         true,
		Documents:   "docs.json",
		MetricsAddr: "127.0.0.1:9091",
		Tracing:     config.Tracing{Endpoint: "https://traces.example.com/otlp/"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("flags:\n got %+v\nwant %+v", got, want)
	}
}

// TestRetentionAges: ages are days, Go durations or 0; anything else, a
// negative age included, stops the start naming the setting.
func TestRetentionAges(t *testing.T) {
	for in, want := range map[string]time.Duration{"0": 0, "30d": 30 * day, "0d": 0, "12h": 12 * time.Hour, " 90m ": 90 * time.Minute, "1h30m": 90 * time.Minute} {
		got, err := config.ParseAge(in)
		if err != nil || got != want {
			t.Errorf("ParseAge(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, in := range []string{"", "30", "-1d", "-5h", "1.5d", "d", "30 days", "99999999d"} {
		if _, err := load(t, nil, "-retention-sessions", in); err == nil || !strings.Contains(err.Error(), "retention-sessions") {
			t.Errorf("retention-sessions %q: err = %v, want an error naming the setting", in, err)
		}
	}
	now := time.Date(2026, 11, 30, 12, 0, 0, 0, time.UTC)
	if got := config.Cutoff(now, 0); !got.IsZero() {
		t.Errorf("Cutoff(now, 0) = %v, want the zero time (keep for ever)", got)
	}
	if got := config.Cutoff(now, 2*day); !got.Equal(now.Add(-48 * time.Hour)) {
		t.Errorf("Cutoff(now, 2d) = %v", got)
	}
}

func TestEmptyEnvKeepsDefault(t *testing.T) {
	got := mustLoad(t, map[string]string{"ROSTER_ADDR": "", "ROSTER_LOG_LEVEL": ""})
	if got.Addr != "127.0.0.1:8080" || got.LogLevel != "info" {
		t.Fatalf("empty variables changed the defaults: %+v", got)
	}
}

func TestAddr(t *testing.T) {
	tests := []struct {
		addr string
		ok   bool
	}{
		// Since authentication exists, any host:port may be listened on.
		{"127.0.0.1:8080", true},
		{"127.0.0.1:0", true},
		{"[::1]:8080", true},
		{"localhost:8080", true},
		{"0.0.0.0:8080", true},
		{"192.0.2.1:80", true},
		{"[::]:8080", true},
		{":8080", true},
		{"8080", false},
		{"127.0.0.1", false},
		{"[::1", false},
		{"::1:8080", false},
		{"", false},
	}
	for _, tt := range tests {
		t.Run(tt.addr, func(t *testing.T) {
			c, err := load(t, nil, "-addr", tt.addr)
			if tt.ok {
				if err != nil {
					t.Fatalf("addr %q refused: %v", tt.addr, err)
				}
				if c.Addr != tt.addr {
					t.Fatalf("Addr = %q, want %q", c.Addr, tt.addr)
				}
				return
			}
			if err == nil {
				t.Fatalf("addr %q accepted, want an error", tt.addr)
			}
			if !strings.Contains(err.Error(), tt.addr) {
				t.Fatalf("error %q does not name the address %q", err, tt.addr)
			}
		})
	}
}

func TestInvalidValues(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		env     map[string]string
		wantErr string
	}{
		{"log level", []string{"-log-level", "verbose"}, nil, "log-level"},
		{"metrics addr not host:port", []string{"-metrics-addr", "9090"}, nil, "metrics-addr"},
		{"memory limit without a unit", []string{"-memory-limit", "100"}, nil, "memory-limit"},
		{"pprof without metrics addr", []string{"-pprof", "true"}, nil, "pprof needs metrics-addr"},
		{"pprof not a boolean", []string{"-pprof=sometimes", "-metrics-addr", "127.0.0.1:9091"}, nil, "pprof must be true or false"},
		{"memory limit in MB", []string{"-memory-limit", "100MB"}, nil, "memory-limit"},
		{"negative memory limit", []string{"-memory-limit", "-1MiB"}, nil, "memory-limit"},
		{"metrics addr is the main address", []string{"-addr", "127.0.0.1:8080", "-metrics-addr", "127.0.0.1:8080"}, nil, "metrics-addr must differ"},
		{"empty log level", []string{"-log-level", ""}, nil, "log-level"},
		{"log level from env", nil, map[string]string{"ROSTER_LOG_LEVEL": "trace"}, "log-level"},
		{"log format", []string{"-log-format", "xml"}, nil, "log-format"},
		{"log format case", []string{"-log-format", "JSON"}, nil, "log-format"},
		{"demo users not a number", []string{"-demo-users", "many"}, nil, "demo-users"},
		{"demo users negative", []string{"-demo-users", "-1"}, nil, "demo-users"},
		{"demo users empty", []string{"-demo-users", ""}, nil, "demo-users"},
		{"demo users from env", nil, map[string]string{"ROSTER_DEMO_USERS": "1.5"}, "demo-users"},
		{"migrate not a boolean", []string{"-migrate", "yes please"}, nil, "migrate"},
		{"migrate from env", nil, map[string]string{"ROSTER_MIGRATE": "always"}, "migrate"},
		{"otel endpoint without scheme", []string{"-otel-endpoint", "otel-collector:4318"}, nil, "otel-endpoint"},
		{"otel endpoint grpc scheme", []string{"-otel-endpoint", "grpc://otel-collector:4317"}, nil, "otel-endpoint"},
		{"otel endpoint with credentials", []string{"-otel-endpoint", "https://user:secret@traces.example.com"}, nil, "OTEL_EXPORTER_OTLP_HEADERS"},
		{"otel endpoint with query", []string{"-otel-endpoint", "https://traces.example.com/?token=x"}, nil, "otel-endpoint"},
		{"otel sample ratio above 1", []string{"-otel-sample-ratio", "1.5"}, nil, "otel-sample-ratio"},
		{"otel sample ratio negative", []string{"-otel-sample-ratio", "-0.1"}, nil, "otel-sample-ratio"},
		{"otel sample ratio NaN", []string{"-otel-sample-ratio", "NaN"}, nil, "otel-sample-ratio"},
		{"otel sample ratio from env", nil, map[string]string{"ROSTER_OTEL_SAMPLE_RATIO": "half"}, "otel-sample-ratio"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := load(t, tt.env, tt.args...)
			if err == nil {
				t.Fatalf("accepted: %+v", c)
			}
			if !strings.Contains(err.Error(), tt.wantErr) {
				t.Fatalf("error %q does not mention %q", err, tt.wantErr)
			}
			if !reflect.DeepEqual(c, config.Config{}) {
				t.Fatalf("an error came with a non-zero config: %+v", c)
			}
		})
	}
}

func TestLogLevels(t *testing.T) {
	for in, want := range map[string]slog.Level{
		"debug": slog.LevelDebug, "info": slog.LevelInfo, "warn": slog.LevelWarn, "error": slog.LevelError,
	} {
		c := mustLoad(t, nil, "-log-level", in)
		got, err := c.SlogLevel()
		if err != nil || got != want {
			t.Errorf("log level %q: SlogLevel() = %v, %v; want %v", in, got, err, want)
		}
		if c.Logger() == nil {
			t.Errorf("log level %q: Logger() is nil", in)
		}
		if !c.Logger().Enabled(t.Context(), want) || c.Logger().Enabled(t.Context(), want-1) {
			t.Errorf("log level %q: logger does not filter at %v", in, want)
		}
	}
}

func TestTrustedProxies(t *testing.T) {
	got := mustLoad(t, map[string]string{"ROSTER_TRUSTED_PROXIES": " 10.1.2.3/8, 192.0.2.1,fd00::/8 ,::ffff:198.51.100.7,"})
	want := []netip.Prefix{netip.MustParsePrefix("10.0.0.0/8"), netip.MustParsePrefix("192.0.2.1/32"),
		netip.MustParsePrefix("fd00::/8"), netip.MustParsePrefix("198.51.100.7/32")}
	if !reflect.DeepEqual(got.TrustedProxies, want) {
		t.Fatalf("TrustedProxies = %v, want %v", got.TrustedProxies, want)
	}
	for _, bad := range []string{"10.0.0.0/33", "proxy.example.com", "10.0.0"} {
		if _, err := load(t, map[string]string{"ROSTER_TRUSTED_PROXIES": bad}); err == nil || !strings.Contains(err.Error(), "trusted-proxies") {
			t.Errorf("%q: err = %v, want a trusted-proxies error", bad, err)
		}
	}
}

func TestCORSOrigins(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{" , ,", nil},
		{"https://a.example.com", []string{"https://a.example.com"}},
		{" https://a.example.com , https://b.example.com:8443,,", []string{"https://a.example.com", "https://b.example.com:8443"}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			fromFlag := mustLoad(t, nil, "-cors-origins", tt.in)
			if !reflect.DeepEqual(fromFlag.CORSOrigins, tt.want) {
				t.Errorf("flag %q: CORSOrigins = %q, want %q", tt.in, fromFlag.CORSOrigins, tt.want)
			}
			fromEnv := mustLoad(t, map[string]string{"ROSTER_CORS_ORIGINS": tt.in})
			if !reflect.DeepEqual(fromEnv.CORSOrigins, tt.want) {
				t.Errorf("env %q: CORSOrigins = %q, want %q", tt.in, fromEnv.CORSOrigins, tt.want)
			}
		})
	}
}

func TestTLSAndPublicURL(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		base    string // BaseURL(), when valid
		secure  bool
		wantErr string
	}{
		{name: "plain", args: nil, base: "http://127.0.0.1:8080"},
		{name: "any interface", args: []string{"-addr", "0.0.0.0:9000"}, base: "http://0.0.0.0:9000"},
		{name: "tls", args: []string{"-tls-cert", "c.pem", "-tls-key", "k.pem"}, base: "https://127.0.0.1:8080", secure: true},
		{name: "cert without key", args: []string{"-tls-cert", "c.pem"}, wantErr: "tls-cert and tls-key"},
		{name: "key without cert", args: []string{"-tls-key", "k.pem"}, wantErr: "tls-cert and tls-key"},
		{name: "https public url", args: []string{"-public-url", "https://id.example.com/"}, base: "https://id.example.com", secure: true},
		{name: "https public url with path", args: []string{"-public-url", "https://example.com/roster//"}, base: "https://example.com/roster", secure: true},
		{name: "http public url", args: []string{"-public-url", "http://roster.internal:8080"}, base: "http://roster.internal:8080"},
		{name: "public url wins over tls", args: []string{"-public-url", "https://id.example.com", "-tls-cert", "c", "-tls-key", "k"}, base: "https://id.example.com", secure: true},
		{name: "public url without scheme", args: []string{"-public-url", "id.example.com"}, wantErr: "public-url"},
		{name: "public url ftp", args: []string{"-public-url", "ftp://id.example.com"}, wantErr: "public-url"},
		{name: "public url without host", args: []string{"-public-url", "https://"}, wantErr: "public-url"},
		{name: "public url unparsable", args: []string{"-public-url", "https://id.example.com:port%zz"}, wantErr: "public-url"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := load(t, nil, tt.args...)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want one about %q (config %+v)", err, tt.wantErr, c)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if c.BaseURL() != tt.base || c.SecureCookies() != tt.secure {
				t.Fatalf("BaseURL() = %q, SecureCookies() = %v; want %q, %v", c.BaseURL(), c.SecureCookies(), tt.base, tt.secure)
			}
		})
	}
}

func TestSecretSettings(t *testing.T) {
	var secret []string
	for _, s := range config.Settings {
		if s.Secret() {
			secret = append(secret, s.Flag)
		}
	}
	want := []string{"database-url", "smtp-url", "oidc-providers", "oidc-state-key"}
	if !reflect.DeepEqual(secret, want) {
		t.Fatalf("secret settings = %q, want %q", secret, want)
	}
}

// TestHelpHidesSecrets: -h prints each flag's default, and defaults come
// from the environment; values that may hold a secret must not appear.
func TestHelpHidesSecrets(t *testing.T) {
	env := map[string]string{
		"DATABASE_URL":          "postgres://roster:db-secret-1@db:5432/roster",
		"ROSTER_SMTP_URL":       "smtp://roster:smtp-secret-2@smtp.example.com",
		"ROSTER_MAIL_FROM":      "no-reply@example.com",
		"ROSTER_OIDC_PROVIDERS": `[{"name":"idp","client_secret":"client-secret-3"}]`,
		"ROSTER_OIDC_STATE_KEY": "state-key-4",
		"ROSTER_ADDR":           "127.0.0.1:9999",
	}
	fs := flag.NewFlagSet("roster serve", flag.ContinueOnError)
	var help strings.Builder
	fs.SetOutput(&help)
	build := config.Register(fs, func(k string) string { return env[k] })
	if err := fs.Parse([]string{"-h"}); err != flag.ErrHelp {
		t.Fatalf("Parse(-h) = %v, want flag.ErrHelp", err)
	}
	out := help.String()
	for _, secret := range []string{"db-secret-1", "smtp-secret-2", "roster:", "client-secret-3", "state-key-4"} {
		if strings.Contains(out, secret) {
			t.Errorf("-h output shows %q:\n%s", secret, out)
		}
	}
	// Other settings still show the variable's value as the default.
	if !strings.Contains(out, `(default "127.0.0.1:9999")`) {
		t.Errorf("-h output lacks the addr default from the environment:\n%s", out)
	}
	if n := strings.Count(out, "its value is not shown"); n != 4 {
		t.Errorf("-h output says %d times that a set secret is not shown, want 4:\n%s", n, out)
	}

	// The variables still apply.
	c, err := build()
	if err != nil {
		t.Fatal(err)
	}
	if c.DatabaseURL != env["DATABASE_URL"] || c.SMTPURL != env["ROSTER_SMTP_URL"] ||
		c.OIDCProviders != env["ROSTER_OIDC_PROVIDERS"] || c.OIDCStateKey != env["ROSTER_OIDC_STATE_KEY"] {
		t.Fatalf("secrets not taken from the environment: %+v", c)
	}
}

func TestSecretFlagOverridesEnv(t *testing.T) {
	env := map[string]string{
		"DATABASE_URL":     "postgres://roster:pw@db:5432/roster",
		"ROSTER_SMTP_URL":  "smtp://roster:pw@smtp.example.com",
		"ROSTER_MAIL_FROM": "no-reply@example.com",
	}
	c := mustLoad(t, env, "-database-url", "sqlite:/tmp/r.db", "-smtp-url", "smtp://127.0.0.1:2525?tls=none")
	if c.DatabaseURL != "sqlite:/tmp/r.db" || c.SMTPURL != "smtp://127.0.0.1:2525?tls=none" {
		t.Fatalf("flags did not win: DatabaseURL = %q, SMTPURL = %q", c.DatabaseURL, c.SMTPURL)
	}
	// An empty flag wins too: back to the SQLite default and the log
	// transport.
	c = mustLoad(t, env, "--database-url=", "--smtp-url=")
	if c.DatabaseURL != "" || c.SMTPURL != "" {
		t.Fatalf("empty flags did not win: DatabaseURL = %q, SMTPURL = %q", c.DatabaseURL, c.SMTPURL)
	}
}

func TestSMTPSettings(t *testing.T) {
	const password = "pw-7Hq!x"
	withPassword := "smtp://roster:" + url.QueryEscape(password) + "@smtp.example.com"
	tests := []struct {
		name     string
		smtpURL  string
		mailFrom string
		wantErr  string // empty: valid
	}{
		{name: "log transport", smtpURL: "", mailFrom: ""},
		{name: "from alone", smtpURL: "", mailFrom: "no-reply@example.com"},
		{name: "starttls", smtpURL: withPassword + ":587", mailFrom: "Roster <no-reply@example.com>"},
		{name: "opportunistic", smtpURL: withPassword + "?starttls=opportunistic", mailFrom: "no-reply@example.com"},
		{name: "implicit tls", smtpURL: "smtps://roster:" + password + "@smtp.example.com", mailFrom: "no-reply@example.com"},
		{name: "local relay", smtpURL: "smtp://localhost:25?tls=none", mailFrom: "no-reply@example.com"},
		{name: "auth and helo", smtpURL: withPassword + "?auth=login&helo=roster.example.com", mailFrom: "no-reply@example.com"},

		{name: "no from", smtpURL: withPassword, mailFrom: "", wantErr: "mail-from"},
		{name: "bad from", smtpURL: withPassword, mailFrom: "no-reply", wantErr: "mail-from"},
		{name: "bad from alone", smtpURL: "", mailFrom: "Roster <no-reply", wantErr: "mail-from"},
		{name: "http scheme", smtpURL: "http://roster:" + password + "@smtp.example.com", mailFrom: "a@example.com", wantErr: "smtp-url"},
		{name: "no scheme", smtpURL: "smtp.example.com:587", mailFrom: "a@example.com", wantErr: "smtp-url"},
		{name: "no host", smtpURL: "smtp://roster:" + password + "@", mailFrom: "a@example.com", wantErr: "smtp-url"},
		{name: "bad port", smtpURL: withPassword + ":99999", mailFrom: "a@example.com", wantErr: "smtp-url"},
		{name: "unparsable port", smtpURL: withPassword + ":port%zz", mailFrom: "a@example.com", wantErr: "smtp-url"},
		{name: "unknown parameter", smtpURL: withPassword + "?tls=yes", mailFrom: "a@example.com", wantErr: "smtp-url"},
		{name: "tls on smtps", smtpURL: "smtps://smtp.example.com?tls=none", mailFrom: "a@example.com", wantErr: "smtp-url"},
		{name: "user without password", smtpURL: "smtp://roster@smtp.example.com", mailFrom: "a@example.com", wantErr: "smtp-url"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			env := map[string]string{"ROSTER_SMTP_URL": tt.smtpURL, "ROSTER_MAIL_FROM": tt.mailFrom}
			c, err := load(t, env)
			if tt.wantErr == "" {
				if err != nil {
					t.Fatalf("refused: %v", err)
				}
				if c.SMTPURL != tt.smtpURL || c.MailFrom != tt.mailFrom {
					t.Fatalf("SMTPURL = %q, MailFrom = %q", c.SMTPURL, c.MailFrom)
				}
				return
			}
			if err == nil {
				t.Fatalf("accepted: %+v", c)
			}
			if !strings.HasPrefix(err.Error(), "config: "+tt.wantErr) {
				t.Errorf("error %q does not start with config: %s", err, tt.wantErr)
			}
			for _, secret := range []string{password, url.QueryEscape(password)} {
				if strings.Contains(err.Error(), secret) {
					t.Errorf("error %q shows the password", err)
				}
			}
		})
	}
}

func TestGraphQLSettings(t *testing.T) {
	c := mustLoad(t, map[string]string{"ROSTER_GRAPHQL_MAX_DEPTH": "9", "ROSTER_GRAPHQL_INTROSPECTION": "false"},
		"--graphql-max-mails", "1", "--graphql-apq=false", "--graphql-documents", "web/persisted-queries.json",
		"--graphql-trusted-documents", "true")
	if c.Limits.MaxDepth != 9 || c.Limits.MaxMails != 1 || !c.Limits.DisableIntrospection || c.APQ ||
		c.Documents != "web/persisted-queries.json" || !c.TrustedDocuments {
		t.Fatalf("%+v", c)
	}
	if c.Limits.MaxAliases != requestlimit.DefaultMaxAliases {
		t.Fatalf("untouched limit: %d", c.Limits.MaxAliases)
	}
	for _, args := range [][]string{
		{"--graphql-max-depth", "0"},
		{"--graphql-max-tokens", "many"},
		{"--graphql-max-mutations", "-1"},
		{"--graphql-introspection", "maybe"},
		{"--graphql-trusted-documents", "true"},
	} {
		if _, err := load(t, nil, args...); err == nil {
			t.Errorf("%q: no error", args)
		}
	}
}

// TestApplyMemoryLimit: auto sizes the limit for the password hashes that
// may run at once, an explicit size is taken as it is, and GOMEMLIMIT in
// the environment wins over both.
func TestApplyMemoryLimit(t *testing.T) {
	before := debug.SetMemoryLimit(-1)
	gcBefore := debug.SetGCPercent(100)
	t.Cleanup(func() { debug.SetMemoryLimit(before); debug.SetGCPercent(gcBefore) })
	env := func(vars map[string]string) func(string) string { return func(k string) string { return vars[k] } }

	config.Config{MemoryLimit: config.AutoMemoryLimit}.ApplyMemoryLimit(env(nil))
	want := int64(16<<20) + int64(password.Slots())*int64(password.Default.Memory)<<10
	if got := debug.SetMemoryLimit(-1); got != want {
		t.Errorf("auto: limit %d, want %d", got, want)
	}
	if got := debug.SetGCPercent(config.DefaultGCPercent); got != config.DefaultGCPercent {
		t.Errorf("GOGC %d, want %d", got, config.DefaultGCPercent)
	}
	config.Config{MemoryLimit: 200 << 20}.ApplyMemoryLimit(env(nil))
	if got := debug.SetMemoryLimit(-1); got != 200<<20 {
		t.Errorf("200MiB: limit %d", got)
	}
	debug.SetMemoryLimit(123 << 20) // as the runtime would from GOMEMLIMIT
	debug.SetGCPercent(100)
	config.Config{MemoryLimit: 200 << 20}.ApplyMemoryLimit(env(map[string]string{"GOMEMLIMIT": "123MiB", "GOGC": "100"}))
	if got := debug.SetMemoryLimit(-1); got != 123<<20 {
		t.Errorf("with GOMEMLIMIT set: limit %d, want the environment's", got)
	}
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("with GOGC set: GOGC %d, want the environment's", got)
	}
}
