package database

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"slices"
	"strings"

	"ariga.io/atlas/sql/migrate"
	"entgo.io/ent/dialect"
)

// The versioned migration files, one folder per dialect, each an Atlas
// migration directory (files named VERSION_NAME.sql, applied in order, and
// atlas.sum with their checksums). `make generate` writes them from the ent
// schema and the hand-written SQL in migrations/raw
// (migrations/generate.go); docs/architecture.md explains the workflow.
//
//go:embed migrations/sqlite migrations/postgres
var migrationFiles embed.FS

// UnreleasedVersion is the version of the migration file that holds the
// schema changes since the last release. `make generate` rewrites that file
// whenever ent/schema or the raw SQL changes; a release freezes it under a
// version of its own (see docs/architecture.md). The version sorts after
// every real one.
const UnreleasedVersion = "99999999999999"

// RawMarker starts the part of a migration file copied from the
// hand-written raw SQL (triggers, functions, extensions, special indexes);
// what comes before it was generated from the ent schema.
const RawMarker = "-- roster:raw-sql"

// DirName returns the folder of the dialect's migration files under
// internal/database/migrations: "sqlite" or "postgres".
func DirName(d string) (string, error) {
	switch d {
	case dialect.SQLite:
		return "sqlite", nil
	case dialect.Postgres:
		return "postgres", nil
	default:
		return "", fmt.Errorf("database: no migrations for dialect %q", d)
	}
}

// MigrationDir returns the migration files of the dialect that are built
// into the binary, checked against their atlas.sum.
func MigrationDir(d string) (migrate.Dir, error) {
	name, err := DirName(d)
	if err != nil {
		return nil, err
	}
	root := path.Join("migrations", name)
	entries, err := fs.ReadDir(migrationFiles, root)
	if err != nil {
		return nil, fmt.Errorf("database: read migrations: %w", err)
	}
	dir := &migrate.MemDir{}
	for _, e := range entries {
		b, err := fs.ReadFile(migrationFiles, path.Join(root, e.Name()))
		if err != nil {
			return nil, fmt.Errorf("database: read migration %s: %w", e.Name(), err)
		}
		if err := dir.WriteFile(e.Name(), b); err != nil {
			return nil, fmt.Errorf("database: load migration %s: %w", e.Name(), err)
		}
	}
	if err := migrate.Validate(dir); err != nil {
		return nil, fmt.Errorf("database: the %s migration files do not match their atlas.sum (edited by hand?): %w", name, err)
	}
	return dir, nil
}

// RawSection returns the hand-written part of a migration file: what
// follows RawMarker, or "" when it has none.
func RawSection(content []byte) string {
	s := string(content)
	i := strings.Index(s, RawMarker)
	if i < 0 {
		return ""
	}
	s = s[i+len(RawMarker):]
	// The rest of the marker's line is a comment.
	if j := strings.IndexByte(s, '\n'); j >= 0 {
		return s[j+1:]
	}
	return ""
}

var (
	createIndexRe = regexp.MustCompile(`(?i)\bcreate\s+(?:unique\s+)?index\s+(?:concurrently\s+)?(?:if\s+not\s+exists\s+)?["` + "`" + `]?([a-z0-9_]+)`)
	dropIndexRe   = regexp.MustCompile(`(?i)\bdrop\s+index\s+(?:concurrently\s+)?(?:if\s+exists\s+)?["` + "`" + `]?([a-z0-9_]+)`)
	sqlCommentRe  = regexp.MustCompile(`(?m)--.*$`)
)

// RawIndexes returns the indexes that hand-written SQL creates, in the
// order given: each CREATE INDEX in the raw sections, minus those a later
// raw section drops. They are not declared in the ent schema, so the
// generator must leave them alone, and a test checks they exist after
// every migration.
func RawIndexes(raw ...string) []string {
	var names []string
	for _, r := range raw {
		r = sqlCommentRe.ReplaceAllString(r, "")
		type pos struct {
			at   int
			name string
			drop bool
		}
		var found []pos
		for _, m := range createIndexRe.FindAllStringSubmatchIndex(r, -1) {
			found = append(found, pos{m[0], strings.ToLower(r[m[2]:m[3]]), false})
		}
		for _, m := range dropIndexRe.FindAllStringSubmatchIndex(r, -1) {
			found = append(found, pos{m[0], strings.ToLower(r[m[2]:m[3]]), true})
		}
		slices.SortFunc(found, func(a, b pos) int { return a.at - b.at })
		for _, f := range found {
			names = slices.DeleteFunc(names, func(n string) bool { return n == f.name })
			if !f.drop {
				names = append(names, f.name)
			}
		}
	}
	return names
}
