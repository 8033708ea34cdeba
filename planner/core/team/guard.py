"""Read-only copies stay read-only: in a connected book, triggers refuse every write to a row of an account
another team member owns (team_accounts.writable = 0), whoever writes it (a form, an import, a script), with
READ_ONLY as the message. Only sync's own writes pass (local.applying). The owner's changes arrive with the
next sync; a change typed here could never be published, so it is refused before it is stored."""

from __future__ import annotations

from planner.core.team.tables import ACCOUNT_TABLES, THROUGH

READ_ONLY = "read-only team account"
_NOT_APPLYING = "NOT EXISTS (SELECT 1 FROM team_state WHERE key = 'applying')"


def _account(table: str, row: str) -> str:
    """SQL for the account of the row `row` (NEW or OLD) of `table`."""
    if table == "accounts":
        return f"{row}.id"
    if table in THROUGH:
        column, parent = THROUGH[table]
        return f"(SELECT account_id FROM {parent} WHERE id = {row}.{column})"
    return f"{row}.account_id"


def _read_only(account: str) -> str:
    return f"EXISTS (SELECT 1 FROM team_accounts WHERE account_id = {account} AND writable = 0)"


def triggers() -> list[str]:
    out = []
    for table, _ in ACCOUNT_TABLES:
        for verb, rows in (("INSERT", ("NEW",)), ("UPDATE", ("OLD", "NEW")), ("DELETE", ("OLD",))):
            if table == "accounts" and verb == "INSERT":
                continue  # a new account is the user's own
            refused = " OR ".join(_read_only(_account(table, row)) for row in rows)
            out.append(
                f"CREATE TRIGGER IF NOT EXISTS team_guard_{table}_{verb.lower()} BEFORE {verb} ON {table} "
                f"WHEN {_NOT_APPLYING} AND ({refused}) BEGIN SELECT RAISE(ABORT, '{READ_ONLY}'); END"
            )
    return out
