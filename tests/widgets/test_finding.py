"""Finding names as people type them: case, accents and the German spelling do not count, and a typo still
finds the name (similar names, said so) — in the lists, the boards, the matrix search and the account box."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from planner.core.store.store import Store
from planner.ui.shell.main_window import MainWindow
from planner.ui.widgets.account_box import AccountBox, best_match
from planner.ui.widgets.finding import needles, plain, searchable
from planner.ui.widgets.record_model import text_key
from planner.ui.widgets.settings import Settings
from tests.importing_support import import_file, write_csv

NOTE = "No exact match — showing similar names"


def book(store: Store, tmp_path: Path) -> Store:
    """Five accounts as a CRM exports them: a Müller, a Mueller (the same name spelt without the umlaut),
    a Straße, a café and one with nothing alike."""
    accounts = [["Kundennummer", "Firma", "Ort", "Betreuer"],
                ["K-1", "Müller GmbH", "Köln", "Anna Berg"], ["K-2", "Mueller Bau AG", "Bonn", "Ben Kurz"],
                ["K-10", "Straße & Söhne KG", "Ulm", "Anna Berg"],
                ["K-2a", "Café Noir SARL", "Metz", "Ben Kurz"],
                ["K-3", "Bauer KG", "Kiel", "Ben Kurz"]]  # fmt: skip
    import_file(store, write_csv(tmp_path / "Kunden.csv", accounts))
    return store


def window_for(qtbot, store: Store) -> MainWindow:
    window = MainWindow(store, settings=Settings.memory())
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_painted, timeout=5000):
        window.show()
    return window


def shown_names(table) -> list[str]:
    return sorted(table.model.row_at(r).name for r in range(table.model.rowCount()))


def test_spellings_meet_both_ways() -> None:
    # "Müller" is kept as "muller" (accents off) and "mueller" (German spelling); typing either finds it
    assert searchable("Müller") == "muller\nmueller"
    assert searchable("MÜLLER") == "muller\nmueller"
    assert searchable("Straße") == "strasse"  # ß is "ss" in both spellings: kept once
    assert needles(" Müller ") == ("muller", "mueller")
    assert needles("Mueller") == ("mueller",)
    assert needles("   ") == ()
    assert plain("Café Noir") == "cafe noir"


def test_sorting_ignores_case_and_accents_and_counts_numbers() -> None:
    names = ["Moser", "mader", "Mäder", "ACC-10", "acc-2", "ACC-1"]
    # numbers by value (2 before 10), "Mäder" and "mader" side by side before "Moser" (stable: input order)
    assert sorted(names, key=text_key) == ["ACC-1", "acc-2", "ACC-10", "mader", "Mäder", "Moser"]


def test_the_accounts_filter_finds_muller_mueller_and_typos(qtbot, store: Store, tmp_path: Path) -> None:
    window = window_for(qtbot, book(store, tmp_path))
    accounts = window.portfolio.accounts
    accounts.focus_filter()

    QTest.keyClicks(accounts.filter_edit, "Muller")  # no umlaut typed: the ü counts as u
    assert shown_names(accounts) == ["Müller GmbH"]
    assert accounts.count_label.text() == "1 of 5 accounts"

    accounts.filter_edit.setText("mueller")  # the German spelling: ü = ue, so both Müller and Mueller
    assert shown_names(accounts) == ["Mueller Bau AG", "Müller GmbH"]

    accounts.filter_edit.setText("MÜLLER")  # the umlaut typed finds the "ue" spelling too
    assert shown_names(accounts) == ["Mueller Bau AG", "Müller GmbH"]

    accounts.filter_edit.setText("strasse")  # ß = ss
    assert shown_names(accounts) == ["Straße & Söhne KG"]
    accounts.filter_edit.setText("sohne")  # ö counts as o ...
    assert shown_names(accounts) == ["Straße & Söhne KG"]
    accounts.filter_edit.setText("koln")  # ... in every field of the haystack: the city Köln
    assert shown_names(accounts) == ["Müller GmbH"]
    accounts.filter_edit.setText("cafe")
    assert shown_names(accounts) == ["Café Noir SARL"]

    # a typo: nothing contains "mulelr" (accents off). Similar by rapidfuzz's partial ratio: "muller" shares
    # 5 letters in order with it, 2*5/(6+6) = 83; "muel" of Mueller shares 4, 2*4/(4+6) = 80; both reach 80.
    # "bauer" shares 3 (u, e, r): 2*3/11 = 55, not offered. The count says these are similar names.
    for typed in ("M", "Mü", "Mül", "Müle", "Mülel", "Mülelr"):  # typed on: narrowing must not lose them
        accounts.filter_edit.setText(typed)
    assert shown_names(accounts) == ["Mueller Bau AG", "Müller GmbH"]
    assert accounts.count_label.text() == f"{NOTE} · 2 of 5 accounts"

    accounts.filter_edit.setText("xyzzy")  # nothing near: an empty list, no note
    assert accounts.model.rowCount() == 0
    assert accounts.count_label.text() == "0 of 5 accounts"
    accounts.filter_edit.clear()
    assert accounts.model.rowCount() == 5 and NOTE not in accounts.count_label.text()


def test_the_list_sorts_keys_by_number(qtbot, store: Store, tmp_path: Path) -> None:
    window = window_for(qtbot, book(store, tmp_path))
    accounts = window.portfolio.accounts
    accounts.sort_by("key")
    keys = [accounts.model.row_at(r).key for r in range(accounts.model.rowCount())]
    assert keys == ["K-1", "K-2", "K-2a", "K-3", "K-10"]  # K-10 last: 10 > 3


def test_the_quadrant_board_finds_the_same_way(qtbot, store: Store, tmp_path: Path) -> None:
    window = window_for(qtbot, book(store, tmp_path))
    window.show_workspace("matrix")
    board = window.matrix.board
    board.load()
    board.filter_edit.setText("Muller")
    # no account of this book is scored (no holdings): the board counts them as not scored, filtered
    assert board.unscored_label.text() == "1 account not scored: no active product"
    assert board.similar_label.isHidden()
    board.filter_edit.setText("Mülelr")  # Müller and Mueller, as in the list
    assert board.unscored_label.text() == "2 accounts not scored: no active product"
    assert not board.similar_label.isHidden() and board.similar_label.text() == NOTE
    board.filter_edit.setText("")
    assert board.unscored_label.text() == "5 accounts not scored: no active product"
    assert board.similar_label.isHidden()


def test_the_matrix_search_finds_without_accents_and_typos(qtbot, demo_store: Store) -> None:
    window = window_for(qtbot, demo_store)
    window.show_workspace("matrix")
    matrix = window.matrix.matrix
    matrix.load()
    target = next(p for p in matrix.scored if not p.name.isascii() and "ü" in p.name)
    word = next(w for w in target.name.split() if "ü" in w)  # e.g. "Schütz"
    matrix.search_edit.setText(word.replace("ü", "u"))  # "Schutz"
    assert target.account_id in matrix.highlighted_ids() and not matrix.found_label.text().startswith(NOTE)
    matrix.search_edit.setText(word.replace("ü", "ue"))  # "Schuetz"
    assert target.account_id in matrix.highlighted_ids()
    typo = word[:-2] + word[-1] + word[-2]  # the last two letters swapped: "Schütz" -> "Schüzt"
    matrix.search_edit.setText(typo)
    assert target.account_id in matrix.highlighted_ids() and matrix.found_label.text().startswith(NOTE)


def test_the_account_box_picks_by_any_spelling(qtbot, store: Store, tmp_path: Path) -> None:
    book(store, tmp_path)
    box = AccountBox(store)
    qtbot.addWidget(box)
    names = [plain(box.itemText(i)) for i in range(box.count())]
    assert box.itemText(best_match(names, "muller")) == "Müller GmbH"
    assert box.itemText(best_match(names, "Söhne")) == "Straße & Söhne KG"
    assert box.itemText(best_match(names, "Mülelr")) == "Müller GmbH"  # the closest name (83, Mueller 80)
    assert best_match(names, "xyzzy") == -1

    box.show()
    box.setFocus()
    line = box.lineEdit()
    QTest.keyClicks(line, "mueller")  # the completer offers both spellings of the name
    popup = box.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    offered = sorted(popup.model().index(r, 0).data() for r in range(popup.model().rowCount()))
    assert offered == ["Mueller Bau AG", "Müller GmbH"]
    QTest.keyClick(popup, Qt.Key.Key_Escape)
