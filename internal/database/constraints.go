package database

import (
	"context"
	"fmt"

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

func createConstraints(ctx context.Context, client *ent.Client, d string) error {
	for _, stmt := range emailTriggers[d] {
		if _, err := client.ExecContext(ctx, stmt); err != nil {
			return fmt.Errorf("database: create email constraint: %w", err)
		}
	}
	return nil
}
