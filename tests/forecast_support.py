"""A small book for the forecast and the goal funnel, imported from CSV files as a user would: two accounts,
two products and nine opportunities with close dates across quarters (today is 10.02.2027, in Q1 2027)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from planner.core.store.store import Store
from tests.importing_support import import_file, write_csv

TODAY = date(2027, 2, 10)
OPPORTUNITIES = [
    ["Verkaufschance-ID", "Kunde", "Produkt", "Reifegrad", "Betrag", "Abschlussdatum"],
    ["VC-1", "ACC-1", "P-A", "Qualifizierung", "10.000", "15.03.2027"],  # MQN, Q1 2027
    ["VC-2", "ACC-1", "P-B", "Angebot", "5.000", "31.03.2027"],  # in sales, Q1 2027
    ["VC-3", "ACC-2", "P-A", "Angebot", "20.000", "15.05.2027"],  # in sales, Q2 2027
    ["VC-4", "ACC-2", "P-B", "Interesse", "8.000", "01.02.2027"],  # interest, overdue (before 10.02.)
    ["VC-5", "ACC-1", "P-A", "Gewonnen", "7.000", "20.01.2027"],  # won in Q1 2027
    ["VC-6", "ACC-2", "P-B", "Verloren", "9.000", "10.03.2027"],  # lost: counts nowhere
    ["VC-7", "ACC-1", "P-B", "Erkannt", "4.000", ""],  # signal, no close date
    ["VC-8", "ACC-2", "P-A", "Angebot", "30.000", "15.06.2028"],  # in sales, after Q4 2027
    ["VC-9", "ACC-2", "P-B", "Gewonnen", "12.000", "30.11.2026"],  # won before the quarters shown
]
# The history of these nine: raised 9; reached a marketing-qualified need (mqn, in sales, won, lost)
# 1 + 3 + 2 + 1 = 7; went to sales 3 + 2 + 1 = 6; won 2, lost 1. Win rate 2/3, need -> sales 6/7,
# raised -> need 7/9. So the history's weights: in sales 2/3, MQN 6/7 x 2/3 = 4/7, signal, interest and
# nurturing 7/9 x 4/7 = 4/9.


def forecast_book(store: Store, tmp_path: Path) -> Store:
    accounts = [["Kundennummer", "Firma", "Betreuer"], ["ACC-1", "Müller GmbH", "Anna"],
                ["ACC-2", "Schmidt AG", "Ben"]]  # fmt: skip
    products = [["Produktnummer", "Produktname"], ["P-A", "Analytics"], ["P-B", "Connect"]]
    import_file(store, write_csv(tmp_path / "Kunden.csv", accounts), "accounts")
    import_file(store, write_csv(tmp_path / "Produkte.csv", products), "products")
    plan, record = import_file(store, write_csv(tmp_path / "Verkaufschancen.csv", OPPORTUNITIES))
    assert (plan.kind.name, record.created, record.rejected) == ("opportunities", 9, 0)
    return store
