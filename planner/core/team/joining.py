"""Joining a team and one sync from a book's file, as the CLI and the window do them: the password from
the keyring (else libpq's PGPASSWORD or ~/.pgpass), the server checked to be a team database first."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from planner.core.team import local, secrets, server_schema
from planner.core.team.connection import connect
from planner.core.team.sync import NEEDED_MIGRATIONS, SyncReport, TeamNotReady, sync

if TYPE_CHECKING:
    from psycopg import Connection

    from planner.core.store.book import Store


def user_url(url: str, user: str) -> str:
    from psycopg.conninfo import make_conninfo

    return make_conninfo(url, user=user)


def open_team(url: str, user: str, password: str | None = None) -> Connection:
    """A connection as `user`; without `password` the one kept in the keyring (or libpq's own)."""
    if password is None:
        try:
            password = secrets.password_for(url, user)
        except secrets.TeamPasswordUnavailable:
            password = None  # PGPASSWORD or ~/.pgpass
    return connect(user_url(url, user), password)


def check_team(server: Connection, url: str, user: str) -> None:
    missing = [name for name in NEEDED_MIGRATIONS if name not in server_schema.applied(server)]
    if missing:
        raise TeamNotReady(
            f"{secrets.account_name(url, user)} is no team database of this version (missing "
            f"{', '.join(missing)}): ask the team admin to run 'planner team init' on it",
            "not_team",
        )


def check_login(url: str, user: str, password: str) -> None:
    """Log in once and check that the server is a team database of this version (nothing is kept)."""
    with open_team(url, user, password) as server:
        check_team(server, url, user)


def join(store: Store, url: str, user: str, password: str) -> str | None:
    """Check the login and the server, keep the password in the keyring and connect the book. Returns
    why the password could not be kept (no keyring), None when it was."""
    refuse_another_team(store, url, user)
    check_login(url, user, password)
    return keep(store, url, user, password)


def refuse_another_team(store: Store, url: str, user: str) -> None:
    linked = local.link(store)
    if linked is not None and (linked.url, linked.user) != (url, user):
        raise TeamNotReady(
            f"{store.path.name} is connected to {secrets.account_name(linked.url, linked.user)}; "
            "disconnect it first",
            "other_team",
            secrets.account_name(linked.url, linked.user),
        )


def keep(store: Store, url: str, user: str, password: str) -> str | None:
    """After `check_login`: the password into the keyring, the book connected; why the password could not
    be kept, None when it was."""
    warning = None
    try:
        secrets.remember_password(url, user, password)
    except secrets.TeamPasswordUnavailable as error:
        warning = str(error)
    local.connect_book(store, url, user)
    return warning


def cause(error: BaseException) -> str:
    """What libpq or the server said, in one line without libpq's hint ("connection failed: connection to
    server at "db", port 5432 failed: Connection refused")."""
    lines = [line.strip() for line in str(error).strip().splitlines() if line.strip()]
    said = [line for line in lines if not line.startswith(("Is the server running", "HINT:"))]
    return " ".join(said or lines) or type(error).__name__


def leave(store: Store) -> int:
    """Disconnect the book and forget its password; the changes that were not published."""
    linked = local.link(store)
    pending = local.pending_count(store.conn)
    local.disconnect_book(store)
    if linked is not None:
        secrets.forget_password(linked.url, linked.user)
    return pending


def sync_file(
    path: Path, password: str | None = None, progress: Callable[[str, int], None] | None = None
) -> SyncReport:
    """One sync of the book in `path` through a connection of its own (for a worker thread)."""
    from planner.core.store.store import open_portfolio

    store = open_portfolio(path)
    try:
        linked = local.link(store)
        if linked is None:
            raise TeamNotReady(f"{path.name} is not connected to a team", "not_connected", path.name)
        with open_team(linked.url, linked.user, password) as server:
            return sync(store, server, progress)
    finally:
        store.close()
