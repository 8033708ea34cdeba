"""Two changes of one record merged field by field (hand-computed): a field one side changed takes that
side's value, a field both changed takes the newer change's, and the older value is kept for its author."""

from __future__ import annotations

from planner.core.team.merge import Lost, Side, merge

BASE = {"id": "t1", "summary": "Preise", "minutes": 30, "next_step": None}


def test_fields_changed_on_one_side_only_are_both_kept() -> None:
    mine = Side({**BASE, "minutes": 45}, "2026-12-07T09:00:00.000Z", "anna")
    theirs = Side({**BASE, "next_step": "Angebot"}, "2026-12-08T10:00:00.000Z", "ben")
    merged, lost = merge(BASE, mine, theirs, skip=("id",))
    assert merged == {"id": "t1", "summary": "Preise", "minutes": 45, "next_step": "Angebot"}
    assert lost == []


def test_a_field_both_changed_takes_the_newer_value_and_keeps_the_older_for_its_author() -> None:
    older = Side({**BASE, "summary": "Preise und Rabatt"}, "2026-12-07T09:00:00.000Z", "anna")
    newer = Side({**BASE, "summary": "Preise mit Ben"}, "2026-12-08T10:00:00.000Z", "ben")
    for mine, theirs in ((older, newer), (newer, older)):  # whichever side is which
        merged, lost = merge(BASE, mine, theirs, skip=("id",))
        assert merged["summary"] == "Preise mit Ben"
        assert lost == [Lost("summary", "Preise und Rabatt", "Preise mit Ben", "anna", "ben")]


def test_the_same_value_on_both_sides_is_no_conflict_and_without_a_base_every_difference_is_one() -> None:
    same = Side({**BASE, "summary": "Neu"}, "2026-12-07T09:00:00.000Z", "anna")
    again = Side({**BASE, "summary": "Neu"}, "2026-12-08T10:00:00.000Z", "anna")
    assert merge(BASE, same, again)[1] == []
    # published twice (no base): the newer record stands, the other's differing values are kept
    merged, lost = merge(
        None, Side({**BASE, "minutes": 60}, "1", "anna"), Side(BASE, "2", "team"), skip=("id",)
    )
    assert merged["minutes"] == 30
    assert lost == [Lost("minutes", 60, 30, "anna", "team")]
