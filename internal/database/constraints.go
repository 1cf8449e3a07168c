package database

import (
	"context"
	"fmt"
	"slices"

	"entgo.io/ent/dialect"

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

func createConstraints(ctx context.Context, client *ent.Client, d string) error {
	for _, stmt := range append(slices.Clone(emailTriggers[d]), customerTriggers[d]...) {
		if _, err := client.ExecContext(ctx, stmt); err != nil {
			return fmt.Errorf("database: create constraint trigger: %w", err)
		}
	}
	return nil
}
