package database_test

import (
	"context"
	"database/sql"
	"errors"
	"io"
	"log/slog"
	"net/url"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"ariga.io/atlas/sql/migrate"
	"ariga.io/atlas/sql/postgres"
	atlas "ariga.io/atlas/sql/schema"
	"ariga.io/atlas/sql/sqlite"
	"entgo.io/ent/dialect"

	"github.com/rosterhq/roster/ent"
	"github.com/rosterhq/roster/ent/emailalias"
	"github.com/rosterhq/roster/ent/user"
	"github.com/rosterhq/roster/internal/apitest"
	"github.com/rosterhq/roster/internal/database"
)

var quiet = slog.New(slog.NewTextHandler(io.Discard, nil))

// fixture returns the statements of the dump of a database that Roster's
// automatic migration created (testdata/automigrated), rewritten for the
// target: on PostgreSQL into the target's schema.
func fixture(t *testing.T, target database.Target) []string {
	t.Helper()
	name, err := database.DirName(target.Dialect)
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile("testdata/automigrated/" + name + ".sql")
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	if target.Dialect == dialect.Postgres {
		text = strings.ReplaceAll(text, "roster_automigrated", schemaOf(t, target))
	}
	stmts, err := database.ScanStatements(target.Dialect, text)
	if err != nil {
		t.Fatal(err)
	}
	// The target's schema exists already.
	return slices.DeleteFunc(stmts, func(s string) bool { return strings.HasPrefix(s, "CREATE SCHEMA ") })
}

// schemaOf returns the PostgreSQL schema of the target's search_path.
func schemaOf(t *testing.T, target database.Target) string {
	t.Helper()
	u, err := url.Parse(target.DSN)
	if err != nil {
		t.Fatal(err)
	}
	return u.Query().Get("search_path")
}

// execAll runs statements on one connection of the target, after setup
// (statements of the session, such as switching foreign keys off).
func execAll(t *testing.T, target database.Target, setup string, stmts []string) {
	t.Helper()
	driver := "postgres"
	if target.Dialect == dialect.SQLite {
		driver = "sqlite"
	}
	db, err := sql.Open(driver, target.DSN)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	if setup != "" {
		if _, err := db.Exec(setup); err != nil {
			t.Fatalf("%s: %v", setup, err)
		}
	}
	for _, s := range stmts {
		if _, err := db.Exec(s); err != nil {
			t.Fatalf("%.200s: %v", s, err)
		}
	}
}

var insertRe = regexp.MustCompile(`^INSERT INTO (?:[a-z0-9_]+\.)?([a-z0-9_]+)`)

// rowCounts counts the fixture's rows per table.
func rowCounts(stmts []string) map[string]int {
	n := map[string]int{}
	for _, s := range stmts {
		if m := insertRe.FindStringSubmatch(s); m != nil {
			n[m[1]]++
		}
	}
	return n
}

// checkData asserts that the database holds the fixture's rows, that ent
// reads every user, alias and history entry, and that the rule "an address
// belongs to one account" is still enforced by the database.
func checkData(t *testing.T, env *apitest.Env, target database.Target, want map[string]int) {
	t.Helper()
	ctx := env.Ctx
	client, err := database.Open(ctx, target)
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	if len(want) < 15 {
		t.Fatalf("the fixture fills only %d tables", len(want))
	}
	for table, n := range want {
		var got int
		rows, err := client.QueryContext(ctx, "SELECT count(*) FROM "+table)
		if err != nil {
			t.Fatal(err)
		}
		if rows.Next() {
			_ = rows.Scan(&got)
		}
		rows.Close()
		if got != n {
			t.Errorf("%s: %d rows after the upgrade, want %d", table, got, n)
		}
	}
	us := client.User.Query().WithEmailAliases().WithRole().AllX(ctx)
	if len(us) != want["users"] {
		t.Errorf("ent reads %d users, want %d", len(us), want["users"])
	}
	// The migration fills the alias text that search reads with each
	// user's confirmed aliases.
	aliased := 0
	for _, u := range us {
		var confirmed, got []string
		for _, a := range u.Edges.EmailAliases {
			if a.ConfirmedAt != nil {
				confirmed = append(confirmed, a.Email)
			}
		}
		if u.AliasText != nil {
			got = strings.Split(*u.AliasText, " ")
			aliased++
		}
		slices.Sort(confirmed)
		slices.Sort(got)
		if !slices.Equal(got, confirmed) {
			t.Errorf("%s: alias text %q after the upgrade, want the confirmed aliases %q", u.Email, got, confirmed)
		}
	}
	if aliased == 0 {
		t.Error("no user has an alias text after the upgrade: the fixture has confirmed aliases")
	}
	client.AuditEntry.Query().AllX(ctx)
	alias := client.EmailAlias.Query().Where(emailalias.ConfirmedAtNotNil()).FirstX(ctx)
	role := client.Role.Query().FirstX(ctx)
	_, err = client.User.Create().SetEmail(alias.Email).SetSource(user.SourceADMIN).SetRole(role).Save(ctx)
	if !ent.IsConstraintError(err) {
		t.Errorf("a user on a confirmed alias's address after the upgrade: err = %v, want a constraint error", err)
	}
}

// inspect reads the schema of the target with Atlas, without the
// migration history.
func inspect(t *testing.T, target database.Target) *atlas.Schema {
	t.Helper()
	driver := "postgres"
	if target.Dialect == dialect.SQLite {
		driver = "sqlite"
	}
	db, err := sql.Open(driver, target.DSN)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	var drv migrate.Driver
	if target.Dialect == dialect.SQLite {
		drv, err = sqlite.Open(db)
	} else {
		drv, err = postgres.Open(db)
	}
	if err != nil {
		t.Fatal(err)
	}
	s, err := drv.InspectSchema(context.Background(), "", nil)
	if err != nil {
		t.Fatal(err)
	}
	s.Tables = slices.DeleteFunc(s.Tables, func(t *atlas.Table) bool { return t.Name == "roster_schema_revisions" })
	s.Name = ""
	return s
}

// sameSchema asserts that two databases have the same tables, columns,
// types, defaults, indexes and foreign keys.
func sameSchema(t *testing.T, got, want database.Target) {
	t.Helper()
	a, b := inspect(t, got), inspect(t, want)
	db, err := sql.Open(map[string]string{dialect.SQLite: "sqlite", dialect.Postgres: "postgres"}[got.Dialect], got.DSN)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var drv migrate.Driver
	if got.Dialect == dialect.SQLite {
		drv, err = sqlite.Open(db)
	} else {
		drv, err = postgres.Open(db)
	}
	if err != nil {
		t.Fatal(err)
	}
	changes, err := drv.SchemaDiff(a, b)
	if err != nil {
		t.Fatal(err)
	}
	if len(changes) > 0 {
		plan, err := drv.PlanChanges(context.Background(), "diff", changes)
		if err != nil {
			t.Fatal(err)
		}
		var lines []string
		for _, c := range plan.Changes {
			lines = append(lines, c.Cmd)
		}
		t.Fatalf("the upgraded schema differs from a fresh one; to match it:\n%s", strings.Join(lines, "\n"))
	}
}

// files returns the binary's migration files of the dialect.
func files(t *testing.T, d string) []migrate.File {
	t.Helper()
	dir, err := database.MigrationDir(d)
	if err != nil {
		t.Fatal(err)
	}
	fs, err := dir.Files()
	if err != nil || len(fs) == 0 {
		t.Fatalf("no migration files: %v", err)
	}
	return fs
}

// TestUpgradeFromAutomaticMigration: a database that the last Roster
// before versioned migrations created (schema and data as its automatic
// migration left them) is adopted: serve refuses it until told to
// migrate, then the baseline is recorded, every later migration applied,
// the data kept, and the schema is that of a new database.
func TestUpgradeFromAutomaticMigration(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		ctx := env.Ctx
		target := freshTarget(t, env)
		stmts := fixture(t, target)
		execAll(t, target, "", stmts)

		st, err := database.ReadStatus(ctx, target)
		if err != nil {
			t.Fatal(err)
		}
		all := files(t, env.Dialect)
		if !st.Unversioned || st.Empty || len(st.Applied) != 0 || len(st.Pending) != len(all) || st.Err() != nil {
			t.Fatalf("status of the old database = %+v, want unversioned with %d pending", st, len(all))
		}

		client, err := database.Open(ctx, target)
		if err != nil {
			t.Fatal(err)
		}
		defer client.Close()
		if err := database.Ready(ctx, client, target, false, quiet); !errors.Is(err, database.ErrSchemaOlder) {
			t.Fatalf("serving the old database without --migrate: err = %v, want ErrSchemaOlder", err)
		}
		if again, _ := database.ReadStatus(ctx, target); !again.Unversioned || len(again.Applied) != 0 {
			t.Fatalf("the refusal changed the database: %+v", again)
		}
		if err := database.Ready(ctx, client, target, true, quiet); err != nil {
			t.Fatalf("migrating the old database: %v", err)
		}
		st, err = database.ReadStatus(ctx, target)
		if err != nil {
			t.Fatal(err)
		}
		if len(st.Pending) != 0 || st.Unversioned || st.Err() != nil || len(st.Applied) != len(all) {
			t.Fatalf("status after the upgrade = %+v", st)
		}
		if st.Applied[0].Version != all[0].Version() || st.Applied[0].Type != migrate.RevisionTypeBaseline {
			t.Fatalf("first revision = %+v, want the baseline %s recorded as adopted", st.Applied[0], all[0].Name())
		}
		checkData(t, env, target, rowCounts(stmts))
		sameSchema(t, target, env.Target)
	})
}

// TestUpgradeFromBaseline: a database migrated to the baseline by the
// migration files, with data, takes every later migration and keeps its
// data; the result is the schema of a new database.
func TestUpgradeFromBaseline(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		ctx := env.Ctx
		target := freshTarget(t, env)
		all := files(t, env.Dialect)
		baseline := &migrate.MemDir{}
		if err := baseline.CopyFiles(all[:1]); err != nil {
			t.Fatal(err)
		}
		if applied, err := database.UpWith(ctx, target, baseline); err != nil || len(applied) != 1 {
			t.Fatalf("migrate to the baseline: %v, %v", applied, err)
		}
		var inserts []string
		for _, s := range fixture(t, target) {
			if strings.HasPrefix(s, "INSERT INTO ") {
				inserts = append(inserts, s)
			}
		}
		// The dump lists tables by name, not in the order of their foreign
		// keys: load it with them off, as a restore would.
		setup := "PRAGMA foreign_keys = OFF"
		if env.Dialect == dialect.Postgres {
			setup = "SET session_replication_role = replica"
		}
		execAll(t, target, setup, inserts)

		client, err := database.Open(ctx, target)
		if err != nil {
			t.Fatal(err)
		}
		defer client.Close()
		err = database.Ready(ctx, client, target, false, quiet)
		if len(all) > 1 && !errors.Is(err, database.ErrSchemaOlder) {
			t.Fatalf("serving a database at the baseline without --migrate: err = %v, want ErrSchemaOlder", err)
		}
		if err := database.Ready(ctx, client, target, true, quiet); err != nil {
			t.Fatalf("upgrade: %v", err)
		}
		st, err := database.ReadStatus(ctx, target)
		if err != nil || len(st.Pending) != 0 || len(st.Applied) != len(all) {
			t.Fatalf("status after the upgrade = %+v, %v", st, err)
		}
		checkData(t, env, target, rowCounts(inserts))
		sameSchema(t, target, env.Target)
	})
}

// TestEmptyDatabaseNeedsNoFlag: serve sets up an empty database without
// --migrate (there is nothing to upgrade), and a current one needs nothing.
func TestEmptyDatabaseNeedsNoFlag(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		target := freshTarget(t, env)
		st, err := database.ReadStatus(env.Ctx, target)
		if err != nil || !st.Empty || st.Unversioned {
			t.Fatalf("status of an empty database = %+v, %v", st, err)
		}
		client, err := database.Open(env.Ctx, target)
		if err != nil {
			t.Fatal(err)
		}
		defer client.Close()
		for range 2 {
			if err := database.Ready(env.Ctx, client, target, false, quiet); err != nil {
				t.Fatal(err)
			}
		}
		checkBootstrap(t, client)
		st, err = database.ReadStatus(env.Ctx, target)
		if err != nil || st.Older() || st.Current() != files(t, env.Dialect)[len(files(t, env.Dialect))-1].Version() {
			t.Fatalf("status after setup = %+v, %v", st, err)
		}
	})
}

// TestRefusesNewerSchema: a database that records a migration this binary
// does not have was migrated by a newer Roster; nothing may use it, with
// or without --migrate.
func TestRefusesNewerSchema(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		ctx := env.Ctx
		_, err := env.Client.ExecContext(ctx, `INSERT INTO roster_schema_revisions
			(version, description, type, applied, total, executed_at, execution_time, hash)
			VALUES ('99999999999998', 'future', 2, 1, 1, CURRENT_TIMESTAMP, 0, 'h1:x')`)
		if err != nil {
			t.Fatal(err)
		}
		for _, allow := range []bool{false, true} {
			err := database.Ready(ctx, env.Client, env.Target, allow, quiet)
			if !errors.Is(err, database.ErrSchemaNewer) || !strings.Contains(err.Error(), "99999999999998_future") {
				t.Errorf("Ready(migrate=%v) on a newer database: err = %v, want ErrSchemaNewer naming the migration", allow, err)
			}
		}
		if _, err := database.Up(ctx, env.Target); !errors.Is(err, database.ErrSchemaNewer) {
			t.Errorf("Up on a newer database: err = %v, want ErrSchemaNewer", err)
		}
	})
}

// TestRefusesChangedMigration: an applied migration whose file has other
// content now (a development build's unreleased file that changed) stops
// the start.
func TestRefusesChangedMigration(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		ctx := env.Ctx
		last := files(t, env.Dialect)[len(files(t, env.Dialect))-1]
		if _, err := env.Client.ExecContext(ctx, "UPDATE roster_schema_revisions SET hash = 'h1:other' WHERE version = '"+last.Version()+"'"); err != nil {
			t.Fatal(err)
		}
		err := database.Ready(ctx, env.Client, env.Target, true, quiet)
		if err == nil || !strings.Contains(err.Error(), last.Name()) || !strings.Contains(err.Error(), "other content") {
			t.Fatalf("Ready on a database whose applied migration changed: err = %v", err)
		}
	})
}

// laterVersion sorts after every migration of the binary, the unreleased
// one included, so that a test's extra file comes last and leaves the
// checksums of the others alone.
const laterVersion = database.UnreleasedVersion + "x"

// TestFailedMigrationChangesNothing: a migration file that fails halfway
// leaves neither its first statements nor a record behind, and the next
// attempt starts it again.
func TestFailedMigrationChangesNothing(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		ctx := env.Ctx
		target := freshTarget(t, env)
		dir := &migrate.MemDir{}
		broken := migrate.NewLocalFile(laterVersion+"_broken.sql", []byte("CREATE TABLE half_done (id integer);\nINSERT INTO no_such_table VALUES (1);\n"))
		if err := dir.CopyFiles(append(files(t, env.Dialect), broken)); err != nil {
			t.Fatal(err)
		}
		applied, err := database.UpWith(ctx, target, dir)
		if err == nil || !strings.Contains(err.Error(), broken.Name()) {
			t.Fatalf("applying a broken migration: err = %v", err)
		}
		if len(applied) != len(files(t, env.Dialect)) {
			t.Fatalf("applied %v before the broken file", applied)
		}
		client, err := database.Open(ctx, target)
		if err != nil {
			t.Fatal(err)
		}
		defer client.Close()
		var n int
		rows, err := client.QueryContext(ctx, "SELECT count(*) FROM roster_schema_revisions WHERE version = '"+laterVersion+"'")
		if err != nil {
			t.Fatal(err)
		}
		rows.Next()
		_ = rows.Scan(&n)
		rows.Close()
		if n != 0 {
			t.Errorf("the broken migration was recorded")
		}
		if _, err := client.ExecContext(ctx, "SELECT * FROM half_done"); err == nil {
			t.Errorf("the broken migration's first statement stayed")
		}
		if _, err := database.UpWith(ctx, target, dir); err == nil || !strings.Contains(err.Error(), broken.Name()) {
			t.Errorf("second attempt: err = %v, want the same failure", err)
		}
	})
}

// TestSQLiteTableRebuildKeepsChildren: SQLite cannot alter a column, so a
// migration rebuilds the table (copy, drop, rename). With foreign keys on,
// dropping the old table would delete the rows that reference it through
// ON DELETE CASCADE; Up switches them off while it migrates.
func TestSQLiteTableRebuildKeepsChildren(t *testing.T) {
	env := apitest.New(t, dialect.SQLite)
	ctx := env.Ctx
	target := freshTarget(t, env)
	client := apitest.MigratedClient(t, target)
	acme := client.Customer.Create().SetName("Acme").SaveX(ctx)
	u := client.User.Create().SetEmail("kept@example.com").SetSource(user.SourceADMIN).
		SetRole(client.Role.Query().FirstX(ctx)).AddCustomers(acme).SaveX(ctx)

	// The statements Atlas plans for such a change.
	rows, err := client.QueryContext(ctx, "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'customers'")
	if err != nil {
		t.Fatal(err)
	}
	var ddl string
	rows.Next()
	if err := rows.Scan(&ddl); err != nil {
		t.Fatal(err)
	}
	rows.Close()
	dir := &migrate.MemDir{}
	rebuild := migrate.NewLocalFile(laterVersion+"_rebuild.sql", []byte(
		strings.Replace(ddl, "`customers`", "`new_customers`", 1)+";\n"+
			"INSERT INTO `new_customers` SELECT * FROM `customers`;\n"+
			"DROP TABLE `customers`;\n"+
			"ALTER TABLE `new_customers` RENAME TO `customers`;\n"))
	if err := dir.CopyFiles(append(files(t, dialect.SQLite), rebuild)); err != nil {
		t.Fatal(err)
	}
	if _, err := database.UpWith(ctx, target, dir); err != nil {
		t.Fatal(err)
	}
	if n := client.User.QueryCustomers(u).CountX(ctx); n != 1 {
		t.Fatalf("the user has %d customers after the rebuild, want 1", n)
	}
}

var triggerRe = regexp.MustCompile(`(?i)\bcreate\s+(?:or\s+replace\s+)?trigger\s+(?:if\s+not\s+exists\s+)?([a-z0-9_]+)`)

// TestRawObjectsExist: every trigger and index that the hand-written SQL
// of the migration files creates exists after migrating. (A table rebuild
// on SQLite drops the table's triggers; the raw SQL must create them
// again.)
func TestRawObjectsExist(t *testing.T) {
	apitest.Each(t, func(t *testing.T, env *apitest.Env) {
		var sections []string
		var triggers []string
		for _, f := range files(t, env.Dialect) {
			raw := database.RawSection(f.Bytes())
			sections = append(sections, raw)
			for _, m := range triggerRe.FindAllStringSubmatch(raw, -1) {
				triggers = append(triggers, strings.ToLower(m[1]))
			}
		}
		indexes := database.RawIndexes(sections...)
		if len(triggers) < 3 {
			t.Fatalf("found only triggers %v in the raw SQL", triggers)
		}
		if env.Dialect == dialect.Postgres && len(indexes) < 4 {
			t.Fatalf("found only indexes %v in the raw SQL", indexes)
		}
		q := map[string]string{
			"index":   "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = ?",
			"trigger": "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = ?",
		}
		if env.Dialect == dialect.Postgres {
			q = map[string]string{
				"index":   "SELECT count(*) FROM pg_indexes WHERE schemaname = current_schema() AND indexname = $1",
				"trigger": "SELECT count(*) FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid WHERE c.relnamespace = current_schema()::regnamespace AND NOT g.tgisinternal AND g.tgname = $1",
			}
		}
		check := func(kind, name string) {
			rows, err := env.Client.QueryContext(env.Ctx, q[kind], name)
			if err != nil {
				t.Fatal(err)
			}
			defer rows.Close()
			n := 0
			if rows.Next() {
				_ = rows.Scan(&n)
			}
			if n != 1 {
				t.Errorf("%s %s: %d in the database, want 1", kind, name, n)
			}
		}
		for _, name := range indexes {
			check("index", name)
		}
		for _, name := range triggers {
			check("trigger", name)
		}
	})
}
