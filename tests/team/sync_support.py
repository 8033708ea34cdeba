"""Laptops of a team for the sync tests: each a book built from the CSV files its user exports, connected
to a team database of its own (a new database per test on the session's server)."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from pathlib import Path

import psycopg

from planner.core.store.store import Store, open_portfolio
from planner.core.team import local, roles
from planner.core.team.connection import connect
from planner.core.team.sync import SyncReport, sync
from tests.importing_support import import_file, write_csv
from tests.team.conftest import GROUPS, PASSWORDS, Team

NAMES = {"anna": "Anna Berg", "ben": "Ben Kurz", "dora": "Dora Chef", "carl": "Carl Admin"}
_numbers = itertools.count(1)


@dataclass
class TeamDb:
    team: Team
    url_of_owner: str

    def url(self, user: str) -> str:
        from psycopg.conninfo import make_conninfo

        return make_conninfo(self.url_of_owner, user=user)

    def connect(self, user: str) -> psycopg.Connection:
        return connect(self.url(user), PASSWORDS[user])


@dataclass
class Laptop:
    user: str
    store: Store
    db: TeamDb
    folder: Path

    def sync(self) -> SyncReport:
        with self.db.connect(self.user) as server:
            return sync(self.store, server)

    def csv(self, name: str, *rows: list[str]) -> None:
        plan, _ = import_file(self.store, write_csv(self.folder / name, list(rows)))
        assert plan.rejected == 0, name

    def rows(self, sql: str, *params: object) -> list[tuple]:  # type: ignore[type-arg]
        return [tuple(row) for row in self.store.query(sql, params)]


def make_team_db(team: Team) -> TeamDb:
    """A new team database on the session's server, with the four users."""
    name = f"team_sync_{next(_numbers)}"
    with psycopg.connect(team.superuser_url, autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    from psycopg.conninfo import make_conninfo

    url = make_conninfo(team.superuser_url, dbname=name)
    with connect(url) as owner:
        roles.create_team(owner)
        for user, password in PASSWORDS.items():
            roles.add_user(owner, user, password, GROUPS[user], NAMES[user])
    return TeamDb(team, url)


def make_laptops(db: TeamDb, tmp_path: Path) -> dict[str, Laptop]:
    made = {}
    for user in PASSWORDS:
        folder = tmp_path / user
        folder.mkdir()
        store = open_portfolio(folder / f"{user}.sqlite", create=True)
        local.connect_book(store, db.url(user), user)
        made[user] = Laptop(user, store, db, folder)
    return made


def catalogue(laptop: Laptop) -> None:
    laptop.csv(
        "Produkte.csv",
        ["Produktnummer", "Produkt", "Preis"],
        ["P1", "Connect Basis", "180"],
        ["P2", "Connect Pro", "420"],
    )


def annas_book(anna: Laptop) -> None:
    """Two accounts, her products (the catalogue's keys), holdings, contacts, an NPS answer and touches."""
    catalogue(anna)
    anna.csv(
        "Kunden.csv",
        ["Kundennummer", "Firma", "Umsatz", "Betreuer"],
        ["K-1", "Müller GmbH", "50.000", "Anna Berg"],
        ["K-2", "Schmidt AG", "30.000", "Anna Berg"],
    )
    anna.csv(
        "Verträge.csv",
        ["Kunde", "Produkt", "Status", "Seit", "Umsatz"],
        ["K-1", "P1", "aktiv", "01.03.2021", "50.000"],
        ["K-2", "P2", "aktiv", "01.03.2022", "30.000"],
    )
    anna.csv(
        "Kontakte.csv",
        ["Kunde", "Ansprechpartner", "E-Mail"],
        ["K-1", "Eva Müller", "eva@mueller.de"],
        ["K-2", "Max Schmidt", "max@schmidt.de"],
    )
    anna.csv("NPS.csv", ["E-Mail", "Datum", "NPS"], ["eva@mueller.de", "02.11.2026", "9"])
    anna.csv(
        "Kontaktpunkte.csv",
        ["Kunde", "Datum", "Art", "Minuten", "Notiz"],
        ["K-1", "10.11.2026", "Telefonat", "30", "Preise besprochen"],
        ["K-2", "12.11.2026", "Besuch", "90", "Vor Ort"],
    )


def annas_team(laptops: dict[str, Laptop], *, published: bool = True) -> None:
    """The admin's catalogue published, and anna's book built from her files (published unless told)."""
    catalogue(laptops["carl"])
    laptops["carl"].sync()
    annas_book(laptops["anna"])
    if published:
        laptops["anna"].sync()
