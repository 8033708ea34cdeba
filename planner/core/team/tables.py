"""Which tables the team database holds, keyed how, and whose they are.

Ids on the server are uuids a laptop can make offline. Every row that hangs on an account carries its
account_id, also where the book reaches the account only through a contact or a QBR (nps_answers,
survey_responses, touch_contacts, qbr_attendees, qbr_actions): row-level security then checks one column,
and a handover moves everything of the account by that one key."""

from __future__ import annotations

# (table, its key columns), parents before children: an order that satisfies every foreign key
ACCOUNT_TABLES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("accounts", ("id",)),
    ("holdings", ("id",)),
    ("usage_snapshots", ("account_id", "product_id", "period")),
    ("revenue_by_period", ("account_id", "period")),
    ("contacts", ("id",)),
    ("nps_answers", ("id",)),
    ("survey_responses", ("id",)),
    ("signals", ("id",)),
    ("touches", ("id",)),
    ("touch_contacts", ("touch_id", "contact_id")),
    ("qbrs", ("id",)),
    ("qbr_attendees", ("id",)),
    ("qbr_actions", ("id",)),
    ("opportunities", ("id",)),
)
# written by a team admin, read by everyone
CATALOGUE_TABLES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("products", ("id",)),
    ("segment_products", ("segment", "product_id")),
    ("team_settings", ("key",)),  # the book's meta values the team shares: thresholds, tier shares
)
SHARES = ("account_shares", ("account_id", "role_name"))  # an account its owner lets another role read

# every table with row_version, updated_by, updated_at and a change_log trigger
VERSIONED_TABLES = (*CATALOGUE_TABLES, *ACCOUNT_TABLES, SHARES)
CHILD_TABLES = tuple(name for name, _ in ACCOUNT_TABLES if name != "accounts")


def account_column(table: str) -> str:
    """The column naming the account a row belongs to ('' for the catalogue)."""
    if table == "accounts":
        return "id"
    return "account_id" if table in CHILD_TABLES or table == SHARES[0] else ""


# The book's foreign keys: column -> the table whose id it holds (a uuid on the server)
REFERENCES: dict[str, dict[str, str]] = {
    "accounts": {},
    "products": {},
    "segment_products": {"product_id": "products"},
    "holdings": {"account_id": "accounts", "product_id": "products"},
    "usage_snapshots": {"account_id": "accounts", "product_id": "products"},
    "revenue_by_period": {"account_id": "accounts"},
    "contacts": {"account_id": "accounts"},
    "nps_answers": {"contact_id": "contacts"},
    "survey_responses": {"contact_id": "contacts"},
    "signals": {"account_id": "accounts", "product_id": "products", "contact_id": "contacts"},
    "touches": {"account_id": "accounts"},
    "touch_contacts": {"touch_id": "touches", "contact_id": "contacts"},
    "qbrs": {"account_id": "accounts"},
    "qbr_attendees": {"qbr_id": "qbrs", "contact_id": "contacts"},
    "qbr_actions": {"qbr_id": "qbrs"},
    "opportunities": {"account_id": "accounts", "product_id": "products"},
}
# rows the book ties to their account only through a parent: (the parent's column, the parent's table)
THROUGH: dict[str, tuple[str, str]] = {
    "nps_answers": ("contact_id", "contacts"),
    "survey_responses": ("contact_id", "contacts"),
    "touch_contacts": ("touch_id", "touches"),
    "qbr_attendees": ("qbr_id", "qbrs"),
    "qbr_actions": ("qbr_id", "qbrs"),
}
# the book's meta values the team shares (team_settings on the server), set by a team admin
TEAM_SETTINGS = ("tier_shares", "moment_thresholds", "readiness_rules", "stage_weights")
KEYS: dict[str, tuple[str, ...]] = {name: key for name, key in (*ACCOUNT_TABLES, *CATALOGUE_TABLES)}
SYNCED_TABLES = ("products", "segment_products", *(name for name, _ in ACCOUNT_TABLES))


def has_uuid(table: str) -> bool:
    """True for tables keyed by one id (a uuid on the server); False for those keyed by their columns."""
    return KEYS[table] == ("id",)
