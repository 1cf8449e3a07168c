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
UPDATE users SET alias_text = (SELECT group_concat(email, ' ' ORDER BY email) FROM email_aliases WHERE user_email_aliases = users.id AND confirmed_at IS NOT NULL)
WHERE id IN (SELECT user_email_aliases FROM email_aliases WHERE confirmed_at IS NOT NULL);

-- Search (users.SearchParts) checks each user's email, names and alias
-- text. SQLite has no index for a pattern inside a text, so it reads them
-- all; this index holds exactly those columns and the ID, so that it reads
-- them from the index, a tenth of the table's size, in email order (the
-- console's) or in full for a count, instead of looking each row up in
-- the table: a rare word's page went from 200 to 50 ms at 100,000 users.
CREATE INDEX IF NOT EXISTS users_search ON users (email, first_name, last_name, alias_text, id);
