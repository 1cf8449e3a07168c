package database

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
	_ "github.com/lib/pq" // registers the "postgres" driver
	"go.opentelemetry.io/otel/trace"
	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"github.com/rosterhq/roster/ent"
	_ "github.com/rosterhq/roster/ent/runtime" // registers schema defaults and hooks
	"github.com/rosterhq/roster/internal/tracing"
)

// DefaultSQLitePath is where Roster keeps its data when no database URL is
// configured.
const DefaultSQLitePath = "./data/roster.db"

// Target is a parsed database URL.
type Target struct {
	// Dialect is dialect.SQLite or dialect.Postgres.
	Dialect string
	// DSN is what the database/sql driver is opened with.
	DSN string
	// Path is the SQLite file, empty for PostgreSQL.
	Path string
}

// Redacted returns a form of the target safe to log: no password.
func (t Target) Redacted() string {
	if t.Dialect == dialect.SQLite {
		return "sqlite:" + t.Path
	}
	u, err := url.Parse(t.DSN)
	if err != nil {
		return "postgres://(unparsable URL)"
	}
	if q := u.Query(); q.Has("password") {
		q.Set("password", "xxxxx")
		u.RawQuery = q.Encode()
	}
	return u.Redacted()
}

// ParseURL reads a database URL: empty means the default SQLite file;
// "sqlite:PATH" or "file:PATH" a SQLite file; "postgres://..." or
// "postgresql://..." a PostgreSQL database.
func ParseURL(raw string) (Target, error) {
	raw = strings.TrimSpace(raw)
	switch {
	case raw == "":
		return sqliteTarget(DefaultSQLitePath), nil
	case strings.HasPrefix(raw, "postgres://"), strings.HasPrefix(raw, "postgresql://"):
		if _, err := url.Parse(raw); err != nil {
			return Target{}, errors.New("database: the PostgreSQL URL cannot be parsed")
		}
		return Target{Dialect: dialect.Postgres, DSN: raw}, nil
	case strings.HasPrefix(raw, "sqlite:"), strings.HasPrefix(raw, "file:"):
		p := strings.TrimPrefix(strings.TrimPrefix(raw, "sqlite:"), "file:")
		p = strings.TrimPrefix(p, "//")
		if i := strings.IndexByte(p, '?'); i >= 0 {
			p = p[:i]
		}
		if p == "" {
			return Target{}, errors.New("database: the sqlite URL names no file")
		}
		return sqliteTarget(p), nil
	default:
		return Target{}, errors.New("database: unsupported URL; use postgres://..., sqlite:PATH, or leave it empty for " + DefaultSQLitePath)
	}
}

func sqliteTarget(path string) Target {
	q := url.Values{}
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "busy_timeout(10000)")
	q.Add("_pragma", "synchronous(NORMAL)")
	q.Add("_pragma", "cache_size(-1024)")
	q.Set("_txlock", "immediate")
	// The driver reads the DSN as a URI: escape the path so that #, ? and %
	// in a file name stay part of it.
	return Target{Dialect: dialect.SQLite, Path: path, DSN: "file:" + (&url.URL{Path: path}).EscapedPath() + "?" + q.Encode()}
}

// sqliteConnections is the size of the SQLite connection pool on a
// machine with procs processors: four per processor, between 4 and 20.
//
// SQLite runs inside the process, on the server's own processors, so
// connections beyond a few per processor add no throughput, only memory
// and contention: each holds a page cache (cache_size, 1 MiB) and sorts
// in memory of its own, outside the Go heap and its limit. On 2
// processors, 16 clients searching 100,000 users peaked at 288 MB with
// 20 connections of 4 MiB each and at 150 MB with 8 of 1 MiB, with more
// searches per second (16 instead of 12) and none failing instead of 35
// that ran into the statement timeout (docs/performance.md). Waiting for
// a connection counts against the statement timeout, so a request that
// queues behind slow searches gets TIMEOUT, not an endless wait.
func sqliteConnections(procs int) int {
	return min(max(4*procs, 4), 20)
}

// Option changes how Open builds the client.
type Option func(*options)

type options struct {
	wrap             func(dialect.Driver) dialect.Driver
	statementTimeout time.Duration
	pool             func(*sql.DB)
	tracer           trace.TracerProvider
}

// WithTracing puts a span around every SQL statement run within a traced
// request (see tracing.Driver); a provider that does not record (nil or
// OpenTelemetry's no-op provider) leaves the driver as it is.
func WithTracing(tp trace.TracerProvider) Option {
	return func(o *options) { o.tracer = tp }
}

// WithPool hands the connection pool to fn once it is open, for example
// to collect its statistics.
func WithPool(fn func(*sql.DB)) Option {
	return func(o *options) { o.pool = fn }
}

// WithDriver wraps the ent driver, for example to count statements in tests.
func WithDriver(wrap func(dialect.Driver) dialect.Driver) Option {
	return func(o *options) { o.wrap = wrap }
}

// Open connects to the target and checks the connection. For SQLite it
// creates the file's folder when missing.
func Open(ctx context.Context, t Target, opts ...Option) (*ent.Client, error) {
	var o options
	for _, opt := range opts {
		opt(&o)
	}
	driverName := "postgres"
	if t.Dialect == dialect.SQLite {
		driverName = "sqlite"
		if dir := filepath.Dir(t.Path); dir != "" {
			if err := os.MkdirAll(dir, 0o750); err != nil {
				return nil, fmt.Errorf("database: create folder for %s: %w", t.Path, err)
			}
		}
	}
	dsn := t.DSN
	if o.statementTimeout > 0 && t.Dialect == dialect.Postgres {
		var err error
		if dsn, err = withServerTimeout(dsn, o.statementTimeout); err != nil {
			return nil, err
		}
	}
	db, err := sql.Open(driverName, dsn)
	if err != nil {
		return nil, fmt.Errorf("database: open %s: %w", t.Redacted(), err)
	}
	// At most 20 connections to PostgreSQL; to SQLite, see sqliteConnections.
	conns := 20
	if t.Dialect == dialect.SQLite {
		conns = sqliteConnections(runtime.GOMAXPROCS(0))
	}
	db.SetMaxOpenConns(conns)
	db.SetMaxIdleConns(min(conns, 10))
	db.SetConnMaxIdleTime(5 * time.Minute)
	// Connections are renewed now and then, so that none holds on for
	// ever to server-side state such as the prepared caller statement.
	db.SetConnMaxLifetime(30 * time.Minute)
	pingCtx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if err := db.PingContext(pingCtx); err != nil {
		_ = db.Close()
		return nil, fmt.Errorf("database: connect to %s: %w", t.Redacted(), err)
	}
	if o.pool != nil {
		o.pool(db)
	}
	var drv dialect.Driver = entsql.OpenDB(t.Dialect, db)
	if t.Dialect == dialect.Postgres {
		drv = &preparingDriver{Driver: drv, db: db}
	}
	if o.statementTimeout > 0 && t.Dialect == dialect.SQLite {
		drv = &timeoutDriver{Driver: drv, d: o.statementTimeout}
	}
	if o.tracer != nil {
		drv = tracing.Driver(drv, o.tracer)
	}
	if o.wrap != nil {
		drv = o.wrap(drv)
	}
	return ent.NewClient(ent.Driver(drv)), nil
}
