-- Hand-written SQL for the next release: triggers, functions, extensions,
-- and indexes ent cannot declare. make generate appends it to the unreleased
-- migration file. See docs/architecture.md ("Schema migrations").

-- The reverse indexes of the customer join tables, which ent creates with
-- their primary key (user_id, customer_id) only: filtering users by
-- customer (where: {hasCustomersWith: ...}) and the customer restrictions
-- of callers look the join tables up by customer.
CREATE INDEX IF NOT EXISTS user_customers_by_customer ON user_customers (customer_id, user_id);
CREATE INDEX IF NOT EXISTS api_key_customers_by_customer ON api_key_customers (customer_id, api_key_id);

-- Per-parent pages, newest first: a user's history and an endpoint's
-- deliveries are read as WHERE parent = ? ORDER BY column, id, so the
-- index must lead with the parent's foreign key. ent puts an edge's column
-- after the fields in a composite index, which gives (created_at, id,
-- parent): an index the planner can only walk in time order across every
-- parent. These replace those.
CREATE INDEX IF NOT EXISTS audit_entries_by_user ON audit_entries (user_audit_entries, created_at, id);
CREATE INDEX IF NOT EXISTS webhook_deliveries_by_endpoint ON webhook_deliveries (webhook_endpoint_deliveries, created_at, id);
CREATE INDEX IF NOT EXISTS webhook_deliveries_by_endpoint_updated ON webhook_deliveries (webhook_endpoint_deliveries, updated_at, id);

-- One-word search (users.SearchParts) matches one expression on
-- PostgreSQL: the email and the names, lower-cased and joined by spaces
-- (internal/users/status.go, haystack). Its trigram index; without
-- pg_trgm (see the baseline migration) search scans, as it would anyway.
DO $$
DECLARE
	trgm text;
BEGIN
	SELECT quote_ident(n.nspname) INTO trgm FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm';
	IF trgm IS NULL THEN
		RAISE WARNING 'pg_trgm is not installed: users(search:) scans instead of using an index';
		RETURN;
	END IF;
	EXECUTE format($i$CREATE INDEX IF NOT EXISTS users_search_trgm ON users USING gin ((lower(email || ' ' || coalesce(first_name, '') || ' ' || coalesce(last_name, ''))) %s.gin_trgm_ops)$i$, trgm);
END $$;

-- A common word's search page in email order (the console's default)
-- walks the users by email and checks each one's email and names until
-- it has a page (users.SearchParts, the users matched by those columns).
-- With the names and the ID in the index, that walk reads the index
-- alone instead of a table row for every user it passes: "smith" passes
-- about 20,000 users at a million, and the walk went from 168 to 33 ms.
CREATE INDEX IF NOT EXISTS users_email_search ON users (email) INCLUDE (id, first_name, last_name);
