"""A country is stored once (its ISO code, whatever the file called it) and shown by its name in the app's
language on the account page."""

from __future__ import annotations

from pathlib import Path

from planner.core.store.store import Store
from planner.ui.portfolio.account_page import AccountPage
from planner.ui.widgets.editing import Editor
from planner.ui.widgets.i18n import install_language
from tests.importing_support import import_file, write_csv


def test_one_country_three_spellings_shown_in_the_users_language(qtbot, qapp, store: Store, tmp_path: Path):
    rows = [["Kundennummer", "Firma", "Ort", "Land"], ["K1", "Alpha GmbH", "München", "Deutschland"],
            ["K2", "Beta AG", "Köln", "Germany"], ["K3", "Gamma KG", "Bonn", "DE"]]  # fmt: skip
    import_file(store, write_csv(tmp_path / "kunden.csv", rows))
    assert {c for (c,) in store.query("SELECT country FROM accounts")} == {"DE"}  # one country
    account_id = store.scalar("SELECT id FROM accounts WHERE key = 'K2'")

    def subtitle() -> str:
        page = AccountPage(Editor(store), account_id)
        qtbot.addWidget(page)
        return page.subtitle.text()

    assert "Köln, Germany" in subtitle()
    try:
        install_language(qapp, "de")
        assert "Köln, Deutschland" in subtitle()
    finally:
        install_language(qapp, "en")
