package database

import (
	"context"
	stdsql "database/sql"
	"fmt"
	"sync"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
)

// Prepared marks the queries run with ctx (the ent client's queries and
// QueryContext) as statements to prepare once and run many times: on
// PostgreSQL each distinct query text becomes a server-side prepared
// statement on every connection that runs it, planned once instead of at
// every request. The statement goes through every driver wrapper like any
// other (statement timeout, tracing, the tests' counting); on SQLite the
// mark is ignored.
//
// Use it only where one plan serves every argument. PostgreSQL plans a
// prepared statement for its first five runs with the arguments' values,
// then settles on a generic plan that ignores them when that looks no
// dearer: right for a lookup by a unique key (the caller) or a keyset page
// in index order (the unfiltered users list, whose only arguments are the
// cursor's), wrong for a filter whose selectivity depends on its value.
//
// Prepared is for fixed statement texts (the caller's lookups): every
// text stays prepared for the life of the pool. Statements whose text
// varies with the request (a page's selection, ordering and size) take
// PreparedVarying.
func Prepared(ctx context.Context) context.Context {
	return context.WithValue(ctx, preparedKey{}, fixedText)
}

// PreparedVarying is Prepared for statements whose text varies with the
// request. At most maxVarying such texts are prepared per pool, the first
// ones seen, and only statements of at most maxVaryingArgs arguments; the
// others run unprepared, as without the mark. The bound keeps what a
// caller can make PostgreSQL hold small (each text is a plan on each
// connection), at the price that texts first seen late are planned every
// time. Fixed texts (Prepared) do not count against it.
func PreparedVarying(ctx context.Context) context.Context {
	return context.WithValue(ctx, preparedKey{}, varyingText)
}

type preparedKey struct{}

// preparedKind is the kind of text a Prepared or PreparedVarying mark
// says a statement has.
type preparedKind int

const (
	notPrepared preparedKind = iota
	fixedText
	varyingText
)

func preparedAs(ctx context.Context) preparedKind {
	k, _ := ctx.Value(preparedKey{}).(preparedKind)
	return k
}

// IsPrepared reports whether ctx carries a Prepared or PreparedVarying
// mark. Whether a marked statement then runs prepared also depends on the
// dialect (PostgreSQL only) and, for varying texts, on the bounds.
func IsPrepared(ctx context.Context) bool {
	return preparedAs(ctx) != notPrepared
}

// maxVarying is the most varying statement texts a pool prepares.
const maxVarying = 32

// maxVaryingArgs is the most arguments of a varying statement that is
// prepared. Statements with more are IN lists (ent's eager loading of a
// page's edges, by the page's IDs), whose text changes with the length of
// the list: each length would take a text of its own out of maxVarying.
const maxVaryingArgs = 4

// preparingDriver is the PostgreSQL driver under every wrapper: queries
// (ent's and raw ones) whose context is marked Prepared or PreparedVarying
// run as prepared statements of the pool, within the bounds above
// (database/sql prepares them again on each connection as needed).
// Statements inside a transaction do not pass through it.
type preparingDriver struct {
	dialect.Driver
	db    *stdsql.DB
	mu    sync.Mutex
	stmts map[string]*stdsql.Stmt
	// varying counts the statements of stmts prepared for PreparedVarying.
	varying int
}

// QueryContext runs a raw query, prepared when ctx says so.
func (p *preparingDriver) QueryContext(ctx context.Context, query string, args ...any) (*stdsql.Rows, error) {
	kind := preparedAs(ctx)
	if kind == notPrepared || (kind == varyingText && len(args) > maxVaryingArgs) {
		return p.db.QueryContext(ctx, query, args...)
	}
	stmt, err := p.statement(ctx, query, kind == varyingText)
	if err != nil {
		return nil, err
	}
	if stmt == nil {
		return p.db.QueryContext(ctx, query, args...)
	}
	return stmt.QueryContext(ctx, args...)
}

// Query runs one of ent's queries (the generated query builders), prepared
// when ctx says so.
func (p *preparingDriver) Query(ctx context.Context, query string, args, v any) error {
	if preparedAs(ctx) == notPrepared {
		return p.Driver.Query(ctx, query, args, v)
	}
	rows, ok := v.(*entsql.Rows)
	if !ok {
		return fmt.Errorf("database: query into %T, not *sql.Rows", v)
	}
	argv, ok := args.([]any)
	if !ok {
		return fmt.Errorf("database: query arguments of type %T, not []any", args)
	}
	r, err := p.QueryContext(ctx, query, argv...)
	if err != nil {
		return err
	}
	*rows = entsql.Rows{ColumnScanner: r}
	return nil
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
// same text at once; the second statement is closed. For a varying text,
// it returns nil, and no error, when maxVarying such texts are prepared
// already.
func (p *preparingDriver) statement(ctx context.Context, query string, varying bool) (*stdsql.Stmt, error) {
	p.mu.Lock()
	stmt, ok := p.stmts[query]
	full := varying && p.varying >= maxVarying
	p.mu.Unlock()
	if ok || full {
		return stmt, nil
	}
	stmt, err := p.db.PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if have, ok := p.stmts[query]; ok || (varying && p.varying >= maxVarying) {
		_ = stmt.Close()
		return have, nil
	}
	if p.stmts == nil {
		p.stmts = map[string]*stdsql.Stmt{}
	}
	p.stmts[query] = stmt
	if varying {
		p.varying++
	}
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
