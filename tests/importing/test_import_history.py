"""Writing an import in one transaction, the import history, undo and redo."""

from __future__ import annotations

import pytest

from planner.core.importing import (
    KINDS,
    ImportRefused,
    history,
    plan_import,
    read,
    redo_import,
    remembered,
    undo_import,
    write_import,
)
from planner.core.store.store import open_portfolio
from tests.importing_support import dump, full_dump, import_file, plan_file, small_book, write_csv, write_xlsx


class Cancel(Exception):
    """What the import dialog's progress raises when the user presses Cancel."""


def _usage_file(path, rows):
    return write_csv(path, [["Kunde", "Produkt", "Monat", "Nutzung"], *rows])


def test_rejected_rows_block_the_import_unless_they_are_skipped(store, tmp_path):
    small_book(store)
    path = _usage_file(
        tmp_path / "Nutzung.csv",
        [["ACC-00002", "P-CONNECT", "11/2026", "5"], ["ACC-00002", "P-CONNECT-PRO", "11/2026", "viel"]],
    )
    plan = plan_file(store, path)
    before = full_dump(store)
    with pytest.raises(ImportRefused) as caught:
        write_import(store, plan)
    assert (caught.value.code, caught.value.detail) == ("rejected", "1")
    assert full_dump(store) == before
    record = write_import(store, plan, skip_rejected=True)
    assert (record.created, record.updated, record.unchanged, record.rejected) == (1, 0, 0, 1)
    assert store.query("SELECT * FROM usage_snapshots WHERE period = '2026-11'") == [
        (2, 1, "2026-11", 5.0, None, None)
    ]


def test_cancel_from_the_progress_callback_leaves_the_file_as_it_was(store, tmp_path):
    small_book(store)
    rows = [["key", "name", "employees"], ["ACC-00001", "Müller GmbH", "121"]]
    rows += [[f"K-{i}", f"Firma {i}", "3"] for i in range(45_000)]  # more than one chunk of inserts
    plan = plan_file(store, write_csv(tmp_path / "Kunden.csv", rows))
    assert (plan.created, plan.updated) == (45_000, 1)
    before = full_dump(store)
    calls = []

    def progress(done, total):
        calls.append((done, total))
        if done > 1:  # the update and the first 20,000 inserts are in
            raise Cancel

    with pytest.raises(Cancel):
        write_import(store, plan, progress=progress)
    assert calls == [(1, 45_001), (20_001, 45_001)]
    assert full_dump(store) == before
    again = open_portfolio(store.path)  # what another connection (the app after a restart) sees
    assert full_dump(again) == before
    again.close()


def _accounts_update_and_create(store, path):
    """The first account gets another owner; a second file row is a new account; the third stays as it was."""
    first, second = store.query("SELECT key, name, country FROM accounts ORDER BY id LIMIT 2")
    return write_csv(
        path,
        [
            ["Kundennummer", "Firma", "Land", "Betreuer"],
            [*first, "Neue Betreuerin"],
            ["K-NEU", "Neu GmbH", "DE", "Anna"],
            [*second, ""],
        ],
    )


def _usage_update_and_create(store, path):
    account, product, period = store.query(
        "SELECT a.key, p.key, u.period FROM usage_snapshots u JOIN accounts a "
        "ON a.id = u.account_id JOIN products p ON p.id = u.product_id "
        "ORDER BY u.rowid LIMIT 1"
    )[0]
    return _usage_file(path, [[account, product, period, "4711"], [account, product, "03/2031", "12"]])


@pytest.mark.parametrize("make_file", [_accounts_update_and_create, _usage_update_and_create])
def test_undo_restores_the_exact_previous_state_and_redo_brings_the_import_back(
    demo_store, tmp_path, make_file
):
    path = make_file(demo_store, tmp_path / "file.csv")
    before = dump(demo_store)
    plan, record = import_file(demo_store, path)
    assert (record.created, record.updated) == (1, 1)
    after = dump(demo_store)
    assert after != before

    undone = undo_import(demo_store, record.id)
    assert undone.undone
    assert dump(demo_store) == before

    redone = redo_import(demo_store, record.id)
    assert not redone.undone
    assert dump(demo_store) == after
    undo_import(demo_store, record.id)  # and again, after the redo
    assert dump(demo_store) == before


def test_an_earlier_import_is_undone_only_after_the_later_one(store, tmp_path):
    small_book(store)
    before = dump(store)
    _, first = import_file(
        store, _usage_file(tmp_path / "a.csv", [["ACC-00001", "P-CONNECT", "11/2026", "1"]])
    )
    _, second = import_file(
        store, _usage_file(tmp_path / "b.csv", [["ACC-00001", "P-CONNECT", "11/2026", "2"]])
    )
    with pytest.raises(ImportRefused) as caught:
        undo_import(store, first.id)
    assert (caught.value.code, caught.value.detail) == ("later", str(second.id))
    assert store.scalar("SELECT usage_value FROM usage_snapshots WHERE period = '2026-11'") == 2.0
    undo_import(store, second.id)
    assert store.scalar("SELECT usage_value FROM usage_snapshots WHERE period = '2026-11'") == 1.0
    undo_import(store, first.id)
    assert dump(store) == before
    with pytest.raises(ImportRefused) as caught:
        undo_import(store, first.id)
    assert caught.value.code == "undone"


def test_redo_goes_in_the_order_of_the_imports(store, tmp_path):
    small_book(store)
    _, first = import_file(store, write_csv(tmp_path / "a.csv", [["key", "name"], ["K-1", "Eins GmbH"]]))
    _, second = import_file(store, write_csv(tmp_path / "b.csv", [["key", "employees"], ["K-1", "7"]]))
    after = dump(store)
    undo_import(store, second.id)
    undo_import(store, first.id)
    with pytest.raises(ImportRefused) as caught:
        redo_import(store, second.id)
    assert (caught.value.code, caught.value.detail) == ("earlier", str(first.id))
    redo_import(store, first.id)
    redo_import(store, second.id)
    assert dump(store) == after
    with pytest.raises(ImportRefused) as caught:
        redo_import(store, second.id)
    assert caught.value.code == "not_undone"
    with pytest.raises(ImportRefused) as caught:
        undo_import(store, 99)
    assert caught.value.code == "unknown"


def test_a_new_import_ends_the_redo_of_an_undone_one(store, tmp_path):
    """The new import's account takes the id the undone one's had: redo must not overwrite it."""
    small_book(store)
    _, first = import_file(store, write_csv(tmp_path / "a.csv", [["key", "name"], ["K-1", "Eins GmbH"]]))
    undo_import(store, first.id)
    _, second = import_file(store, write_csv(tmp_path / "b.csv", [["key", "name"], ["K-2", "Zwei GmbH"]]))
    after = dump(store)
    with pytest.raises(ImportRefused) as caught:
        redo_import(store, first.id)
    assert (caught.value.code, caught.value.detail) == ("discarded", str(first.id))
    assert dump(store) == after
    assert store.query("SELECT id, key, name FROM accounts WHERE id > 3") == [(4, "K-2", "Zwei GmbH")]


def test_undo_is_refused_while_records_entered_since_use_what_the_import_created(store, tmp_path):
    small_book(store)
    products = write_csv(tmp_path / "Produkte.csv", [["key", "name"], ["P-NEU", "Neu"]])
    _, record = import_file(store, products, "products")
    with store.write() as conn:  # a holding entered in the app afterwards
        conn.execute("INSERT INTO holdings (account_id, product_id) VALUES (2, 3)")
    before = full_dump(store)
    with pytest.raises(ImportRefused) as caught:
        undo_import(store, record.id)
    assert caught.value.code == "in_use"
    assert full_dump(store) == before


def test_history_lists_imports_newest_first_with_file_kind_and_counts(store, tmp_path):
    small_book(store)
    accounts = write_csv(
        tmp_path / "Kunden.csv",
        [
            ["key", "name", "city"],
            ["ACC-00001", "Müller GmbH", "Ulm"],
            ["K-1", "Eins GmbH", "Bonn"],
            ["K-2", "Zwei", "x"],
        ],
    )
    usage = _usage_file(
        tmp_path / "Nutzung.csv",
        [["ACC-00001", "P-CONNECT", "2026-10", "400"], ["ACC-00001", "P-CONNECT", "2026-11", "x"]],
    )
    _, first = import_file(store, accounts)
    _, second = import_file(store, usage, skip_rejected=True)
    undo_import(store, second.id)
    listed = [
        (r.id, r.file, r.kind, r.table, r.created, r.updated, r.unchanged, r.rejected, r.undone)
        for r in history(store)
    ]
    assert listed == [
        (second.id, str(usage), "usage", "usage_snapshots", 0, 0, 1, 1, True),
        (first.id, str(accounts), "accounts", "accounts", 2, 1, 0, 0, False),
    ]
    assert history(store)[0].summary() == "created 0, updated 0, unchanged 1, rejected 1"


def test_the_mapping_is_remembered_for_a_file_of_the_same_shape(store, tmp_path):
    small_book(store)
    path = write_csv(
        tmp_path / "Export März.csv",
        [["Kunde", "Produkt", "Monat", "Wert", "Soll"], ["ACC-00001", "P-CONNECT", "11/2026", "5", "9"]],
    )
    sheet = read(path)
    mapping = {
        "account": "Kunde",
        "product": "Produkt",
        "month": "Monat",
        "usage": "Soll",
    }  # the user's choice
    write_import(store, plan_import(store, sheet, KINDS["usage"], mapping))
    assert store.query("SELECT usage_value FROM usage_snapshots WHERE period = '2026-11'") == [(9.0,)]
    kind, known, layout = remembered(store, ["kunde", "PRODUKT", "Monat", "Wert", "Soll"])
    assert (kind, known) == ("usage", mapping)
    assert (layout["delimiter"], layout["decimal"], layout["excel"]) == (";", ",", False)
    assert remembered(store, ["Kunde", "Produkt", "Monat", "Wert"]) is None


def test_new_accounts_without_a_key_get_one_no_account_has(store, tmp_path):
    small_book(store)
    path = write_csv(
        tmp_path / "Kunden.csv",
        [["key", "name"], ["ACC-00005", "Fünf GmbH"], ["", "Vier GmbH"], ["", "Sechs GmbH"]],
    )
    import_file(store, path)
    assert store.query("SELECT id, key, name FROM accounts WHERE id > 3") == [
        (4, "ACC-00005", "Fünf GmbH"),
        (5, "ACC-00006", "Vier GmbH"),
        (6, "ACC-00007", "Sechs GmbH"),
    ]


def test_a_remembered_layout_is_a_suggestion_for_a_file_of_the_same_type_and_delimiter(store, tmp_path):
    """The user read the first file with a decimal point; a file of the same shape whose numbers read either
    way takes the point, one whose numbers read only with a comma keeps the comma, and a file with another
    delimiter or type is read as sniffed."""
    from planner.core.importing import Layout, recognise

    small_book(store)
    header = ["Kunde", "Produkt", "Monat", "Nutzung"]
    first = _usage_file(tmp_path / "a.csv", [["ACC-00001", "P-CONNECT", "01/2026", "1.5"]])
    mapping = dict(zip(("account", "product", "month", "usage"), header, strict=True))
    write_import(store, plan_import(store, read(first, Layout(decimal=".")), KINDS["usage"], mapping))
    either = _usage_file(tmp_path / "b.csv", [["ACC-00001", "P-CONNECT", "02/2026", "1.234"]])
    comma = _usage_file(tmp_path / "c.csv", [["ACC-00001", "P-CONNECT", "03/2026", "1.234,5"]])
    commas = write_csv(
        tmp_path / "d.csv", [header, ["ACC-00001", "P-CONNECT", "04/2026", "2.5"]], delimiter=","
    )
    workbook = write_xlsx(tmp_path / "e.xlsx", [header, ["ACC-00001", "P-CONNECT", "05/2026", 3.5]])
    found = {p.name: recognise(store, p) for p in (either, comma, commas, workbook)}
    assert {name: (kind, s.layout.delimiter, s.layout.decimal) for name, (s, kind, _) in found.items()} == {
        "b.csv": ("usage", ";", "."),
        "c.csv": ("usage", ";", ","),
        "d.csv": ("usage", ",", "."),
        "e.xlsx": ("usage", ";", "."),
    }
    assert found["e.xlsx"][0].layout.excel
    for sheet, kind, known in found.values():
        write_import(store, plan_import(store, sheet, KINDS[kind], known))
    assert store.query("SELECT period, usage_value FROM usage_snapshots WHERE period LIKE '2026-0%'") == [
        ("2026-01", 1.5), ("2026-02", 1.234), ("2026-03", 1234.5), ("2026-04", 2.5), ("2026-05", 3.5),
    ]  # fmt: skip
