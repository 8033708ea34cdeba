"""Smart lists stay live, count accounts and potential, and export as a campaign list; the view makes one."""

from __future__ import annotations

from datetime import date

import pytest

from planner.core.growth.segments import Condition
from planner.core.growth.smart_lists import campaign_rows, export_campaign, new_list, smart_lists
from planner.core.portfolio import changes
from tests.growth_support import growth_book


@pytest.fixture
def book(store):
    growth_book(store)
    changes.apply(store, new_list(store, "Analytics for Ads users", [Condition("holds", "", 1)], 3))
    return store


def test_a_list_counts_its_accounts_and_the_campaign_products_whitespace(book) -> None:
    (found,) = smart_lists(book)
    # P1 and Target hold Ads; only Target lacks Analytics: €2,000 (the peer median)
    assert (found.accounts, found.account_ids, found.campaign_cents) == (2, (1, 4), 200_000)


def test_a_list_stays_live(book) -> None:
    with book.write() as c:
        c.execute(
            "INSERT INTO holdings (account_id, product_id, status, revenue_cents) VALUES (2, 1, 'active', 1)"
        )
    assert smart_lists(book)[0].accounts == 3


def test_the_campaign_list_names_the_decision_maker_most_valuable_first(book) -> None:
    rows = campaign_rows(book, smart_lists(book)[0])
    assert [(r.key, r.campaign_cents, r.contact, r.email) for r in rows] == [
        ("T", 200_000, "Dora Decider", "d@t.de"), ("P1", 0, "", "")
    ]  # fmt: skip


def test_the_export_is_utf8_with_bom_and_neutralises_formulas(book, tmp_path) -> None:
    path = tmp_path / "campaign.csv"
    assert export_campaign(book, smart_lists(book)[0], path, "excel_de") == 2
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("key;name;owner")
    assert lines[1].startswith("T;'=Target;Ben;Retail")
    assert ";2000,00;" in lines[1]


def test_the_view_makes_a_smart_list_and_exports_it(qtbot, store, tmp_path, monkeypatch) -> None:
    from openpyxl import load_workbook

    from planner.ui.growth.segments_lists import SmartListsView
    from planner.ui.growth.segments_rules import RulesDialog
    from planner.ui.widgets.editing import Editor

    growth_book(store)
    editor = Editor(store)
    view = SmartListsView(editor, today=date(2026, 11, 23))
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    assert "Make a smart list" in view.campaign_title.text()

    def fill(dialog: RulesDialog) -> int:
        qtbot.keyClicks(dialog.name_edit, "Ads, no Analytics")
        first = dialog.add_row()
        first.field.setCurrentIndex(first.field.findData("holds"))
        first.choice.setCurrentIndex(first.choice.findText("Ads"))
        second = dialog.add_row()
        second.field.setCurrentIndex(second.field.findData("lacks"))
        second.choice.setCurrentIndex(second.choice.findText("Analytics"))
        dialog.product_box.setCurrentIndex(dialog.product_box.findText("Analytics"))
        return RulesDialog.DialogCode.Accepted

    monkeypatch.setattr(RulesDialog, "exec", fill)
    view.new_list()
    assert view.lists.model.rowCount() == 1
    assert view.campaign.model.rowCount() == 1  # Target only
    assert "Ads, no Analytics: 1 accounts, campaign value €2,000" in view.campaign_title.text()
    assert editor.undo_stack.undoText() == "new smart list Ads, no Analytics"

    csv_path, xlsx_path = tmp_path / "list.csv", tmp_path / "list.xlsx"
    assert view.export_to(csv_path) == 1
    text = csv_path.read_text(encoding="utf-8-sig").splitlines()
    assert text[0].split(",")[:3] == ["Key", "Account", "Owner"]
    assert text[1].startswith("T,'=Target,Ben")
    assert view.export_to(xlsx_path) == 1
    sheet = load_workbook(xlsx_path).active
    assert sheet["B2"].value == "=Target" and sheet["B2"].data_type == "s"  # text, never a formula
    assert sheet["G2"].value == 2000  # the campaign value as a number

    editor.undo_stack.undo()
    assert view.lists.model.rowCount() == 0
