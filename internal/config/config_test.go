package config_test

import (
	"flag"
	"io"
	"log/slog"
	"reflect"
	"strings"
	"testing"

	"github.com/rosterhq/roster/internal/config"
)

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
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("defaults:\n got %+v\nwant %+v", got, want)
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
	if n := reflect.TypeOf(config.Config{}).NumField(); len(config.Settings) != n {
		t.Errorf("%d settings for %d Config fields", len(config.Settings), n)
	}
}

func TestEnvOverridesDefault(t *testing.T) {
	env := map[string]string{
		"ROSTER_ADDR":         "localhost:9090",
		"DATABASE_URL":        "postgres://u:p@db:5432/roster",
		"ROSTER_LOG_LEVEL":    "debug",
		"ROSTER_LOG_FORMAT":   "json",
		"ROSTER_CORS_ORIGINS": "https://a.example.com",
		"ROSTER_DEMO_USERS":   "200",
	}
	got := mustLoad(t, env)
	want := config.Config{
		Addr:        "localhost:9090",
		DatabaseURL: "postgres://u:p@db:5432/roster",
		LogLevel:    "debug",
		LogFormat:   "json",
		CORSOrigins: []string{"https://a.example.com"},
		DemoUsers:   200,
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("env:\n got %+v\nwant %+v", got, want)
	}
	if l, _ := got.SlogLevel(); l != slog.LevelDebug {
		t.Fatalf("SlogLevel() = %v, want DEBUG", l)
	}
}

func TestFlagOverridesEnv(t *testing.T) {
	env := map[string]string{
		"ROSTER_ADDR":         "localhost:9090",
		"DATABASE_URL":        "postgres://u:p@db:5432/roster",
		"ROSTER_LOG_LEVEL":    "debug",
		"ROSTER_LOG_FORMAT":   "json",
		"ROSTER_CORS_ORIGINS": "https://a.example.com",
		"ROSTER_DEMO_USERS":   "200",
	}
	got := mustLoad(t, env,
		"-addr", "[::1]:7070",
		"-database-url", "sqlite:/tmp/x.db",
		"-log-level", "error",
		"-log-format", "text",
		"-cors-origins", "https://b.example.com",
		"-demo-users", "3",
	)
	want := config.Config{
		Addr:        "[::1]:7070",
		DatabaseURL: "sqlite:/tmp/x.db",
		LogLevel:    "error",
		LogFormat:   "text",
		CORSOrigins: []string{"https://b.example.com"},
		DemoUsers:   3,
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("flags:\n got %+v\nwant %+v", got, want)
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
		{"127.0.0.1:8080", true},
		{"127.0.0.1:0", true},
		{"127.1.2.3:80", true},
		{"[::1]:8080", true},
		{"localhost:8080", true},
		{"0.0.0.0:8080", false},
		{"192.0.2.1:80", false},
		{"[::]:8080", false},
		{"[2001:db8::1]:443", false},
		{":8080", false}, // empty host listens on every interface
		{"example.com:8080", false},
		{"8080", false},
		{"127.0.0.1", false},
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
		{"empty log level", []string{"-log-level", ""}, nil, "log-level"},
		{"log level from env", nil, map[string]string{"ROSTER_LOG_LEVEL": "trace"}, "log-level"},
		{"log format", []string{"-log-format", "xml"}, nil, "log-format"},
		{"log format case", []string{"-log-format", "JSON"}, nil, "log-format"},
		{"demo users not a number", []string{"-demo-users", "many"}, nil, "demo-users"},
		{"demo users negative", []string{"-demo-users", "-1"}, nil, "demo-users"},
		{"demo users empty", []string{"-demo-users", ""}, nil, "demo-users"},
		{"demo users from env", nil, map[string]string{"ROSTER_DEMO_USERS": "1.5"}, "demo-users"},
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
