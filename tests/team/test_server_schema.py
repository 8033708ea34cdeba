"""The team database's schema: versioned migrations that run once, a version per row set by the server, and
an append-only change log nobody can change, not even the account's owner or the schema's owner."""

from __future__ import annotations

import pytest
from psycopg.errors import InsufficientPrivilege

from planner.core.team import roles, server_schema
from planner.core.team.connection import connect
from tests.team.conftest import Team
from tests.team.test_row_level_security import new_account, one, write


def test_migrations_run_once_and_are_recorded(team: Team, owner) -> None:
    first, second = team.migrated
    applied = ["m001_tables", "m002_one_writer_and_handovers", "r001_groups_and_policies",
               "r002_handovers_and_conflicts"]  # fmt: skip
    assert first == applied
    assert second == []  # the second run found everything applied
    assert roles.create_team(owner) == []
    assert server_schema.applied(owner) == applied
    forced = owner.execute(
        "SELECT count(*) FROM pg_class WHERE relname = ANY(%s) AND relrowsecurity AND relforcerowsecurity",
        (["accounts", "touches", "nps_answers", "products", "account_shares", "change_log"],),
    ).fetchone()
    assert forced == (6,)


def test_each_write_takes_a_new_row_version_whatever_the_client_sends(anna) -> None:
    account_id = new_account(anna, "SCHEMA-VERSION", "Koch GmbH")
    (before,) = one(anna, "SELECT row_version FROM accounts WHERE id = %s", account_id)
    write(
        anna, "UPDATE accounts SET notes = 'x', row_version = 1, updated_by = 'ben' WHERE id = %s", account_id
    )
    after, by = one(anna, "SELECT row_version, updated_by FROM accounts WHERE id = %s", account_id)
    assert after > before and after != 1 and by == "anna"


def test_the_change_log_keeps_every_change_and_nobody_changes_it(anna, owner) -> None:
    account_id = new_account(anna, "SCHEMA-LOG", "Wagner OHG")
    write(anna, "DELETE FROM touches WHERE account_id = %s AND kind = 'visit'", account_id)
    log = anna.execute(
        "SELECT table_name, operation, changed_by, row_data->>'kind' FROM change_log WHERE account_id = %s "
        "ORDER BY row_version",
        (account_id,),
    ).fetchall()
    # the account, its two touches, then the deleted visit (the row as it was)
    assert log == [
        ("accounts", "insert", "anna", None),
        ("touches", "insert", "anna", "call"),
        ("touches", "insert", "anna", "visit"),
        ("touches", "delete", "anna", "visit"),
    ]
    key = one(
        anna, "SELECT row_key FROM change_log WHERE account_id = %s AND table_name = 'accounts'", account_id
    )
    assert key == ({"id": account_id},)

    forge = "INSERT INTO change_log (row_version, changed_by, table_name, operation, row_key, row_data) "
    forge += "VALUES (1, 'ben', 'accounts', 'delete', '{}', '{}')"
    for statement in ("UPDATE change_log SET changed_by = 'ben'", "DELETE FROM change_log", forge):
        with pytest.raises(InsufficientPrivilege, match="permission denied"):
            write(anna, statement)
    # the schema's owner (here the server's superuser, who passes every privilege) is refused by the trigger
    for statement in (
        "UPDATE change_log SET changed_by = 'ben'",
        "DELETE FROM change_log",
        "TRUNCATE change_log",
    ):
        with pytest.raises(InsufficientPrivilege, match="append-only"):
            write(owner, statement)
    assert one(owner, "SELECT count(*) FROM change_log WHERE account_id = %s", account_id) == (4,)


def test_connections_prefer_tls_unless_the_url_says_otherwise(team: Team) -> None:
    def sslmode(url: str) -> str:
        with connect(url, "anna-secret") as conn:
            options = {option.keyword: option.val for option in conn.pgconn.info}
            return (options[b"sslmode"] or b"").decode()

    assert sslmode(team.url("anna")) == "prefer"
    assert sslmode(team.url("anna") + " sslmode=disable") == "disable"


@pytest.mark.parametrize("name", ["Anna", "pg_anna", "team_x", "a b", "", "x" * 64])
def test_a_user_name_the_team_cannot_use_is_refused(owner, name: str) -> None:
    with pytest.raises(ValueError, match="User name"):
        roles.add_user(owner, name, "secret")
