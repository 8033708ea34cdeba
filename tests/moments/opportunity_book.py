"""A small book for the opportunity tests, imported from the files a KAM has, with values worked out by hand.

Analytics: Peer Eins, Zwei and Drei (Industrie, 50-249 employees, like Müller) pay 10,000, 12,000 and
20,000 € a year for it: Müller's whitespace is their median, 12,000 €. Müller holds CRM Cloud but uses 20 of
100 expected (under-used), tries Data Hub out; Nordlicht (Handel) uses its CRM Cloud fully and already has an
open Analytics opportunity (VC-1, marketing-qualified need, 8,000 €, closing 31.03.2027)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from planner.core.store.store import Store
from tests.importing_support import import_file, write_csv

TODAY = date(2026, 11, 23)  # Q4 2026: a new opportunity is expected to close on 31.12.2026
MUELLER, NORDLICHT = 1, 5
ANALYTICS, CRM, HUB = 1, 2, 3


def opportunity_book(store: Store, tmp_path: Path) -> Store:
    files = {
        "Produkte.csv": [
            ["Produktnummer", "Produktname", "Listenpreis", "Einheit"],
            ["P-AN", "Analytics", "5000", "licence"],
            ["P-CRM", "CRM Cloud", "20000", "licence"],
            ["P-HUB", "Data Hub", "1000", "licence"],
        ],
        "Kunden.csv": [
            ["Kundennummer", "Firma", "Segment", "Mitarbeiter", "Betreuer"],
            ["ACC-1", "Müller GmbH", "Industrie", "120", "Anna"],
            ["ACC-2", "Peer Eins", "Industrie", "100", "Ben"],
            ["ACC-3", "Peer Zwei", "Industrie", "150", "Ben"],
            ["ACC-4", "Peer Drei", "Industrie", "200", "Anna"],
            ["ACC-5", "Nordlicht AG", "Handel", "80", "Ben"],
        ],
        "Verträge.csv": [
            ["Kundennummer", "Produktnummer", "Status", "Umsatz"],
            ["ACC-2", "P-AN", "aktiv", "10000"],
            ["ACC-3", "P-AN", "aktiv", "12000"],
            ["ACC-4", "P-AN", "aktiv", "20000"],
            ["ACC-1", "P-CRM", "aktiv", "30000"],
            ["ACC-1", "P-HUB", "trial", "0"],
            ["ACC-5", "P-CRM", "aktiv", "25000"],
        ],
        "Nutzung.csv": [
            ["Kundennummer", "Produktnummer", "Monat", "Nutzung", "Erwartet"],
            ["ACC-1", "P-CRM", "2026-10", "20", "100"],
            ["ACC-5", "P-CRM", "2026-10", "90", "100"],
        ],
        "Verkaufschancen.csv": [
            ["Verkaufschance-ID", "Kunde", "Produkt", "Verkaufsphase", "Betrag", "Abschlussdatum"],
            ["VC-1", "ACC-5", "P-AN", "mqn", "8000", "31.03.2027"],
        ],
    }
    for name, rows in files.items():
        plan, _ = import_file(store, write_csv(tmp_path / name, rows))
        assert plan.rejected == 0, name
    return store
