"""The portfolio's SQLite schema as versioned migrations (sqlite-utils Migrations)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planner.core.store import score_inputs

if TYPE_CHECKING:  # sqlite_utils imports pandas: only load it when a migration runs
    from sqlite_utils import Database

MIGRATION_SET = "account-planner"
APPLICATION_ID = 0x4B414D50  # "KAMP": marks a file as an Account Planner portfolio

M001_TABLES = """
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE accounts (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    domain TEXT,
    industry TEXT,
    segment TEXT,
    country TEXT,
    city TEXT,
    regions TEXT NOT NULL DEFAULT '',
    employees INTEGER CHECK (employees IS NULL OR employees >= 0),
    potential_users INTEGER CHECK (potential_users IS NULL OR potential_users >= 0),
    revenue_cents INTEGER NOT NULL DEFAULT 0,
    wallet_cents INTEGER,
    owner TEXT,
    tier_override TEXT CHECK (tier_override IS NULL OR tier_override IN ('A','B','C')),
    tier_reason TEXT,
    phase_override TEXT CHECK (phase_override IS NULL OR phase_override IN
        ('enablement','adoption','growth','advocacy')),
    phase_reason TEXT,
    success_criteria TEXT,
    goals TEXT,
    pain_points TEXT,
    notes TEXT,
    created_on TEXT NOT NULL DEFAULT (date('now'))
);
CREATE INDEX accounts_name ON accounts(name);
CREATE INDEX accounts_owner ON accounts(owner);

CREATE TABLE products (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    family TEXT,
    price_cents INTEGER NOT NULL DEFAULT 0,
    unit TEXT NOT NULL DEFAULT 'seat' CHECK (unit IN ('seat','licence','volume')),
    usage_metric TEXT,
    expected_usage REAL
);

CREATE TABLE holdings (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE RESTRICT,
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('trial','active','cancelled')),
    since TEXT,
    seats_licensed INTEGER,
    seats_in_use INTEGER,
    revenue_cents INTEGER NOT NULL DEFAULT 0,
    renewal_date TEXT,
    usage_limit REAL,
    region TEXT,
    UNIQUE (account_id, product_id)
);
CREATE INDEX holdings_product ON holdings(product_id);

CREATE TABLE usage_snapshots (
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE RESTRICT,
    period TEXT NOT NULL,
    usage_value REAL NOT NULL,
    expected_value REAL,
    active_users INTEGER,
    PRIMARY KEY (account_id, product_id, period)
);
CREATE INDEX usage_snapshots_product ON usage_snapshots(product_id);

CREATE TABLE revenue_by_period (
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    period TEXT NOT NULL,
    revenue_cents INTEGER NOT NULL,
    PRIMARY KEY (account_id, period)
);

CREATE TABLE contacts (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    role TEXT,
    department TEXT,
    region TEXT,
    email TEXT,
    phone TEXT,
    influence TEXT CHECK (influence IS NULL OR influence IN
        ('decision_maker','champion','influencer','user','blocker')),
    persona_goals TEXT,
    persona_pains TEXT,
    notes TEXT
);
CREATE INDEX contacts_account ON contacts(account_id);
CREATE INDEX contacts_email ON contacts(email);

CREATE TABLE nps_answers (
    id INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    answered_on TEXT NOT NULL,
    score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10),
    comment TEXT
);
CREATE INDEX nps_answers_contact ON nps_answers(contact_id);

CREATE TABLE survey_responses (
    id INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    survey TEXT NOT NULL,
    answered_on TEXT NOT NULL
);
CREATE INDEX survey_responses_contact ON survey_responses(contact_id);

CREATE TABLE signals (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    occurred_on TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('outage','support_ticket','usage_limit_hit',
        'new_stakeholder','content_engaged','demo_request','consultation_request',
        'price_request')),
    product_id INTEGER REFERENCES products(id) ON DELETE SET NULL,
    department TEXT,
    region TEXT,
    detail TEXT,
    source TEXT
);
CREATE INDEX signals_account ON signals(account_id, occurred_on);

CREATE TABLE touches (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('call','meeting','email','visit','qbr','note')),
    touched_on TEXT NOT NULL,
    minutes INTEGER NOT NULL DEFAULT 0 CHECK (minutes >= 0),
    summary TEXT,
    next_step TEXT,
    next_step_due TEXT
);
CREATE INDEX touches_account ON touches(account_id, touched_on);
CREATE INDEX touches_date ON touches(touched_on);

CREATE TABLE touch_contacts (
    touch_id INTEGER NOT NULL REFERENCES touches(id) ON DELETE CASCADE,
    contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    PRIMARY KEY (touch_id, contact_id)
);
CREATE INDEX touch_contacts_contact ON touch_contacts(contact_id);

CREATE TABLE qbrs (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    held_on TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned','held','cancelled')),
    objectives TEXT,
    agenda TEXT,
    recommendations TEXT,
    outcomes TEXT,
    snapshot_json TEXT
);
CREATE INDEX qbrs_account ON qbrs(account_id, held_on);

CREATE TABLE qbr_attendees (
    id INTEGER PRIMARY KEY,
    qbr_id INTEGER NOT NULL REFERENCES qbrs(id) ON DELETE CASCADE,
    contact_id INTEGER REFERENCES contacts(id) ON DELETE CASCADE,
    name TEXT,
    side TEXT NOT NULL CHECK (side IN ('customer','ours'))
);
CREATE INDEX qbr_attendees_qbr ON qbr_attendees(qbr_id);

CREATE TABLE qbr_actions (
    id INTEGER PRIMARY KEY,
    qbr_id INTEGER NOT NULL REFERENCES qbrs(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    owner TEXT,
    due_on TEXT,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','done','dropped'))
);
CREATE INDEX qbr_actions_qbr ON qbr_actions(qbr_id);

CREATE TABLE opportunities (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    product_id INTEGER REFERENCES products(id) ON DELETE SET NULL,
    kind TEXT NOT NULL CHECK (kind IN ('repeat','upsell','crosssell')),
    stage TEXT NOT NULL DEFAULT 'signal' CHECK (stage IN ('signal','interest','nurturing',
        'mqn','in_sales','won','lost')),
    value_cents INTEGER NOT NULL DEFAULT 0,
    raised_by TEXT,
    raised_on TEXT NOT NULL,
    fast_lane INTEGER NOT NULL DEFAULT 0 CHECK (fast_lane IN (0, 1)),
    notes TEXT
);
CREATE INDEX opportunities_account ON opportunities(account_id);
"""


M002_IMPORTS = """
CREATE TABLE imports (
    id INTEGER PRIMARY KEY,
    file TEXT NOT NULL,
    kind TEXT NOT NULL,
    table_name TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    created INTEGER NOT NULL DEFAULT 0,
    updated INTEGER NOT NULL DEFAULT 0,
    unchanged INTEGER NOT NULL DEFAULT 0,
    rejected INTEGER NOT NULL DEFAULT 0,
    first_rowid INTEGER,
    last_rowid INTEGER,
    undone INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1)),
    settings_json TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE import_rows (
    import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
    state TEXT NOT NULL CHECK (state IN ('before', 'after', 'created')),
    row_json TEXT NOT NULL
);
CREATE INDEX import_rows_import ON import_rows(import_id, state);
CREATE TABLE import_mappings (
    shape TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    mapping_json TEXT NOT NULL,
    layout_json TEXT NOT NULL,
    used_at TEXT NOT NULL
);
"""


M003_SEGMENT_PRODUCTS = """
CREATE TABLE segment_products (
    segment TEXT NOT NULL,
    product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    PRIMARY KEY (segment, product_id)
);
CREATE INDEX segment_products_product ON segment_products(product_id);
CREATE INDEX usage_snapshots_period ON usage_snapshots(period, account_id, product_id, usage_value,
    expected_value);
"""


M004_MOMENT_DECISIONS = """
CREATE TABLE moment_decisions (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    rule TEXT NOT NULL,
    subject TEXT NOT NULL DEFAULT '',
    fingerprint TEXT NOT NULL,
    decision TEXT NOT NULL CHECK (decision IN ('dismissed', 'snoozed', 'opportunity')),
    until TEXT,
    reason TEXT,
    decided_on TEXT NOT NULL,
    opportunity_id INTEGER REFERENCES opportunities(id) ON DELETE CASCADE,
    UNIQUE (account_id, rule, subject)
);
CREATE INDEX moment_decisions_opportunity ON moment_decisions(opportunity_id);
CREATE INDEX signals_kind ON signals(kind, occurred_on);
CREATE INDEX holdings_renewal ON holdings(renewal_date);
CREATE INDEX survey_responses_day ON survey_responses(answered_on, contact_id);
"""


M005_SEGMENTS_LISTS_GOALS = """
CREATE TABLE segments (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    rules_json TEXT NOT NULL DEFAULT '[]',
    created_on TEXT NOT NULL
);
CREATE TABLE smart_lists (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    rules_json TEXT NOT NULL DEFAULT '[]',
    product_id INTEGER REFERENCES products(id) ON DELETE SET NULL,
    created_on TEXT NOT NULL
);
CREATE INDEX smart_lists_product ON smart_lists(product_id);
CREATE TABLE goals (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    period_start TEXT NOT NULL,
    period_end TEXT NOT NULL,
    target_cents INTEGER NOT NULL CHECK (target_cents >= 0),
    owner TEXT,
    deal_size_cents INTEGER CHECK (deal_size_cents IS NULL OR deal_size_cents > 0),
    win_rate REAL CHECK (win_rate IS NULL OR (win_rate > 0 AND win_rate <= 1)),
    sql_to_opportunity REAL CHECK (sql_to_opportunity IS NULL OR
        (sql_to_opportunity > 0 AND sql_to_opportunity <= 1)),
    mql_to_sql REAL CHECK (mql_to_sql IS NULL OR (mql_to_sql > 0 AND mql_to_sql <= 1)),
    created_on TEXT NOT NULL
);
"""


# Migration m013: a next step is a task. A touch's next step can be marked done (the day it was); an
# opportunity has its own next step with a due day; an open QBR action is a task as it is (status).
M013_NEXT_STEPS = (
    "ALTER TABLE touches ADD COLUMN next_step_done_on TEXT",
    "ALTER TABLE opportunities ADD COLUMN next_step TEXT",
    "ALTER TABLE opportunities ADD COLUMN next_step_due TEXT",
    "ALTER TABLE opportunities ADD COLUMN next_step_done_on TEXT",
    "CREATE INDEX touches_next_step_due ON touches(next_step_due)",
    "CREATE INDEX qbr_actions_due ON qbr_actions(due_on)",
)


# Migration m014: team mode (planner/core/team). A book connected to a team database keeps here which server
# row each of its rows is (and the version it was last in step with), what changed since, the accounts'
# owners in the team, the conflicts shown to this user and the handovers. A book never connected keeps
# these tables empty; the change triggers exist only while a book is connected (team.local).
M014_TEAM = """
CREATE TABLE team_state (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE team_rows (
    table_name TEXT NOT NULL,
    local_key TEXT NOT NULL,
    uuid TEXT,
    row_version INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (table_name, local_key)
) WITHOUT ROWID;
CREATE UNIQUE INDEX team_rows_uuid ON team_rows(table_name, uuid) WHERE uuid IS NOT NULL;
CREATE TABLE team_outbox (
    table_name TEXT NOT NULL,
    local_key TEXT NOT NULL,
    changed_at TEXT NOT NULL,
    PRIMARY KEY (table_name, local_key)
) WITHOUT ROWID;
CREATE TABLE team_accounts (
    account_id INTEGER PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
    owner_role TEXT NOT NULL,
    writable INTEGER NOT NULL DEFAULT 1 CHECK (writable IN (0, 1))
);
CREATE TABLE team_conflicts (
    id INTEGER PRIMARY KEY,
    origin TEXT NOT NULL UNIQUE,
    sent INTEGER NOT NULL DEFAULT 0 CHECK (sent IN (0, 1)),
    author TEXT NOT NULL,
    found_at TEXT NOT NULL,
    table_name TEXT NOT NULL,
    account_key TEXT,
    account_name TEXT,
    record TEXT NOT NULL,
    field TEXT NOT NULL,
    kept_value TEXT,
    winning_value TEXT,
    winner TEXT,
    reason TEXT NOT NULL,
    resolved INTEGER NOT NULL DEFAULT 0 CHECK (resolved IN (0, 1))
);
CREATE TABLE team_handovers (
    id INTEGER PRIMARY KEY,
    server_id INTEGER UNIQUE,
    account_key TEXT NOT NULL,
    account_name TEXT,
    from_role TEXT NOT NULL,
    to_role TEXT NOT NULL,
    from_owner TEXT,
    to_owner TEXT,
    handed_over_at TEXT NOT NULL,
    handed_over_by TEXT NOT NULL
);
"""


def _migrations():  # type: ignore[no-untyped-def]
    from sqlite_utils.migrations import Migrations

    migrations = Migrations(MIGRATION_SET)

    @migrations(name="m001_portfolio")
    def m001_portfolio(db: Database) -> None:
        for statement in _statements(M001_TABLES):
            db.execute(statement)

    @migrations(name="m002_imports")
    def m002_imports(db: Database) -> None:
        for statement in _statements(M002_IMPORTS):
            db.execute(statement)

    @migrations(name="m003_segment_products")
    def m003_segment_products(db: Database) -> None:
        for statement in _statements(M003_SEGMENT_PRODUCTS):
            db.execute(statement)

    @migrations(name="m004_moment_decisions")
    def m004_moment_decisions(db: Database) -> None:
        for statement in _statements(M004_MOMENT_DECISIONS):
            db.execute(statement)

    @migrations(name="m005_segments_lists_goals")
    def m005_segments_lists_goals(db: Database) -> None:
        for statement in _statements(M005_SEGMENTS_LISTS_GOALS):
            db.execute(statement)

    @migrations(name="m006_score_inputs")
    def m006_score_inputs(db: Database) -> None:
        for statement in score_inputs.M006_SCORE_INPUTS:
            db.execute(statement)  # the inputs are computed once the last migration has run

    @migrations(name="m007_rule_inputs")
    def m007_rule_inputs(db: Database) -> None:
        for statement in score_inputs.M007_RULE_INPUTS:
            db.execute(statement)  # the inputs are computed once the last migration has run

    @migrations(name="m008_import_created")
    def m008_import_created(db: Database) -> None:
        from planner.core.store import created

        for statement in created.M008_IMPORT_CREATED:
            db.execute(statement)
        created.keep_earlier_imports(db.conn)

    @migrations(name="m009_expected_and_trials")
    def m009_expected_and_trials(db: Database) -> None:
        for statement in score_inputs.M009_EXPECTED_AND_TRIALS:
            db.execute(statement)  # the inputs are computed once the last migration has run

    @migrations(name="m010_own_usage_windows")
    def m010_own_usage_windows(db: Database) -> None:
        for statement in score_inputs.M010_OWN_USAGE_WINDOWS:
            db.execute(statement)  # the inputs are computed once the last migration has run

    @migrations(name="m011_own_intensity_windows")
    def m011_own_intensity_windows(db: Database) -> None:
        for statement in score_inputs.M011_OWN_INTENSITY_WINDOWS:
            db.execute(statement)  # the inputs are computed once the last migration has run

    @migrations(name="m012_import_kinds")
    def m012_import_kinds(db: Database) -> None:
        from planner.core.store import import_tables

        import_tables.migrate(db.conn)

    @migrations(name="m013_next_steps")
    def m013_next_steps(db: Database) -> None:
        for statement in M013_NEXT_STEPS:
            db.execute(statement)

    @migrations(name="m014_team")
    def m014_team(db: Database) -> None:
        for statement in _statements(M014_TEAM):
            db.execute(statement)

    return migrations


def _statements(script: str) -> list[str]:
    """Split a schema script into statements (no semicolons inside our DDL strings)."""
    return [s.strip() for s in script.split(";") if s.strip()]


MIGRATION_NAMES = (
    "m001_portfolio", "m002_imports", "m003_segment_products", "m004_moment_decisions",
    "m005_segments_lists_goals", "m006_score_inputs", "m007_rule_inputs", "m008_import_created",
    "m009_expected_and_trials", "m010_own_usage_windows", "m011_own_intensity_windows",
    "m012_import_kinds", "m013_next_steps", "m014_team",
)  # fmt: skip

# The data tables, parents before children (an order that satisfies every foreign key).
TABLES = (
    "accounts", "products", "segment_products", "holdings", "usage_snapshots", "revenue_by_period",
    "contacts", "nps_answers", "survey_responses", "signals", "touches", "touch_contacts", "qbrs",
    "qbr_attendees", "qbr_actions", "opportunities", "moment_decisions", "segments", "smart_lists", "goals",
)  # fmt: skip
PRIMARY_KEYS = {
    **{table: ("id",) for table in TABLES},
    "usage_snapshots": ("account_id", "product_id", "period"),
    "revenue_by_period": ("account_id", "period"),
    "segment_products": ("segment", "product_id"),
    "touch_contacts": ("touch_id", "contact_id"),
}
SCHEMA_VERSION = len(MIGRATION_NAMES)


def apply_migrations(db: Database) -> None:
    """Bring the file up to SCHEMA_VERSION, each migration in its own transaction."""
    migrations = _migrations()
    migrations.apply(db)
    with db.atomic():  # the score inputs the migrations added columns to or asked to compute again
        score_inputs.refresh(db.conn)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
