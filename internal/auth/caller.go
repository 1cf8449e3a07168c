package auth

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"entgo.io/ent/dialect"

	"github.com/rosterhq/roster/ent/apikey"
	"github.com/rosterhq/roster/ent/role"
	"github.com/rosterhq/roster/ent/session"
	"github.com/rosterhq/roster/ent/settings"
	"github.com/rosterhq/roster/ent/user"
	"github.com/rosterhq/roster/internal/database"
	"github.com/rosterhq/roster/internal/permission"
	"github.com/rosterhq/roster/internal/pulid"
)

// The caller of every request is resolved with one SQL statement: the
// credential, its user, the user's role and customers (and, for sessions,
// the idle timeout from the settings) in one round trip. Nothing about a
// caller is cached, so a lock, a logout, a password change (which revokes
// sessions) or a change of role or customers holds for the caller's very
// next request, on every instance, with no invalidation to get wrong. The
// statements are prepared (database.Prepared): on PostgreSQL planning
// them cost more than running them.

// callerRow is what the statement returns about a signed-in user.
type callerRow struct {
	sessionID                        pulid.ID
	sessionExpires, sessionLastSeen  time.Time
	sessionRevoked                   sql.NullTime
	idleTimeoutSeconds               int64
	userID                           pulid.ID
	confirmedAt, lockedAt, lockUntil sql.NullTime
	lastActiveAt                     sql.NullTime
	roleName                         string
	permissions                      []permission.Permission
	customers                        []pulid.ID
}

// aggregate returns the SQL that joins the values of column into one
// comma-separated string (IDs contain no commas).
func aggregate(d, column string) string {
	if d == dialect.Postgres {
		return "string_agg(" + column + ", ',')"
	}
	return "group_concat(" + column + ", ',')"
}

// placeholders rewrites ? to $1, $2 … for PostgreSQL.
func placeholders(d, query string) string {
	if d != dialect.Postgres {
		return query
	}
	var b strings.Builder
	n := 0
	for _, r := range query {
		if r == '?' {
			n++
			fmt.Fprintf(&b, "$%d", n)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// userColumns are the user, role and customer columns of a caller query;
// u is the users table, r the roles table.
func userColumns(d string) string {
	return fmt.Sprintf(`u.%s, u.%s, u.%s, u.%s, u.%s, r.%s, r.%s,
		(SELECT %s FROM %s uc WHERE uc.%s = u.%s)`,
		user.FieldID, user.FieldConfirmedAt, user.FieldLockedAt, user.FieldLockExpiresAt, user.FieldLastActiveAt,
		role.FieldName, role.FieldPermissions,
		aggregate(d, "uc."+user.CustomersPrimaryKey[1]), user.CustomersTable, user.CustomersPrimaryKey[0], user.FieldID)
}

// userJoin joins the role of the users table u.
var userJoin = fmt.Sprintf("JOIN %s r ON r.%s = u.%s", role.Table, role.FieldID, user.RoleColumn)

// sessionCaller loads a session by its token hash together with its user,
// role, customers and the idle timeout; ok is false when no session has
// the hash.
func (s *Service) sessionCaller(ctx context.Context, tokenHash []byte) (c callerRow, ok bool, err error) {
	query := fmt.Sprintf(`SELECT s.%s, s.%s, s.%s, s.%s, st.%s, %s
		FROM %s s JOIN %s u ON u.%s = s.%s %s CROSS JOIN %s st
		WHERE s.%s = ? AND st.%s = ?`,
		session.FieldID, session.FieldExpiresAt, session.FieldLastSeenAt, session.FieldRevokedAt,
		settings.FieldSessionIdleTimeoutSeconds, userColumns(s.Dialect),
		session.Table, user.Table, user.FieldID, session.UserColumn, userJoin, settings.Table,
		session.FieldTokenHash, settings.FieldID)
	ok, err = s.queryCaller(ctx, query, []any{tokenHash, database.SettingsID}, &c,
		&c.sessionID, &c.sessionExpires, &c.sessionLastSeen, &c.sessionRevoked, &c.idleTimeoutSeconds)
	return c, ok, err
}

// userCaller loads a user with role and customers by ID.
func (s *Service) userCaller(ctx context.Context, id pulid.ID) (c callerRow, ok bool, err error) {
	query := fmt.Sprintf(`SELECT %s FROM %s u %s WHERE u.%s = ?`, userColumns(s.Dialect), user.Table, userJoin, user.FieldID)
	ok, err = s.queryCaller(ctx, query, []any{id}, &c)
	return c, ok, err
}

// queryCaller runs a caller query into c: first the columns scanned into
// lead, then the user columns of userColumns.
func (s *Service) queryCaller(ctx context.Context, query string, args []any, c *callerRow, lead ...any) (ok bool, err error) {
	rows, err := s.Client.QueryContext(database.Prepared(ctx), placeholders(s.Dialect, query), args...)
	if err != nil {
		return false, fmt.Errorf("auth: load caller: %w", err)
	}
	defer rows.Close()
	if !rows.Next() {
		return false, rows.Err()
	}
	var perms []byte
	var customers sql.NullString
	dest := append(lead, &c.userID, &c.confirmedAt, &c.lockedAt, &c.lockUntil, &c.lastActiveAt, &c.roleName, &perms, &customers)
	if err := rows.Scan(dest...); err != nil {
		return false, fmt.Errorf("auth: read caller: %w", err)
	}
	if err := json.Unmarshal(perms, &c.permissions); err != nil {
		return false, fmt.Errorf("auth: read permissions of role %s: %w", c.roleName, err)
	}
	c.customers = splitIDs(customers)
	return true, rows.Err()
}

// apiKeyRow is what the statement returns about an API key.
type apiKeyRow struct {
	id                 pulid.ID
	prefix             string
	revokedAt, expires sql.NullTime
	lastUsedAt         sql.NullTime
	permissions        []permission.Permission
	customers          []pulid.ID
}

// apiKeyCaller loads an API key by its secret's hash with its customers.
func (s *Service) apiKeyCaller(ctx context.Context, secretHash []byte) (k apiKeyRow, ok bool, err error) {
	query := fmt.Sprintf(`SELECT k.%s, k.%s, k.%s, k.%s, k.%s, k.%s,
		(SELECT %s FROM %s kc WHERE kc.%s = k.%s)
		FROM %s k WHERE k.%s = ?`,
		apikey.FieldID, apikey.FieldPrefix, apikey.FieldRevokedAt, apikey.FieldExpiresAt, apikey.FieldLastUsedAt, apikey.FieldPermissions,
		aggregate(s.Dialect, "kc."+apikey.CustomersPrimaryKey[1]), apikey.CustomersTable, apikey.CustomersPrimaryKey[0], apikey.FieldID,
		apikey.Table, apikey.FieldSecretHash)
	rows, err := s.Client.QueryContext(database.Prepared(ctx), placeholders(s.Dialect, query), secretHash)
	if err != nil {
		return k, false, fmt.Errorf("auth: load api key: %w", err)
	}
	defer rows.Close()
	if !rows.Next() {
		return k, false, rows.Err()
	}
	var perms []byte
	var customers sql.NullString
	if err := rows.Scan(&k.id, &k.prefix, &k.revokedAt, &k.expires, &k.lastUsedAt, &perms, &customers); err != nil {
		return k, false, fmt.Errorf("auth: read api key: %w", err)
	}
	if err := json.Unmarshal(perms, &k.permissions); err != nil {
		return k, false, fmt.Errorf("auth: read permissions of api key %s: %w", k.prefix, err)
	}
	k.customers = splitIDs(customers)
	return k, true, rows.Err()
}

// splitIDs reads the IDs that aggregate joined; NULL (no rows) is none.
func splitIDs(joined sql.NullString) []pulid.ID {
	if !joined.Valid || joined.String == "" {
		return nil
	}
	var out []pulid.ID
	for _, id := range strings.Split(joined.String, ",") {
		out = append(out, pulid.ID(id))
	}
	return out
}
