package database

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/sql/schema"

	"github.com/rosterhq/roster/ent"
	"github.com/rosterhq/roster/ent/migrate"
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

// migrationLockKey is the PostgreSQL advisory lock that serialises
// migrations of several Roster processes starting at once.
const migrationLockKey = 7_260_100_001

// migrating serialises the migrations of one process.
var migrating sync.Mutex

// Migrate creates or alters tables, columns, indexes and foreign keys to
// match the ent schema (it never drops a column or a table), then creates
// the built-in roles and the settings row when missing. It can run again
// at any time. Several processes may run it at once: on PostgreSQL an
// advisory lock serialises them; on SQLite a process that loses the race
// (its schema inspection predates the winner's tables) retries.
func Migrate(ctx context.Context, client *ent.Client, t Target) error {
	// ent's migration planner writes to the package-level table
	// descriptions; migrations of one process take turns.
	migrating.Lock()
	defer migrating.Unlock()
	if t.Dialect == dialect.Postgres {
		db, err := sql.Open("postgres", t.DSN)
		if err != nil {
			return fmt.Errorf("database: migrate: %w", err)
		}
		defer db.Close()
		conn, err := db.Conn(ctx)
		if err != nil {
			return fmt.Errorf("database: migrate: %w", err)
		}
		defer conn.Close()
		if _, err := conn.ExecContext(ctx, "SELECT pg_advisory_lock($1)", migrationLockKey); err != nil {
			return fmt.Errorf("database: migrate: take lock: %w", err)
		}
		defer conn.ExecContext(context.WithoutCancel(ctx), "SELECT pg_advisory_unlock($1)", migrationLockKey) //nolint:errcheck // the lock also ends with the connection
	}
	var err error
	for attempt := range 5 {
		err = client.Schema.Create(ctx,
			migrate.WithForeignKeys(true),
			schema.WithDropColumn(false),
			// Indexes are never dropped either: the search indexes that
			// createSearchIndexes adds are not declared in the ent schema.
			schema.WithDropIndex(false),
		)
		if err == nil || t.Dialect != dialect.SQLite || !strings.Contains(err.Error(), "already exists") {
			break
		}
		time.Sleep(time.Duration(50*(attempt+1)) * time.Millisecond)
	}
	if err != nil {
		return fmt.Errorf("database: migrate schema: %w", err)
	}
	if err := createConstraints(ctx, client, t.Dialect); err != nil {
		return err
	}
	if err := createSearchIndexes(ctx, client, t.Dialect); err != nil {
		return err
	}
	return bootstrap(ctx, client)
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
	err := client.Settings.Create().SetID(SettingsID).
		OnConflictColumns("id").DoNothing().
		Exec(ctx)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("database: create settings: %w", err)
	}
	return nil
}
