"""Signals, survey answers and opportunities as every import: bad rows are named by row and column and block
the file, the same file twice changes nothing, and the import is undone and redone exactly."""

from __future__ import annotations

import pytest

from planner.core.importing import ImportRefused, redo_import, undo_import, write_import
from tests.importing import test_import_opportunities, test_import_signals, test_import_surveys
from tests.importing_support import dump, full_dump, import_file, plan_file, small_book, write_csv

OPPORTUNITY = test_import_opportunities.GERMAN[0]
BAD = {  # rows as Excel numbers them (the header is row 1): the cell that is wrong and why
    "Signale.csv": (
        [["Kunde", "Kontakt", "Datum", "Signal"],
         ["ACC-00001", "", "03.11.2026", "Störung"],
         ["ACC-09999", "", "03.11.2026", "Störung"],
         ["ACC-00001", "", "31.11.2026", "Störung"],
         ["ACC-00001", "", "03.11.2026", "Brieftaube"],
         ["ACC-00001", "niemand@example.com", "03.11.2026", "Ticket"],
         ["ACC-00001", "", "", "Ticket"]],
        [(3, "Kunde", "unknown_accounts"), (4, "Datum", "date"), (5, "Signal", "choice"),
         (6, "Kontakt", "unknown_contacts"), (7, "Datum", "required")],
    ),
    "Umfragen.csv": (
        [["E-Mail", "Datum", "Umfrage", "Beantwortet"],
         ["eva.mueller@mueller.de", "02.03.2026", "Frühjahr", "vielleicht"],
         ["niemand@mueller.de", "02.03.2026", "Frühjahr", "ja"],
         ["eva.mueller@mueller.de", "02.03.2026", "", "ja"],
         ["eva.mueller@mueller.de", "2.3.", "Frühjahr", "ja"]],
        [(2, "Beantwortet", "choice"), (3, "E-Mail", "unknown_contacts"), (4, "Umfrage", "required"),
         (5, "Datum", "date")],
    ),
    "Verkaufschancen.csv": (
        [OPPORTUNITY,
         ["VC-1", "ACC-00001", "P-CONNECT", "", "irgendwann", "1", "", "", "", "", ""],
         ["VC-2", "ACC-00001", "P-CONNECT", "", "Angebot", "-5", "", "", "", "", ""],
         ["VC-3", "ACC-00001", "P-GIBTSNICHT", "", "Angebot", "1", "", "", "", "", ""],
         ["VC-4", "ACC-00001", "", "Tauschhandel", "Angebot", "1", "", "", "", "", ""],
         ["VC-5", "ACC-00001", "", "", "", "1", "morgen", "", "", "", ""]],
        [(2, "Reifegrad", "choice"), (3, "Betrag", "negative"), (4, "Produkt", "unknown_products"),
         (5, "Art", "choice"), (6, "Reifegrad", "required"), (6, "Abschlussdatum", "date")],
    ),
}  # fmt: skip


@pytest.mark.parametrize("name", list(BAD))
def test_bad_rows_are_named_by_row_and_column_and_nothing_is_written(store, tmp_path, name):
    small_book(store)
    rows, expected = BAD[name]
    plan = plan_file(store, write_csv(tmp_path / name, rows))
    assert [(r.row, r.column, r.code) for r in plan.rejections] == expected
    before = full_dump(store)
    with pytest.raises(ImportRefused):
        write_import(store, plan)
    assert full_dump(store) == before


@pytest.mark.parametrize(
    ("name", "rows"),
    [
        ("Signale.csv", test_import_signals.GERMAN),
        ("Umfragen.csv", test_import_surveys.GERMAN),
        ("Verkaufschancen.csv", test_import_opportunities.GERMAN),
    ],
)
def test_twice_changes_nothing_and_undo_and_redo_are_exact(store, tmp_path, name, rows):
    small_book(store)
    before = dump(store)
    path = write_csv(tmp_path / name, rows)
    _, first = import_file(store, path)
    after = dump(store)
    again, second = import_file(store, path)
    assert (again.created, again.updated, again.unchanged, again.rejected) == (0, 0, len(rows) - 1, 0)
    assert dump(store) == after
    undo_import(store, second.id)  # the later import first; it changed nothing
    undo_import(store, first.id)
    assert dump(store) == before
    redo_import(store, first.id)
    assert dump(store) == after
