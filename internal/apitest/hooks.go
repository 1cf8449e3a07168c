package apitest

import (
	"context"
	"database/sql"
	"os"
	"sync"

	"entgo.io/ent/dialect"

	"github.com/rosterhq/roster/internal/database"
)

// Query is one SQL query the server ran, with its arguments.
type Query struct {
	SQL  string
	Args []any
	// Prepared reports that the query ran under database.Prepared or
	// PreparedVarying: the caller's decision. Whether PostgreSQL then
	// prepared it also depends on the driver's bounds (varying texts, their
	// arguments), which internal/database tests; SQLite never does.
	Prepared bool
}

// queryHooks holds the functions OnQuery registered.
type queryHooks struct {
	mu  sync.Mutex
	fns []func(Query)
}

func (h *queryHooks) call(q Query) {
	h.mu.Lock()
	fns := h.fns
	h.mu.Unlock()
	for _, fn := range fns {
		fn(q)
	}
}

// OnQuery calls fn with every query (SELECT) the server runs outside a
// transaction from now on, before it runs: list pages, counts, edges,
// authentication. Tests use it to inspect the SQL of a request, for
// example to EXPLAIN it.
func (e *Env) OnQuery(fn func(Query)) {
	e.queries.mu.Lock()
	defer e.queries.mu.Unlock()
	e.queries.fns = append(e.queries.fns, fn)
}

// Record returns the queries the server runs outside transactions while
// fn runs.
func (e *Env) Record(fn func()) []Query {
	var mu sync.Mutex
	var out []Query
	recording := true
	e.OnQuery(func(q Query) {
		mu.Lock()
		defer mu.Unlock()
		if recording {
			out = append(out, q)
		}
	})
	fn()
	mu.Lock()
	defer mu.Unlock()
	recording = false
	return out
}

// hookedDriver passes every query outside a transaction to the hooks.
type hookedDriver struct {
	dialect.Driver
	hooks  *queryHooks
	begins *beginHooks
}

// Query implements dialect.Driver.
func (d *hookedDriver) Query(ctx context.Context, query string, args, v any) error {
	a, _ := args.([]any)
	d.hooks.call(Query{SQL: query, Args: a, Prepared: database.IsPrepared(ctx)})
	return d.Driver.Query(ctx, query, args, v)
}

// BeginTx starts a transaction with options, as ent's client needs.
func (d *hookedDriver) BeginTx(ctx context.Context, opts *sql.TxOptions) (dialect.Tx, error) {
	tx, err := d.Driver.(interface {
		BeginTx(context.Context, *sql.TxOptions) (dialect.Tx, error)
	}).BeginTx(ctx, opts)
	if err == nil {
		d.begins.call()
	}
	return tx, err
}

// Tx starts a transaction, as ent's client.Tx does.
func (d *hookedDriver) Tx(ctx context.Context) (dialect.Tx, error) {
	tx, err := d.Driver.Tx(ctx)
	if err == nil {
		d.begins.call()
	}
	return tx, err
}

// beginHooks holds the functions OnBegin registered.
type beginHooks struct {
	mu  sync.Mutex
	fns []func()
}

func (h *beginHooks) call() {
	h.mu.Lock()
	fns := h.fns
	h.mu.Unlock()
	for _, fn := range fns {
		fn()
	}
}

// OnBegin calls fn each time the server has begun a transaction (every
// mutation runs in one), before the transaction's first statement.
func (e *Env) OnBegin(fn func()) {
	e.begins.mu.Lock()
	defer e.begins.mu.Unlock()
	e.begins.fns = append(e.begins.fns, fn)
}

// ExecContext runs a raw statement, as ent's client needs.
func (d *hookedDriver) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	return d.Driver.(interface {
		ExecContext(context.Context, string, ...any) (sql.Result, error)
	}).ExecContext(ctx, query, args...)
}

// QueryContext runs a raw query, as ent's client needs.
func (d *hookedDriver) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	d.hooks.call(Query{SQL: query, Args: args, Prepared: database.IsPrepared(ctx)})
	return d.Driver.(interface {
		QueryContext(context.Context, string, ...any) (*sql.Rows, error)
	}).QueryContext(ctx, query, args...)
}

// PostgresConfigured reports whether the PostgreSQL runs are enabled
// (PostgresEnv is set).
func PostgresConfigured() bool { return os.Getenv(PostgresEnv) != "" }
