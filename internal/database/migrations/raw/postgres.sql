-- Hand-written SQL for the next release: triggers, functions, extensions,
-- and indexes ent cannot declare. make generate appends it to the unreleased
-- migration file. See docs/architecture.md ("Schema migrations").

-- The reverse indexes of the customer join tables, which ent creates with
-- their primary key (user_id, customer_id) only: filtering users by
-- customer (where: {hasCustomersWith: ...}) and the customer restrictions
-- of callers look the join tables up by customer.
CREATE INDEX IF NOT EXISTS user_customers_by_customer ON user_customers (customer_id, user_id);
CREATE INDEX IF NOT EXISTS api_key_customers_by_customer ON api_key_customers (customer_id, api_key_id);
