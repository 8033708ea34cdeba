"""Every export imports back unchanged: each kind, as CSV, CSV for German Excel and XLSX, in any order."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.cli import main
from planner.core.store.store import open_portfolio
from tests.conftest import TODAY
from tests.importing_support import write_csv

KINDS = (
    "accounts",
    "products",
    "holdings",
    "usage",
    "revenue",
    "contacts",
    "nps",
    "touches",
    "signals",
    "surveys",
    "opportunities",
)  # parents first
FILES = {"excel_de": "excel_de.csv", "csv": "csv.csv", "xlsx": "xlsx.xlsx"}
TABLES = {"usage": "usage_snapshots", "revenue": "revenue_by_period", "nps": "nps_answers",
          "surveys": "survey_responses"}  # fmt: skip


def planner(capsys: pytest.CaptureFixture[str], *args: str | Path) -> str:
    """Run the command in this process; its output (stderr too, for the assertion message)."""
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    assert code == 0, out + err
    return out


def export_all(capsys: pytest.CaptureFixture[str], db: Path, folder: Path) -> dict[str, dict[str, Path]]:
    """Every kind in every style: {style: {kind: file}}."""
    folder.mkdir()
    files: dict[str, dict[str, Path]] = {}
    for style, name in FILES.items():
        for kind in KINDS:
            path = folder / f"{kind}-{name}"
            planner(
                capsys, "--db", db, "export", kind, "--out", path, "--style", style.replace("xlsx", "csv")
            )
            files.setdefault(style, {})[kind] = path
    return files


def counts(db: Path) -> dict[str, int]:
    store = open_portfolio(db, create=True)
    try:
        return {kind: store.count(TABLES.get(kind, kind)) for kind in KINDS}
    finally:
        store.close()


def import_back(capsys: pytest.CaptureFixture[str], db: Path, files: dict[str, Path], created: bool) -> None:
    """Import every kind's file: all rows created (into a fresh book) or all unchanged, none rejected."""
    for kind in KINDS:
        before = counts(db)
        out = planner(capsys, "--db", db, "import", files[kind])
        after = counts(db)
        if created:
            assert before[kind] == 0 < after[kind]
            expected = f"created {after[kind]:,}, updated 0, unchanged 0, rejected 0"
        else:
            assert after == before
            expected = f"created 0, updated 0, unchanged {after[kind]:,}, rejected 0"
        assert f"{files[kind].name}: {expected}" in out


def test_the_demo_book_s_exports_import_back_unchanged(capsys, tmp_path):
    """Seed 6 drew two answers of one contact on one day before: an NPS answer is known by contact + date,
    so the export could not tell them apart (the same book: "ambiguous", a fresh one: "conflict")."""
    demo = tmp_path / "demo.sqlite"
    planner(capsys, "--db", demo, "demo", "--accounts", "20", "--seed", "6", "--today", TODAY.isoformat())
    exported = export_all(capsys, demo, tmp_path / "out")
    for style in ("excel_de", "csv", "xlsx"):  # the German CSV first: its layout is remembered
        import_back(capsys, demo, exported[style], created=False)
    for first in FILES:  # into fresh books, then the other styles into the same book
        book = tmp_path / f"from-{first}.sqlite"
        import_back(capsys, book, exported[first], created=True)
        for other in FILES:
            import_back(capsys, book, exported[other], created=False)
        again = export_all(capsys, book, tmp_path / f"again-{first}")
        for style, files in again.items():
            if style != "xlsx":  # a workbook holds the time it was written
                assert {k: p.read_bytes() for k, p in files.items()} == {
                    k: p.read_bytes() for k, p in exported[style].items()
                }


def german_files(folder: Path) -> dict[str, Path]:
    """What German Excel saves, in the columns our export writes: Windows-1252, ";", decimal comma, dotted
    dates, a euro sign."""
    rows = {
        "accounts": [["key", "name", "country", "city", "employees", "revenue", "owner"],
                     ["K-1", "Müller GmbH", "DE", "München", "120", "1.234,50 €", "Anna Groß"],
                     ["K-2", "Schütz KG", "AT", "Wien", "", "99,00", "Bob"]],
        "products": [["key", "name", "price", "unit", "expected_usage"],
                     ["P-1", "Connect Basis", "180,00", "Lizenz", "2,5"]],
        "holdings": [["account", "product", "status", "since", "seats_licensed", "revenue", "usage_limit"],
                     ["K-1", "P-1", "aktiv", "01.02.2025", "50", "9.000,00", "1,5"]],
        "usage": [["account", "product", "month", "usage", "expected", "active_users"],
                  ["K-1", "P-1", "10.2026", "412,5", "500", "35"], ["K-2", "P-1", "11.2026", "7", "", ""]],
        "revenue": [["account", "quarter", "revenue"], ["K-1", "3. Quartal 2026", "12.500,75"]],
        "contacts": [["account", "name", "email", "role", "phone", "influence"],
                     ["K-1", "Eva Müller", "eva@mueller.de", "CTO", "+49 89 1234", "Entscheider"]],
        "nps": [["contact", "date", "score", "comment"],
                ["eva@mueller.de", "30.09.2026", "9", "Prima, danke"]],
        "touches": [["account", "kind", "date", "minutes", "summary", "next_step", "next_step_due"],
                    ["K-1", "Anruf", "01.10.2026", "30", "Erstgespräch", "Angebot", "15.10.2026"]],
        "signals": [["account", "contact", "date", "signal", "product", "content", "topic", "department",
                     "region", "detail", "source"],
                    ["K-1", "eva@mueller.de", "03.11.2026", "Webinar", "P-1", "Planung 2027", "Planung", "IT",
                     "EMEA", "besucht", "Marketing"]],
        "surveys": [["contact", "date", "survey", "answered"],
                    ["eva@mueller.de", "02.03.2026", "Frühjahr", "nein"]],
        "opportunities": [["key", "account", "product", "type", "stage", "value", "close_date", "source",
                           "owner", "created", "notes"],
                          ["VC-1", "K-1", "P-1", "Ausbau", "Angebot", "12.000,00 €", "31.12.2026", "Messe",
                           "Anna Groß", "01.10.2026", "Mehr Nutzer"]],
    }  # fmt: skip
    folder.mkdir()
    return {kind: write_csv(folder / f"{kind}.csv", r, encoding="cp1252") for kind, r in rows.items()}


def test_a_book_imported_from_german_csv_files_takes_every_export_back(capsys, tmp_path):
    """After a German CSV was imported, a comma CSV and a workbook of the same columns read as sniffed."""
    book = tmp_path / "book.sqlite"
    import_back(capsys, book, german_files(tmp_path / "german"), created=True)
    assert counts(book) == dict.fromkeys(KINDS, 1) | {"accounts": 2, "usage": 2}
    exported = export_all(capsys, book, tmp_path / "out")
    for style in ("csv", "xlsx", "excel_de", "csv"):
        import_back(capsys, book, exported[style], created=False)
    fresh = tmp_path / "fresh.sqlite"
    import_back(capsys, fresh, exported["xlsx"], created=True)  # a workbook first, then text files
    import_back(capsys, fresh, exported["csv"], created=False)
    import_back(capsys, fresh, exported["excel_de"], created=False)
