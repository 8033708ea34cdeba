"""A handover through the server: the director gives Müller GmbH from anna to ben. Ben's laptop gets it
writable at its next sync; anna's loses it, and what anna had changed there offline reaches ben: fields
only she changed are taken, the field both changed takes the newer change, and anna finds her value in
her conflict list. Row-level security refuses ben's connection anna's other account all along."""

from __future__ import annotations

import pytest
from psycopg.errors import InsufficientPrivilege

from planner.core.portfolio import changes
from planner.core.portfolio.touches import log_touch
from planner.core.team.handover import HandoverRefused, hand_over
from tests.team.sync_support import annas_team

TOUCHES_OF_K1 = (
    "SELECT t.touched_on, t.kind, t.minutes, t.summary FROM touches t JOIN accounts a ON a.id = t.account_id "
    "WHERE a.key = 'K-1' ORDER BY t.touched_on"
)


def test_handover_moves_the_account_and_merges_what_both_changed(laptops) -> None:
    anna, ben, dora = laptops["anna"], laptops["ben"], laptops["dora"]
    annas_team(laptops)

    # anna, offline yesterday: a longer call and a new summary on K-1's touch, and a new touch
    with anna.store.write() as conn:
        conn.execute(
            "UPDATE touches SET minutes = 50, summary = 'Preise und Rabatt besprochen' "
            "WHERE summary = 'Preise besprochen'"
        )
        conn.execute("UPDATE team_outbox SET changed_at = '2026-12-07T09:00:00.000Z'")
    (k1,) = anna.rows("SELECT id FROM accounts WHERE key = 'K-1'")[0]
    changes.apply(anna.store, log_touch(anna.store, {"account_id": k1, "kind": "visit",
                                                     "touched_on": "2026-12-04", "minutes": 120,
                                                     "summary": "Workshop"}))  # fmt: skip

    # the director hands K-1 over to ben
    with dora.db.connect("dora") as server:
        done = hand_over(server, "K-1", "ben")
        assert (done.from_role, done.to_role, done.to_owner) == ("anna", "ben", "Ben Kurz")
        with pytest.raises(HandoverRefused, match="not a key-account manager"):
            hand_over(server, "K-2", "carl")
    with ben.db.connect("ben") as server, pytest.raises(HandoverRefused, match="No account"):
        hand_over(server, "K-2", "ben")  # a KAM cannot even see another KAM's account

    # ben's next sync: K-1 is his, writable, with what anna had published
    report = ben.sync()
    assert report.new_accounts == 1
    assert ben.rows("SELECT key, owner FROM accounts") == [("K-1", "Ben Kurz")]
    assert ben.rows("SELECT writable FROM team_accounts") == [(1,)]
    assert ben.rows(TOUCHES_OF_K1) == [("2026-11-10", "call", 30, "Preise besprochen")]
    # ben writes the same summary today (newer than anna's change of yesterday)
    with ben.store.write() as conn:
        conn.execute("UPDATE touches SET summary = 'Preise mit Ben' WHERE summary = 'Preise besprochen'")
    ben.sync()

    # anna's next sync: K-1 leaves her book; her two changes are left for ben
    report = anna.sync()
    assert report.accounts_gone == 1 and report.changes_left_for_new_owner == 2
    assert anna.rows("SELECT key FROM accounts") == [("K-2",)]

    # ben's next sync merges them: her minutes and her new touch, his newer summary
    report = ben.sync()
    assert report.changes_merged_from_previous_owner == 2
    assert ben.rows(TOUCHES_OF_K1) == [
        ("2026-11-10", "call", 50, "Preise mit Ben"),
        ("2026-12-04", "visit", 120, "Workshop"),
    ]
    # anna's lost summary is in her conflict list at her next sync
    anna.sync()
    assert anna.rows(
        "SELECT account_key, table_name, field, kept_value, winning_value, winner, reason "
        "FROM team_conflicts "
        "WHERE author = 'anna' AND resolved = 0"
    ) == [
        ("K-1", "touches", "summary", "Preise und Rabatt besprochen", "Preise mit Ben", "ben", "newer change")
    ]

    # the director sees the merged account under ben, and the handover
    dora.sync()
    assert dora.rows(TOUCHES_OF_K1) == ben.rows(TOUCHES_OF_K1)
    assert dora.rows("SELECT owner FROM accounts WHERE key = 'K-1'") == [("Ben Kurz",)]
    handovers = "SELECT account_key, from_role, to_role, to_owner, handed_over_by FROM team_handovers"
    assert dora.rows(handovers) == [
        ("K-1", "anna", "ben", "Ben Kurz", "dora")]  # fmt: skip

    # row-level security: ben's own connection reads nothing of anna's K-2 and may not write to it
    with ben.db.connect("ben") as server:
        assert server.execute("SELECT count(*) FROM accounts WHERE key = 'K-2'").fetchone() == (0,)
        with pytest.raises(InsufficientPrivilege, match="row-level security"), server.transaction():
            server.execute("INSERT INTO accounts (key, name, owner_role) VALUES ('K-X', 'Fake', 'anna')")
