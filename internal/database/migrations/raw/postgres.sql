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

-- users.alias_text holds each user's confirmed alias addresses, for
-- search; internal/aliastext keeps it in step with email_aliases from now
-- on, and this fills it for the aliases confirmed before.
UPDATE users SET alias_text = a.text
FROM (SELECT user_email_aliases AS id, string_agg(email, ' ' ORDER BY email) AS text
      FROM email_aliases WHERE confirmed_at IS NOT NULL GROUP BY user_email_aliases) a
WHERE users.id = a.id AND users.alias_text IS DISTINCT FROM a.text;

-- Search (users.SearchParts) reads two parts: the users without a
-- confirmed alias (alias_text IS NULL, most), whose text is the email and
-- the names lower-cased and joined by spaces, and the users with one,
-- whose text ends with their aliases (internal/users/status.go,
-- haystack). Each part has a trigram index on its text, partial so that
-- each holds its own users only. Without pg_trgm (see the baseline
-- migration) search scans, as it would anyway.
DO $$
DECLARE
	trgm text;
BEGIN
	SELECT quote_ident(n.nspname) INTO trgm FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm';
	IF trgm IS NULL THEN
		RAISE WARNING 'pg_trgm is not installed: users(search:) scans instead of using an index';
		RETURN;
	END IF;
	EXECUTE format($i$CREATE INDEX IF NOT EXISTS users_search_trgm ON users USING gin ((lower(email || ' ' || coalesce(first_name, '') || ' ' || coalesce(last_name, ''))) %s.gin_trgm_ops) WHERE alias_text IS NULL$i$, trgm);
	EXECUTE format($i$CREATE INDEX IF NOT EXISTS users_search_aliased_trgm ON users USING gin ((lower(email || ' ' || coalesce(first_name, '') || ' ' || coalesce(last_name, '') || ' ' || coalesce(alias_text, ''))) %s.gin_trgm_ops) WHERE alias_text IS NOT NULL$i$, trgm);
END $$;

-- The planner's statistics of both texts. PostgreSQL keeps statistics of
-- an index's expression only for an index over the whole table, so the
-- partial indexes above give none, and without them it guessed that any
-- word matched a few dozen users: a word in every address was read from
-- the trigram index and 860,000 matches sorted (1.1 s at a million users)
-- instead of a walk of the email index that stops after 51 (0.3 ms). The
-- second text takes alias_text with coalesce, so that over all users it
-- is a text everyone has and its estimate for a word, times the share of
-- users with aliases, is the estimate for the second part.
CREATE STATISTICS IF NOT EXISTS users_search_text ON (lower(email || ' ' || coalesce(first_name, '') || ' ' || coalesce(last_name, ''))) FROM users;
CREATE STATISTICS IF NOT EXISTS users_search_aliased_text ON (lower(email || ' ' || coalesce(first_name, '') || ' ' || coalesce(last_name, '') || ' ' || coalesce(alias_text, ''))) FROM users;
-- Filled now, not at autovacuum's next ANALYZE of users, which may be
-- far off (about 1 s at a million users).
ANALYZE users;

-- A common word's search page in email order (the console's default)
-- walks each part's users by email and checks each one's text until it
-- has a page. For the users without aliases the names and the ID are in
-- the index, so the walk reads the index alone instead of a table row
-- for every user it passes: "smith" passes about 20,000 users at a
-- million, and the walk went from 168 to 33 ms. The users with aliases
-- have an email index of their own, so that their walk passes only them;
-- it reads their rows (an alias text can be too long for an index entry).
CREATE INDEX IF NOT EXISTS users_email_search ON users (email) INCLUDE (id, first_name, last_name) WHERE alias_text IS NULL;
CREATE INDEX IF NOT EXISTS users_email_aliased ON users (email) WHERE alias_text IS NOT NULL;
