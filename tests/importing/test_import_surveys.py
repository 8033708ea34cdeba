"""Importing survey answers: German, HubSpot and Salesforce files, answered yes or no; an unanswered survey is
no answer for the rule "answers surveys often" (bad rows, twice and undo: test_import_activity.py)."""

from __future__ import annotations

import pytest

from planner.core.moments.detection import detect
from tests.conftest import TODAY
from tests.importing_support import import_file, small_book, write_csv

GERMAN = [
    ["E-Mail", "Datum", "Umfrage", "Beantwortet"],
    ["eva.mueller@mueller.de", "02.03.2026", "Kundenzufriedenheit Frühjahr", "ja"],
    ["eva.mueller@mueller.de", "15.06.2026", "Produktfeedback Connect", "nein"],
    ["Eva Müller", "01.10.2026", "Beta-Programm", ""],
]


def _answers(store) -> list[tuple]:
    return store.query("SELECT contact_id, answered_on, survey, answered FROM survey_responses ORDER BY id")


def test_a_german_file_of_survey_answers(store, tmp_path):
    small_book(store)
    plan, record = import_file(store, write_csv(tmp_path / "Umfragen.csv", GERMAN))
    assert (plan.kind.name, record.created, record.rejected) == ("surveys", 3, 0)
    # the contact by e-mail or name; a blank "answered" is an answer (as every row stored before)
    assert _answers(store) == [
        (1, "2026-03-02", "Kundenzufriedenheit Frühjahr", 1),
        (1, "2026-06-15", "Produktfeedback Connect", 0),
        (1, "2026-10-01", "Beta-Programm", 1),
    ]


@pytest.mark.parametrize(
    "rows",
    [
        [["Email", "Survey Name", "Response Date", "Responded"],  # HubSpot feedback surveys
         ["eva.mueller@mueller.de", "Onboarding", "2026-09-30", "Yes"],
         ["eva.mueller@mueller.de", "Roadmap", "2026-10-30", "No"]],
        [["Contact Email", "Survey Name", "Completion Date", "Status"],  # Salesforce Feedback Management
         ["eva.mueller@mueller.de", "Onboarding", "2026-09-30", "Completed"],
         ["eva.mueller@mueller.de", "Roadmap", "2026-10-30", "Not Started"]],
    ],
)  # fmt: skip
def test_hubspot_and_salesforce_exports_of_survey_answers(store, tmp_path, rows):
    small_book(store)
    plan, _ = import_file(store, write_csv(tmp_path / "surveys.csv", rows, delimiter=","))
    assert plan.kind.name == "surveys"
    assert _answers(store) == [(1, "2026-09-30", "Onboarding", 1), (1, "2026-10-30", "Roadmap", 0)]


def test_a_later_file_updates_the_answer_of_the_same_contact_survey_and_day(store, tmp_path):
    small_book(store)
    import_file(store, write_csv(tmp_path / "Umfragen.csv", GERMAN))
    later, _ = import_file(store, write_csv(tmp_path / "Umfragen 2.csv", [GERMAN[0], [*GERMAN[2][:3], "ja"]]))
    assert (later.created, later.updated) == (0, 1)
    assert _answers(store)[1] == (1, "2026-06-15", "Produktfeedback Connect", 1)  # answered after all


def _often(store, tmp_path, answered: str) -> set[int]:
    """Eva (Müller) answers three surveys, the two contacts of the Schmidts none: the accounts that answer
    surveys often."""
    import_file(store, write_csv(tmp_path / "Kontakte.csv", [
        ["Kunde", "Name", "E-Mail"], ["ACC-00002", "Jan Schmidt", "jan@schmidt.de"],
        ["ACC-00003", "Ida Schmidt", "ida@schmidt.at"]]))  # fmt: skip
    rows = [GERMAN[0], *([r[0], r[1], r[2], answered] for r in GERMAN[1:])]
    import_file(store, write_csv(tmp_path / "Umfragen.csv", rows))
    return {m.account_id for m in detect(store, TODAY).moments if m.rule == "high_survey"}


def test_only_answered_surveys_count_as_answers(store, tmp_path):
    small_book(store)
    # answered: 3 answers of 3 contacts, 1 on average; Müller's 3 per contact are at least twice that
    assert _often(store, tmp_path, "ja") == {1}


def test_surveys_left_unanswered_are_no_answers(store, tmp_path):
    small_book(store)
    assert _often(store, tmp_path, "nein") == set()
