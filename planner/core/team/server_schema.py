"""The team database's schema, created and upgraded by versioned migrations.

`migrate` runs each migration of MIGRATIONS once, in its own transaction, and records it in
team_schema_migrations; running it again applies only what is new (nothing when the database is current).
A transaction-scoped advisory lock keeps two laptops that upgrade at once from running one migration twice.

The data tables mirror the book's (planner/core/store/schema.py) with PostgreSQL types: days are `date`,
money in cents `bigint`, ids `uuid`. Each row has a `row_version` from the one sequence team_row_version
(a BEFORE trigger sets it on every insert and update, whatever the client sent), `updated_by` (the login)
and `updated_at`, so sync asks a table for the rows above the version it saw last. An AFTER trigger
appends every insert, update and delete with who and when to change_log, which nobody can change: no
role is granted UPDATE or DELETE on it and a trigger refuses both (and TRUNCATE), also for its owner.
Row-level security is enabled and forced on every table here; the policies come with the team's roles
(roles.py), so until then no role but a superuser reads a row.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from planner.core.team.tables import VERSIONED_TABLES, account_column

if TYPE_CHECKING:
    from psycopg import Connection

MIGRATIONS_TABLE = "team_schema_migrations"
_LOCK = 0x4B414D50_7EA3  # pg_advisory_xact_lock key: "KAMP" and "team"
WRITER_LOCK = 0x4B414D50_7EA4  # held by each writing transaction from its first row version on
_VERSIONED = "row_version bigint NOT NULL, updated_by text NOT NULL, updated_at timestamptz NOT NULL"

M001_TABLES = f"""
CREATE SEQUENCE team_row_version AS bigint;

CREATE TABLE products (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    key text NOT NULL UNIQUE,
    name text NOT NULL,
    family text,
    price_cents bigint NOT NULL DEFAULT 0,
    unit text NOT NULL DEFAULT 'seat' CHECK (unit IN ('seat','licence','volume')),
    usage_metric text,
    expected_usage double precision,
    {_VERSIONED}
);
CREATE TABLE segment_products (
    segment text NOT NULL,
    product_id uuid NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    PRIMARY KEY (segment, product_id),
    {_VERSIONED}
);
CREATE TABLE team_settings (
    key text PRIMARY KEY,
    value text NOT NULL,
    {_VERSIONED}
);

CREATE TABLE accounts (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    key text NOT NULL UNIQUE,
    owner_role text NOT NULL DEFAULT current_user,  -- the login role that writes it; `owner` is a label
    name text NOT NULL,
    domain text,
    industry text,
    segment text,
    country text,
    country_original text,
    city text,
    regions text NOT NULL DEFAULT '',
    employees integer CHECK (employees IS NULL OR employees >= 0),
    potential_users integer CHECK (potential_users IS NULL OR potential_users >= 0),
    revenue_cents bigint NOT NULL DEFAULT 0,
    wallet_cents bigint,
    owner text,
    tier_override text CHECK (tier_override IS NULL OR tier_override IN ('A','B','C')),
    tier_reason text,
    phase_override text CHECK (phase_override IS NULL OR phase_override IN
        ('enablement','adoption','growth','advocacy')),
    phase_reason text,
    success_criteria text,
    goals text,
    pain_points text,
    notes text,
    created_on date NOT NULL DEFAULT current_date,
    {_VERSIONED}
);
CREATE INDEX accounts_owner_role ON accounts(owner_role);

CREATE TABLE account_shares (
    account_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    role_name text NOT NULL,
    PRIMARY KEY (account_id, role_name),
    {_VERSIONED}
);
CREATE INDEX account_shares_role ON account_shares(role_name, account_id);

CREATE TABLE holdings (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    account_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    product_id uuid NOT NULL REFERENCES products(id) ON DELETE RESTRICT,
    status text NOT NULL DEFAULT 'active' CHECK (status IN ('trial','active','cancelled')),
    since date,
    seats_licensed integer,
    seats_in_use integer,
    revenue_cents bigint NOT NULL DEFAULT 0,
    renewal_date date,
    usage_limit double precision,
    region text,
    UNIQUE (account_id, product_id),
    {_VERSIONED}
);
CREATE TABLE usage_snapshots (
    account_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    product_id uuid NOT NULL REFERENCES products(id) ON DELETE RESTRICT,
    period text NOT NULL,
    usage_value double precision NOT NULL,
    expected_value double precision,
    active_users integer,
    PRIMARY KEY (account_id, product_id, period),
    {_VERSIONED}
);
CREATE TABLE revenue_by_period (
    account_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    period text NOT NULL,
    revenue_cents bigint NOT NULL,
    PRIMARY KEY (account_id, period),
    {_VERSIONED}
);
CREATE TABLE contacts (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    account_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    name text NOT NULL,
    role text,
    department text,
    region text,
    email text,
    phone text,
    influence text CHECK (influence IS NULL OR influence IN
        ('decision_maker','champion','influencer','user','blocker')),
    persona_goals text,
    persona_pains text,
    notes text,
    UNIQUE (id, account_id),
    {_VERSIONED}
);
CREATE INDEX contacts_account ON contacts(account_id);
CREATE TABLE nps_answers (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    account_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    contact_id uuid NOT NULL,
    answered_on date NOT NULL,
    score integer NOT NULL CHECK (score BETWEEN 0 AND 10),
    comment text,
    FOREIGN KEY (contact_id, account_id) REFERENCES contacts(id, account_id) ON DELETE CASCADE,
    {_VERSIONED}
);
CREATE INDEX nps_answers_contact ON nps_answers(contact_id, account_id);
CREATE TABLE survey_responses (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    account_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    contact_id uuid NOT NULL,
    survey text NOT NULL,
    answered_on date NOT NULL,
    answered boolean NOT NULL DEFAULT true,
    FOREIGN KEY (contact_id, account_id) REFERENCES contacts(id, account_id) ON DELETE CASCADE,
    {_VERSIONED}
);
CREATE INDEX survey_responses_contact ON survey_responses(contact_id, account_id);
CREATE TABLE signals (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    account_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    occurred_on date NOT NULL,
    kind text NOT NULL CHECK (kind IN ('outage','support_ticket','usage_limit_hit','new_stakeholder',
        'content_engaged','event_attended','demo_request','consultation_request','price_request')),
    product_id uuid REFERENCES products(id) ON DELETE SET NULL,
    department text,
    region text,
    detail text,
    source text,
    contact_id uuid REFERENCES contacts(id) ON DELETE SET NULL,
    content text,
    topic text,
    {_VERSIONED}
);
CREATE INDEX signals_account ON signals(account_id, occurred_on);
CREATE TABLE touches (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    account_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    kind text NOT NULL CHECK (kind IN ('call','meeting','email','visit','qbr','note')),
    touched_on date NOT NULL,
    minutes integer NOT NULL DEFAULT 0 CHECK (minutes >= 0),
    summary text,
    next_step text,
    next_step_due date,
    next_step_done_on date,
    UNIQUE (id, account_id),
    {_VERSIONED}
);
CREATE INDEX touches_account ON touches(account_id, touched_on);
CREATE TABLE touch_contacts (
    touch_id uuid NOT NULL,
    contact_id uuid NOT NULL,
    account_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    PRIMARY KEY (touch_id, contact_id),
    FOREIGN KEY (touch_id, account_id) REFERENCES touches(id, account_id) ON DELETE CASCADE,
    FOREIGN KEY (contact_id, account_id) REFERENCES contacts(id, account_id) ON DELETE CASCADE,
    {_VERSIONED}
);
CREATE TABLE qbrs (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    account_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    held_on date NOT NULL,
    status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned','held','cancelled')),
    objectives text,
    agenda text,
    recommendations text,
    outcomes text,
    snapshot_json text,
    UNIQUE (id, account_id),
    {_VERSIONED}
);
CREATE INDEX qbrs_account ON qbrs(account_id, held_on);
CREATE TABLE qbr_attendees (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    account_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    qbr_id uuid NOT NULL,
    contact_id uuid,
    name text,
    side text NOT NULL CHECK (side IN ('customer','ours')),
    FOREIGN KEY (qbr_id, account_id) REFERENCES qbrs(id, account_id) ON DELETE CASCADE,
    FOREIGN KEY (contact_id, account_id) REFERENCES contacts(id, account_id) ON DELETE CASCADE,
    {_VERSIONED}
);
CREATE TABLE qbr_actions (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    account_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    qbr_id uuid NOT NULL,
    title text NOT NULL,
    owner text,
    due_on date,
    status text NOT NULL DEFAULT 'open' CHECK (status IN ('open','done','dropped')),
    FOREIGN KEY (qbr_id, account_id) REFERENCES qbrs(id, account_id) ON DELETE CASCADE,
    {_VERSIONED}
);
CREATE TABLE opportunities (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    account_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    product_id uuid REFERENCES products(id) ON DELETE SET NULL,
    kind text NOT NULL CHECK (kind IN ('repeat','upsell','crosssell')),
    stage text NOT NULL DEFAULT 'signal' CHECK (stage IN ('signal','interest','nurturing',
        'mqn','in_sales','won','lost')),
    value_cents bigint NOT NULL DEFAULT 0,
    raised_by text,
    raised_on date NOT NULL,
    fast_lane boolean NOT NULL DEFAULT false,
    notes text,
    external_id text,
    close_on date,
    source text,
    owner text,
    next_step text,
    next_step_due date,
    next_step_done_on date,
    {_VERSIONED}
);
CREATE INDEX opportunities_account ON opportunities(account_id);

CREATE TABLE change_log (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    row_version bigint NOT NULL,  -- the row's new version; a delete takes a version of its own
    changed_by text NOT NULL,
    changed_at timestamptz NOT NULL DEFAULT now(),
    table_name text NOT NULL,
    operation text NOT NULL CHECK (operation IN ('insert','update','delete')),
    account_id uuid,  -- NULL for the catalogue
    row_key jsonb NOT NULL,
    row_data jsonb NOT NULL  -- the row after an insert or update, before a delete
);
CREATE INDEX change_log_version ON change_log(row_version);
CREATE INDEX change_log_account ON change_log(account_id, row_version);
REVOKE ALL ON change_log FROM PUBLIC;

-- who and when, set on the server whatever the client sent: sync trusts these, not the laptop's clock
CREATE FUNCTION team_stamp_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.row_version := nextval('team_row_version');
    NEW.updated_by := session_user;
    NEW.updated_at := now();
    RETURN NEW;
END $$;

-- TG_ARGV: the account column ('' for the catalogue), then the key columns. SECURITY DEFINER: only the
-- owner may insert into change_log; its search_path is pinned below (pg_temp last: no temporary
-- table of a caller can take the log's place).
CREATE FUNCTION team_log_change() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    r jsonb := CASE WHEN TG_OP = 'DELETE' THEN to_jsonb(OLD) ELSE to_jsonb(NEW) END;
BEGIN
    INSERT INTO change_log (row_version, changed_by, table_name, operation, account_id, row_key, row_data)
    VALUES (
        CASE WHEN TG_OP = 'DELETE' THEN nextval('team_row_version') ELSE (r->>'row_version')::bigint END,
        session_user, TG_TABLE_NAME, lower(TG_OP),
        CASE WHEN TG_ARGV[0] <> '' THEN (r->>TG_ARGV[0])::uuid END,
        (SELECT jsonb_object_agg(k, r->k) FROM unnest(TG_ARGV[1:]) AS k),
        r);
    RETURN NULL;
END $$;

CREATE FUNCTION team_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'change_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER change_log_append_only BEFORE UPDATE OR DELETE ON change_log
    FOR EACH ROW EXECUTE FUNCTION team_refuse_change();
CREATE TRIGGER change_log_no_truncate BEFORE TRUNCATE ON change_log
    FOR EACH STATEMENT EXECUTE FUNCTION team_refuse_change();
ALTER TABLE change_log ENABLE ROW LEVEL SECURITY;
ALTER TABLE change_log FORCE ROW LEVEL SECURITY;
-- only the owner holds INSERT (through team_log_change): this policy lets exactly that through
CREATE POLICY change_log_appended ON change_log FOR INSERT WITH CHECK (true);

DO $$ BEGIN
    EXECUTE format('ALTER FUNCTION team_log_change() SET search_path = %I, pg_temp', current_schema());
END $$;
"""


def _versioning(table: str, key: tuple[str, ...]) -> str:
    arguments = ", ".join(f"'{column}'" for column in (account_column(table), *key))
    return f"""
CREATE INDEX {table}_row_version ON {table}(row_version);
CREATE TRIGGER {table}_stamp BEFORE INSERT OR UPDATE ON {table}
    FOR EACH ROW EXECUTE FUNCTION team_stamp_row();
CREATE TRIGGER {table}_log AFTER INSERT OR UPDATE OR DELETE ON {table}
    FOR EACH ROW EXECUTE FUNCTION team_log_change({arguments});
ALTER TABLE {table} ENABLE ROW LEVEL SECURITY;
ALTER TABLE {table} FORCE ROW LEVEL SECURITY;
"""


M001 = M001_TABLES + "".join(_versioning(table, key) for table, key in VERSIONED_TABLES)

# m002: one writer at a time, so that row versions become visible in their order. A reader that saw
# versions up to N then never misses a smaller one committed later: every writing transaction takes this
# lock before its first version and holds it until it has committed. (Pushes are short batches.)
# And the tables of handovers: who handed which account to whom; the unpublished changes of an account's
# previous owner, which the new owner's laptop merges; the conflicts, each shown to the one whose value lost.
M002_ONE_WRITER_AND_HANDOVERS = f"""
CREATE OR REPLACE FUNCTION team_stamp_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock({WRITER_LOCK});
    NEW.row_version := nextval('team_row_version');
    NEW.updated_by := session_user;
    NEW.updated_at := now();
    RETURN NEW;
END $$;
CREATE OR REPLACE FUNCTION team_log_change() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    r jsonb := CASE WHEN TG_OP = 'DELETE' THEN to_jsonb(OLD) ELSE to_jsonb(NEW) END;
BEGIN
    PERFORM pg_advisory_xact_lock({WRITER_LOCK});
    INSERT INTO change_log (row_version, changed_by, table_name, operation, account_id, row_key, row_data)
    VALUES (
        CASE WHEN TG_OP = 'DELETE' THEN nextval('team_row_version') ELSE (r->>'row_version')::bigint END,
        session_user, TG_TABLE_NAME, lower(TG_OP),
        CASE WHEN TG_ARGV[0] <> '' THEN (r->>TG_ARGV[0])::uuid END,
        (SELECT jsonb_object_agg(k, r->k) FROM unnest(TG_ARGV[1:]) AS k),
        r);
    RETURN NULL;
END $$;

CREATE TABLE team_members (
    role_name text PRIMARY KEY,
    display_name text NOT NULL
);
CREATE TABLE team_handovers (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id uuid REFERENCES accounts(id) ON DELETE SET NULL,
    account_key text NOT NULL,
    account_name text,
    from_role text NOT NULL,
    to_role text NOT NULL,
    from_owner text,
    to_owner text,
    handed_over_at timestamptz NOT NULL DEFAULT now(),
    handed_over_by text NOT NULL DEFAULT session_user
);
CREATE TABLE team_pending_changes (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    account_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    table_name text NOT NULL,
    row_key jsonb NOT NULL,
    base_version bigint NOT NULL,
    row_data jsonb NOT NULL,
    changed_at timestamptz NOT NULL,
    author text NOT NULL DEFAULT session_user,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX team_pending_changes_account ON team_pending_changes(account_id);
CREATE TABLE team_conflicts (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    origin text NOT NULL UNIQUE,  -- the merge and field that found it: found twice, kept once
    author text NOT NULL,  -- whose value lost: the list is theirs
    winner text,
    account_key text,
    account_name text,
    table_name text NOT NULL,
    record text NOT NULL,
    field text NOT NULL,
    kept_value text,
    winning_value text,
    reason text NOT NULL,
    found_at timestamptz NOT NULL DEFAULT now(),
    found_by text NOT NULL DEFAULT session_user
);
CREATE INDEX team_conflicts_author ON team_conflicts(author, id);
-- an account's rows read at once (a new, shared or handed-over account comes whole)
CREATE INDEX nps_answers_account ON nps_answers(account_id);
CREATE INDEX survey_responses_account ON survey_responses(account_id);
CREATE INDEX touch_contacts_account ON touch_contacts(account_id);
CREATE INDEX qbr_attendees_account ON qbr_attendees(account_id);
CREATE INDEX qbr_actions_account ON qbr_actions(account_id);
ALTER TABLE team_members ENABLE ROW LEVEL SECURITY;  -- not forced: its owner adds the users
ALTER TABLE team_handovers ENABLE ROW LEVEL SECURITY;
ALTER TABLE team_handovers FORCE ROW LEVEL SECURITY;
ALTER TABLE team_pending_changes ENABLE ROW LEVEL SECURITY;
ALTER TABLE team_pending_changes FORCE ROW LEVEL SECURITY;
ALTER TABLE team_conflicts ENABLE ROW LEVEL SECURITY;
ALTER TABLE team_conflicts FORCE ROW LEVEL SECURITY;
"""
MIGRATIONS: tuple[tuple[str, str], ...] = (
    ("m001_tables", M001),
    ("m002_one_writer_and_handovers", M002_ONE_WRITER_AND_HANDOVERS),
)


def migrate(conn: Connection, migrations: tuple[tuple[str, str], ...] = MIGRATIONS) -> list[str]:
    """Apply the migrations not applied yet, each in its own transaction (`conn` in autocommit, as
    connection.connect gives it: otherwise they would nest in the caller's); the names applied now."""
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK,))
        conn.execute(
            f"CREATE TABLE IF NOT EXISTS {MIGRATIONS_TABLE} "
            "(name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now(), "
            "applied_by text NOT NULL DEFAULT session_user)"
        )
    done = []
    for name, script in migrations:
        with conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK,))
            if conn.execute(f"SELECT 1 FROM {MIGRATIONS_TABLE} WHERE name = %s", (name,)).fetchone():
                continue
            conn.execute(script.encode())  # no parameters: the whole script in one round trip
            conn.execute(f"INSERT INTO {MIGRATIONS_TABLE} (name) VALUES (%s)", (name,))
            done.append(name)
    return done


def applied(conn: Connection) -> list[str]:
    """The migrations this database has, in the order they were applied."""
    with conn.transaction():
        exists = conn.execute("SELECT to_regclass(%s)", (MIGRATIONS_TABLE,)).fetchone()
        if not exists or exists[0] is None:
            return []
        rows = conn.execute(f"SELECT name FROM {MIGRATIONS_TABLE} ORDER BY applied_at, name").fetchall()
    return [name for (name,) in rows]
