"""A copy of another KAM's account is read-only in the book: a form, an import or any other write to it is
refused before anything is stored (with one message the window translates), while the owner's changes still
arrive with the sync. The user's own accounts stay writable."""

from __future__ import annotations

import pytest

from planner.core.portfolio import changes
from planner.core.portfolio.changes import ChangeFailed
from planner.core.portfolio.touches import log_touch
from planner.core.team.guard import READ_ONLY
from tests.importing_support import plan_file, write_csv
from tests.team.sync_support import annas_team


def test_the_directors_copy_refuses_writes_and_still_takes_the_owners_changes(laptops, tmp_path) -> None:
    anna, dora = laptops["anna"], laptops["dora"]
    annas_team(laptops)
    dora.sync()
    (k1,) = dora.rows("SELECT id FROM accounts WHERE key = 'K-1'")[0]
    before = dora.rows("SELECT * FROM touches ORDER BY id")

    with pytest.raises(ChangeFailed, match=READ_ONLY):  # a form: a touch on anna's account
        touch = {"account_id": k1, "kind": "call", "touched_on": "2026-12-08", "minutes": 10}
        changes.apply(dora.store, log_touch(dora.store, touch))
    with pytest.raises(ChangeFailed, match=READ_ONLY):  # editing the account itself
        changes.apply(dora.store, changes.edit(dora.store, "accounts", k1, {"name": "Müller AG"}))
    # an import: the row naming anna's account is rejected with its row and column, the others go in
    rows = [["Kundennummer", "Firma"], ["K-1", "Anders"], ["D-1", "Dora Demo GmbH"]]
    plan = plan_file(dora.store, write_csv(tmp_path / "Kunden.csv", rows))
    assert [(r.row, r.column, r.code) for r in plan.rejections] == [(2, "Kundennummer", "read_only")]
    assert (plan.created, plan.updated) == (1, 0)
    assert dora.rows("SELECT * FROM touches ORDER BY id") == before
    assert dora.rows("SELECT name FROM accounts WHERE key = 'K-1'") == [("Müller GmbH",)]

    # the owner's change still arrives
    with anna.store.write() as conn:
        conn.execute("UPDATE accounts SET name = 'Müller GmbH & Co. KG' WHERE key = 'K-1'")
    anna.sync()
    dora.sync()
    assert dora.rows("SELECT name FROM accounts WHERE key = 'K-1'") == [("Müller GmbH & Co. KG",)]
    # and anna's own account stays hers to write
    (own,) = anna.rows("SELECT id FROM accounts WHERE key = 'K-1'")[0]
    changes.apply(anna.store, changes.edit(anna.store, "accounts", own, {"notes": "Rahmenvertrag 2027"}))
    assert anna.sync().pushed == {"accounts": 1}
