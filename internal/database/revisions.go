package database

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"ariga.io/atlas/sql/migrate"
	"ariga.io/atlas/sql/postgres"
	"ariga.io/atlas/sql/sqlite"
	"entgo.io/ent/dialect"
)

// revisionsTable records the applied migrations, one row per file. It is
// bookkeeping, not part of the schema the files describe, so Up creates
// it itself.
const revisionsTable = "roster_schema_revisions"

// revisionsDDL creates the revisions table when it is missing.
func revisionsDDL(d string) string {
	timeType := "timestamptz"
	if d == dialect.SQLite {
		timeType = "datetime"
	}
	return `CREATE TABLE IF NOT EXISTS ` + revisionsTable + ` (
		version text NOT NULL PRIMARY KEY,
		description text NOT NULL,
		type integer NOT NULL,
		applied integer NOT NULL,
		total integer NOT NULL,
		executed_at ` + timeType + ` NOT NULL,
		execution_time bigint NOT NULL,
		error text NOT NULL DEFAULT '',
		error_stmt text NOT NULL DEFAULT '',
		hash text NOT NULL,
		partial_hashes text NOT NULL DEFAULT '[]',
		operator_version text NOT NULL DEFAULT ''
	)`
}

// revisionStore keeps Atlas's revisions in revisionsTable, through the
// transaction of the migration step.
type revisionStore struct {
	q querier
	d string
}

var _ migrate.RevisionReadWriter = revisionStore{}

// Ident implements migrate.RevisionReadWriter.
func (revisionStore) Ident() *migrate.TableIdent {
	return &migrate.TableIdent{Name: revisionsTable}
}

const revisionColumns = "version, description, type, applied, total, executed_at, execution_time, error, error_stmt, hash, partial_hashes, operator_version"

// ReadRevisions implements migrate.RevisionReadWriter.
func (s revisionStore) ReadRevisions(ctx context.Context) ([]*migrate.Revision, error) {
	return s.query(ctx, "SELECT "+revisionColumns+" FROM "+revisionsTable+" ORDER BY version")
}

// ReadRevision implements migrate.RevisionReadWriter.
func (s revisionStore) ReadRevision(ctx context.Context, version string) (*migrate.Revision, error) {
	revs, err := s.query(ctx, "SELECT "+revisionColumns+" FROM "+revisionsTable+" WHERE version = ?", version)
	if err != nil {
		return nil, err
	}
	if len(revs) == 0 {
		return nil, migrate.ErrRevisionNotExist
	}
	return revs[0], nil
}

func (s revisionStore) query(ctx context.Context, query string, args ...any) ([]*migrate.Revision, error) {
	rows, err := s.q.QueryContext(ctx, rebind(s.d, query), args...)
	if err != nil {
		return nil, fmt.Errorf("database: read %s: %w", revisionsTable, err)
	}
	defer rows.Close()
	var revs []*migrate.Revision
	for rows.Next() {
		var (
			r        migrate.Revision
			typ      int64
			duration int64
			partial  string
		)
		if err := rows.Scan(&r.Version, &r.Description, &typ, &r.Applied, &r.Total, &r.ExecutedAt, &duration,
			&r.Error, &r.ErrorStmt, &r.Hash, &partial, &r.OperatorVersion); err != nil {
			return nil, fmt.Errorf("database: read %s: %w", revisionsTable, err)
		}
		r.Type = migrate.RevisionType(typ)
		r.ExecutionTime = time.Duration(duration)
		if err := json.Unmarshal([]byte(partial), &r.PartialHashes); err != nil {
			return nil, fmt.Errorf("database: read %s: partial hashes of %s: %w", revisionsTable, r.Version, err)
		}
		revs = append(revs, &r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("database: read %s: %w", revisionsTable, err)
	}
	return revs, nil
}

// WriteRevision implements migrate.RevisionReadWriter.
func (s revisionStore) WriteRevision(ctx context.Context, r *migrate.Revision) error {
	partial, err := json.Marshal(r.PartialHashes)
	if err != nil {
		return err
	}
	if r.PartialHashes == nil {
		partial = []byte("[]")
	}
	_, err = s.q.ExecContext(ctx, rebind(s.d, `INSERT INTO `+revisionsTable+` (`+revisionColumns+`)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (version) DO UPDATE SET description = excluded.description, type = excluded.type,
			applied = excluded.applied, total = excluded.total, executed_at = excluded.executed_at,
			execution_time = excluded.execution_time, error = excluded.error, error_stmt = excluded.error_stmt,
			hash = excluded.hash, partial_hashes = excluded.partial_hashes, operator_version = excluded.operator_version`),
		r.Version, r.Description, int64(r.Type), r.Applied, r.Total, r.ExecutedAt.UTC(), int64(r.ExecutionTime),
		r.Error, r.ErrorStmt, r.Hash, string(partial), r.OperatorVersion)
	if err != nil {
		return fmt.Errorf("database: write %s: %w", revisionsTable, err)
	}
	return nil
}

// DeleteRevision implements migrate.RevisionReadWriter.
func (s revisionStore) DeleteRevision(ctx context.Context, version string) error {
	if _, err := s.q.ExecContext(ctx, rebind(s.d, "DELETE FROM "+revisionsTable+" WHERE version = ?"), version); err != nil {
		return fmt.Errorf("database: delete from %s: %w", revisionsTable, err)
	}
	return nil
}

// rebind turns ? placeholders into PostgreSQL's $1, $2, ...
func rebind(d, query string) string {
	if d != dialect.Postgres {
		return query
	}
	var b strings.Builder
	n := 0
	for _, r := range query {
		if r == '?' {
			n++
			b.WriteString("$" + strconv.Itoa(n))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// tableExists reports whether the database (on PostgreSQL: its current
// schema) has the table.
func tableExists(ctx context.Context, q querier, d, table string) (bool, error) {
	query := "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"
	if d == dialect.Postgres {
		query = "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = ?"
	}
	var n int
	if err := q.QueryRowContext(ctx, rebind(d, query), table).Scan(&n); err != nil {
		return false, fmt.Errorf("database: look for table %s: %w", table, err)
	}
	return n > 0, nil
}

// openDB opens a database/sql handle on the target, for migrations.
func openDB(t Target) (*sql.DB, error) {
	name := "postgres"
	if t.Dialect == dialect.SQLite {
		name = "sqlite"
	}
	db, err := sql.Open(name, t.DSN)
	if err != nil {
		return nil, fmt.Errorf("database: open %s: %w", t.Redacted(), err)
	}
	return db, nil
}

// atlasDriver returns Atlas's driver of the dialect over q.
func atlasDriver(d string, q querier) (migrate.Driver, error) {
	var (
		drv migrate.Driver
		err error
	)
	switch d {
	case dialect.Postgres:
		drv, err = postgres.Open(q)
	case dialect.SQLite:
		drv, err = sqlite.Open(q)
	default:
		err = errors.New("unsupported dialect " + d)
	}
	if err != nil {
		return nil, fmt.Errorf("database: migrate: %w", err)
	}
	return drv, nil
}

// scanStatements splits SQL into statements as the dialect reads it
// (dollar-quoted bodies on PostgreSQL, BEGIN ... END trigger bodies on
// SQLite).
func scanStatements(d, text string) ([]string, error) {
	var (
		stmts []*migrate.Stmt
		err   error
	)
	switch d {
	case dialect.Postgres:
		stmts, err = (&postgres.Driver{}).ScanStmts(text)
	default:
		stmts, err = (&sqlite.Driver{}).ScanStmts(text)
	}
	if err != nil {
		return nil, err
	}
	out := make([]string, len(stmts))
	for i, s := range stmts {
		out[i] = s.Text
	}
	return out, nil
}
