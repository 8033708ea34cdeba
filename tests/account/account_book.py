"""A small book for the account page, from the files a KAM has (CSV imports), plus touches with their
contacts and QBRs entered as the app enters them. Today is tests.conftest.TODAY, 23.11.2026.

Müller GmbH (K-1) holds Connect Basis (50.000 €/year) and tries Connect Pro; Insight nobody holds.
Schmidt AG (K-2) holds Connect Basis 10.000 and Connect Pro 20.000; Weber KG (K-3) Connect Basis 12.000 and
Connect Pro 30.000. Müller's contacts: Eva Müller (NPS 6 on 15.03.2026, then 9 on 02.11.2026), Jan Berg
(NPS 4 on 01.10.2026) and Ida Neu (never asked, never met)."""

from __future__ import annotations

from datetime import date

from planner.core.portfolio import changes
from planner.core.portfolio.touches import log_touch
from planner.core.qbr.qbrs import Action, Qbr, save_qbr
from planner.core.store.store import Store
from tests.conftest import TODAY
from tests.importing_support import import_file, write_csv


def ids(store: Store) -> dict[str, int]:
    found: dict[str, int] = {}
    for table in ("accounts", "contacts", "products"):
        found.update(dict(store.query(f"SELECT name, id FROM {table}")))
    return found


def account_book(store: Store, tmp_path) -> dict[str, int]:
    def csv(name: str, *rows: list[str]) -> None:
        plan, _ = import_file(store, write_csv(tmp_path / name, list(rows)))
        assert plan.rejected == 0, name

    csv(
        "Kunden.csv",
        ["Kundennummer", "Firma", "Umsatz", "Betreuer"],
        ["K-1", "Müller GmbH", "50.000", "Anna Groß"],
        ["K-2", "Schmidt AG", "30.000", "Ben"],
        ["K-3", "Weber KG", "42.000", "Ben"],
    )
    csv(
        "Produkte.csv",
        ["Produktnummer", "Produkt", "Preis"],
        ["P1", "Connect Basis", "180"],
        ["P2", "Connect Pro", "420"],
        ["P3", "Insight", "1000"],
    )
    csv(
        "Verträge.csv",
        ["Kunde", "Produkt", "Status", "Seit", "Umsatz"],
        ["K-1", "P1", "aktiv", "01.03.2021", "50.000"],
        ["K-1", "P2", "Test", "01.11.2026", "0"],
        ["K-2", "P1", "aktiv", "01.03.2021", "10.000"],
        ["K-2", "P2", "aktiv", "01.03.2021", "20.000"],
        ["K-3", "P1", "aktiv", "01.03.2021", "12.000"],
        ["K-3", "P2", "aktiv", "01.03.2021", "30.000"],
    )
    csv(
        "Kontakte.csv",
        ["Kunde", "Ansprechpartner", "E-Mail", "Abteilung"],
        ["K-1", "Eva Müller", "eva@mueller.de", "IT"],
        ["K-1", "Jan Berg", "jan@mueller.de", "Einkauf"],
        ["K-1", "Ida Neu", "ida@mueller.de", "Vertrieb"],
        ["K-2", "Max Schmidt", "max@schmidt.de", ""],
    )
    csv(
        "NPS.csv",
        ["E-Mail", "Datum", "NPS"],
        ["eva@mueller.de", "15.03.2026", "6"],
        ["eva@mueller.de", "02.11.2026", "9"],
        ["jan@mueller.de", "01.10.2026", "4"],
    )
    csv(
        "Signale.csv",
        ["Kunde", "Datum", "Signalart", "Produkt", "Inhalt", "Thema"],
        ["K-1", "15.11.2026", "Webinar", "", "Berichte live", "Analytics"],
        ["K-1", "20.11.2026", "Preisanfrage", "P3", "", ""],
    )
    csv("Verkaufschancen.csv", ["Verkaufschance-ID", "Kunde", "Produkt", "Verkaufsphase", "Betrag"],
        ["V-1", "K-1", "P1", "Gewonnen", "5.000"], ["V-2", "K-1", "P3", "MQN", "12.000"],
        ["V-3", "K-2", "P3", "Signal", "8.000"])  # fmt: skip
    n = ids(store)
    m = n["Müller GmbH"]
    for day, kind, summary, people, step, due in (
        (
            "2026-11-10",
            "call",
            "Preise besprochen",
            ["Eva Müller", "Jan Berg"],
            "Angebot senden",
            "2026-11-30",
        ),
        ("2026-11-20", "meeting", "Workshop", ["Eva Müller"], None, None),
        ("2026-12-05", "visit", "Besuch geplant", ["Jan Berg"], None, None),  # planned: after today
    ):
        values = {
            "account_id": m,
            "kind": kind,
            "touched_on": day,
            "minutes": 30,
            "summary": summary,
            "next_step": step,
            "next_step_due": due,
        }
        changes.apply(store, log_touch(store, values, [n[p] for p in people]))
    held = Qbr(
        None,
        m,
        "2026-06-15",
        "held",
        objectives="Ziele 2027",
        actions=(
            Action("Reporting einrichten", "Anna Groß", "2026-07-31", "open"),
            Action("Schulung planen", "Anna Groß", "2026-07-01", "done"),
        ),
    )
    planned = Qbr(
        None,
        m,
        "2026-12-10",
        "planned",
        actions=(Action("Agenda abstimmen", "Anna Groß", "2026-12-01", "open"),),
    )
    for qbr in (held, planned):
        changes.apply(store, save_qbr(store, qbr, today=TODAY))
    return n


def day(text: str) -> date:
    return date.fromisoformat(text)
