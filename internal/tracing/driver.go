package tracing

import (
	"context"
	stdsql "database/sql"
	"errors"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
	"github.com/lib/pq"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	semconv "go.opentelemetry.io/otel/semconv/v1.43.0"
	"go.opentelemetry.io/otel/trace"
)

// Driver wraps an ent driver so that every SQL statement run within a
// traced request gets a client span: its name is the operation and the
// table ("SELECT users"), its attributes db.system.name, db.operation.name,
// db.collection.name and db.query.text (without literals, see Sanitize),
// and, when the statement fails, db.response.status_code (PostgreSQL's
// SQLSTATE) and error.type. Never the statement's arguments, nor the
// database's error message, which can quote them.
//
// Beginning, committing and rolling back a transaction get spans of their
// own (BEGIN, COMMIT, ROLLBACK). A query's span lasts until its rows are
// closed. Statements without a span in their context (the background
// workers' polling) are not traced: each would be a trace of its own.
//
// When tp does not record (Enabled is false), Driver returns drv itself.
func Driver(drv dialect.Driver, tp trace.TracerProvider) dialect.Driver {
	if !Enabled(tp) {
		return drv
	}
	system := semconv.DBSystemNameSQLite
	if drv.Dialect() == dialect.Postgres {
		system = semconv.DBSystemNamePostgreSQL
	}
	return &tracedDriver{Driver: drv, s: &statements{tracer: Tracer(tp), system: system}}
}

// statements starts and ends the spans of statements.
type statements struct {
	tracer trace.Tracer
	system attribute.KeyValue
}

// start returns a span for query, or nil when ctx has no span to hang it
// under.
func (s *statements) start(ctx context.Context, query string) (context.Context, trace.Span) {
	if !trace.SpanContextFromContext(ctx).IsValid() {
		return ctx, nil
	}
	ctx, span := s.tracer.Start(ctx, "SQL", trace.WithSpanKind(trace.SpanKindClient))
	if !span.IsRecording() {
		return ctx, span
	}
	st := Statement(query)
	name := st.Operation
	attrs := []attribute.KeyValue{s.system, semconv.DBOperationName(st.Operation), semconv.DBQueryText(st.Text)}
	if st.Table != "" {
		name += " " + st.Table
		attrs = append(attrs, semconv.DBCollectionName(st.Table))
	}
	span.SetName(name)
	span.SetAttributes(attrs...)
	return ctx, span
}

// startNamed returns a span for a transaction step (BEGIN, COMMIT,
// ROLLBACK), or nil when ctx has no span.
func (s *statements) startNamed(ctx context.Context, op string) (context.Context, trace.Span) {
	if !trace.SpanContextFromContext(ctx).IsValid() {
		return ctx, nil
	}
	return s.tracer.Start(ctx, op, trace.WithSpanKind(trace.SpanKindClient),
		trace.WithAttributes(s.system, semconv.DBOperationName(op)))
}

// end ends span (nil is fine) with err's outcome.
func end(span trace.Span, err error) {
	if span == nil {
		return
	}
	if err != nil {
		failed(span, err)
	}
	span.End()
}

// failed marks span as failed with err's kind, never its message.
func failed(span trace.Span, err error) {
	kind := "_OTHER"
	var pe *pq.Error
	switch {
	case errors.As(err, &pe):
		kind = string(pe.Code)
		span.SetAttributes(semconv.DBResponseStatusCode(string(pe.Code)))
	case errors.Is(err, context.Canceled):
		kind = "canceled"
	case errors.Is(err, context.DeadlineExceeded):
		kind = "timeout"
	}
	span.SetAttributes(semconv.ErrorTypeKey.String(kind))
	span.SetStatus(codes.Error, kind)
}

// query runs a query under a span that ends when its rows are closed.
func (s *statements) query(ctx context.Context, query string, v any, run func(context.Context) error) error {
	ctx, span := s.start(ctx, query)
	if span == nil {
		return run(ctx)
	}
	if err := run(ctx); err != nil {
		end(span, err)
		return err
	}
	if rows, ok := v.(*entsql.Rows); ok && rows.ColumnScanner != nil {
		rows.ColumnScanner = &endOnClose{ColumnScanner: rows.ColumnScanner, span: span}
		return nil
	}
	span.End()
	return nil
}

// exec runs a statement under a span.
func (s *statements) exec(ctx context.Context, query string, run func(context.Context) error) error {
	ctx, span := s.start(ctx, query)
	err := run(ctx)
	end(span, err)
	return err
}

// endOnClose ends a query's span when its rows are closed.
type endOnClose struct {
	entsql.ColumnScanner
	span trace.Span
}

// Close implements entsql.ColumnScanner.
func (e *endOnClose) Close() error {
	err := e.ColumnScanner.Close()
	if rerr := e.ColumnScanner.Err(); rerr != nil {
		failed(e.span, rerr)
	}
	e.span.End()
	return err
}

// tracedDriver is the Driver's ent driver.
type tracedDriver struct {
	dialect.Driver
	s *statements
}

// Exec implements dialect.Driver.
func (d *tracedDriver) Exec(ctx context.Context, query string, args, v any) error {
	return d.s.exec(ctx, query, func(ctx context.Context) error { return d.Driver.Exec(ctx, query, args, v) })
}

// Query implements dialect.Driver.
func (d *tracedDriver) Query(ctx context.Context, query string, args, v any) error {
	return d.s.query(ctx, query, v, func(ctx context.Context) error { return d.Driver.Query(ctx, query, args, v) })
}

// ExecContext runs a raw statement, as ent's client needs.
func (d *tracedDriver) ExecContext(ctx context.Context, query string, args ...any) (stdsql.Result, error) {
	var r stdsql.Result
	err := d.s.exec(ctx, query, func(ctx context.Context) error {
		var err error
		r, err = d.Driver.(interface {
			ExecContext(context.Context, string, ...any) (stdsql.Result, error)
		}).ExecContext(ctx, query, args...)
		return err
	})
	return r, err
}

// QueryContext runs a raw query, as ent's client needs. Its *sql.Rows
// cannot be wrapped, so its span ends when the query returns.
func (d *tracedDriver) QueryContext(ctx context.Context, query string, args ...any) (*stdsql.Rows, error) {
	var rows *stdsql.Rows
	err := d.s.exec(ctx, query, func(ctx context.Context) error {
		var err error
		rows, err = d.Driver.(interface {
			QueryContext(context.Context, string, ...any) (*stdsql.Rows, error)
		}).QueryContext(ctx, query, args...)
		return err
	})
	return rows, err
}

// BeginTx starts a transaction with options, as ent's client needs.
func (d *tracedDriver) BeginTx(ctx context.Context, opts *stdsql.TxOptions) (dialect.Tx, error) {
	sctx, span := d.s.startNamed(ctx, "BEGIN")
	tx, err := d.Driver.(interface {
		BeginTx(context.Context, *stdsql.TxOptions) (dialect.Tx, error)
	}).BeginTx(sctx, opts)
	end(span, err)
	if err != nil {
		return nil, err
	}
	return &tracedTx{Tx: tx, s: d.s, ctx: ctx}, nil
}

// Tx implements dialect.Driver.
func (d *tracedDriver) Tx(ctx context.Context) (dialect.Tx, error) {
	sctx, span := d.s.startNamed(ctx, "BEGIN")
	tx, err := d.Driver.Tx(sctx)
	end(span, err)
	if err != nil {
		return nil, err
	}
	return &tracedTx{Tx: tx, s: d.s, ctx: ctx}, nil
}

// tracedTx traces the statements of a transaction, and its end.
type tracedTx struct {
	dialect.Tx
	s *statements
	// ctx is the context the transaction began in: Commit and Rollback
	// take none, and their spans hang under the span of that context.
	ctx context.Context
}

// Exec implements dialect.Tx.
func (x *tracedTx) Exec(ctx context.Context, query string, args, v any) error {
	return x.s.exec(ctx, query, func(ctx context.Context) error { return x.Tx.Exec(ctx, query, args, v) })
}

// Query implements dialect.Tx.
func (x *tracedTx) Query(ctx context.Context, query string, args, v any) error {
	return x.s.query(ctx, query, v, func(ctx context.Context) error { return x.Tx.Query(ctx, query, args, v) })
}

// ExecContext runs a raw statement of the transaction, as ent's
// transactional client needs.
func (x *tracedTx) ExecContext(ctx context.Context, query string, args ...any) (stdsql.Result, error) {
	var r stdsql.Result
	err := x.s.exec(ctx, query, func(ctx context.Context) error {
		var err error
		r, err = x.Tx.(interface {
			ExecContext(context.Context, string, ...any) (stdsql.Result, error)
		}).ExecContext(ctx, query, args...)
		return err
	})
	return r, err
}

// QueryContext runs a raw query of the transaction; its span ends when
// it returns.
func (x *tracedTx) QueryContext(ctx context.Context, query string, args ...any) (*stdsql.Rows, error) {
	var rows *stdsql.Rows
	err := x.s.exec(ctx, query, func(ctx context.Context) error {
		var err error
		rows, err = x.Tx.(interface {
			QueryContext(context.Context, string, ...any) (*stdsql.Rows, error)
		}).QueryContext(ctx, query, args...)
		return err
	})
	return rows, err
}

// Commit implements dialect.Tx.
func (x *tracedTx) Commit() error {
	_, span := x.s.startNamed(x.ctx, "COMMIT")
	err := x.Tx.Commit()
	end(span, err)
	return err
}

// Rollback implements dialect.Tx.
func (x *tracedTx) Rollback() error {
	_, span := x.s.startNamed(x.ctx, "ROLLBACK")
	err := x.Tx.Rollback()
	end(span, err)
	return err
}
