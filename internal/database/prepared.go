package database

import (
	"context"
	stdsql "database/sql"
	"sync"

	"entgo.io/ent/dialect"
)

// Prepared marks the raw queries run with ctx (the ent client's
// QueryContext) as statements to prepare once and run many times: on
// PostgreSQL each distinct query text becomes a server-side prepared
// statement on every connection that runs it, planned once instead of at
// every request. Use it for the few fixed statements every request runs
// (resolving the caller): their text must not vary with the arguments,
// since every distinct text stays prepared for the life of the pool. The
// statement goes through every driver wrapper like any other (statement
// timeout, tracing, the tests' counting); on SQLite the mark is ignored.
func Prepared(ctx context.Context) context.Context {
	return context.WithValue(ctx, preparedKey{}, true)
}

type preparedKey struct{}

func isPrepared(ctx context.Context) bool {
	ok, _ := ctx.Value(preparedKey{}).(bool)
	return ok
}

// preparingDriver is the PostgreSQL driver under every wrapper: raw
// queries whose context is Prepared run as prepared statements of the
// pool (database/sql prepares them again on each connection as needed).
type preparingDriver struct {
	dialect.Driver
	db    *stdsql.DB
	mu    sync.Mutex
	stmts map[string]*stdsql.Stmt
}

// QueryContext runs a raw query, prepared when ctx says so.
func (p *preparingDriver) QueryContext(ctx context.Context, query string, args ...any) (*stdsql.Rows, error) {
	if !isPrepared(ctx) {
		return p.db.QueryContext(ctx, query, args...)
	}
	stmt, err := p.statement(ctx, query)
	if err != nil {
		return nil, err
	}
	return stmt.QueryContext(ctx, args...)
}

// ExecContext runs a raw statement, as ent's client needs.
func (p *preparingDriver) ExecContext(ctx context.Context, query string, args ...any) (stdsql.Result, error) {
	return p.db.ExecContext(ctx, query, args...)
}

// BeginTx starts a transaction with options, as ent's client needs.
func (p *preparingDriver) BeginTx(ctx context.Context, opts *stdsql.TxOptions) (dialect.Tx, error) {
	return p.Driver.(interface {
		BeginTx(context.Context, *stdsql.TxOptions) (dialect.Tx, error)
	}).BeginTx(ctx, opts)
}

// statement returns the pool's prepared statement of query, preparing it
// the first time. The lock is not held while preparing (a round trip, and
// perhaps a wait for a free connection): requests whose statement is
// prepared already never wait behind one that is not, and a failure (the
// database is down) is each request's own. Two requests may prepare the
// same text at once; the second statement is closed.
func (p *preparingDriver) statement(ctx context.Context, query string) (*stdsql.Stmt, error) {
	p.mu.Lock()
	stmt, ok := p.stmts[query]
	p.mu.Unlock()
	if ok {
		return stmt, nil
	}
	stmt, err := p.db.PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if have, ok := p.stmts[query]; ok {
		_ = stmt.Close()
		return have, nil
	}
	if p.stmts == nil {
		p.stmts = map[string]*stdsql.Stmt{}
	}
	p.stmts[query] = stmt
	return stmt, nil
}

// Close closes the prepared statements and the pool.
func (p *preparingDriver) Close() error {
	p.mu.Lock()
	for _, stmt := range p.stmts {
		_ = stmt.Close()
	}
	p.stmts = nil
	p.mu.Unlock()
	return p.Driver.Close()
}
