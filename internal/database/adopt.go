package database

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
	"time"

	"ariga.io/atlas/sql/migrate"
	"entgo.io/ent/dialect"
)

// adopt records the baseline migration f as applied on a database that
// Roster's automatic migration created before versioned migrations
// existed. That migration built the same tables, columns and indexes as
// the baseline from the same ent schema, so adoption checks that they are
// all there (columns it left behind are allowed), creates the baseline's
// hand-written objects (triggers, functions, search indexes; that part of
// the baseline is written to be run again) and records the revision.
func adopt(ctx context.Context, tx *sql.Tx, d string, dir migrate.Dir, f migrate.File) error {
	files, err := dir.Files()
	if err != nil || len(files) == 0 || files[0].Name() != f.Name() {
		return fmt.Errorf("database: the database has Roster's tables but no migration history, and this binary cannot adopt it: its first migration is not the baseline")
	}
	want, err := baselineObjects(ctx)
	if err != nil {
		return err
	}
	have, err := schemaObjects(ctx, tx, d)
	if err != nil {
		return err
	}
	var missing []string
	for _, o := range want {
		if !slices.Contains(have, o) {
			missing = append(missing, o)
		}
	}
	if len(missing) > 0 {
		if len(missing) > 10 {
			missing = append(missing[:10], "…")
		}
		return fmt.Errorf("database: the database has Roster's tables but no migration history, and it lacks parts of the baseline schema (%s). Start it once with the last Roster release before versioned migrations, whose automatic migration completes it, then migrate again",
			strings.Join(missing, ", "))
	}
	stmts, err := scanStatements(d, RawSection(f.Bytes()))
	if err != nil {
		return fmt.Errorf("database: adopt: read %s: %w", f.Name(), err)
	}
	for _, s := range stmts {
		if _, err := tx.ExecContext(ctx, s); err != nil {
			return fmt.Errorf("database: adopt: %q: %w", abbreviate(s), err)
		}
	}
	sums, err := dir.Checksum()
	if err != nil {
		return fmt.Errorf("database: read migrations: %w", err)
	}
	sum, err := sums.SumByName(f.Name())
	if err != nil {
		return fmt.Errorf("database: read migrations: %s: %w", f.Name(), err)
	}
	all, err := scanStatements(d, string(f.Bytes()))
	if err != nil {
		return fmt.Errorf("database: adopt: read %s: %w", f.Name(), err)
	}
	return revisionStore{q: tx, d: d}.WriteRevision(ctx, &migrate.Revision{
		Version: f.Version(), Description: f.Desc(), Type: migrate.RevisionTypeBaseline,
		Applied: len(all), Total: len(all), ExecutedAt: time.Now(), Hash: sum,
	})
}

// baselineObjects lists the tables, columns (table.column) and indexes
// (index name) the baseline creates. Both dialects' baselines come from
// one ent schema and share these names, so the SQLite baseline, replayed
// in memory, answers for both.
func baselineObjects(ctx context.Context) ([]string, error) {
	dir, err := MigrationDir(dialect.SQLite)
	if err != nil {
		return nil, err
	}
	files, err := dir.Files()
	if err != nil || len(files) == 0 {
		return nil, fmt.Errorf("database: read the baseline migration: %v", err)
	}
	db, err := sql.Open("sqlite", "file:baseline?mode=memory")
	if err != nil {
		return nil, fmt.Errorf("database: replay the baseline: %w", err)
	}
	defer db.Close()
	// An in-memory database lives as long as its one connection.
	db.SetMaxOpenConns(1)
	stmts, err := scanStatements(dialect.SQLite, string(files[0].Bytes()))
	if err != nil {
		return nil, fmt.Errorf("database: replay the baseline: %w", err)
	}
	for _, s := range stmts {
		if _, err := db.ExecContext(ctx, s); err != nil {
			return nil, fmt.Errorf("database: replay the baseline: %w", err)
		}
	}
	return schemaObjects(ctx, db, dialect.SQLite)
}

// schemaObjects lists the tables, columns (table.column) and named
// indexes of the database (on PostgreSQL: of its current schema), sorted.
func schemaObjects(ctx context.Context, q querier, d string) ([]string, error) {
	queries := []string{
		`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`,
		`SELECT m.name || '.' || p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'`,
		`SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL`,
	}
	if d == dialect.Postgres {
		queries = []string{
			`SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()`,
			`SELECT table_name || '.' || column_name FROM information_schema.columns WHERE table_schema = current_schema()`,
			`SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()`,
		}
	}
	var names []string
	for _, query := range queries {
		rows, err := q.QueryContext(ctx, query)
		if err != nil {
			return nil, fmt.Errorf("database: inspect the schema: %w", err)
		}
		for rows.Next() {
			var n string
			if err := rows.Scan(&n); err != nil {
				rows.Close()
				return nil, fmt.Errorf("database: inspect the schema: %w", err)
			}
			if n != revisionsTable && !strings.HasPrefix(n, revisionsTable+".") {
				names = append(names, n)
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("database: inspect the schema: %w", err)
		}
	}
	slices.Sort(names)
	return names, nil
}
