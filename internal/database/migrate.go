package database

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"slices"
	"strings"

	"ariga.io/atlas/sql/migrate"
	"entgo.io/ent/dialect"

	"github.com/rosterhq/roster/ent"
	"github.com/rosterhq/roster/ent/role"
	"github.com/rosterhq/roster/internal/permission"
	"github.com/rosterhq/roster/internal/pulid"
	"github.com/rosterhq/roster/internal/viewer"
)

// Names of the built-in roles.
const (
	RoleAdmin = permission.AdminRole
	RoleUser  = permission.UserRole
)

// SettingsID is the ID of the one settings row.
const SettingsID pulid.ID = "set_00000000000000000000000000"

// ErrSchemaNewer means the database was migrated by a newer Roster (or a
// development build) than this binary: serving it could corrupt data.
var ErrSchemaNewer = errors.New("database: the database schema is newer than this binary")

// ErrSchemaOlder means the database needs migrations this binary brings,
// and the caller did not allow them.
var ErrSchemaOlder = errors.New("database: the database schema is older than this binary")

// Ready makes the database usable by this binary and reports what it did
// to log: an empty database gets every migration; a database that is
// older than the binary is migrated only when allowMigrate is true (else
// ErrSchemaOlder); one that is newer, or whose applied migrations differ
// from the binary's, is refused. Then it creates the built-in roles and
// the settings row when missing. Several processes may call it at once.
func Ready(ctx context.Context, client *ent.Client, t Target, allowMigrate bool, log *slog.Logger) error {
	st, err := ReadStatus(ctx, t)
	if err != nil {
		return err
	}
	if err := st.Err(); err != nil {
		return err
	}
	if st.Older() {
		if !st.Empty && !allowMigrate {
			return fmt.Errorf("%w: %d migration(s) pending (%s). Back up the database, then run `roster migrate up`, or start with --migrate=true",
				ErrSchemaOlder, len(st.Pending), strings.Join(st.Pending, ", "))
		}
		applied, err := Up(ctx, t)
		if err != nil {
			return err
		}
		for _, name := range applied {
			log.InfoContext(ctx, "database: applied migration", "file", name)
		}
	}
	if err := bootstrap(ctx, client); err != nil {
		return err
	}
	if t.Dialect == dialect.Postgres {
		warnWithoutSearchIndexes(ctx, client, log)
	}
	return nil
}

// Migrate applies every pending migration and creates the built-in rows,
// quietly: what tests and tools use to get a current database.
func Migrate(ctx context.Context, client *ent.Client, t Target) error {
	return Ready(ctx, client, t, true, slog.New(slog.NewTextHandler(io.Discard, nil)))
}

// Status compares a database with the migration files of this binary.
type Status struct {
	// Dialect is the database's dialect.
	Dialect string
	// Latest is the version of the binary's newest migration file.
	Latest string
	// Applied are the migrations the database records, oldest first.
	Applied []migrate.Revision
	// Pending are the binary's migration files the database lacks, in the
	// order Up applies them.
	Pending []string
	// Unknown are applied versions this binary has no file for: the
	// database was migrated by a newer Roster or by a development build.
	Unknown []string
	// Changed are applied files whose content differs from the binary's
	// file of the same version (a development build's unreleased file).
	Changed []string
	// Empty means the database has none of Roster's tables.
	Empty bool
	// Unversioned means the database has Roster's tables but no migration
	// history: it was created by the automatic migration of a Roster that
	// predates versioned migrations. Up adopts it as the first (baseline)
	// migration after checking that its tables match.
	Unversioned bool
}

// Current returns the newest applied version, or "".
func (s Status) Current() string {
	if len(s.Applied) == 0 {
		return ""
	}
	return s.Applied[len(s.Applied)-1].Version
}

// Older reports whether migrations are pending.
func (s Status) Older() bool { return len(s.Pending) > 0 }

// Err explains why this binary must not use the database, or is nil.
func (s Status) Err() error {
	switch {
	case len(s.Unknown) > 0:
		return fmt.Errorf("%w: it has migration(s) %s, which this binary (newest: %s) does not know. Run the Roster release that migrated it, or restore a backup made before",
			ErrSchemaNewer, strings.Join(s.Unknown, ", "), s.Latest)
	case len(s.Changed) > 0:
		return fmt.Errorf("database: migration(s) %s were applied with other content than this binary's files: the database was migrated by a development build whose unreleased migration has changed since. Recreate it or restore a backup",
			strings.Join(s.Changed, ", "))
	}
	return nil
}

// ReadStatus compares the database with the binary's migration files
// without changing anything.
func ReadStatus(ctx context.Context, t Target) (Status, error) {
	dir, err := MigrationDir(t.Dialect)
	if err != nil {
		return Status{}, err
	}
	db, err := openDB(t)
	if err != nil {
		return Status{}, err
	}
	defer db.Close()
	return readStatus(ctx, db, t.Dialect, dir)
}

// querier is what *sql.DB, *sql.Conn and *sql.Tx have in common.
type querier interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

func readStatus(ctx context.Context, q querier, d string, dir migrate.Dir) (Status, error) {
	files, err := dir.Files()
	if err != nil {
		return Status{}, fmt.Errorf("database: read migrations: %w", err)
	}
	sums, err := dir.Checksum()
	if err != nil {
		return Status{}, fmt.Errorf("database: read migrations: %w", err)
	}
	st := Status{Dialect: d}
	if len(files) > 0 {
		st.Latest = files[len(files)-1].Version()
	}
	var revs []*migrate.Revision
	if ok, err := tableExists(ctx, q, d, revisionsTable); err != nil {
		return Status{}, err
	} else if ok {
		if revs, err = (revisionStore{q: q, d: d}).ReadRevisions(ctx); err != nil {
			return Status{}, err
		}
	}
	if len(revs) == 0 {
		users, err := tableExists(ctx, q, d, "users")
		if err != nil {
			return Status{}, err
		}
		st.Empty, st.Unversioned = !users, users
	}
	applied := map[string]bool{}
	for _, r := range revs {
		st.Applied = append(st.Applied, *r)
		applied[r.Version] = true
		i := migrate.FilesLastIndex(files, func(f migrate.File) bool { return f.Version() == r.Version })
		if i < 0 {
			st.Unknown = append(st.Unknown, r.Version+"_"+r.Description)
			continue
		}
		if sum, err := sums.SumByName(files[i].Name()); err != nil || sum != r.Hash {
			st.Changed = append(st.Changed, files[i].Name())
		}
	}
	for _, f := range files {
		if !applied[f.Version()] {
			st.Pending = append(st.Pending, f.Name())
		}
	}
	return st, nil
}

// Up applies the pending migrations, each in a transaction of its own
// with its record in the revisions table, and returns the names of the
// files it applied. A database without history that has Roster's tables
// is adopted: its tables are checked against the baseline (the first
// file), the baseline's hand-written objects are created where missing,
// and the baseline is recorded as applied.
//
// Several processes may run Up at once. On PostgreSQL an advisory lock
// (per schema) lets one migrate at a time; on SQLite each step takes the
// write lock (BEGIN IMMEDIATE). Either way each step reads the history
// again, so a file is applied once.
func Up(ctx context.Context, t Target) ([]string, error) {
	dir, err := MigrationDir(t.Dialect)
	if err != nil {
		return nil, err
	}
	return up(ctx, t, dir)
}

// up applies the pending migrations of dir; see Up.
func up(ctx context.Context, t Target, dir migrate.Dir) ([]string, error) {
	db, err := openDB(t)
	if err != nil {
		return nil, err
	}
	defer db.Close()
	conn, err := db.Conn(ctx)
	if err != nil {
		return nil, fmt.Errorf("database: migrate: %w", err)
	}
	defer conn.Close()
	switch t.Dialect {
	case dialect.Postgres:
		if _, err := conn.ExecContext(ctx, "SELECT pg_advisory_lock($1, hashtext(current_schema()))", migrationLockKey); err != nil {
			return nil, fmt.Errorf("database: migrate: take the migration lock: %w", err)
		}
		//nolint:errcheck // the lock also ends with the connection
		defer conn.ExecContext(context.WithoutCancel(ctx), "SELECT pg_advisory_unlock($1, hashtext(current_schema()))", migrationLockKey)
	case dialect.SQLite:
		// A migration may rebuild a table (SQLite cannot alter a column),
		// which with foreign keys on would cascade the old table's
		// deletion into its children. Foreign keys stay off while
		// migrating, and each step checks them before it commits. The
		// setting has no effect inside a transaction, so it is made here.
		if _, err := conn.ExecContext(ctx, "PRAGMA foreign_keys = OFF"); err != nil {
			return nil, fmt.Errorf("database: migrate: %w", err)
		}
		//nolint:errcheck // the connection is closed right after
		defer conn.ExecContext(context.WithoutCancel(ctx), "PRAGMA foreign_keys = ON")
	}
	var applied []string
	for {
		name, err := upStep(ctx, conn, t.Dialect, dir)
		if err != nil || name == "" {
			return applied, err
		}
		applied = append(applied, name)
	}
}

// migrationLockKey is the first key of the PostgreSQL advisory lock that
// serialises migrations of one schema; the second is the schema's hash.
const migrationLockKey = 726_010

// upStep applies the first pending migration in a transaction and returns
// its file name, or "" when nothing is pending.
func upStep(ctx context.Context, conn *sql.Conn, d string, dir migrate.Dir) (name string, err error) {
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return "", fmt.Errorf("database: migrate: begin: %w", err)
	}
	defer func() {
		if err != nil {
			_ = tx.Rollback()
		}
	}()
	if _, err := tx.ExecContext(ctx, revisionsDDL(d)); err != nil {
		return "", fmt.Errorf("database: migrate: create %s: %w", revisionsTable, err)
	}
	st, err := readStatus(ctx, tx, d, dir)
	if err != nil {
		return "", err
	}
	if err := st.Err(); err != nil {
		return "", err
	}
	if !st.Older() {
		return "", tx.Commit()
	}
	files, err := dir.Files()
	if err != nil {
		return "", fmt.Errorf("database: read migrations: %w", err)
	}
	next := files[migrate.FilesLastIndex(files, func(f migrate.File) bool { return f.Name() == st.Pending[0] })]
	if st.Unversioned {
		err = adopt(ctx, tx, d, dir, next)
	} else {
		err = apply(ctx, tx, d, dir, next)
	}
	if err != nil {
		return "", err
	}
	if d == dialect.SQLite {
		if err := checkForeignKeys(ctx, tx); err != nil {
			return "", fmt.Errorf("database: migration %s: %w", next.Name(), err)
		}
	}
	if err := tx.Commit(); err != nil {
		return "", fmt.Errorf("database: migration %s: commit: %w", next.Name(), err)
	}
	return next.Name(), nil
}

// apply runs one migration file with Atlas's executor, which splits it
// into statements the way the dialect reads them and records the revision.
func apply(ctx context.Context, tx *sql.Tx, d string, dir migrate.Dir, f migrate.File) error {
	drv, err := atlasDriver(d, tx)
	if err != nil {
		return err
	}
	ex, err := migrate.NewExecutor(drv, dir, revisionStore{q: tx, d: d}, migrate.WithAllowDirty(true))
	if err != nil {
		return fmt.Errorf("database: migrate: %w", err)
	}
	if err := ex.Execute(ctx, f); err != nil {
		// On PostgreSQL the failed statement aborts the transaction, and
		// the executor's attempt to record the error fails as well: report
		// the statement's own error.
		var se *migrate.StmtExecError
		if errors.As(err, &se) {
			return fmt.Errorf("database: migration %s failed (nothing of it was applied) at %q: %w", f.Name(), abbreviate(se.Stmt.Text), se.Err)
		}
		return fmt.Errorf("database: migration %s: %w", f.Name(), err)
	}
	return nil
}

// abbreviate shortens a statement for an error message.
func abbreviate(stmt string) string {
	stmt = strings.Join(strings.Fields(stmt), " ")
	if len(stmt) > 200 {
		return stmt[:200] + "…"
	}
	return stmt
}

// checkForeignKeys fails when a row of the SQLite database references a
// row that does not exist.
func checkForeignKeys(ctx context.Context, tx *sql.Tx) error {
	rows, err := tx.QueryContext(ctx, "PRAGMA foreign_key_check")
	if err != nil {
		return fmt.Errorf("check foreign keys: %w", err)
	}
	defer rows.Close()
	if rows.Next() {
		var table string
		var rowid sql.NullInt64
		var parent string
		var fkid int
		if err := rows.Scan(&table, &rowid, &parent, &fkid); err != nil {
			return fmt.Errorf("check foreign keys: %w", err)
		}
		return fmt.Errorf("a row of %s references a missing row of %s", table, parent)
	}
	return rows.Err()
}

// bootstrap creates the rows every instance needs.
func bootstrap(ctx context.Context, client *ent.Client) error {
	ctx = viewer.SystemContext(ctx)
	roles := []struct {
		name, description string
		perms             []permission.Permission
	}{
		{RoleAdmin, "Administrators: every permission, on every user.", permission.All()},
		{RoleUser, "Users: their own account only.", []permission.Permission{}},
	}
	for _, r := range roles {
		err := client.Role.Create().
			SetName(r.name).SetDescription(r.description).
			SetBuiltin(true).SetPermissions(r.perms).
			OnConflictColumns(role.FieldName).DoNothing().
			Exec(ctx)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("database: create built-in role %s: %w", r.name, err)
		}
	}
	// The built-in admin holds every permission, those that a newer
	// version added (such as users:email) included.
	admin, err := client.Role.Query().Where(role.Name(RoleAdmin), role.Builtin(true)).Only(ctx)
	if err != nil {
		return fmt.Errorf("database: read the built-in admin role: %w", err)
	}
	if !slices.Equal(permission.Set(admin.Permissions), permission.All()) {
		if err := client.Role.UpdateOne(admin).SetPermissions(permission.All()).Exec(ctx); err != nil {
			return fmt.Errorf("database: give the built-in admin role every permission: %w", err)
		}
	}
	err = client.Settings.Create().SetID(SettingsID).
		OnConflictColumns("id").DoNothing().
		Exec(ctx)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("database: create settings: %w", err)
	}
	return nil
}

// warnWithoutSearchIndexes logs a warning when the trigram indexes of
// users(search:) are missing on PostgreSQL: the migration could not create
// the pg_trgm extension, and search scans every user.
func warnWithoutSearchIndexes(ctx context.Context, client *ent.Client, log *slog.Logger) {
	rows, err := client.QueryContext(ctx, "SELECT count(*) FROM pg_indexes WHERE schemaname = current_schema() AND indexname = 'users_search_trgm'")
	if err != nil {
		log.WarnContext(ctx, "database: cannot look for the search indexes", "error", err)
		return
	}
	defer rows.Close()
	n := 0
	if rows.Next() {
		_ = rows.Scan(&n)
	}
	if n == 0 {
		log.WarnContext(ctx, "database: pg_trgm is not installed, so users(search:) scans every user instead of using indexes; see docs/operations.md#search-indexes to add them")
	}
}
