-- A PostgreSQL schema created by automatic migration (commit 2c4f683, the
-- schema before versioned migrations), with 25 seeded users and a row in
-- every table: the input of the upgrade tests (upgrade_test.go).
-- Made with pg_dump --no-owner --no-privileges --inserts (psql meta-commands
-- removed); the tests rename the schema roster_automigrated. Do not edit.
--
-- PostgreSQL database dump
--


-- Dumped from database version 15.20 (Debian 15.20-0+deb12u1)
-- Dumped by pg_dump version 15.20 (Debian 15.20-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: roster_automigrated; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA roster_automigrated;


--
-- Name: roster_customer_unassigned(); Type: FUNCTION; Schema: roster_automigrated; Owner: -
--

CREATE FUNCTION roster_automigrated.roster_customer_unassigned() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
		BEGIN
			IF EXISTS (SELECT 1 FROM user_customers WHERE customer_id = OLD.id)
			   OR EXISTS (SELECT 1 FROM api_key_customers WHERE customer_id = OLD.id) THEN
				RAISE EXCEPTION 'update or delete on table "customers" violates foreign key constraint "customers_still_assigned"' USING ERRCODE = '23503';
			END IF;
			RETURN OLD;
		END $$;


--
-- Name: roster_email_owner_unique(); Type: FUNCTION; Schema: roster_automigrated; Owner: -
--

CREATE FUNCTION roster_automigrated.roster_email_owner_unique() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
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
		END $$;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: api_key_customers; Type: TABLE; Schema: roster_automigrated; Owner: -
--

CREATE TABLE roster_automigrated.api_key_customers (
    api_key_id character varying NOT NULL,
    customer_id character varying NOT NULL
);


--
-- Name: api_keys; Type: TABLE; Schema: roster_automigrated; Owner: -
--

CREATE TABLE roster_automigrated.api_keys (
    id character varying NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    name character varying NOT NULL,
    prefix character varying NOT NULL,
    secret_hash bytea NOT NULL,
    permissions jsonb NOT NULL,
    expires_at timestamp with time zone,
    last_used_at timestamp with time zone,
    revoked_at timestamp with time zone,
    user_created_api_keys character varying
);


--
-- Name: attribute_definitions; Type: TABLE; Schema: roster_automigrated; Owner: -
--

CREATE TABLE roster_automigrated.attribute_definitions (
    id character varying NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    key character varying NOT NULL,
    label character varying NOT NULL,
    description character varying,
    type character varying NOT NULL,
    required boolean DEFAULT false NOT NULL,
    allowed_values jsonb,
    user_editable boolean DEFAULT true NOT NULL
);


--
-- Name: audit_entries; Type: TABLE; Schema: roster_automigrated; Owner: -
--

CREATE TABLE roster_automigrated.audit_entries (
    id character varying NOT NULL,
    subject_id character varying NOT NULL,
    property character varying NOT NULL,
    old_value text,
    new_value text,
    source character varying NOT NULL,
    author_label character varying,
    created_at timestamp with time zone NOT NULL,
    api_key_audit_entries character varying,
    user_audit_entries character varying,
    user_authored_audit_entries character varying
);


--
-- Name: customers; Type: TABLE; Schema: roster_automigrated; Owner: -
--

CREATE TABLE roster_automigrated.customers (
    id character varying NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    name character varying NOT NULL,
    external_id character varying
);


--
-- Name: email_aliases; Type: TABLE; Schema: roster_automigrated; Owner: -
--

CREATE TABLE roster_automigrated.email_aliases (
    id character varying NOT NULL,
    created_at timestamp with time zone NOT NULL,
    email character varying NOT NULL,
    confirmed_at timestamp with time zone,
    user_email_aliases character varying NOT NULL
);


--
-- Name: newsletter_subscriptions; Type: TABLE; Schema: roster_automigrated; Owner: -
--

CREATE TABLE roster_automigrated.newsletter_subscriptions (
    id character varying NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    email character varying NOT NULL,
    subscribed_at timestamp with time zone NOT NULL,
    unsubscribed_at timestamp with time zone,
    user_newsletter_subscription character varying
);


--
-- Name: oidc_identities; Type: TABLE; Schema: roster_automigrated; Owner: -
--

CREATE TABLE roster_automigrated.oidc_identities (
    id character varying NOT NULL,
    created_at timestamp with time zone NOT NULL,
    issuer character varying NOT NULL,
    subject character varying NOT NULL,
    email character varying,
    last_used_at timestamp with time zone,
    user_oidc_identities character varying NOT NULL
);


--
-- Name: one_time_tokens; Type: TABLE; Schema: roster_automigrated; Owner: -
--

CREATE TABLE roster_automigrated.one_time_tokens (
    id character varying NOT NULL,
    created_at timestamp with time zone NOT NULL,
    kind character varying NOT NULL,
    token_hash bytea NOT NULL,
    new_email character varying,
    expires_at timestamp with time zone NOT NULL,
    used_at timestamp with time zone,
    invalidated_at timestamp with time zone,
    email_alias_tokens character varying,
    user_tokens character varying NOT NULL
);


--
-- Name: outgoing_mails; Type: TABLE; Schema: roster_automigrated; Owner: -
--

CREATE TABLE roster_automigrated.outgoing_mails (
    id character varying NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    template character varying NOT NULL,
    "to" character varying NOT NULL,
    subject character varying NOT NULL,
    text_body text NOT NULL,
    html_body text NOT NULL,
    status character varying DEFAULT 'PENDING'::character varying NOT NULL,
    attempt_count bigint DEFAULT 0 NOT NULL,
    next_attempt_at timestamp with time zone NOT NULL,
    claimed_until timestamp with time zone,
    last_error character varying,
    sent_at timestamp with time zone,
    user_outgoing_mails character varying
);


--
-- Name: rate_limits; Type: TABLE; Schema: roster_automigrated; Owner: -
--

CREATE TABLE roster_automigrated.rate_limits (
    id character varying NOT NULL,
    bucket character varying NOT NULL,
    window_start timestamp with time zone NOT NULL,
    count bigint DEFAULT 0 NOT NULL
);


--
-- Name: roles; Type: TABLE; Schema: roster_automigrated; Owner: -
--

CREATE TABLE roster_automigrated.roles (
    id character varying NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    name character varying NOT NULL,
    description character varying,
    builtin boolean DEFAULT false NOT NULL,
    permissions jsonb NOT NULL
);


--
-- Name: sessions; Type: TABLE; Schema: roster_automigrated; Owner: -
--

CREATE TABLE roster_automigrated.sessions (
    id character varying NOT NULL,
    created_at timestamp with time zone NOT NULL,
    token_hash bytea NOT NULL,
    method character varying NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    last_seen_at timestamp with time zone NOT NULL,
    revoked_at timestamp with time zone,
    ip character varying,
    user_agent character varying,
    user_sessions character varying NOT NULL
);


--
-- Name: settings; Type: TABLE; Schema: roster_automigrated; Owner: -
--

CREATE TABLE roster_automigrated.settings (
    id character varying NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    allowed_redirect_hosts jsonb NOT NULL,
    self_signup_enabled boolean DEFAULT false NOT NULL,
    password_min_length bigint DEFAULT 12 NOT NULL,
    password_forbid_names boolean DEFAULT true NOT NULL,
    password_forbid_common boolean DEFAULT true NOT NULL,
    session_lifetime_seconds bigint DEFAULT 2592000 NOT NULL,
    session_idle_timeout_seconds bigint DEFAULT 604800 NOT NULL,
    invitation_lifetime_seconds bigint DEFAULT 604800 NOT NULL
);


--
-- Name: user_customers; Type: TABLE; Schema: roster_automigrated; Owner: -
--

CREATE TABLE roster_automigrated.user_customers (
    user_id character varying NOT NULL,
    customer_id character varying NOT NULL
);


--
-- Name: users; Type: TABLE; Schema: roster_automigrated; Owner: -
--

CREATE TABLE roster_automigrated.users (
    id character varying NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    email character varying NOT NULL,
    unconfirmed_email character varying,
    password_hash character varying,
    password_changed_at timestamp with time zone,
    source character varying NOT NULL,
    confirmed_at timestamp with time zone,
    last_confirmed_by_admin_at timestamp with time zone,
    locked_at timestamp with time zone,
    lock_reason character varying,
    lock_expires_at timestamp with time zone,
    salutation character varying,
    first_name character varying,
    last_name character varying,
    phone character varying,
    birthday timestamp with time zone,
    company character varying,
    street character varying,
    address_addition character varying,
    city character varying,
    zip character varying,
    country character varying,
    custom_attributes jsonb,
    blocked_fields jsonb,
    accept_invitation_return_url character varying,
    confirmation_sent_at timestamp with time zone,
    invitation_created_at timestamp with time zone,
    invitation_sent_at timestamp with time zone,
    reset_password_sent_at timestamp with time zone,
    sign_in_count bigint DEFAULT 0 NOT NULL,
    current_sign_in_at timestamp with time zone,
    last_sign_in_at timestamp with time zone,
    current_sign_in_ip character varying,
    last_sign_in_ip character varying,
    last_active_at timestamp with time zone,
    role_users character varying NOT NULL,
    user_locked_users character varying
);


--
-- Name: webhook_attempts; Type: TABLE; Schema: roster_automigrated; Owner: -
--

CREATE TABLE roster_automigrated.webhook_attempts (
    id character varying NOT NULL,
    created_at timestamp with time zone NOT NULL,
    status_code bigint,
    error character varying,
    duration_ms bigint NOT NULL,
    webhook_delivery_attempts character varying NOT NULL
);


--
-- Name: webhook_deliveries; Type: TABLE; Schema: roster_automigrated; Owner: -
--

CREATE TABLE roster_automigrated.webhook_deliveries (
    id character varying NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    event_id character varying NOT NULL,
    event_type character varying NOT NULL,
    payload text NOT NULL,
    status character varying DEFAULT 'PENDING'::character varying NOT NULL,
    attempt_count bigint DEFAULT 0 NOT NULL,
    next_attempt_at timestamp with time zone NOT NULL,
    claimed_until timestamp with time zone,
    last_error character varying,
    delivered_at timestamp with time zone,
    webhook_endpoint_deliveries character varying NOT NULL
);


--
-- Name: webhook_endpoints; Type: TABLE; Schema: roster_automigrated; Owner: -
--

CREATE TABLE roster_automigrated.webhook_endpoints (
    id character varying NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    url character varying NOT NULL,
    description character varying,
    events jsonb NOT NULL,
    enabled boolean DEFAULT true NOT NULL,
    secret character varying NOT NULL,
    previous_secret character varying,
    previous_secret_expires_at timestamp with time zone,
    skip_api_key_ids jsonb
);


--
-- Data for Name: api_key_customers; Type: TABLE DATA; Schema: roster_automigrated; Owner: -
--

INSERT INTO roster_automigrated.api_key_customers VALUES ('key_01M8KFT7NPD2VMRK9KJ6BEDP2J', 'cus_01M8KFT7JR755X3E6VFW9RC3E0');


--
-- Data for Name: api_keys; Type: TABLE DATA; Schema: roster_automigrated; Owner: -
--

INSERT INTO roster_automigrated.api_keys VALUES ('key_01M8KFT7NPD2VMRK9KJ6BEDP2J', '2026-11-29 11:07:32.406023+00', '2026-11-29 11:07:32.407835+00', 'CRM', 'rk_fixture', '\x6b65793100000000000000000000000000000000000000000000000000000000', '["users:read"]', NULL, NULL, NULL, 'usr_01M8KFT7MN01T1R6VGB6FPFD1J');


--
-- Data for Name: attribute_definitions; Type: TABLE DATA; Schema: roster_automigrated; Owner: -
--

INSERT INTO roster_automigrated.attribute_definitions VALUES ('atd_01M8KFT7MC9ET8DWMK9VYBBJH1', '2026-11-29 11:07:32.364414+00', '2026-11-29 11:07:32.364415+00', 'membership_number', 'Membership number', 'Number of the member card.', 'STRING', false, NULL, false);
INSERT INTO roster_automigrated.attribute_definitions VALUES ('atd_01M8KFT7PRCWZTNEMN2YK342K3', '2026-11-29 11:07:32.440458+00', '2026-11-29 11:07:32.440459+00', 'department', 'Department', NULL, 'ENUM', false, '["Sales", "IT"]', true);


--
-- Data for Name: audit_entries; Type: TABLE DATA; Schema: roster_automigrated; Owner: -
--

INSERT INTO roster_automigrated.audit_entries VALUES ('aud_01M8KFT7N8E5R2NNP65YYDC283', 'usr_01M8KFT7MN01T1R6VGB6FPFD1J', 'email', NULL, 'ulrich.koch.1@example.org', 'ADMIN', NULL, '2026-02-20 16:04:52.040668+00', NULL, 'usr_01M8KFT7MN01T1R6VGB6FPFD1J', NULL);
INSERT INTO roster_automigrated.audit_entries VALUES ('aud_01M8KFT7N8E5R2NNP65Z05GMY4', 'usr_01M8KFT7MN01T1R6VGB9APNS2B', 'email', NULL, 'samir.lange.2@example.org', 'PROFILE', NULL, '2023-12-04 09:44:15.168507+00', NULL, 'usr_01M8KFT7MN01T1R6VGB9APNS2B', NULL);
INSERT INTO roster_automigrated.audit_entries VALUES ('aud_01M8KFT7N8E5R2NNP65Z71Z6E0', 'usr_01M8KFT7MN01T1R6VGB9APNS2B', 'zip', '19432', '75130', 'ADMIN', NULL, '2024-06-27 21:44:15.168507+00', NULL, 'usr_01M8KFT7MN01T1R6VGB9APNS2B', NULL);
INSERT INTO roster_automigrated.audit_entries VALUES ('aud_01M8KFT7N8E5R2NNP660JFY432', 'usr_01M8KFT7MN01T1R6VGB9APNS2B', 'first_name', 'Ida', 'Xenia', 'API', NULL, '2024-06-17 06:44:15.168507+00', NULL, 'usr_01M8KFT7MN01T1R6VGB9APNS2B', NULL);
INSERT INTO roster_automigrated.audit_entries VALUES ('aud_01M8KFT7N8E5R2NNP663Z0XM4G', 'usr_01M8KFT7MN01T1R6VGBBC797FS', 'email', NULL, 'lukas.braun.3@example.net', 'API', NULL, '2025-11-06 05:20:35.643374+00', NULL, 'usr_01M8KFT7MN01T1R6VGBBC797FS', NULL);
INSERT INTO roster_automigrated.audit_entries VALUES ('aud_01M8KFT7N8E5R2NNP666BCDJFB', 'usr_01M8KFT7MN01T1R6VGBEFEKA19', 'email', NULL, 'chiara.richter.4@example.com', 'API', NULL, '2025-04-30 16:29:33.125211+00', NULL, 'usr_01M8KFT7MN01T1R6VGBEFEKA19', NULL);
INSERT INTO roster_automigrated.audit_entries VALUES ('aud_01M8KFT7N8E5R2NNP669E1GSJR', 'usr_01M8KFT7MN01T1R6VGBH52PX67', 'email', NULL, 'clara.schmidt.5@example.com', 'API', NULL, '2026-01-25 22:43:19.848863+00', NULL, 'usr_01M8KFT7MN01T1R6VGBH52PX67', NULL);
INSERT INTO roster_automigrated.audit_entries VALUES ('aud_01M8KFT7N8E5R2NNP66C5RECSA', 'usr_01M8KFT7MN01T1R6VGBJF431PY', 'email', NULL, 'milan.meyer.6@example.org', 'API', NULL, '2026-06-29 15:03:44.865973+00', NULL, 'usr_01M8KFT7MN01T1R6VGBJF431PY', NULL);
INSERT INTO roster_automigrated.audit_entries VALUES ('aud_01M8KFT7N8E5R2NNP66CP160TF', 'usr_01M8KFT7MN01T1R6VGBJF431PY', 'city', 'Berlin', 'Leipzig', 'API', NULL, '2026-11-29 11:07:32+00', NULL, 'usr_01M8KFT7MN01T1R6VGBJF431PY', NULL);
INSERT INTO roster_automigrated.audit_entries VALUES ('aud_01M8KFT7N8E5R2NNP66E86K01Z', 'usr_01M8KFT7MN01T1R6VGBK9DDEKR', 'email', NULL, 'ulrich.wolf.7@example.org', 'PROFILE', NULL, '2026-10-24 00:17:28.751326+00', NULL, 'usr_01M8KFT7MN01T1R6VGBK9DDEKR', NULL);
INSERT INTO roster_automigrated.audit_entries VALUES ('aud_01M8KFT7N8E5R2NNP66F4EZCQ5', 'usr_01M8KFT7MN01T1R6VGBND8ZN34', 'email', NULL, 'ilias.brown.8@example.org', 'PROFILE', NULL, '2023-12-15 22:43:07.127809+00', NULL, 'usr_01M8KFT7MN01T1R6VGBND8ZN34', NULL);
INSERT INTO roster_automigrated.audit_entries VALUES ('aud_01M8KFT7N8E5R2NNP66FYGQYNB', 'usr_01M8KFT7MN01T1R6VGBND8ZN34', 'zip', '98207', '94385', 'ADMIN', NULL, '2024-05-13 00:43:07.127809+00', NULL, 'usr_01M8KFT7MN01T1R6VGBND8ZN34', NULL);
INSERT INTO roster_automigrated.audit_entries VALUES ('aud_01M8KFT7N8E5R2NNP66KWFYRR7', 'usr_01M8KFT7MN01T1R6VGBND8ZN34', 'last_name', 'Jansen', 'Schröder', 'PROFILE', NULL, '2024-04-16 02:43:07.127809+00', NULL, 'usr_01M8KFT7MN01T1R6VGBND8ZN34', NULL);
INSERT INTO roster_automigrated.audit_entries VALUES ('aud_01M8KFT7N8E5R2NNP66QB95VHG', 'usr_01M8KFT7MN01T1R6VGBP529WDD', 'email', NULL, 'paul.weber.9@example.net', 'ADMIN', NULL, '2026-07-04 20:09:48.012411+00', NULL, 'usr_01M8KFT7MN01T1R6VGBP529WDD', NULL);
INSERT INTO roster_automigrated.audit_entries VALUES ('aud_01M8KFT7N8E5R2NNP66T7PQZWG', 'usr_01M8KFT7MN01T1R6VGBP529WDD', 'street', 'Hauptstraße 82', 'Hauptstraße 67', 'ADMIN', NULL, '2026-08-26 04:09:48.012411+00', NULL, 'usr_01M8KFT7MN01T1R6VGBP529WDD', NULL);
INSERT INTO roster_automigrated.audit_entries VALUES ('aud_01M8KFT7N8E5R2NNP66TMB1JCR', 'usr_01M8KFT7MN01T1R6VGBPX4N9SM', 'email', NULL, 'clara.dubois.10@example.com', 'ADMIN', NULL, '2025-04-28 06:34:55.647088+00', NULL, 'usr_01M8KFT7MN01T1R6VGBPX4N9SM', NULL);
INSERT INTO roster_automigrated.audit_entries VALUES ('aud_01M8KFT7N8E5R2NNP66V7FMSYA', 'usr_01M8KFT7MN01T1R6VGBPX4N9SM', 'street', 'Mühlenweg 29', 'Bahnhofstraße 97', 'PROFILE', NULL, '2025-05-04 21:34:55.647088+00', NULL, 'usr_01M8KFT7MN01T1R6VGBPX4N9SM', NULL);
INSERT INTO roster_automigrated.audit_entries VALUES ('aud_01M8KFT7N8E5R2NNP66VEMN22F', 'usr_01M8KFT7MN01T1R6VGBPX4N9SM', 'last_name', 'Fuchs', 'Martin', 'API', NULL, '2025-06-01 05:34:55.647088+00', NULL, 'usr_01M8KFT7MN01T1R6VGBPX4N9SM', NULL);
INSERT INTO roster_automigrated.audit_entries VALUES ('aud_01M8KFT7N8E5R2NNP66VQ4NDP3', 'usr_01M8KFT7MN01T1R6VGBQKBJCBP', 'email', NULL, 'bruno.lehmann.11@example.org', 'API', NULL, '2026-06-27 21:59:29.455171+00', NULL, 'usr_01M8KFT7MN01T1R6VGBQKBJCBP', NULL);
INSERT INTO roster_automigrated.audit_entries VALUES ('aud_01M8KFT7N8E5R2NNP66X5JSHF6', 'usr_01M8KFT7MN01T1R6VGBRQPER50', 'email', NULL, 'lukas.becker.12@example.net', 'ADMIN', NULL, '2024-08-03 19:10:44.299798+00', NULL, 'usr_01M8KFT7MN01T1R6VGBRQPER50', NULL);
INSERT INTO roster_automigrated.audit_entries VALUES ('aud_01M8KFT7N8E5R2NNP66ZVJTNPR', 'usr_01M8KFT7MN01T1R6VGBRQPER50', 'phone', '+49300853697', '+49407289807', 'API', NULL, '2025-01-31 01:10:44.299798+00', NULL, 'usr_01M8KFT7MN01T1R6VGBRQPER50', NULL);
INSERT INTO roster_automigrated.audit_entries VALUES ('aud_01M8KFT7N8E5R2NNP66ZWDH4QG', 'usr_01M8KFT7MN01T1R6VGBTXTAHY0', 'email', NULL, 'ida.krause.13@example.com', 'API', NULL, '2026-02-19 17:50:28.052184+00', NULL, 'usr_01M8KFT7MN01T1R6VGBTXTAHY0', NULL);
INSERT INTO roster_automigrated.audit_entries VALUES ('aud_01M8KFT7N8E5R2NNP6710ZMSHB', 'usr_01M8KFT7MN01T1R6VGBTXTAHY0', 'phone', '+49307975138', '+49408885391', 'PROFILE', NULL, '2026-03-31 20:50:28.052184+00', NULL, 'usr_01M8KFT7MN01T1R6VGBTXTAHY0', NULL);
INSERT INTO roster_automigrated.audit_entries VALUES ('aud_01M8KFT7N8E5R2NNP674G1SK4J', 'usr_01M8KFT7MN01T1R6VGBTXTAHY0', 'last_name', 'Hoffmann', 'de Vries', 'API', NULL, '2026-07-21 18:50:28.052184+00', NULL, 'usr_01M8KFT7MN01T1R6VGBTXTAHY0', NULL);
INSERT INTO roster_automigrated.audit_entries VALUES ('aud_01M8KFT7N8E5R2NNP67872TVJ6', 'usr_01M8KFT7MN01T1R6VGBVEXCYMJ', 'email', NULL, 'david.werner.14@example.net', 'API', NULL, '2025-06-01 00:30:45.747724+00', NULL, 'usr_01M8KFT7MN01T1R6VGBVEXCYMJ', NULL);
INSERT INTO roster_automigrated.audit_entries VALUES ('aud_01M8KFT7N8E5R2NNP678XXSRAV', 'usr_01M8KFT7MN01T1R6VGBVEXCYMJ', 'last_name', 'Becker', 'Schneider', 'ADMIN', NULL, '2025-07-28 07:30:45.747724+00', NULL, 'usr_01M8KFT7MN01T1R6VGBVEXCYMJ', NULL);
INSERT INTO roster_automigrated.audit_entries VALUES ('aud_01M8KFT7N8E5R2NNP67C5NEXX3', 'usr_01M8KFT7MN01T1R6VGBVQ4PB1Y', 'email', NULL, 'david.devries.15@example.com', 'PROFILE', NULL, '2026-10-26 15:43:50.34651+00', NULL, 'usr_01M8KFT7MN01T1R6VGBVQ4PB1Y', NULL);
INSERT INTO roster_automigrated.audit_entries VALUES ('aud_01M8KFT7N8E5R2NNP67E5H3TJA', 'usr_01M8KFT7MN01T1R6VGBVQ4PB1Y', 'street', 'Bahnhofstraße 17', 'Lindenallee 18', 'API', NULL, '2026-11-29 11:07:32+00', NULL, 'usr_01M8KFT7MN01T1R6VGBVQ4PB1Y', NULL);
INSERT INTO roster_automigrated.audit_entries VALUES ('aud_01M8KFT7N8E5R2NNP67HPYS4ME', 'usr_01M8KFT7MN01T1R6VGBVQ4PB1Y', 'phone', '+49307593869', '+49401020352', 'API', NULL, '2026-11-29 11:07:32+00', NULL, 'usr_01M8KFT7MN01T1R6VGBVQ4PB1Y', NULL);
INSERT INTO roster_automigrated.audit_entries VALUES ('aud_01M8KFT7N8E5R2NNP67J47BHD5', 'usr_01M8KFT7MN01T1R6VGBXE6MXF0', 'email', NULL, 'quirin.huber.16@example.net', 'API', NULL, '2025-07-14 02:22:29.025484+00', NULL, 'usr_01M8KFT7MN01T1R6VGBXE6MXF0', NULL);
INSERT INTO roster_automigrated.audit_entries VALUES ('aud_01M8KFT7N8E5R2NNP67MK27QWF', 'usr_01M8KFT7MN01T1R6VGBXE6MXF0', 'first_name', 'Oskar', 'Quirin', 'ADMIN', NULL, '2025-07-25 05:22:29.025484+00', NULL, 'usr_01M8KFT7MN01T1R6VGBXE6MXF0', NULL);
INSERT INTO roster_automigrated.audit_entries VALUES ('aud_01M8KFT7N8E5R2NNP67NT2C2EW', 'usr_01M8KFT7MN01T1R6VGBXE6MXF0', 'zip', '41001', '59470', 'API', NULL, '2025-10-25 11:22:29.025484+00', NULL, 'usr_01M8KFT7MN01T1R6VGBXE6MXF0', NULL);
INSERT INTO roster_automigrated.audit_entries VALUES ('aud_01M8KFT7N8E5R2NNP67P8NVN0E', 'usr_01M8KFT7MN01T1R6VGBY1YF10M', 'email', NULL, 'vera.klein.17@example.com', 'PROFILE', NULL, '2025-08-28 05:48:36.93731+00', NULL, 'usr_01M8KFT7MN01T1R6VGBY1YF10M', NULL);
INSERT INTO roster_automigrated.audit_entries VALUES ('aud_01M8KFT7N8E5R2NNP67QQ1XZQH', 'usr_01M8KFT7MN01T1R6VGBY1YF10M', 'street', 'Am Markt 54', 'Lindenallee 87', 'ADMIN', NULL, '2026-05-04 06:48:36.93731+00', NULL, 'usr_01M8KFT7MN01T1R6VGBY1YF10M', NULL);
INSERT INTO roster_automigrated.audit_entries VALUES ('aud_01M8KFT7N8E5R2NNP67TD021MA', 'usr_01M8KFT7MN01T1R6VGBY1YF10M', 'city', 'Zürich', 'Basel', 'PROFILE', NULL, '2025-12-05 16:48:36.93731+00', NULL, 'usr_01M8KFT7MN01T1R6VGBY1YF10M', NULL);
INSERT INTO roster_automigrated.audit_entries VALUES ('aud_01M8KFT7N8E5R2NNP67XKSNJR2', 'usr_01M8KFT7MN01T1R6VGBZWPBZM8', 'email', NULL, 'wim.martin.18@example.net', 'ADMIN', NULL, '2025-06-21 13:32:51.501677+00', NULL, 'usr_01M8KFT7MN01T1R6VGBZWPBZM8', NULL);
INSERT INTO roster_automigrated.audit_entries VALUES ('aud_01M8KFT7N8E5R2NNP681DAH21S', 'usr_01M8KFT7MN01T1R6VGBZWPBZM8', 'street', 'Gartenweg 2', 'Kirchplatz 87', 'API', NULL, '2025-11-15 09:32:51.501677+00', NULL, 'usr_01M8KFT7MN01T1R6VGBZWPBZM8', NULL);
INSERT INTO roster_automigrated.audit_entries VALUES ('aud_01M8KFT7N8E5R2NNP6822T6DBD', 'usr_01M8KFT7MN01T1R6VGBZWPBZM8', 'first_name', 'Hannes', 'Ulrich', 'PROFILE', NULL, '2026-02-16 00:32:51.501677+00', NULL, 'usr_01M8KFT7MN01T1R6VGBZWPBZM8', NULL);
INSERT INTO roster_automigrated.audit_entries VALUES ('aud_01M8KFT7N8E5R2NNP685ZRBJNN', 'usr_01M8KFT7MN01T1R6VGC2H6W4CP', 'email', NULL, 'noah.klein.19@example.org', 'PROFILE', NULL, '2024-05-02 11:20:57.794132+00', NULL, 'usr_01M8KFT7MN01T1R6VGC2H6W4CP', NULL);
INSERT INTO roster_automigrated.audit_entries VALUES ('aud_01M8KFT7N8E5R2NNP686CADDS3', 'usr_01M8KFT7MN01T1R6VGC2H6W4CP', 'zip', '29930', '11382', 'API', NULL, '2024-09-02 06:20:57.794132+00', NULL, 'usr_01M8KFT7MN01T1R6VGC2H6W4CP', NULL);
INSERT INTO roster_automigrated.audit_entries VALUES ('aud_01M8KFT7N8E5R2NNP687WM58RA', 'usr_01M8KFT7MN01T1R6VGC6BKZCA1', 'email', NULL, 'emma.taylor.20@example.com', 'PROFILE', NULL, '2026-09-19 20:21:51.432975+00', NULL, 'usr_01M8KFT7MN01T1R6VGC6BKZCA1', NULL);
INSERT INTO roster_automigrated.audit_entries VALUES ('aud_01M8KFT7N8E5R2NNP687XNFV2S', 'usr_01M8KFT7MN01T1R6VGC6BKZCA1', 'last_name', 'Köhler', 'Taylor', 'PROFILE', NULL, '2026-11-29 11:07:32+00', NULL, 'usr_01M8KFT7MN01T1R6VGC6BKZCA1', NULL);
INSERT INTO roster_automigrated.audit_entries VALUES ('aud_01M8KFT7N8E5R2NNP68AVCGMQ0', 'usr_01M8KFT7MN01T1R6VGC6BKZCA1', 'last_name', 'Lehmann', 'Schwarz', 'ADMIN', NULL, '2026-11-29 11:07:32+00', NULL, 'usr_01M8KFT7MN01T1R6VGC6BKZCA1', NULL);
INSERT INTO roster_automigrated.audit_entries VALUES ('aud_01M8KFT7N8E5R2NNP68D7VQKQP', 'usr_01M8KFT7MN01T1R6VGC8B53EWS', 'email', NULL, 'milan.mueller.21@example.org', 'PROFILE', NULL, '2024-11-28 09:11:26.849094+00', NULL, 'usr_01M8KFT7MN01T1R6VGC8B53EWS', NULL);
INSERT INTO roster_automigrated.audit_entries VALUES ('aud_01M8KFT7N8E5R2NNP68EF55N8H', 'usr_01M8KFT7MN01T1R6VGC8B53EWS', 'last_name', 'Müller', 'Müller', 'ADMIN', NULL, '2025-02-28 04:11:26.849094+00', NULL, 'usr_01M8KFT7MN01T1R6VGC8B53EWS', NULL);
INSERT INTO roster_automigrated.audit_entries VALUES ('aud_01M8KFT7N8E5R2NNP68HEEKQB3', 'usr_01M8KFT7MN01T1R6VGC8B53EWS', 'phone', '+49308704256', '+49400601679', 'API', NULL, '2025-08-29 09:11:26.849094+00', NULL, 'usr_01M8KFT7MN01T1R6VGC8B53EWS', NULL);
INSERT INTO roster_automigrated.audit_entries VALUES ('aud_01M8KFT7N8E5R2NNP68MYRA4E8', 'usr_01M8KFT7MN01T1R6VGC9Z96NPJ', 'email', NULL, 'karl.richter.22@example.com', 'API', NULL, '2024-07-27 11:07:05.317087+00', NULL, 'usr_01M8KFT7MN01T1R6VGC9Z96NPJ', NULL);
INSERT INTO roster_automigrated.audit_entries VALUES ('aud_01M8KFT7N8E5R2NNP68RC2XCNB', 'usr_01M8KFT7MN01T1R6VGC9Z96NPJ', 'street', 'Bahnhofstraße 21', 'Bahnhofstraße 1', 'PROFILE', NULL, '2025-04-15 05:07:05.317087+00', NULL, 'usr_01M8KFT7MN01T1R6VGC9Z96NPJ', NULL);
INSERT INTO roster_automigrated.audit_entries VALUES ('aud_01M8KFT7N8E5R2NNP68RG5461D', 'usr_01M8KFT7MN01T1R6VGCAM3C6BD', 'email', NULL, 'ilias.werner.23@example.com', 'API', NULL, '2024-05-17 14:20:16.18304+00', NULL, 'usr_01M8KFT7MN01T1R6VGCAM3C6BD', NULL);
INSERT INTO roster_automigrated.audit_entries VALUES ('aud_01M8KFT7N8E5R2NNP68W45H59S', 'usr_01M8KFT7MN01T1R6VGCCSKS35B', 'email', NULL, 'dario.schulz.24@example.org', 'ADMIN', NULL, '2024-09-01 04:39:52.702694+00', NULL, 'usr_01M8KFT7MN01T1R6VGCCSKS35B', NULL);
INSERT INTO roster_automigrated.audit_entries VALUES ('aud_01M8KFT7N8E5R2NNP68ZD5V4KH', 'usr_01M8KFT7MN01T1R6VGCCSKS35B', 'city', 'Zürich', 'Basel', 'API', NULL, '2025-06-12 19:39:52.702694+00', NULL, 'usr_01M8KFT7MN01T1R6VGCCSKS35B', NULL);
INSERT INTO roster_automigrated.audit_entries VALUES ('aud_01M8KFT7N8E5R2NNP6922PHWQ3', 'usr_01M8KFT7MN01T1R6VGCGHPGP48', 'email', NULL, 'greta.braun.25@example.org', 'API', NULL, '2024-06-20 06:52:01.346826+00', NULL, 'usr_01M8KFT7MN01T1R6VGCGHPGP48', NULL);
INSERT INTO roster_automigrated.audit_entries VALUES ('aud_01M8KFT7PS9QBDXT6NQNWC6HRT', 'usr_01M8KFT7MN01T1R6VGB9APNS2B', 'city', NULL, 'Berlin', 'API', NULL, '2026-11-29 11:07:32.441238+00', 'key_01M8KFT7NPD2VMRK9KJ6BEDP2J', 'usr_01M8KFT7MN01T1R6VGB9APNS2B', NULL);


--
-- Data for Name: customers; Type: TABLE DATA; Schema: roster_automigrated; Owner: -
--

INSERT INTO roster_automigrated.customers VALUES ('cus_01M8KFT7JR755X3E6VFW9RC3E0', '2026-11-29 11:07:32.31284+00', '2026-11-29 11:07:32.31284+00', 'Stadtwerke Aurich', 'CRM-1001');
INSERT INTO roster_automigrated.customers VALUES ('cus_01M8KFT7K0FHJH1PQ83A4PCFKF', '2026-11-29 11:07:32.320958+00', '2026-11-29 11:07:32.320958+00', 'FC Blau-Weiß Lindenau', 'CRM-1002');
INSERT INTO roster_automigrated.customers VALUES ('cus_01M8KFT7K8D1RJRF3AQ2PRKE1Z', '2026-11-29 11:07:32.328942+00', '2026-11-29 11:07:32.328943+00', 'Theater am Ring', 'CRM-1003');
INSERT INTO roster_automigrated.customers VALUES ('cus_01M8KFT7KEKVMGRCP1DT77C4YZ', '2026-11-29 11:07:32.334221+00', '2026-11-29 11:07:32.334222+00', 'Bäckerei Kornblume', 'CRM-1004');
INSERT INTO roster_automigrated.customers VALUES ('cus_01M8KFT7KM60V22VQK5FFQ83EA', '2026-11-29 11:07:32.340904+00', '2026-11-29 11:07:32.340904+00', 'Museum der Moderne', 'CRM-1005');
INSERT INTO roster_automigrated.customers VALUES ('cus_01M8KFT7KR8SS4TTQXRK3JCMPX', '2026-11-29 11:07:32.344885+00', '2026-11-29 11:07:32.344885+00', 'Tierpark Westend', 'CRM-1006');
INSERT INTO roster_automigrated.customers VALUES ('cus_01M8KFT7M0Y8X5MYBMANEKH394', '2026-11-29 11:07:32.352546+00', '2026-11-29 11:07:32.352547+00', 'Sportverein Eiche', 'CRM-1007');
INSERT INTO roster_automigrated.customers VALUES ('cus_01M8KFT7M1D54Q8BY51X11SFS3', '2026-11-29 11:07:32.353624+00', '2026-11-29 11:07:32.353625+00', 'Kulturhaus Nord', 'CRM-1008');
INSERT INTO roster_automigrated.customers VALUES ('cus_01M8KFT7M38G1GMZETD7FGKGHR', '2026-11-29 11:07:32.35511+00', '2026-11-29 11:07:32.35511+00', 'Zoo am See', 'CRM-1009');
INSERT INTO roster_automigrated.customers VALUES ('cus_01M8KFT7M38G1GMZETD8ZGY8WK', '2026-11-29 11:07:32.35578+00', '2026-11-29 11:07:32.35578+00', 'Konzerthalle Süd', 'CRM-1010');
INSERT INTO roster_automigrated.customers VALUES ('cus_01M8KFT7M5AFY1AXSGHSVG8CW4', '2026-11-29 11:07:32.357726+00', '2026-11-29 11:07:32.357727+00', 'Handballclub Möwe', 'CRM-1011');
INSERT INTO roster_automigrated.customers VALUES ('cus_01M8KFT7M640MVMP3ZYZT0AN3G', '2026-11-29 11:07:32.358601+00', '2026-11-29 11:07:32.358602+00', 'Reitverein Heide', 'CRM-1012');
INSERT INTO roster_automigrated.customers VALUES ('cus_01M8KFT7M7CSPPH9N0C5VR17QE', '2026-11-29 11:07:32.359348+00', '2026-11-29 11:07:32.359348+00', 'Bibliothek Mitte', 'CRM-1013');
INSERT INTO roster_automigrated.customers VALUES ('cus_01M8KFT7M7CSPPH9N0C64WTY0S', '2026-11-29 11:07:32.359984+00', '2026-11-29 11:07:32.359984+00', 'Hallenbad Ost', 'CRM-1014');
INSERT INTO roster_automigrated.customers VALUES ('cus_01M8KFT7M8FAJ4R0NGJS29676R', '2026-11-29 11:07:32.360536+00', '2026-11-29 11:07:32.360537+00', 'Eishockey Adler', 'CRM-1015');
INSERT INTO roster_automigrated.customers VALUES ('cus_01M8KFT7M9PXJKM13M3WY2KV0C', '2026-11-29 11:07:32.361073+00', '2026-11-29 11:07:32.361073+00', 'Oper am Fluss', 'CRM-1016');


--
-- Data for Name: email_aliases; Type: TABLE DATA; Schema: roster_automigrated; Owner: -
--

INSERT INTO roster_automigrated.email_aliases VALUES ('eml_01M8KFT7N543Q2CHVW7RKD5XDM', '2023-12-15 15:44:15.168507+00', 'samir.lange.2.alt@example.org', '2023-12-15 15:54:15.168507+00', 'usr_01M8KFT7MN01T1R6VGB9APNS2B');
INSERT INTO roster_automigrated.email_aliases VALUES ('eml_01M8KFT7N543Q2CHVW7SGBMDB6', '2024-06-10 18:20:16.18304+00', 'ilias.werner.23.alt@example.org', '2024-06-10 18:30:16.18304+00', 'usr_01M8KFT7MN01T1R6VGCAM3C6BD');


--
-- Data for Name: newsletter_subscriptions; Type: TABLE DATA; Schema: roster_automigrated; Owner: -
--

INSERT INTO roster_automigrated.newsletter_subscriptions VALUES ('nws_01M8KFT7P2ACSPA3AJW2N996BJ', '2026-11-29 11:07:32.418621+00', '2026-11-29 11:07:32.418622+00', 'lukas.braun.3@example.net', '2026-11-29 11:07:32.418623+00', NULL, 'usr_01M8KFT7MN01T1R6VGBBC797FS');


--
-- Data for Name: oidc_identities; Type: TABLE DATA; Schema: roster_automigrated; Owner: -
--

INSERT INTO roster_automigrated.oidc_identities VALUES ('oid_01M8KFT7NME12BRANB8FDXWV7D', '2026-11-29 11:07:32.404441+00', 'https://idp.example.com', 'sub-1', 'ulrich.koch.1@example.org', NULL, 'usr_01M8KFT7MN01T1R6VGB6FPFD1J');


--
-- Data for Name: one_time_tokens; Type: TABLE DATA; Schema: roster_automigrated; Owner: -
--

INSERT INTO roster_automigrated.one_time_tokens VALUES ('otk_01M8KFT7NDE84PHB34AVK3PGPC', '2026-07-04 22:09:48.012411+00', 'INVITATION', '\x9d7d4fb714ebac1d15f319eb6c2dfcdcc191ea0c42f2d67fd904c48b90e60c66', NULL, '2026-07-11 22:09:48.012411+00', NULL, NULL, NULL, 'usr_01M8KFT7MN01T1R6VGBP529WDD');
INSERT INTO roster_automigrated.one_time_tokens VALUES ('otk_01M8KFT7NDE84PHB34AYW1ZSS8', '2025-04-28 07:34:55.647088+00', 'INVITATION', '\x8680047a5d3e37f13eb842d6cd756fd483f9a58de9c34a5a992aea3263573298', NULL, '2025-05-05 07:34:55.647088+00', NULL, NULL, NULL, 'usr_01M8KFT7MN01T1R6VGBPX4N9SM');
INSERT INTO roster_automigrated.one_time_tokens VALUES ('otk_01M8KFT7NDE84PHB34B0N560KD', '2024-08-03 20:10:44.299798+00', 'INVITATION', '\xb5edfc5ce7609b2b22699405c7f4b2ab32dda9ce1461bc8802aaa838c60d4f8d', NULL, '2024-08-10 20:10:44.299798+00', NULL, NULL, NULL, 'usr_01M8KFT7MN01T1R6VGBRQPER50');
INSERT INTO roster_automigrated.one_time_tokens VALUES ('otk_01M8KFT7NDE84PHB34B495RRW7', '2025-06-21 15:32:51.501677+00', 'INVITATION', '\xbe96de0c85c51bdfab479fe25d0cd13328bfcd00b3802feabbd14f331fe1b585', NULL, '2025-06-28 15:32:51.501677+00', NULL, NULL, NULL, 'usr_01M8KFT7MN01T1R6VGBZWPBZM8');
INSERT INTO roster_automigrated.one_time_tokens VALUES ('otk_01M8KFT7NDE84PHB34B77WP0XE', '2024-09-01 06:39:52.702694+00', 'INVITATION', '\xbd7eb6d9430908d8a67a1946109b276db19c9a4928db0a49281ef8b2fd853402', NULL, '2024-09-08 06:39:52.702694+00', NULL, NULL, NULL, 'usr_01M8KFT7MN01T1R6VGCCSKS35B');
INSERT INTO roster_automigrated.one_time_tokens VALUES ('otk_01M8KFT7NKMS80FCCQEY3Y0K0T', '2026-11-29 11:07:32.403569+00', 'PASSWORD_RESET', '\x746f6b3100000000000000000000000000000000000000000000000000000000', NULL, '2026-11-20 11:00:00+00', NULL, NULL, NULL, 'usr_01M8KFT7MN01T1R6VGB9APNS2B');


--
-- Data for Name: outgoing_mails; Type: TABLE DATA; Schema: roster_automigrated; Owner: -
--

INSERT INTO roster_automigrated.outgoing_mails VALUES ('mal_01M8KFT7P9MCCFG8Z732FYTQ66', '2026-11-29 11:07:32.425074+00', '2026-11-29 11:07:32.425075+00', 'password_reset', 'samir.lange.2@example.org', 'Reset', 'text', '<p>html</p>', 'PENDING', 0, '2026-11-29 11:07:32.425076+00', NULL, NULL, NULL, 'usr_01M8KFT7MN01T1R6VGB9APNS2B');


--
-- Data for Name: rate_limits; Type: TABLE DATA; Schema: roster_automigrated; Owner: -
--

INSERT INTO roster_automigrated.rate_limits VALUES ('lim_01M8KFT7PQ20M5PG9M878QJTN6', 'login-ip:192.0.2.1', '2026-11-20 10:00:00+00', 3);


--
-- Data for Name: roles; Type: TABLE DATA; Schema: roster_automigrated; Owner: -
--

INSERT INTO roster_automigrated.roles VALUES ('rol_01M8KFT7JE3NQZZFTQGGDPPXFZ', '2026-11-29 11:07:32.302655+00', '2026-11-29 11:07:32.302658+00', 'admin', 'Administrators: every permission, on every user.', true, '["users:read", "users:write", "users:invite", "users:lock", "users:delete", "roles:manage", "customers:manage", "audit:read", "webhooks:manage", "settings:manage", "apikeys:manage"]');
INSERT INTO roster_automigrated.roles VALUES ('rol_01M8KFT7JGD4ETV4KY8V0SXWPB', '2026-11-29 11:07:32.304415+00', '2026-11-29 11:07:32.304415+00', 'user', 'Users: their own account only.', true, '[]');
INSERT INTO roster_automigrated.roles VALUES ('rol_01M8KFT7MA9KBTVPWZJYX3E2B0', '2026-11-29 11:07:32.362538+00', '2026-11-29 11:07:32.362538+00', 'support', 'Support agents: read, edit and invite users.', false, '["users:read", "users:write", "users:invite"]');
INSERT INTO roster_automigrated.roles VALUES ('rol_01M8KFT7MBZNK8ZAF0863Z2CE8', '2026-11-29 11:07:32.3631+00', '2026-11-29 11:07:32.3631+00', 'auditor', 'Auditors: read users and their history.', false, '["users:read", "audit:read"]');


--
-- Data for Name: sessions; Type: TABLE DATA; Schema: roster_automigrated; Owner: -
--

INSERT INTO roster_automigrated.sessions VALUES ('ses_01M8KFT7NHSBDMKR7FPS4EHA9D', '2026-11-29 11:07:32.401057+00', '\x7365737331000000000000000000000000000000000000000000000000000000', 'PASSWORD', '2026-11-21 10:00:00+00', '2026-11-29 11:07:32.401058+00', NULL, '192.0.2.1', 'curl', 'usr_01M8KFT7MN01T1R6VGB6FPFD1J');


--
-- Data for Name: settings; Type: TABLE DATA; Schema: roster_automigrated; Owner: -
--

INSERT INTO roster_automigrated.settings VALUES ('set_00000000000000000000000000', '2026-11-29 11:07:32.30513+00', '2026-11-29 11:07:32.305131+00', '[]', false, 12, true, true, 2592000, 604800, 604800);


--
-- Data for Name: user_customers; Type: TABLE DATA; Schema: roster_automigrated; Owner: -
--

INSERT INTO roster_automigrated.user_customers VALUES ('usr_01M8KFT7MN01T1R6VGB9APNS2B', 'cus_01M8KFT7M38G1GMZETD7FGKGHR');
INSERT INTO roster_automigrated.user_customers VALUES ('usr_01M8KFT7MN01T1R6VGBBC797FS', 'cus_01M8KFT7KEKVMGRCP1DT77C4YZ');
INSERT INTO roster_automigrated.user_customers VALUES ('usr_01M8KFT7MN01T1R6VGBH52PX67', 'cus_01M8KFT7M640MVMP3ZYZT0AN3G');
INSERT INTO roster_automigrated.user_customers VALUES ('usr_01M8KFT7MN01T1R6VGBH52PX67', 'cus_01M8KFT7M38G1GMZETD7FGKGHR');
INSERT INTO roster_automigrated.user_customers VALUES ('usr_01M8KFT7MN01T1R6VGBJF431PY', 'cus_01M8KFT7M640MVMP3ZYZT0AN3G');
INSERT INTO roster_automigrated.user_customers VALUES ('usr_01M8KFT7MN01T1R6VGBK9DDEKR', 'cus_01M8KFT7M5AFY1AXSGHSVG8CW4');
INSERT INTO roster_automigrated.user_customers VALUES ('usr_01M8KFT7MN01T1R6VGBTXTAHY0', 'cus_01M8KFT7M640MVMP3ZYZT0AN3G');
INSERT INTO roster_automigrated.user_customers VALUES ('usr_01M8KFT7MN01T1R6VGBVEXCYMJ', 'cus_01M8KFT7M1D54Q8BY51X11SFS3');
INSERT INTO roster_automigrated.user_customers VALUES ('usr_01M8KFT7MN01T1R6VGBVQ4PB1Y', 'cus_01M8KFT7K8D1RJRF3AQ2PRKE1Z');
INSERT INTO roster_automigrated.user_customers VALUES ('usr_01M8KFT7MN01T1R6VGBXE6MXF0', 'cus_01M8KFT7KM60V22VQK5FFQ83EA');
INSERT INTO roster_automigrated.user_customers VALUES ('usr_01M8KFT7MN01T1R6VGBY1YF10M', 'cus_01M8KFT7KM60V22VQK5FFQ83EA');
INSERT INTO roster_automigrated.user_customers VALUES ('usr_01M8KFT7MN01T1R6VGC2H6W4CP', 'cus_01M8KFT7M1D54Q8BY51X11SFS3');
INSERT INTO roster_automigrated.user_customers VALUES ('usr_01M8KFT7MN01T1R6VGC6BKZCA1', 'cus_01M8KFT7K8D1RJRF3AQ2PRKE1Z');
INSERT INTO roster_automigrated.user_customers VALUES ('usr_01M8KFT7MN01T1R6VGC8B53EWS', 'cus_01M8KFT7M5AFY1AXSGHSVG8CW4');
INSERT INTO roster_automigrated.user_customers VALUES ('usr_01M8KFT7MN01T1R6VGCAM3C6BD', 'cus_01M8KFT7M7CSPPH9N0C5VR17QE');
INSERT INTO roster_automigrated.user_customers VALUES ('usr_01M8KFT7MN01T1R6VGCGHPGP48', 'cus_01M8KFT7M7CSPPH9N0C5VR17QE');


--
-- Data for Name: users; Type: TABLE DATA; Schema: roster_automigrated; Owner: -
--

INSERT INTO roster_automigrated.users VALUES ('usr_01M8KFT7MN01T1R6VGB6FPFD1J', '2026-02-20 16:04:52.040668+00', '2026-02-20 16:04:52.040668+00', 'ulrich.koch.1@example.org', NULL, NULL, NULL, 'ADMIN', '2026-02-21 11:04:52.040668+00', NULL, NULL, NULL, NULL, 'DIVERS', 'Ulrich', 'Koch', '+33747801111', '1950-06-26 00:00:00+00', NULL, 'Lindenallee 75', NULL, 'Lyon', '40042', 'FR', '{"membership_number": "M-0000001"}', NULL, NULL, NULL, NULL, NULL, NULL, 199, '2026-08-31 06:10:38.707178+00', '2026-08-17 21:10:38.707178+00', '203.0.113.159', '198.51.100.197', '2026-08-31 11:10:38.707178+00', 'rol_01M8KFT7JGD4ETV4KY8V0SXWPB', NULL);
INSERT INTO roster_automigrated.users VALUES ('usr_01M8KFT7MN01T1R6VGB9APNS2B', '2023-12-04 09:44:15.168507+00', '2023-12-04 09:44:15.168507+00', 'samir.lange.2@example.org', NULL, NULL, NULL, 'WEB', '2023-12-05 11:44:15.168507+00', NULL, NULL, NULL, NULL, 'MRS', 'Samir', 'Lange', '+43266265558', '1995-06-13 00:00:00+00', NULL, 'Schulstraße 46', NULL, 'Linz', '1607', 'AT', '{"membership_number": "M-0000002"}', NULL, NULL, NULL, NULL, NULL, NULL, 91, '2024-08-07 23:53:48.453789+00', '2024-07-16 22:53:48.453789+00', '192.0.2.57', '192.0.2.229', '2024-08-08 03:53:48.453789+00', 'rol_01M8KFT7JGD4ETV4KY8V0SXWPB', NULL);
INSERT INTO roster_automigrated.users VALUES ('usr_01M8KFT7MN01T1R6VGBBC797FS', '2025-11-06 05:20:35.643374+00', '2025-11-06 05:20:35.643374+00', 'lukas.braun.3@example.net', NULL, NULL, NULL, 'API', '2025-11-07 10:20:35.643374+00', NULL, NULL, NULL, NULL, 'MR', 'Lukas', 'Braun', '+49732293122', '1976-02-19 00:00:00+00', NULL, 'Lindenallee 103', NULL, 'Hamburg', '29909', 'DE', '{"membership_number": "M-0000003"}', NULL, NULL, NULL, NULL, NULL, NULL, 127, '2025-11-20 03:50:52.42531+00', '2025-11-10 06:50:52.42531+00', '198.51.100.5', '203.0.113.93', '2025-11-20 05:50:52.42531+00', 'rol_01M8KFT7JGD4ETV4KY8V0SXWPB', NULL);
INSERT INTO roster_automigrated.users VALUES ('usr_01M8KFT7MN01T1R6VGBEFEKA19', '2025-04-30 16:29:33.125211+00', '2025-04-30 16:29:33.125211+00', 'chiara.richter.4@example.com', NULL, NULL, NULL, 'API', NULL, NULL, NULL, NULL, NULL, 'MR', 'Chiara', 'Richter', '+41225363279', '1974-04-08 00:00:00+00', 'Bergwerk AG', 'Kirchplatz 5', NULL, 'Basel', '4831', 'CH', '{"membership_number": "M-0000004"}', NULL, NULL, NULL, NULL, NULL, NULL, 0, NULL, NULL, NULL, NULL, NULL, 'rol_01M8KFT7JGD4ETV4KY8V0SXWPB', NULL);
INSERT INTO roster_automigrated.users VALUES ('usr_01M8KFT7MN01T1R6VGBH52PX67', '2026-01-25 22:43:19.848863+00', '2026-01-25 22:43:19.848863+00', 'clara.schmidt.5@example.com', NULL, NULL, NULL, 'API', '2026-01-26 04:43:19.848863+00', NULL, NULL, NULL, NULL, 'MR', 'Clara', 'Schmidt', '+49573192988', '1980-11-08 00:00:00+00', 'Bergwerk AG', 'Schulstraße 56', NULL, 'Köln', '01105', 'DE', '{"membership_number": "M-0000005"}', NULL, NULL, NULL, NULL, NULL, NULL, 42, '2026-07-17 13:10:47.402186+00', '2026-07-09 22:10:47.402186+00', '203.0.113.76', '203.0.113.163', '2026-07-17 18:10:47.402186+00', 'rol_01M8KFT7JGD4ETV4KY8V0SXWPB', NULL);
INSERT INTO roster_automigrated.users VALUES ('usr_01M8KFT7MN01T1R6VGBJF431PY', '2026-06-29 15:03:44.865973+00', '2026-06-29 15:03:44.865973+00', 'milan.meyer.6@example.org', NULL, NULL, NULL, 'API', '2026-06-30 11:03:44.865973+00', NULL, NULL, NULL, NULL, 'MRS', 'Milan', 'Meyer', '+31442781154', '1975-07-09 00:00:00+00', NULL, 'Am Markt 58', NULL, 'Utrecht', '0759', 'NL', '{"membership_number": "M-0000006"}', NULL, NULL, NULL, NULL, NULL, NULL, 101, '2026-11-11 09:33:28.916006+00', '2026-10-17 23:33:28.916006+00', '198.51.100.45', '198.51.100.34', '2026-11-11 14:33:28.916006+00', 'rol_01M8KFT7JGD4ETV4KY8V0SXWPB', NULL);
INSERT INTO roster_automigrated.users VALUES ('usr_01M8KFT7MN01T1R6VGBK9DDEKR', '2026-10-24 00:17:28.751326+00', '2026-10-24 00:17:28.751326+00', 'ulrich.wolf.7@example.org', NULL, NULL, NULL, 'WEB', '2026-10-24 01:17:28.751326+00', NULL, '2026-10-30 14:14:42.713265+00', 'Suspicious sign-ins reported by the user', NULL, 'DIVERS', 'Ulrich', 'Wolf', '+41559935646', '1960-11-13 00:00:00+00', 'Alpenglanz Software', 'Bahnhofstraße 46', NULL, 'Basel', '5875', 'CH', '{"membership_number": "M-0000007"}', NULL, NULL, NULL, NULL, NULL, NULL, 30, '2026-11-21 04:40:33.794847+00', '2026-11-02 13:40:33.794847+00', '198.51.100.135', '198.51.100.66', '2026-11-21 07:40:33.794847+00', 'rol_01M8KFT7JGD4ETV4KY8V0SXWPB', NULL);
INSERT INTO roster_automigrated.users VALUES ('usr_01M8KFT7MN01T1R6VGBND8ZN34', '2023-12-15 22:43:07.127809+00', '2023-12-15 22:43:07.127809+00', 'ilias.brown.8@example.org', NULL, NULL, NULL, 'WEB', '2023-12-17 09:43:07.127809+00', NULL, NULL, NULL, NULL, 'MR', 'Ilias', 'Brown', '+43379115004', '1971-04-10 00:00:00+00', NULL, 'Gartenweg 31', NULL, 'Linz', '5400', 'AT', '{"membership_number": "M-0000008"}', NULL, NULL, NULL, NULL, NULL, NULL, 110, '2025-09-21 17:05:53.370773+00', '2025-08-27 14:05:53.370773+00', '203.0.113.93', '198.51.100.210', '2025-09-21 19:05:53.370773+00', 'rol_01M8KFT7MA9KBTVPWZJYX3E2B0', NULL);
INSERT INTO roster_automigrated.users VALUES ('usr_01M8KFT7MN01T1R6VGBP529WDD', '2026-07-04 20:09:48.012411+00', '2026-07-04 20:09:48.012411+00', 'paul.weber.9@example.net', NULL, NULL, NULL, 'ADMIN', NULL, NULL, NULL, NULL, NULL, 'MRS', 'Paul', 'Weber', '+43632576434', '2000-08-26 00:00:00+00', NULL, 'Am Markt 48', NULL, 'Wien', '8466', 'AT', '{"membership_number": "M-0000009"}', NULL, NULL, NULL, '2026-07-04 22:09:48.012411+00', '2026-07-04 22:09:48.012411+00', NULL, 0, NULL, NULL, NULL, NULL, NULL, 'rol_01M8KFT7JGD4ETV4KY8V0SXWPB', NULL);
INSERT INTO roster_automigrated.users VALUES ('usr_01M8KFT7MN01T1R6VGBPX4N9SM', '2025-04-28 06:34:55.647088+00', '2025-04-28 06:34:55.647088+00', 'clara.dubois.10@example.com', NULL, NULL, NULL, 'ADMIN', NULL, NULL, NULL, NULL, NULL, 'MR', 'Clara', 'Dubois', '+31546329255', '1970-07-03 00:00:00+00', NULL, 'Gartenweg 79', NULL, 'Utrecht', '4335', 'NL', '{"membership_number": "M-0000010"}', NULL, NULL, NULL, '2025-04-28 07:34:55.647088+00', '2025-04-28 07:34:55.647088+00', NULL, 0, NULL, NULL, NULL, NULL, NULL, 'rol_01M8KFT7JGD4ETV4KY8V0SXWPB', NULL);
INSERT INTO roster_automigrated.users VALUES ('usr_01M8KFT7MN01T1R6VGBQKBJCBP', '2026-06-27 21:59:29.455171+00', '2026-06-27 21:59:29.455171+00', 'bruno.lehmann.11@example.org', NULL, NULL, NULL, 'API', NULL, NULL, NULL, NULL, NULL, 'MR', 'Bruno', 'Lehmann', '+43520748487', '1998-05-25 00:00:00+00', 'Sonnenhof e.V.', 'Kirchplatz 50', NULL, 'Graz', '5474', 'AT', '{"membership_number": "M-0000011"}', NULL, NULL, NULL, NULL, NULL, NULL, 0, NULL, NULL, NULL, NULL, NULL, 'rol_01M8KFT7JGD4ETV4KY8V0SXWPB', NULL);
INSERT INTO roster_automigrated.users VALUES ('usr_01M8KFT7MN01T1R6VGBRQPER50', '2024-08-03 19:10:44.299798+00', '2024-08-03 19:10:44.299798+00', 'lukas.becker.12@example.net', NULL, NULL, NULL, 'ADMIN', NULL, NULL, NULL, NULL, NULL, 'MRS', 'Lukas', 'Becker', '+41842703110', '1978-09-18 00:00:00+00', NULL, 'Bahnhofstraße 25', NULL, 'Basel', '7218', 'CH', '{"membership_number": "M-0000012"}', NULL, NULL, NULL, '2024-08-03 20:10:44.299798+00', '2024-08-03 20:10:44.299798+00', NULL, 0, NULL, NULL, NULL, NULL, NULL, 'rol_01M8KFT7JGD4ETV4KY8V0SXWPB', NULL);
INSERT INTO roster_automigrated.users VALUES ('usr_01M8KFT7MN01T1R6VGBTXTAHY0', '2026-02-19 17:50:28.052184+00', '2026-02-19 17:50:28.052184+00', 'ida.krause.13@example.com', NULL, NULL, NULL, 'API', '2026-02-20 23:50:28.052184+00', NULL, NULL, NULL, NULL, 'MR', 'Ida', 'Krause', '+41836966227', '1965-02-09 00:00:00+00', 'Bergwerk AG', 'Gartenweg 107', NULL, 'Basel', '6112', 'CH', '{"membership_number": "M-0000013"}', NULL, NULL, NULL, NULL, NULL, NULL, 89, '2026-04-25 07:26:59.99656+00', '2026-04-14 11:26:59.99656+00', '203.0.113.89', '198.51.100.160', '2026-04-25 08:26:59.99656+00', 'rol_01M8KFT7JGD4ETV4KY8V0SXWPB', NULL);
INSERT INTO roster_automigrated.users VALUES ('usr_01M8KFT7MN01T1R6VGBVEXCYMJ', '2025-06-01 00:30:45.747724+00', '2025-06-01 00:30:45.747724+00', 'david.werner.14@example.net', NULL, NULL, NULL, 'API', '2025-06-03 00:30:45.747724+00', NULL, NULL, NULL, NULL, 'MR', 'David', 'Werner', '+33282872488', '1998-03-22 00:00:00+00', NULL, 'Gartenweg 112', NULL, 'Lyon', '13351', 'FR', '{"membership_number": "M-0000014"}', NULL, NULL, NULL, NULL, NULL, NULL, 12, '2025-08-23 19:03:01.467259+00', '2025-08-01 20:03:01.467259+00', '198.51.100.54', '203.0.113.190', '2025-08-23 20:03:01.467259+00', 'rol_01M8KFT7JGD4ETV4KY8V0SXWPB', NULL);
INSERT INTO roster_automigrated.users VALUES ('usr_01M8KFT7MN01T1R6VGBVQ4PB1Y', '2026-10-26 15:43:50.34651+00', '2026-10-26 15:43:50.34651+00', 'david.devries.15@example.com', NULL, NULL, NULL, 'WEB', '2026-10-28 12:43:50.34651+00', NULL, NULL, NULL, NULL, 'DIVERS', 'David', 'de Vries', '+44783566882', '1989-05-01 00:00:00+00', NULL, 'Mühlenweg 82', NULL, 'London', '43196', 'GB', '{"membership_number": "M-0000015"}', NULL, NULL, NULL, NULL, NULL, NULL, 34, '2026-11-28 10:54:53.496083+00', '2026-11-10 02:54:53.496083+00', '203.0.113.234', '198.51.100.23', '2026-11-28 12:54:53.496083+00', 'rol_01M8KFT7JGD4ETV4KY8V0SXWPB', NULL);
INSERT INTO roster_automigrated.users VALUES ('usr_01M8KFT7MN01T1R6VGBXE6MXF0', '2025-07-14 02:22:29.025484+00', '2025-07-14 02:22:29.025484+00', 'quirin.huber.16@example.net', NULL, NULL, NULL, 'API', NULL, NULL, NULL, NULL, NULL, 'MR', 'Quirin', 'Huber', '+49322009248', '1988-07-10 00:00:00+00', NULL, 'Hauptstraße 26', NULL, 'München', '22653', 'DE', '{"membership_number": "M-0000016"}', NULL, NULL, NULL, NULL, NULL, NULL, 0, NULL, NULL, NULL, NULL, NULL, 'rol_01M8KFT7MA9KBTVPWZJYX3E2B0', NULL);
INSERT INTO roster_automigrated.users VALUES ('usr_01M8KFT7MN01T1R6VGBY1YF10M', '2025-08-28 05:48:36.93731+00', '2025-08-28 05:48:36.93731+00', 'vera.klein.17@example.com', NULL, NULL, NULL, 'WEB', '2025-08-30 00:48:36.93731+00', NULL, NULL, NULL, NULL, 'MR', 'Vera', 'Klein', '+33438952601', '1987-06-03 00:00:00+00', 'Hafenblick KG', 'Hauptstraße 18', NULL, 'Paris', '57125', 'FR', '{"membership_number": "M-0000017"}', NULL, NULL, NULL, NULL, NULL, NULL, 6, '2026-03-05 00:39:06.983977+00', '2026-02-26 03:39:06.983977+00', '198.51.100.68', '198.51.100.26', '2026-03-05 02:39:06.983977+00', 'rol_01M8KFT7JGD4ETV4KY8V0SXWPB', NULL);
INSERT INTO roster_automigrated.users VALUES ('usr_01M8KFT7MN01T1R6VGBZWPBZM8', '2025-06-21 13:32:51.501677+00', '2025-06-21 13:32:51.501677+00', 'wim.martin.18@example.net', NULL, NULL, NULL, 'ADMIN', NULL, NULL, NULL, NULL, NULL, 'DIVERS', 'Wim', 'Martin', '+43581425669', '1963-11-13 00:00:00+00', 'Hafenblick KG', 'Lindenallee 30', NULL, 'Graz', '7934', 'AT', '{"membership_number": "M-0000018"}', NULL, NULL, NULL, '2025-06-21 15:32:51.501677+00', '2025-06-21 15:32:51.501677+00', NULL, 0, NULL, NULL, NULL, NULL, NULL, 'rol_01M8KFT7JGD4ETV4KY8V0SXWPB', NULL);
INSERT INTO roster_automigrated.users VALUES ('usr_01M8KFT7MN01T1R6VGC2H6W4CP', '2024-05-02 11:20:57.794132+00', '2024-05-02 11:20:57.794132+00', 'noah.klein.19@example.org', NULL, NULL, NULL, 'WEB', '2024-05-03 05:20:57.794132+00', NULL, NULL, NULL, NULL, 'MR', 'Noah', 'Klein', '+43206000091', '1987-09-15 00:00:00+00', NULL, 'Kirchplatz 118', NULL, 'Wien', '1275', 'AT', '{"membership_number": "M-0000019"}', NULL, NULL, NULL, NULL, NULL, NULL, 46, '2026-06-24 23:09:58.226013+00', '2026-06-09 17:09:58.226013+00', '203.0.113.230', '198.51.100.157', '2026-06-25 00:09:58.226013+00', 'rol_01M8KFT7JGD4ETV4KY8V0SXWPB', NULL);
INSERT INTO roster_automigrated.users VALUES ('usr_01M8KFT7MN01T1R6VGC6BKZCA1', '2026-09-19 20:21:51.432975+00', '2026-09-19 20:21:51.432975+00', 'emma.taylor.20@example.com', NULL, NULL, NULL, 'WEB', '2026-09-21 15:21:51.432975+00', NULL, NULL, NULL, NULL, 'MRS', 'Emma', 'Taylor', '+41862812326', '1972-08-12 00:00:00+00', 'Bergwerk AG', 'Hauptstraße 114', NULL, 'Zürich', '9277', 'CH', '{"membership_number": "M-0000020"}', NULL, NULL, NULL, NULL, NULL, NULL, 45, '2026-10-31 04:35:07.165179+00', '2026-10-09 04:35:07.165179+00', '198.51.100.155', '192.0.2.156', '2026-10-31 07:35:07.165179+00', 'rol_01M8KFT7JGD4ETV4KY8V0SXWPB', NULL);
INSERT INTO roster_automigrated.users VALUES ('usr_01M8KFT7MN01T1R6VGC8B53EWS', '2024-11-28 09:11:26.849094+00', '2024-11-28 09:11:26.849094+00', 'milan.mueller.21@example.org', NULL, NULL, NULL, 'WEB', '2024-11-29 12:11:26.849094+00', NULL, NULL, NULL, NULL, 'MR', 'Milan', 'Müller', '+33564715476', '1974-08-01 00:00:00+00', NULL, 'Mühlenweg 108', NULL, 'Paris', '34133', 'FR', '{"membership_number": "M-0000021"}', NULL, NULL, NULL, NULL, NULL, NULL, 85, '2025-06-18 06:47:39.358236+00', '2025-06-02 20:47:39.358236+00', '198.51.100.204', '192.0.2.212', '2025-06-18 09:47:39.358236+00', 'rol_01M8KFT7JGD4ETV4KY8V0SXWPB', NULL);
INSERT INTO roster_automigrated.users VALUES ('usr_01M8KFT7MN01T1R6VGC9Z96NPJ', '2024-07-27 11:07:05.317087+00', '2024-07-27 11:07:05.317087+00', 'karl.richter.22@example.com', NULL, NULL, NULL, 'API', NULL, NULL, NULL, NULL, NULL, 'MRS', 'Karl', 'Richter', '+33759815216', '1979-12-21 00:00:00+00', 'Elbtal Medien', 'Bahnhofstraße 55', NULL, 'Paris', '38311', 'FR', '{"membership_number": "M-0000022"}', NULL, NULL, NULL, NULL, NULL, NULL, 0, NULL, NULL, NULL, NULL, NULL, 'rol_01M8KFT7JGD4ETV4KY8V0SXWPB', NULL);
INSERT INTO roster_automigrated.users VALUES ('usr_01M8KFT7MN01T1R6VGCAM3C6BD', '2024-05-17 14:20:16.18304+00', '2024-05-17 14:20:16.18304+00', 'ilias.werner.23@example.com', NULL, NULL, NULL, 'API', '2024-05-18 03:20:16.18304+00', NULL, NULL, NULL, NULL, 'DIVERS', 'Ilias', 'Werner', '+31566881752', '1986-09-08 00:00:00+00', 'Fjord Analytics', 'Hauptstraße 70', NULL, 'Utrecht', '4948', 'NL', '{"membership_number": "M-0000023"}', NULL, NULL, NULL, NULL, NULL, NULL, 103, '2025-05-16 00:43:57.717444+00', '2025-04-29 03:43:57.717444+00', '198.51.100.99', '192.0.2.96', '2025-05-16 05:43:57.717444+00', 'rol_01M8KFT7JGD4ETV4KY8V0SXWPB', NULL);
INSERT INTO roster_automigrated.users VALUES ('usr_01M8KFT7MN01T1R6VGCCSKS35B', '2024-09-01 04:39:52.702694+00', '2024-09-01 04:39:52.702694+00', 'dario.schulz.24@example.org', NULL, NULL, NULL, 'ADMIN', NULL, NULL, NULL, NULL, NULL, 'MRS', 'Dario', 'Schulz', '+49749001058', '1983-04-02 00:00:00+00', 'Kiez Kollektiv', 'Bahnhofstraße 64', NULL, 'Köln', '24515', 'DE', '{"membership_number": "M-0000024"}', NULL, NULL, NULL, '2024-09-01 06:39:52.702694+00', '2024-09-01 06:39:52.702694+00', NULL, 0, NULL, NULL, NULL, NULL, NULL, 'rol_01M8KFT7JGD4ETV4KY8V0SXWPB', NULL);
INSERT INTO roster_automigrated.users VALUES ('usr_01M8KFT7MN01T1R6VGCGHPGP48', '2024-06-20 06:52:01.346826+00', '2024-06-20 06:52:01.346826+00', 'greta.braun.25@example.org', NULL, NULL, NULL, 'API', NULL, NULL, NULL, NULL, NULL, 'DIVERS', 'Greta', 'Braun', '+49227103715', '1955-07-06 00:00:00+00', NULL, 'Bahnhofstraße 98', NULL, 'Köln', '60714', 'DE', '{"membership_number": "M-0000025"}', NULL, NULL, NULL, NULL, NULL, NULL, 0, NULL, NULL, NULL, NULL, NULL, 'rol_01M8KFT7JGD4ETV4KY8V0SXWPB', NULL);


--
-- Data for Name: webhook_attempts; Type: TABLE DATA; Schema: roster_automigrated; Owner: -
--

INSERT INTO roster_automigrated.webhook_attempts VALUES ('wha_01M8KFT7PMS4CD4MA031C5V5Q9', '2026-11-29 11:07:32.436953+00', 500, 'server error', 12, 'whd_01M8KFT7PG5Q2XK58AN1YET4MY');


--
-- Data for Name: webhook_deliveries; Type: TABLE DATA; Schema: roster_automigrated; Owner: -
--

INSERT INTO roster_automigrated.webhook_deliveries VALUES ('whd_01M8KFT7PG5Q2XK58AN1YET4MY', '2026-11-29 11:07:32.432994+00', '2026-11-29 11:07:32.432994+00', 'evt_1', 'user.created', '{"type":"user.created"}', 'PENDING', 0, '2026-11-29 11:07:32.432995+00', NULL, NULL, NULL, 'whe_01M8KFT7PC75PEN4NJDQQNBT0D');


--
-- Data for Name: webhook_endpoints; Type: TABLE DATA; Schema: roster_automigrated; Owner: -
--

INSERT INTO roster_automigrated.webhook_endpoints VALUES ('whe_01M8KFT7PC75PEN4NJDQQNBT0D', '2026-11-29 11:07:32.428991+00', '2026-11-29 11:07:32.428992+00', 'https://hooks.example.com/roster', NULL, '["user.created"]', true, 'whsec_fixture', NULL, NULL, NULL);


--
-- Name: api_key_customers api_key_customers_pkey; Type: CONSTRAINT; Schema: roster_automigrated; Owner: -
--

ALTER TABLE ONLY roster_automigrated.api_key_customers
    ADD CONSTRAINT api_key_customers_pkey PRIMARY KEY (api_key_id, customer_id);


--
-- Name: api_keys api_keys_pkey; Type: CONSTRAINT; Schema: roster_automigrated; Owner: -
--

ALTER TABLE ONLY roster_automigrated.api_keys
    ADD CONSTRAINT api_keys_pkey PRIMARY KEY (id);


--
-- Name: attribute_definitions attribute_definitions_pkey; Type: CONSTRAINT; Schema: roster_automigrated; Owner: -
--

ALTER TABLE ONLY roster_automigrated.attribute_definitions
    ADD CONSTRAINT attribute_definitions_pkey PRIMARY KEY (id);


--
-- Name: audit_entries audit_entries_pkey; Type: CONSTRAINT; Schema: roster_automigrated; Owner: -
--

ALTER TABLE ONLY roster_automigrated.audit_entries
    ADD CONSTRAINT audit_entries_pkey PRIMARY KEY (id);


--
-- Name: customers customers_pkey; Type: CONSTRAINT; Schema: roster_automigrated; Owner: -
--

ALTER TABLE ONLY roster_automigrated.customers
    ADD CONSTRAINT customers_pkey PRIMARY KEY (id);


--
-- Name: email_aliases email_aliases_pkey; Type: CONSTRAINT; Schema: roster_automigrated; Owner: -
--

ALTER TABLE ONLY roster_automigrated.email_aliases
    ADD CONSTRAINT email_aliases_pkey PRIMARY KEY (id);


--
-- Name: newsletter_subscriptions newsletter_subscriptions_pkey; Type: CONSTRAINT; Schema: roster_automigrated; Owner: -
--

ALTER TABLE ONLY roster_automigrated.newsletter_subscriptions
    ADD CONSTRAINT newsletter_subscriptions_pkey PRIMARY KEY (id);


--
-- Name: oidc_identities oidc_identities_pkey; Type: CONSTRAINT; Schema: roster_automigrated; Owner: -
--

ALTER TABLE ONLY roster_automigrated.oidc_identities
    ADD CONSTRAINT oidc_identities_pkey PRIMARY KEY (id);


--
-- Name: one_time_tokens one_time_tokens_pkey; Type: CONSTRAINT; Schema: roster_automigrated; Owner: -
--

ALTER TABLE ONLY roster_automigrated.one_time_tokens
    ADD CONSTRAINT one_time_tokens_pkey PRIMARY KEY (id);


--
-- Name: outgoing_mails outgoing_mails_pkey; Type: CONSTRAINT; Schema: roster_automigrated; Owner: -
--

ALTER TABLE ONLY roster_automigrated.outgoing_mails
    ADD CONSTRAINT outgoing_mails_pkey PRIMARY KEY (id);


--
-- Name: rate_limits rate_limits_pkey; Type: CONSTRAINT; Schema: roster_automigrated; Owner: -
--

ALTER TABLE ONLY roster_automigrated.rate_limits
    ADD CONSTRAINT rate_limits_pkey PRIMARY KEY (id);


--
-- Name: roles roles_pkey; Type: CONSTRAINT; Schema: roster_automigrated; Owner: -
--

ALTER TABLE ONLY roster_automigrated.roles
    ADD CONSTRAINT roles_pkey PRIMARY KEY (id);


--
-- Name: sessions sessions_pkey; Type: CONSTRAINT; Schema: roster_automigrated; Owner: -
--

ALTER TABLE ONLY roster_automigrated.sessions
    ADD CONSTRAINT sessions_pkey PRIMARY KEY (id);


--
-- Name: settings settings_pkey; Type: CONSTRAINT; Schema: roster_automigrated; Owner: -
--

ALTER TABLE ONLY roster_automigrated.settings
    ADD CONSTRAINT settings_pkey PRIMARY KEY (id);


--
-- Name: user_customers user_customers_pkey; Type: CONSTRAINT; Schema: roster_automigrated; Owner: -
--

ALTER TABLE ONLY roster_automigrated.user_customers
    ADD CONSTRAINT user_customers_pkey PRIMARY KEY (user_id, customer_id);


--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: roster_automigrated; Owner: -
--

ALTER TABLE ONLY roster_automigrated.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);


--
-- Name: webhook_attempts webhook_attempts_pkey; Type: CONSTRAINT; Schema: roster_automigrated; Owner: -
--

ALTER TABLE ONLY roster_automigrated.webhook_attempts
    ADD CONSTRAINT webhook_attempts_pkey PRIMARY KEY (id);


--
-- Name: webhook_deliveries webhook_deliveries_pkey; Type: CONSTRAINT; Schema: roster_automigrated; Owner: -
--

ALTER TABLE ONLY roster_automigrated.webhook_deliveries
    ADD CONSTRAINT webhook_deliveries_pkey PRIMARY KEY (id);


--
-- Name: webhook_endpoints webhook_endpoints_pkey; Type: CONSTRAINT; Schema: roster_automigrated; Owner: -
--

ALTER TABLE ONLY roster_automigrated.webhook_endpoints
    ADD CONSTRAINT webhook_endpoints_pkey PRIMARY KEY (id);


--
-- Name: apikey_prefix; Type: INDEX; Schema: roster_automigrated; Owner: -
--

CREATE UNIQUE INDEX apikey_prefix ON roster_automigrated.api_keys USING btree (prefix);


--
-- Name: apikey_secret_hash; Type: INDEX; Schema: roster_automigrated; Owner: -
--

CREATE UNIQUE INDEX apikey_secret_hash ON roster_automigrated.api_keys USING btree (secret_hash);


--
-- Name: attributedefinition_key; Type: INDEX; Schema: roster_automigrated; Owner: -
--

CREATE UNIQUE INDEX attributedefinition_key ON roster_automigrated.attribute_definitions USING btree (key);


--
-- Name: auditentry_api_key_audit_entries; Type: INDEX; Schema: roster_automigrated; Owner: -
--

CREATE INDEX auditentry_api_key_audit_entries ON roster_automigrated.audit_entries USING btree (api_key_audit_entries);


--
-- Name: auditentry_created_at_id; Type: INDEX; Schema: roster_automigrated; Owner: -
--

CREATE INDEX auditentry_created_at_id ON roster_automigrated.audit_entries USING btree (created_at, id);


--
-- Name: auditentry_created_at_id_user_audit_entries; Type: INDEX; Schema: roster_automigrated; Owner: -
--

CREATE INDEX auditentry_created_at_id_user_audit_entries ON roster_automigrated.audit_entries USING btree (created_at, id, user_audit_entries);


--
-- Name: auditentry_property; Type: INDEX; Schema: roster_automigrated; Owner: -
--

CREATE INDEX auditentry_property ON roster_automigrated.audit_entries USING btree (property);


--
-- Name: auditentry_subject_id; Type: INDEX; Schema: roster_automigrated; Owner: -
--

CREATE INDEX auditentry_subject_id ON roster_automigrated.audit_entries USING btree (subject_id);


--
-- Name: auditentry_user_authored_audit_entries; Type: INDEX; Schema: roster_automigrated; Owner: -
--

CREATE INDEX auditentry_user_authored_audit_entries ON roster_automigrated.audit_entries USING btree (user_authored_audit_entries);


--
-- Name: customer_external_id; Type: INDEX; Schema: roster_automigrated; Owner: -
--

CREATE UNIQUE INDEX customer_external_id ON roster_automigrated.customers USING btree (external_id);


--
-- Name: customer_name; Type: INDEX; Schema: roster_automigrated; Owner: -
--

CREATE UNIQUE INDEX customer_name ON roster_automigrated.customers USING btree (name);


--
-- Name: email_aliases_email_trgm; Type: INDEX; Schema: roster_automigrated; Owner: -
--

CREATE INDEX email_aliases_email_trgm ON roster_automigrated.email_aliases USING gin (email public.gin_trgm_ops);


--
-- Name: emailalias_email; Type: INDEX; Schema: roster_automigrated; Owner: -
--

CREATE UNIQUE INDEX emailalias_email ON roster_automigrated.email_aliases USING btree (email);


--
-- Name: emailalias_user_email_aliases; Type: INDEX; Schema: roster_automigrated; Owner: -
--

CREATE INDEX emailalias_user_email_aliases ON roster_automigrated.email_aliases USING btree (user_email_aliases);


--
-- Name: newsletter_subscriptions_user_newsletter_subscription_key; Type: INDEX; Schema: roster_automigrated; Owner: -
--

CREATE UNIQUE INDEX newsletter_subscriptions_user_newsletter_subscription_key ON roster_automigrated.newsletter_subscriptions USING btree (user_newsletter_subscription);


--
-- Name: newslettersubscription_email; Type: INDEX; Schema: roster_automigrated; Owner: -
--

CREATE UNIQUE INDEX newslettersubscription_email ON roster_automigrated.newsletter_subscriptions USING btree (email);


--
-- Name: oidcidentity_issuer_subject; Type: INDEX; Schema: roster_automigrated; Owner: -
--

CREATE UNIQUE INDEX oidcidentity_issuer_subject ON roster_automigrated.oidc_identities USING btree (issuer, subject);


--
-- Name: oidcidentity_user_oidc_identities; Type: INDEX; Schema: roster_automigrated; Owner: -
--

CREATE INDEX oidcidentity_user_oidc_identities ON roster_automigrated.oidc_identities USING btree (user_oidc_identities);


--
-- Name: onetimetoken_kind_user_tokens; Type: INDEX; Schema: roster_automigrated; Owner: -
--

CREATE INDEX onetimetoken_kind_user_tokens ON roster_automigrated.one_time_tokens USING btree (kind, user_tokens);


--
-- Name: onetimetoken_token_hash; Type: INDEX; Schema: roster_automigrated; Owner: -
--

CREATE UNIQUE INDEX onetimetoken_token_hash ON roster_automigrated.one_time_tokens USING btree (token_hash);


--
-- Name: outgoingmail_status_next_attempt_at; Type: INDEX; Schema: roster_automigrated; Owner: -
--

CREATE INDEX outgoingmail_status_next_attempt_at ON roster_automigrated.outgoing_mails USING btree (status, next_attempt_at);


--
-- Name: ratelimit_bucket; Type: INDEX; Schema: roster_automigrated; Owner: -
--

CREATE UNIQUE INDEX ratelimit_bucket ON roster_automigrated.rate_limits USING btree (bucket);


--
-- Name: ratelimit_window_start; Type: INDEX; Schema: roster_automigrated; Owner: -
--

CREATE INDEX ratelimit_window_start ON roster_automigrated.rate_limits USING btree (window_start);


--
-- Name: role_name; Type: INDEX; Schema: roster_automigrated; Owner: -
--

CREATE UNIQUE INDEX role_name ON roster_automigrated.roles USING btree (name);


--
-- Name: session_expires_at; Type: INDEX; Schema: roster_automigrated; Owner: -
--

CREATE INDEX session_expires_at ON roster_automigrated.sessions USING btree (expires_at);


--
-- Name: session_token_hash; Type: INDEX; Schema: roster_automigrated; Owner: -
--

CREATE UNIQUE INDEX session_token_hash ON roster_automigrated.sessions USING btree (token_hash);


--
-- Name: session_user_sessions; Type: INDEX; Schema: roster_automigrated; Owner: -
--

CREATE INDEX session_user_sessions ON roster_automigrated.sessions USING btree (user_sessions);


--
-- Name: user_confirmed_at; Type: INDEX; Schema: roster_automigrated; Owner: -
--

CREATE INDEX user_confirmed_at ON roster_automigrated.users USING btree (confirmed_at);


--
-- Name: user_created_at_id; Type: INDEX; Schema: roster_automigrated; Owner: -
--

CREATE INDEX user_created_at_id ON roster_automigrated.users USING btree (created_at, id);


--
-- Name: user_current_sign_in_at_id; Type: INDEX; Schema: roster_automigrated; Owner: -
--

CREATE INDEX user_current_sign_in_at_id ON roster_automigrated.users USING btree (current_sign_in_at, id);


--
-- Name: user_email; Type: INDEX; Schema: roster_automigrated; Owner: -
--

CREATE UNIQUE INDEX user_email ON roster_automigrated.users USING btree (email);


--
-- Name: user_last_active_at_id; Type: INDEX; Schema: roster_automigrated; Owner: -
--

CREATE INDEX user_last_active_at_id ON roster_automigrated.users USING btree (last_active_at, id);


--
-- Name: user_last_name_id; Type: INDEX; Schema: roster_automigrated; Owner: -
--

CREATE INDEX user_last_name_id ON roster_automigrated.users USING btree (last_name, id);


--
-- Name: user_last_sign_in_at_id; Type: INDEX; Schema: roster_automigrated; Owner: -
--

CREATE INDEX user_last_sign_in_at_id ON roster_automigrated.users USING btree (last_sign_in_at, id);


--
-- Name: user_locked_at; Type: INDEX; Schema: roster_automigrated; Owner: -
--

CREATE INDEX user_locked_at ON roster_automigrated.users USING btree (locked_at);


--
-- Name: user_role_users; Type: INDEX; Schema: roster_automigrated; Owner: -
--

CREATE INDEX user_role_users ON roster_automigrated.users USING btree (role_users);


--
-- Name: user_source; Type: INDEX; Schema: roster_automigrated; Owner: -
--

CREATE INDEX user_source ON roster_automigrated.users USING btree (source);


--
-- Name: user_unconfirmed_email; Type: INDEX; Schema: roster_automigrated; Owner: -
--

CREATE INDEX user_unconfirmed_email ON roster_automigrated.users USING btree (unconfirmed_email);


--
-- Name: user_updated_at_id; Type: INDEX; Schema: roster_automigrated; Owner: -
--

CREATE INDEX user_updated_at_id ON roster_automigrated.users USING btree (updated_at, id);


--
-- Name: users_email_trgm; Type: INDEX; Schema: roster_automigrated; Owner: -
--

CREATE INDEX users_email_trgm ON roster_automigrated.users USING gin (email public.gin_trgm_ops);


--
-- Name: users_first_name_trgm; Type: INDEX; Schema: roster_automigrated; Owner: -
--

CREATE INDEX users_first_name_trgm ON roster_automigrated.users USING gin (first_name public.gin_trgm_ops);


--
-- Name: users_last_name_trgm; Type: INDEX; Schema: roster_automigrated; Owner: -
--

CREATE INDEX users_last_name_trgm ON roster_automigrated.users USING gin (last_name public.gin_trgm_ops);


--
-- Name: webhookdelivery_created_at_webhook_endpoint_deliveries; Type: INDEX; Schema: roster_automigrated; Owner: -
--

CREATE INDEX webhookdelivery_created_at_webhook_endpoint_deliveries ON roster_automigrated.webhook_deliveries USING btree (created_at, webhook_endpoint_deliveries);


--
-- Name: webhookdelivery_status_next_attempt_at; Type: INDEX; Schema: roster_automigrated; Owner: -
--

CREATE INDEX webhookdelivery_status_next_attempt_at ON roster_automigrated.webhook_deliveries USING btree (status, next_attempt_at);


--
-- Name: customers customers_delete_unassigned; Type: TRIGGER; Schema: roster_automigrated; Owner: -
--

CREATE TRIGGER customers_delete_unassigned BEFORE DELETE ON roster_automigrated.customers FOR EACH ROW EXECUTE FUNCTION roster_automigrated.roster_customer_unassigned();


--
-- Name: email_aliases email_aliases_email_owner_unique; Type: TRIGGER; Schema: roster_automigrated; Owner: -
--

CREATE TRIGGER email_aliases_email_owner_unique BEFORE INSERT OR UPDATE OF email, confirmed_at ON roster_automigrated.email_aliases FOR EACH ROW EXECUTE FUNCTION roster_automigrated.roster_email_owner_unique();


--
-- Name: users users_email_owner_unique; Type: TRIGGER; Schema: roster_automigrated; Owner: -
--

CREATE TRIGGER users_email_owner_unique BEFORE INSERT OR UPDATE OF email ON roster_automigrated.users FOR EACH ROW EXECUTE FUNCTION roster_automigrated.roster_email_owner_unique();


--
-- Name: api_key_customers api_key_customers_api_key_id; Type: FK CONSTRAINT; Schema: roster_automigrated; Owner: -
--

ALTER TABLE ONLY roster_automigrated.api_key_customers
    ADD CONSTRAINT api_key_customers_api_key_id FOREIGN KEY (api_key_id) REFERENCES roster_automigrated.api_keys(id) ON DELETE CASCADE;


--
-- Name: api_key_customers api_key_customers_customer_id; Type: FK CONSTRAINT; Schema: roster_automigrated; Owner: -
--

ALTER TABLE ONLY roster_automigrated.api_key_customers
    ADD CONSTRAINT api_key_customers_customer_id FOREIGN KEY (customer_id) REFERENCES roster_automigrated.customers(id) ON DELETE CASCADE;


--
-- Name: api_keys api_keys_users_created_api_keys; Type: FK CONSTRAINT; Schema: roster_automigrated; Owner: -
--

ALTER TABLE ONLY roster_automigrated.api_keys
    ADD CONSTRAINT api_keys_users_created_api_keys FOREIGN KEY (user_created_api_keys) REFERENCES roster_automigrated.users(id) ON DELETE SET NULL;


--
-- Name: audit_entries audit_entries_api_keys_audit_entries; Type: FK CONSTRAINT; Schema: roster_automigrated; Owner: -
--

ALTER TABLE ONLY roster_automigrated.audit_entries
    ADD CONSTRAINT audit_entries_api_keys_audit_entries FOREIGN KEY (api_key_audit_entries) REFERENCES roster_automigrated.api_keys(id) ON DELETE SET NULL;


--
-- Name: audit_entries audit_entries_users_audit_entries; Type: FK CONSTRAINT; Schema: roster_automigrated; Owner: -
--

ALTER TABLE ONLY roster_automigrated.audit_entries
    ADD CONSTRAINT audit_entries_users_audit_entries FOREIGN KEY (user_audit_entries) REFERENCES roster_automigrated.users(id) ON DELETE CASCADE;


--
-- Name: audit_entries audit_entries_users_authored_audit_entries; Type: FK CONSTRAINT; Schema: roster_automigrated; Owner: -
--

ALTER TABLE ONLY roster_automigrated.audit_entries
    ADD CONSTRAINT audit_entries_users_authored_audit_entries FOREIGN KEY (user_authored_audit_entries) REFERENCES roster_automigrated.users(id) ON DELETE SET NULL;


--
-- Name: email_aliases email_aliases_users_email_aliases; Type: FK CONSTRAINT; Schema: roster_automigrated; Owner: -
--

ALTER TABLE ONLY roster_automigrated.email_aliases
    ADD CONSTRAINT email_aliases_users_email_aliases FOREIGN KEY (user_email_aliases) REFERENCES roster_automigrated.users(id) ON DELETE CASCADE;


--
-- Name: newsletter_subscriptions newsletter_subscriptions_users_newsletter_subscription; Type: FK CONSTRAINT; Schema: roster_automigrated; Owner: -
--

ALTER TABLE ONLY roster_automigrated.newsletter_subscriptions
    ADD CONSTRAINT newsletter_subscriptions_users_newsletter_subscription FOREIGN KEY (user_newsletter_subscription) REFERENCES roster_automigrated.users(id) ON DELETE SET NULL;


--
-- Name: oidc_identities oidc_identities_users_oidc_identities; Type: FK CONSTRAINT; Schema: roster_automigrated; Owner: -
--

ALTER TABLE ONLY roster_automigrated.oidc_identities
    ADD CONSTRAINT oidc_identities_users_oidc_identities FOREIGN KEY (user_oidc_identities) REFERENCES roster_automigrated.users(id) ON DELETE CASCADE;


--
-- Name: one_time_tokens one_time_tokens_email_aliases_tokens; Type: FK CONSTRAINT; Schema: roster_automigrated; Owner: -
--

ALTER TABLE ONLY roster_automigrated.one_time_tokens
    ADD CONSTRAINT one_time_tokens_email_aliases_tokens FOREIGN KEY (email_alias_tokens) REFERENCES roster_automigrated.email_aliases(id) ON DELETE CASCADE;


--
-- Name: one_time_tokens one_time_tokens_users_tokens; Type: FK CONSTRAINT; Schema: roster_automigrated; Owner: -
--

ALTER TABLE ONLY roster_automigrated.one_time_tokens
    ADD CONSTRAINT one_time_tokens_users_tokens FOREIGN KEY (user_tokens) REFERENCES roster_automigrated.users(id) ON DELETE CASCADE;


--
-- Name: outgoing_mails outgoing_mails_users_outgoing_mails; Type: FK CONSTRAINT; Schema: roster_automigrated; Owner: -
--

ALTER TABLE ONLY roster_automigrated.outgoing_mails
    ADD CONSTRAINT outgoing_mails_users_outgoing_mails FOREIGN KEY (user_outgoing_mails) REFERENCES roster_automigrated.users(id) ON DELETE CASCADE;


--
-- Name: sessions sessions_users_sessions; Type: FK CONSTRAINT; Schema: roster_automigrated; Owner: -
--

ALTER TABLE ONLY roster_automigrated.sessions
    ADD CONSTRAINT sessions_users_sessions FOREIGN KEY (user_sessions) REFERENCES roster_automigrated.users(id) ON DELETE CASCADE;


--
-- Name: user_customers user_customers_customer_id; Type: FK CONSTRAINT; Schema: roster_automigrated; Owner: -
--

ALTER TABLE ONLY roster_automigrated.user_customers
    ADD CONSTRAINT user_customers_customer_id FOREIGN KEY (customer_id) REFERENCES roster_automigrated.customers(id) ON DELETE CASCADE;


--
-- Name: user_customers user_customers_user_id; Type: FK CONSTRAINT; Schema: roster_automigrated; Owner: -
--

ALTER TABLE ONLY roster_automigrated.user_customers
    ADD CONSTRAINT user_customers_user_id FOREIGN KEY (user_id) REFERENCES roster_automigrated.users(id) ON DELETE CASCADE;


--
-- Name: users users_roles_users; Type: FK CONSTRAINT; Schema: roster_automigrated; Owner: -
--

ALTER TABLE ONLY roster_automigrated.users
    ADD CONSTRAINT users_roles_users FOREIGN KEY (role_users) REFERENCES roster_automigrated.roles(id);


--
-- Name: users users_users_locked_users; Type: FK CONSTRAINT; Schema: roster_automigrated; Owner: -
--

ALTER TABLE ONLY roster_automigrated.users
    ADD CONSTRAINT users_users_locked_users FOREIGN KEY (user_locked_users) REFERENCES roster_automigrated.users(id) ON DELETE SET NULL;


--
-- Name: webhook_attempts webhook_attempts_webhook_deliveries_attempts; Type: FK CONSTRAINT; Schema: roster_automigrated; Owner: -
--

ALTER TABLE ONLY roster_automigrated.webhook_attempts
    ADD CONSTRAINT webhook_attempts_webhook_deliveries_attempts FOREIGN KEY (webhook_delivery_attempts) REFERENCES roster_automigrated.webhook_deliveries(id) ON DELETE CASCADE;


--
-- Name: webhook_deliveries webhook_deliveries_webhook_endpoints_deliveries; Type: FK CONSTRAINT; Schema: roster_automigrated; Owner: -
--

ALTER TABLE ONLY roster_automigrated.webhook_deliveries
    ADD CONSTRAINT webhook_deliveries_webhook_endpoints_deliveries FOREIGN KEY (webhook_endpoint_deliveries) REFERENCES roster_automigrated.webhook_endpoints(id) ON DELETE CASCADE;


--
-- PostgreSQL database dump complete
--


