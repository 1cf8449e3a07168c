package database

import (
	"context"
	"fmt"
	"log/slog"
	"slices"
	"strings"

	"entgo.io/ent/dialect"
	"github.com/lib/pq"

	"github.com/rosterhq/roster/ent"
)

// An address belongs to one account: no user's primary email may equal a
// confirmed alias of any user. The rule spans two tables, so no unique
// index can hold it; these triggers make the database refuse a violating
// INSERT or UPDATE whatever code path issues it. The error text contains
// "UNIQUE constraint failed" / "violates unique constraint" so that ent
// reports it as a constraint error (CONFLICT in the API).
//
// On PostgreSQL the trigger first takes a transaction-scoped advisory
// lock on the address, so two transactions claiming the same address at
// once are serialised and the second sees the first's row. SQLite runs
// one writer at a time and needs no lock.
var emailTriggers = map[string][]string{
	dialect.SQLite: {
		`CREATE TRIGGER IF NOT EXISTS users_email_not_confirmed_alias_insert BEFORE INSERT ON users
		 WHEN EXISTS (SELECT 1 FROM email_aliases WHERE email = NEW.email AND confirmed_at IS NOT NULL)
		 BEGIN SELECT RAISE(ABORT, 'UNIQUE constraint failed: users.email (a confirmed alias uses this address)'); END`,
		`CREATE TRIGGER IF NOT EXISTS users_email_not_confirmed_alias_update BEFORE UPDATE OF email ON users
		 WHEN EXISTS (SELECT 1 FROM email_aliases WHERE email = NEW.email AND confirmed_at IS NOT NULL)
		 BEGIN SELECT RAISE(ABORT, 'UNIQUE constraint failed: users.email (a confirmed alias uses this address)'); END`,
		`CREATE TRIGGER IF NOT EXISTS email_aliases_not_user_email_insert BEFORE INSERT ON email_aliases
		 WHEN NEW.confirmed_at IS NOT NULL AND EXISTS (SELECT 1 FROM users WHERE email = NEW.email)
		 BEGIN SELECT RAISE(ABORT, 'UNIQUE constraint failed: email_aliases.email (an account uses this address)'); END`,
		`CREATE TRIGGER IF NOT EXISTS email_aliases_not_user_email_update BEFORE UPDATE OF email, confirmed_at ON email_aliases
		 WHEN NEW.confirmed_at IS NOT NULL AND EXISTS (SELECT 1 FROM users WHERE email = NEW.email)
		 BEGIN SELECT RAISE(ABORT, 'UNIQUE constraint failed: email_aliases.email (an account uses this address)'); END`,
	},
	dialect.Postgres: {
		`CREATE OR REPLACE FUNCTION roster_email_owner_unique() RETURNS trigger LANGUAGE plpgsql AS $$
		BEGIN
			PERFORM pg_advisory_xact_lock(hashtext('roster-email:' || NEW.email));
			IF TG_TABLE_NAME = 'users' THEN
				IF EXISTS (SELECT 1 FROM email_aliases WHERE email = NEW.email AND confirmed_at IS NOT NULL) THEN
					RAISE EXCEPTION 'duplicate key value violates unique constraint "users_email_or_confirmed_alias"' USING ERRCODE = '23505';
				END IF;
			ELSIF NEW.confirmed_at IS NOT NULL THEN
				IF EXISTS (SELECT 1 FROM users WHERE email = NEW.email) THEN
					RAISE EXCEPTION 'duplicate key value violates unique constraint "users_email_or_confirmed_alias"' USING ERRCODE = '23505';
				END IF;
			END IF;
			RETURN NEW;
		END $$`,
		`CREATE OR REPLACE TRIGGER users_email_owner_unique BEFORE INSERT OR UPDATE OF email ON users
		 FOR EACH ROW EXECUTE FUNCTION roster_email_owner_unique()`,
		`CREATE OR REPLACE TRIGGER email_aliases_email_owner_unique BEFORE INSERT OR UPDATE OF email, confirmed_at ON email_aliases
		 FOR EACH ROW EXECUTE FUNCTION roster_email_owner_unique()`,
	},
}

// A customer still assigned to a user or an API key must not be deleted:
// ent declares the join tables ON DELETE CASCADE, and a caller whose last
// customer vanished would no longer be restricted at all. The service
// refuses such a deletion with a clear message (users.DeleteCustomer);
// these triggers make the database refuse it on every path, including an
// assignment committed concurrently. On PostgreSQL a row-level BEFORE
// trigger runs once the row is locked for deletion, which waits for any
// transaction that references the customer, and its query then sees that
// transaction's rows. The message reads as a foreign-key violation, so
// ent reports a constraint error (CONFLICT in the API).
var customerTriggers = map[string][]string{
	dialect.SQLite: {
		`CREATE TRIGGER IF NOT EXISTS customers_delete_unassigned BEFORE DELETE ON customers
		 WHEN EXISTS (SELECT 1 FROM user_customers WHERE customer_id = OLD.id)
		   OR EXISTS (SELECT 1 FROM api_key_customers WHERE customer_id = OLD.id)
		 BEGIN SELECT RAISE(ABORT, 'FOREIGN KEY constraint failed: customers (still assigned to users or API keys)'); END`,
	},
	dialect.Postgres: {
		`CREATE OR REPLACE FUNCTION roster_customer_unassigned() RETURNS trigger LANGUAGE plpgsql AS $$
		BEGIN
			IF EXISTS (SELECT 1 FROM user_customers WHERE customer_id = OLD.id)
			   OR EXISTS (SELECT 1 FROM api_key_customers WHERE customer_id = OLD.id) THEN
				RAISE EXCEPTION 'update or delete on table "customers" violates foreign key constraint "customers_still_assigned"' USING ERRCODE = '23503';
			END IF;
			RETURN OLD;
		END $$`,
		`CREATE OR REPLACE TRIGGER customers_delete_unassigned BEFORE DELETE ON customers
		 FOR EACH ROW EXECUTE FUNCTION roster_customer_unassigned()`,
	},
}

// searchColumns are the columns users(search:) matches with a substring
// pattern. On PostgreSQL each gets a trigram (GIN) index, which an ILIKE
// '%word%' can use; Search in internal/users is written so that the
// planner can combine them. SQLite has no such index and scans.
var searchColumns = [][2]string{{"users", "email"}, {"users", "first_name"}, {"users", "last_name"}, {"email_aliases", "email"}}

// createSearchIndexes creates the trigram indexes of searchColumns on
// PostgreSQL. They need the pg_trgm extension (shipped with PostgreSQL,
// and creatable by a database owner since version 13); when it is not
// installed and cannot be, search still works, only slower, and a warning
// says so.
func createSearchIndexes(ctx context.Context, client *ent.Client, d string) error {
	if d != dialect.Postgres {
		return nil
	}
	schema, err := trigramSchema(ctx, client)
	if err != nil {
		return err
	}
	if schema == "" {
		// In public, not in Roster's schema: dropping Roster's schema must
		// not take the extension (and others' indexes) with it.
		if _, cerr := client.ExecContext(ctx, "CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public"); cerr != nil {
			// Another migration may have created it meanwhile.
			if schema, err = trigramSchema(ctx, client); err != nil {
				return err
			}
			if schema == "" {
				slog.WarnContext(ctx, "database: pg_trgm is not installed and could not be created; users(search:) scans instead of using indexes. Run CREATE EXTENSION pg_trgm as a superuser to speed it up.", "error", cerr)
				return nil
			}
		} else {
			schema = "public"
		}
	}
	for _, tc := range searchColumns {
		stmt := fmt.Sprintf("CREATE INDEX IF NOT EXISTS %s ON %s USING gin (%s %s.gin_trgm_ops)",
			pq.QuoteIdentifier(tc[0]+"_"+tc[1]+"_trgm"), pq.QuoteIdentifier(tc[0]), pq.QuoteIdentifier(tc[1]), pq.QuoteIdentifier(schema))
		if _, err := client.ExecContext(ctx, stmt); err != nil {
			return fmt.Errorf("database: create search index on %s.%s: %w", tc[0], tc[1], err)
		}
	}
	return nil
}

// trigramSchema returns the schema pg_trgm is installed in, or "".
func trigramSchema(ctx context.Context, client *ent.Client) (string, error) {
	rows, err := client.QueryContext(ctx, "SELECT extnamespace::regnamespace::text FROM pg_extension WHERE extname = 'pg_trgm'")
	if err != nil {
		return "", fmt.Errorf("database: look for pg_trgm: %w", err)
	}
	defer rows.Close()
	schema := ""
	if rows.Next() {
		if err := rows.Scan(&schema); err != nil {
			return "", fmt.Errorf("database: look for pg_trgm: %w", err)
		}
	}
	return strings.Trim(schema, `"`), rows.Err()
}

func createConstraints(ctx context.Context, client *ent.Client, d string) error {
	for _, stmt := range append(slices.Clone(emailTriggers[d]), customerTriggers[d]...) {
		if _, err := client.ExecContext(ctx, stmt); err != nil {
			return fmt.Errorf("database: create constraint trigger: %w", err)
		}
	}
	return nil
}
