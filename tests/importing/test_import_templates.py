"""Import templates: a file per kind in German or English that the importer recognises as that kind, with
every column assigned, and whose rows import as they are (in the files' numbered order)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from planner.core.importing import KINDS, Kind, detect_kind, plan_import, read, suggest_mapping, write_import
from planner.core.importing.templates import columns, headers, rows, write_templates
from planner.core.store.store import Store


def round_trip(store: Store, folder: Path, lang: str) -> dict[str, tuple[int, int]]:
    """Write every template, then import each file as a user would (kind and mapping as recognised):
    kind name -> (rows created, rows rejected). Asserts the kind and that every column is assigned."""
    results = {}
    files = write_templates(folder, lang)
    assert len(files) == len(KINDS), "one file per kind"
    for path, kind in zip(files, KINDS.values(), strict=True):
        sheet = read(path)
        found, mapping = detect_kind(sheet.headers)
        assert found is not None and found.name == kind.name, (path.name, sheet.headers)
        assert sorted(mapping.values()) == sorted(sheet.headers), f"{path.name}: a column left unassigned"
        plan = plan_import(store, sheet, found, mapping)
        write_import(store, plan)
        results[kind.name] = (plan.created, plan.rejected)
    return results


@pytest.mark.parametrize("lang", ["de", "en"])
def test_every_template_is_recognised_as_its_kind_and_imports_without_a_rejected_row(
    store: Store, tmp_path: Path, lang: str
) -> None:
    results = round_trip(store, tmp_path / lang, lang)
    # two example rows per kind (three signals: a webinar, a new stakeholder, a price request)
    assert results == {name: (3 if name == "signals" else 2, 0) for name in KINDS}
    assert store.count("accounts") == 2 and store.count("holdings") == 2 and store.count("touches") == 2


def test_german_templates_speak_german_excel(tmp_path: Path) -> None:
    accounts = write_templates(tmp_path, "de", [KINDS["accounts"]])[0]
    raw = accounts.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "a BOM, so that Excel shows the umlauts"
    lines = raw.decode("utf-8-sig").splitlines()
    # the German words the importer knows for these columns, semicolons, a decimal comma
    assert lines[0].startswith("Kundennummer;Firma;Webseite;Branche;")
    assert "Müller Maschinenbau GmbH" in lines[1] and ";48.000,00;" in lines[1]
    assert accounts.name == "01 Kunden - Vorlage.csv"
    holdings = rows(KINDS["holdings"], "de")
    assert holdings[0][:4] == ["Kundennummer", "Produktnummer", "Vertragsstatus", "Vertragsbeginn"]
    assert holdings[1][2:4] == ["aktiv", "01.04.2024"]
    assert headers(KINDS["revenue"], "de") == ["Kundennummer", "Quartal", "Umsatz"], "a quarter's revenue"


def test_english_templates_use_the_headers_our_exports_write(tmp_path: Path) -> None:
    for kind in KINDS.values():
        assert headers(kind, "en") == [t.name for t in columns(kind)]
    holdings = write_templates(tmp_path, "en", [KINDS["holdings"]])[0]
    lines = holdings.read_bytes().decode("utf-8-sig").splitlines()
    assert lines[1].startswith("ACC-1001,P-CRM,active,2024-04-01,100,72,48000.00,")
    assert holdings.name == "03 holdings - template.csv"


def test_contacts_template_has_one_name_column_not_its_parts() -> None:
    german = headers(KINDS["contacts"], "de")
    assert "Ansprechpartner" in german and "Vorname" not in german and "Nachname" not in german


@pytest.mark.parametrize("lang", ["de", "en"])
def test_a_kind_without_written_examples_gets_rows_made_from_its_columns(
    store: Store, tmp_path: Path, lang: str
) -> None:
    """A kind added to KINDS later still gets a template the importer reads (here: signals under a new
    name, so none of the written examples apply)."""
    round_trip(store, tmp_path / "first", lang)  # the accounts, products and contacts the rows refer to
    newcomer = replace(KINDS["signals"], name="events")
    table = rows(newcomer, lang)
    assert len(table) == 3 and all(len(row) == len(table[0]) for row in table)
    path = write_templates(tmp_path / "new", lang, [newcomer])[0]
    sheet = read(path)
    mapping = suggest_mapping(newcomer, sheet.headers)
    assert sorted(mapping.values()) == sorted(sheet.headers)
    plan = plan_import(store, sheet, newcomer, mapping)
    assert (plan.created, plan.rejected) == (2, 0), plan.rejections


def test_a_header_the_importer_would_read_otherwise_falls_back_to_the_column_name() -> None:
    """A German word that names another column of the same kind is not used: the exact name is."""
    touches = KINDS["touches"]
    clash = Kind("clash", touches.table, (*touches.targets[:2], replace(touches.targets[1], name="art")),
                 touches.match)  # fmt: skip
    german = headers(clash, "de")
    assert german[1] == "kind" and german[2] == "art"
    assert suggest_mapping(clash, german) == {"account": "Kundennummer", "kind": "kind", "art": "art"}
