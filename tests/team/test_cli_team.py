"""`planner team ...` and `planner sync` as the README's set-up types them, against the session's real
PostgreSQL: the owner creates the team database and its users, a KAM connects a book (the password goes
to the keyring) and syncs, the director hands an account over, connection trouble loses nothing."""

# ruff: noqa: F811  (the keyring fixtures are imported by name)
from __future__ import annotations

import io
import itertools
import socket
from pathlib import Path

import psycopg
import pytest
from psycopg.conninfo import make_conninfo

from planner.cli import main
from planner.core.store.store import open_portfolio
from planner.core.team.secrets import SERVICE
from tests.importing_support import import_file, write_csv
from tests.team.conflict_support import add_conflict
from tests.team.conftest import Team
from tests.team.keyring_support import MemoryKeyring, memory_keyring, no_keyring  # noqa: F401

_numbers = itertools.count(1)


def planner(capsys, monkeypatch, *argv: object, stdin: str = "") -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main([str(arg) for arg in argv])
    out, err = capsys.readouterr()
    return code, out, err


def new_database(team: Team) -> str:
    """An empty database on the session's server, as its owner (the superuser) reaches it."""
    name = f"cli_team_{next(_numbers)}"
    with psycopg.connect(team.superuser_url, autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    return make_conninfo(team.superuser_url, dbname=name)


def as_user(url: str, user: str) -> str:
    return make_conninfo(url, user=user)


def kam_book(folder: Path, owner: str, *keys: str) -> Path:
    path = folder / f"{owner.split()[0].lower()}.sqlite"
    store = open_portfolio(path, create=True)
    rows = [["Kundennummer", "Firma", "Betreuer"]] + [[key, f"Firma {key}", owner] for key in keys]
    plan, _ = import_file(store, write_csv(folder / f"{path.stem}.csv", rows))
    assert plan.rejected == 0
    store.close()
    return path


def test_set_up_connect_sync_handover_disconnect(
    team: Team,
    tmp_path: Path,
    capsys,
    monkeypatch,
    memory_keyring: MemoryKeyring,
) -> None:
    url = new_database(team)
    code, out, _ = planner(capsys, monkeypatch, "team", "init", url)
    assert code == 0
    assert "applied m001_tables, m002_one_writer_and_handovers, r001_groups_and_policies" in out
    assert planner(capsys, monkeypatch, "team", "init", url)[1].endswith("up to date\n")  # twice: nothing
    for user, role, name in (("erik", "kam", "Erik Roth"), ("finn", "kam", "Finn Ohl"),
                             ("dirk", "director", "Dirk Chef")):  # fmt: skip
        code, out, err = planner(capsys, monkeypatch, "team", "add-user", url, user, "--role", role,
                                 "--name", name, "--password-stdin", stdin=f"{user}-pw\n")  # fmt: skip
        assert code == 0, err
        assert out == f"team user {user} ({role}) can now connect with 'planner team connect'\n"

    erik = kam_book(tmp_path, "Erik Roth", "K-1", "K-2")
    code, out, err = planner(capsys, monkeypatch, "--db", erik, "team", "connect", as_user(url, "erik"),
                             "--password-stdin", stdin="wrong\n")  # fmt: skip
    assert code == 2 and "password authentication failed" in err and "Nothing is lost" in err
    assert memory_keyring.entries == {}  # a wrong password is not kept
    code, _, err = planner(capsys, monkeypatch, "--db", erik, "team", "status")
    assert code == 1 and "not connected to a team" in err

    code, out, err = planner(capsys, monkeypatch, "--db", erik, "team", "connect", as_user(url, "erik"),
                             "--password-stdin", stdin="erik-pw\n")  # fmt: skip
    assert code == 0, err
    ((service, login),) = memory_keyring.entries  # "erik@HOST:PORT/cli_team_1"
    assert service == SERVICE and login.startswith("erik@") and login.endswith(f"/{url_db(url)}")
    assert memory_keyring.entries[(service, login)] == "erik-pw"
    status = planner(capsys, monkeypatch, "--db", erik, "team", "status")[1]
    assert "last sync:       never" in status
    assert "pending changes: 2" in status  # the two accounts, never published

    code, out, err = planner(capsys, monkeypatch, "--db", erik, "sync")  # the password from the keyring
    assert code == 0, err
    assert out.splitlines()[:3] == ["synced as erik (kam)", "pulled: nothing", "pushed: accounts 2"]
    status = planner(capsys, monkeypatch, "--db", erik, "team", "status")[1]
    assert "pending changes: 0" in status and "open conflicts:  0" in status
    assert "last sync:       never" not in status
    assert "accounts:        2 (0 read-only)" in status

    # the director's book pulls both, read-only, and hands K-1 to finn
    dirk = tmp_path / "dirk.sqlite"
    open_portfolio(dirk, create=True).close()
    assert planner(capsys, monkeypatch, "--db", dirk, "team", "connect", as_user(url, "dirk"),
                   "--password-stdin", stdin="dirk-pw\n")[0] == 0  # fmt: skip
    code, out, _ = planner(capsys, monkeypatch, "--db", dirk, "sync")
    assert "pulled: accounts 2" in out and "new accounts 2" in out
    assert (
        "accounts:        2 (2 read-only)" in planner(capsys, monkeypatch, "--db", dirk, "team", "status")[1]
    )
    code, out, err = planner(capsys, monkeypatch, "--db", dirk, "team", "handover", "K-1", "--to", "finn")
    assert code == 0, err
    assert (
        out == "K-1 Firma K-1 handed over from erik to finn (Finn Ohl); their book gets it at its next sync\n"
    )
    code, _, err = planner(capsys, monkeypatch, "--db", dirk, "team", "handover", "K-9", "--to", "finn")
    assert code == 1 and "No account with the key 'K-9'" in err

    code, out, _ = planner(capsys, monkeypatch, "--db", erik, "sync")
    assert "accounts gone 1" in out and "handovers 1" in out
    assert (
        "accounts:        1 (0 read-only)" in planner(capsys, monkeypatch, "--db", erik, "team", "status")[1]
    )

    # a conflict in erik's list (as a sync brings it in) is listed until he marks it resolved
    store = open_portfolio(erik)
    add_conflict(store)
    store.close()
    out = planner(capsys, monkeypatch, "--db", erik, "team", "conflicts")[1]
    assert out == (
        "#1 2026-12-08 09:15 K-1 Firma K-1 · accounts K-1 · name: yours 'Firma Eins', kept 'Firma 1' by finn "
        "(newer change)\n"
    )

    code, out, _ = planner(capsys, monkeypatch, "--db", erik, "team", "disconnect")
    assert code == 0 and out.startswith("erik.sqlite is no longer connected to erik@")
    # erik's password is forgotten with the team; the director's stays
    assert [login.split("@")[0] for _, login in memory_keyring.entries] == ["dirk"]
    assert planner(capsys, monkeypatch, "--db", erik, "team", "status")[0] == 1


def url_db(url: str) -> str:
    return str(psycopg.conninfo.conninfo_to_dict(url)["dbname"])


def test_trouble_is_a_message_and_nothing_is_lost(
    team: Team,
    tmp_path: Path,
    capsys,
    monkeypatch,
    no_keyring,
) -> None:
    url = new_database(team)
    book = kam_book(tmp_path, "Erik Roth", "K-1")
    # a database nobody made a team database: connect says who can fix it
    code, _, err = planner(capsys, monkeypatch, "--db", book, "team", "connect", url, "--user", "postgres",
                           "--password-stdin", stdin="x\n")  # fmt: skip
    assert code == 1 and "ask the team admin to run 'planner team init'" in err
    planner(capsys, monkeypatch, "team", "init", url)
    planner(capsys, monkeypatch, "team", "add-user", url, "erik", "--role", "kam", "--password-stdin",
            stdin="erik-pw\n")  # fmt: skip
    # a script that forgot --password-stdin: no terminal to ask, a message, nothing connected
    monkeypatch.setattr("getpass.getpass", lambda prompt="": (_ for _ in ()).throw(EOFError()))
    code, _, err = planner(capsys, monkeypatch, "--db", book, "team", "connect", as_user(url, "erik"))
    assert code == 1 and "--password-stdin" in err and "Traceback" not in err
    monkeypatch.undo()
    monkeypatch.delenv("PGPASSWORD", raising=False)

    # no keyring on this computer: connected all the same, told to use PGPASSWORD
    code, _, err = planner(capsys, monkeypatch, "--db", book, "team", "connect", as_user(url, "erik"),
                           "--password-stdin", stdin="erik-pw\n")  # fmt: skip
    assert code == 0 and "PGPASSWORD" in err
    monkeypatch.setenv("PGPASSWORD", "erik-pw")
    code, out, err = planner(capsys, monkeypatch, "--db", book, "sync")
    assert code == 0, err
    assert "pushed: accounts 1" in out

    # the server gone (a port nobody listens on): exit code 2, the change stays waiting
    store = open_portfolio(book)
    with store.write() as conn:
        conn.execute("UPDATE accounts SET name = 'Firma Eins'")
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            free_port = probe.getsockname()[1]
        moved = make_conninfo(as_user(url, "erik"), host="127.0.0.1", port=str(free_port))
        conn.execute("UPDATE team_state SET value = ? WHERE key = 'url'", (moved,))
    store.close()
    code, out, err = planner(capsys, monkeypatch, "--db", book, "sync")
    assert code == 2 and out == ""
    assert "could not be used" in err and "sync again" in err and "Traceback" not in err
    assert "pending changes: 1" in planner(capsys, monkeypatch, "--db", book, "team", "status")[1]


@pytest.fixture(autouse=True)
def _no_pgpassword(monkeypatch) -> None:
    monkeypatch.delenv("PGPASSWORD", raising=False)
