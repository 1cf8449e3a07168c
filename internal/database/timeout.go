package database

import (
	"context"
	stdsql "database/sql"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
	"github.com/lib/pq"
)

// DefaultStatementTimeout bounds every statement of the serving client
// unless configured otherwise (see WithStatementTimeout).
const DefaultStatementTimeout = 5 * time.Second

// ErrTimeout is what IsTimeout recognises; StatementTimeout errors of the
// SQLite guard wrap it.
var ErrTimeout = errors.New("database: the statement ran longer than the statement timeout and was stopped")

// WithStatementTimeout bounds every statement the client runs to d; 0
// leaves statements unbounded (migrations, the seed).
//
// On PostgreSQL the bound is the server's statement_timeout, set as a
// run-time parameter of every connection: the server itself stops a
// statement that runs too long, whatever the client does. On SQLite,
// which runs in the process, each statement runs under a context deadline
// of d, and the driver interrupts it when the deadline passes.
//
// Either way a statement also stops when the caller's context ends: when
// an HTTP client goes away, its request's context is cancelled, lib/pq
// asks the server to cancel the running statement, and SQLite interrupts
// it.
func WithStatementTimeout(d time.Duration) Option {
	return func(o *options) { o.statementTimeout = d }
}

// withServerTimeout returns the PostgreSQL DSN with statement_timeout set
// to d (in milliseconds), replacing any value the URL had.
func withServerTimeout(dsn string, d time.Duration) (string, error) {
	u, err := url.Parse(dsn)
	if err != nil {
		return "", errors.New("database: the PostgreSQL URL cannot be parsed")
	}
	q := u.Query()
	q.Set("statement_timeout", fmt.Sprint(d.Milliseconds()))
	u.RawQuery = q.Encode()
	return u.String(), nil
}

// IsTimeout reports whether err means a statement ran into the statement
// timeout: PostgreSQL's "canceling statement due to statement timeout"
// (SQLSTATE 57014), or the SQLite guard's deadline.
func IsTimeout(err error) bool {
	if err == nil {
		return false
	}
	var pe *pq.Error
	if errors.As(err, &pe) {
		return pe.Code == "57014" && strings.Contains(pe.Message, "statement timeout")
	}
	return errors.Is(err, ErrTimeout)
}

// timeoutDriver runs every statement of a SQLite client under a deadline.
// A query's deadline lasts until its rows are closed, since the rows are
// read after Query returns.
type timeoutDriver struct {
	dialect.Driver
	d time.Duration
}

// bounded returns ctx with the statement deadline.
func (t *timeoutDriver) bounded(ctx context.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeoutCause(ctx, t.d, ErrTimeout)
}

// wrap turns an error caused by the statement deadline into one that
// wraps ErrTimeout.
func wrapTimeout(ctx context.Context, err error) error {
	if err != nil && errors.Is(context.Cause(ctx), ErrTimeout) {
		return fmt.Errorf("%w (%v)", ErrTimeout, err)
	}
	return err
}

// Exec implements dialect.Driver.
func (t *timeoutDriver) Exec(ctx context.Context, query string, args, v any) error {
	ctx, cancel := t.bounded(ctx)
	defer cancel()
	return wrapTimeout(ctx, t.Driver.Exec(ctx, query, args, v))
}

// Query implements dialect.Driver.
func (t *timeoutDriver) Query(ctx context.Context, query string, args, v any) error {
	ctx, cancel := t.bounded(ctx)
	if err := t.Driver.Query(ctx, query, args, v); err != nil {
		cancel()
		return wrapTimeout(ctx, err)
	}
	if rows, ok := v.(*entsql.Rows); ok {
		rows.ColumnScanner = &cancelOnClose{ColumnScanner: rows.ColumnScanner, ctx: ctx, cancel: cancel}
		return nil
	}
	cancel()
	return nil
}

// ExecContext runs a raw statement under the deadline, as ent's client
// needs.
func (t *timeoutDriver) ExecContext(ctx context.Context, query string, args ...any) (stdsql.Result, error) {
	ctx, cancel := t.bounded(ctx)
	defer cancel()
	r, err := t.Driver.(interface {
		ExecContext(context.Context, string, ...any) (stdsql.Result, error)
	}).ExecContext(ctx, query, args...)
	return r, wrapTimeout(ctx, err)
}

// QueryContext runs a raw query, as ent's client needs. Its rows are read
// after it returns, and *sql.Rows cannot be wrapped: the deadline cancels
// the context when it passes, even after the rows were closed (harmless).
func (t *timeoutDriver) QueryContext(ctx context.Context, query string, args ...any) (*stdsql.Rows, error) {
	ctx, cancel := context.WithCancelCause(ctx)
	time.AfterFunc(t.d, func() { cancel(ErrTimeout) })
	rows, err := t.Driver.(interface {
		QueryContext(context.Context, string, ...any) (*stdsql.Rows, error)
	}).QueryContext(ctx, query, args...)
	return rows, wrapTimeout(ctx, err)
}

// BeginTx starts a transaction with options, as ent's client needs.
func (t *timeoutDriver) BeginTx(ctx context.Context, opts *stdsql.TxOptions) (dialect.Tx, error) {
	tx, err := t.Driver.(interface {
		BeginTx(context.Context, *stdsql.TxOptions) (dialect.Tx, error)
	}).BeginTx(ctx, opts)
	if err != nil {
		return nil, err
	}
	return &timeoutTx{Tx: tx, t: t}, nil
}

// Tx implements dialect.Driver: the statements of a transaction are
// bounded one by one, like the others.
func (t *timeoutDriver) Tx(ctx context.Context) (dialect.Tx, error) {
	tx, err := t.Driver.Tx(ctx)
	if err != nil {
		return nil, err
	}
	return &timeoutTx{Tx: tx, t: t}, nil
}

// timeoutTx bounds the statements of a transaction.
type timeoutTx struct {
	dialect.Tx
	t *timeoutDriver
}

// Exec implements dialect.Tx.
func (x *timeoutTx) Exec(ctx context.Context, query string, args, v any) error {
	ctx, cancel := x.t.bounded(ctx)
	defer cancel()
	return wrapTimeout(ctx, x.Tx.Exec(ctx, query, args, v))
}

// Query implements dialect.Tx.
func (x *timeoutTx) Query(ctx context.Context, query string, args, v any) error {
	ctx, cancel := x.t.bounded(ctx)
	if err := x.Tx.Query(ctx, query, args, v); err != nil {
		cancel()
		return wrapTimeout(ctx, err)
	}
	if rows, ok := v.(*entsql.Rows); ok {
		rows.ColumnScanner = &cancelOnClose{ColumnScanner: rows.ColumnScanner, ctx: ctx, cancel: cancel}
		return nil
	}
	cancel()
	return nil
}

// ExecContext runs a raw statement of the transaction under the deadline,
// as ent's transactional client needs.
func (x *timeoutTx) ExecContext(ctx context.Context, query string, args ...any) (stdsql.Result, error) {
	ctx, cancel := x.t.bounded(ctx)
	defer cancel()
	r, err := x.Tx.(interface {
		ExecContext(context.Context, string, ...any) (stdsql.Result, error)
	}).ExecContext(ctx, query, args...)
	return r, wrapTimeout(ctx, err)
}

// QueryContext runs a raw query of the transaction, bounded as
// timeoutDriver.QueryContext is.
func (x *timeoutTx) QueryContext(ctx context.Context, query string, args ...any) (*stdsql.Rows, error) {
	ctx, cancel := context.WithCancelCause(ctx)
	time.AfterFunc(x.t.d, func() { cancel(ErrTimeout) })
	rows, err := x.Tx.(interface {
		QueryContext(context.Context, string, ...any) (*stdsql.Rows, error)
	}).QueryContext(ctx, query, args...)
	return rows, wrapTimeout(ctx, err)
}

// cancelOnClose ends a query's deadline when its rows are closed.
type cancelOnClose struct {
	entsql.ColumnScanner
	ctx    context.Context
	cancel context.CancelFunc
}

// Close implements entsql.ColumnScanner.
func (c *cancelOnClose) Close() error {
	defer c.cancel()
	return c.ColumnScanner.Close()
}

// Err implements entsql.ColumnScanner.
func (c *cancelOnClose) Err() error { return wrapTimeout(c.ctx, c.ColumnScanner.Err()) }
