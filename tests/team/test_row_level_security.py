"""Who reads and writes what in the team database, decided by PostgreSQL's row-level security on each
user's own connection (not by the app): a KAM their own accounts and those shared with them (read-only), the
director everything (and hands accounts over), the catalogue everyone (written by admins)."""

from __future__ import annotations

import psycopg
import pytest
from psycopg.errors import InsufficientPrivilege

from tests.team.conftest import Team


def one(conn: psycopg.Connection, query: str, *params: object) -> tuple | None:  # type: ignore[type-arg]
    return conn.execute(query, params).fetchone()  # type: ignore[arg-type]


def write(conn: psycopg.Connection, query: str, *params: object) -> int:
    """Run one statement in its own transaction; the number of rows it changed."""
    with conn.transaction():
        return conn.execute(query, params).rowcount  # type: ignore[arg-type]


NEW_TOUCH = "INSERT INTO touches (account_id, kind, touched_on) VALUES (%s, 'call', '2026-12-07')"
ROW_LEVEL = "row-level security"


def new_account(conn: psycopg.Connection, key: str, name: str) -> str:
    """An account of the connection's user, with two touches; its id."""
    with conn.transaction():
        (account_id,) = conn.execute(
            "INSERT INTO accounts (key, name, segment) VALUES (%s, %s, 'Industrie') RETURNING id", (key, name)
        ).fetchone()
        conn.execute(
            "INSERT INTO touches (account_id, kind, touched_on, minutes, summary) VALUES "
            "(%s, 'call', '2026-11-30', 30, 'Renewal call'), (%s, 'visit', '2026-12-03', 90, 'On site')",
            (account_id, account_id),
        )
    return str(account_id)


def touches_of(conn: psycopg.Connection, account_id: str) -> list[tuple[str, str, int]]:
    rows = conn.execute(
        "SELECT kind, touched_on::text, minutes FROM touches WHERE account_id = %s ORDER BY touched_on",
        (account_id,),
    ).fetchall()
    return [tuple(row) for row in rows]  # type: ignore[misc]


def test_a_kam_writes_their_account_and_its_touches_and_reads_them_back(anna) -> None:
    account_id = new_account(anna, "RLS-OWN", "Müller GmbH")
    row = anna.execute(
        "SELECT key, name, owner_role, updated_by, created_on IS NOT NULL FROM accounts WHERE id = %s",
        (account_id,),
    ).fetchone()
    assert row == ("RLS-OWN", "Müller GmbH", "anna", "anna", True)  # the owner is the login by default
    assert touches_of(anna, account_id) == [("call", "2026-11-30", 30), ("visit", "2026-12-03", 90)]

    assert (
        write(anna, "UPDATE touches SET minutes = 45 WHERE account_id = %s AND kind = 'call'", account_id)
        == 1
    )
    assert touches_of(anna, account_id)[0] == ("call", "2026-11-30", 45)


def test_another_kams_account_and_its_touches_are_invisible_and_refuse_writes(anna, ben) -> None:
    account_id = new_account(anna, "RLS-ANNA", "Schmidt AG")

    # ben's connection sees nothing of it: not the account, not its touches, not even by its id
    assert one(ben, "SELECT count(*) FROM accounts WHERE key = 'RLS-ANNA'") == (0,)
    assert one(ben, "SELECT count(*) FROM accounts WHERE id = %s", account_id) == (0,)
    assert touches_of(ben, account_id) == []
    assert one(ben, "SELECT count(*) FROM change_log WHERE account_id = %s", account_id) == (0,)

    # a touch on anna's account: refused with an error
    with pytest.raises(InsufficientPrivilege, match=ROW_LEVEL):
        write(ben, NEW_TOUCH, account_id)
    # an account in anna's name: refused as well
    with pytest.raises(InsufficientPrivilege, match=ROW_LEVEL):
        write(ben, "INSERT INTO accounts (key, name, owner_role) VALUES ('RLS-FAKE', 'Fake', 'anna')")
    # changing or deleting what he cannot see touches no row
    assert write(ben, "UPDATE accounts SET name = 'Taken' WHERE id = %s", account_id) == 0
    assert write(ben, "DELETE FROM touches WHERE account_id = %s", account_id) == 0
    assert write(ben, "DELETE FROM accounts WHERE id = %s", account_id) == 0

    # anna's account is as she left it
    assert one(anna, "SELECT name FROM accounts WHERE id = %s", account_id) == ("Schmidt AG",)
    assert len(touches_of(anna, account_id)) == 2


def test_a_shared_account_is_readable_but_not_writable(anna, ben) -> None:
    account_id = new_account(anna, "RLS-SHARED", "Weber KG")
    write(anna, "INSERT INTO account_shares (account_id, role_name) VALUES (%s, 'ben')", account_id)

    assert one(ben, "SELECT name, owner_role FROM accounts WHERE id = %s", account_id) == ("Weber KG", "anna")
    assert touches_of(ben, account_id) == [("call", "2026-11-30", 30), ("visit", "2026-12-03", 90)]

    for statement in (
        "UPDATE accounts SET name = 'Mine now' WHERE id = %s",
        "UPDATE touches SET minutes = 0 WHERE account_id = %s",
        NEW_TOUCH,
        "INSERT INTO account_shares (account_id, role_name) VALUES (%s, 'dora')",  # nor share it further
    ):
        with pytest.raises(InsufficientPrivilege, match=ROW_LEVEL):
            write(ben, statement, account_id)
    assert write(ben, "DELETE FROM touches WHERE account_id = %s", account_id) == 0  # nor delete a touch

    assert one(anna, "SELECT name FROM accounts WHERE id = %s", account_id) == ("Weber KG",)
    assert [t[2] for t in touches_of(anna, account_id)] == [30, 90]


def test_the_director_reads_every_account_and_hands_one_over(anna, ben, dora) -> None:
    annas = new_account(anna, "RLS-DIR-A", "Becker GmbH")
    bens = new_account(ben, "RLS-DIR-B", "Hoffmann SE")

    seen = dora.execute(
        "SELECT key, owner_role FROM accounts WHERE key LIKE 'RLS-DIR-%' ORDER BY key"
    ).fetchall()
    assert seen == [("RLS-DIR-A", "anna"), ("RLS-DIR-B", "ben")]
    assert len(touches_of(dora, annas)) == 2 and len(touches_of(dora, bens)) == 2

    # the director writes no account data: only the owner of an account (a handover)
    for statement in ("UPDATE accounts SET name = 'Renamed' WHERE id = %s", NEW_TOUCH):
        with pytest.raises(InsufficientPrivilege, match="permission denied"):
            write(dora, statement, annas)

    # handover: anna's account becomes ben's; he writes it now, she no longer sees it
    assert write(dora, "UPDATE accounts SET owner_role = 'ben' WHERE id = %s", annas) == 1
    assert write(ben, "UPDATE touches SET minutes = 60 WHERE account_id = %s", annas) == 2
    assert one(anna, "SELECT count(*) FROM accounts WHERE id = %s", annas) == (0,)
    assert touches_of(anna, annas) == []
    # a KAM cannot give an account away on their own
    with pytest.raises(InsufficientPrivilege, match=ROW_LEVEL):
        write(ben, "UPDATE accounts SET owner_role = 'anna' WHERE id = %s", bens)


def test_the_catalogue_is_read_by_everyone_and_written_by_admins(team: Team, anna, dora) -> None:
    with team.connect("carl") as carl:
        write(
            carl, "INSERT INTO products (key, name, price_cents) VALUES ('RLS-P1', 'Connect Basis', 100000)"
        )
        write(carl, "INSERT INTO team_settings (key, value) VALUES ('tier_shares', '[0.5, 0.3]')")
    for conn in (anna, dora):
        assert one(conn, "SELECT name, price_cents FROM products WHERE key = 'RLS-P1'") == (
            "Connect Basis",
            100000,
        )
    with pytest.raises(InsufficientPrivilege, match="permission denied"):
        write(anna, "UPDATE products SET price_cents = 1 WHERE key = 'RLS-P1'")
    with pytest.raises(InsufficientPrivilege, match="permission denied"):
        write(dora, "INSERT INTO team_settings (key, value) VALUES ('thresholds', '{}')")


def test_a_wrong_password_is_refused(team: Team) -> None:
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        team.connect("anna", password="guess")
