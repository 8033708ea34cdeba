"""The calendar file (.ics) of planned QBRs and due tasks, read back with a real iCalendar parser (the
`icalendar` package), from the core and from `planner calendar` (the book: tests/tasks/tasks_support.py)."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import icalendar
import pytest

from planner.core.portfolio import changes
from planner.core.store.store import Store
from planner.core.tasks.calendar_file import build_calendar, escape, fold
from tests.tasks.tasks_support import OBJECTIVES, TODAY, book

NOW = datetime(2026, 11, 23, 7, 30, tzinfo=UTC)


def events(text: str) -> list[tuple[str, object, str]]:
    """(UID, start, summary) of each event, as a calendar app reads them."""
    calendar = icalendar.Calendar.from_ical(text)
    return [(str(e["UID"]), e["DTSTART"].dt, str(e["SUMMARY"])) for e in calendar.walk("VEVENT")]


@pytest.fixture
def booked(store: Store, tmp_path: Path) -> Store:
    return book(store, tmp_path)


def test_qbrs_and_due_tasks_of_the_next_two_weeks(booked: Store) -> None:
    found = build_calendar(booked, today=TODAY, days=14, now=NOW)
    # until 7 Dec: the QBR of 3 Dec and the five dated tasks; the two overdue ones on today, undated ones not
    assert events(found.text) == [
        ("qbr-1@account-planner", date(2026, 12, 3), "QBR: Müller GmbH"),
        ("touch-2@account-planner", TODAY, "Müller GmbH – Angebot schicken"),
        ("qbr-action-1@account-planner", TODAY, "Müller GmbH – Referenz anfragen"),
        ("touch-4@account-planner", TODAY, "Schmidt AG – Schulung planen"),
        ("opportunity-1@account-planner", date(2026, 11, 25), "Weber, Sohn & Co. KG – Angebot nachfassen"),
        ("qbr-action-2@account-planner", date(2026, 11, 30), "Müller GmbH – Roadmap schicken"),
    ]
    assert (found.qbrs, found.tasks, found.events) == (1, 5, 6)
    calendar = icalendar.Calendar.from_ical(found.text)
    assert str(calendar["VERSION"]) == "2.0" and str(calendar["PRODID"])
    qbr, overdue = list(calendar.walk("VEVENT"))[:2]
    # the QBR's objectives with their ; , \ and line break come back as written
    assert (
        str(qbr["DESCRIPTION"]) == f"Objectives: {OBJECTIVES}\nAgenda: 1. Rückblick\n2. Roadmap\nOwner: Anna"
    )
    assert (
        str(overdue["DESCRIPTION"])
        == "Overdue since 2026-11-20\nNext step of the call on 2026-11-10\nOwner: Anna"
    )
    assert qbr["DTEND"].dt == date(2026, 12, 4)  # all day: the end is the next day
    assert qbr.decoded("DTSTAMP") == NOW
    for event in calendar.walk("VEVENT"):
        assert str(event["TRANSP"]) == "TRANSPARENT"  # an all-day entry keeps the day free


def test_fewer_days_and_one_owner(booked: Store) -> None:
    soon = build_calendar(booked, today=TODAY, days=3, now=NOW)  # until 26 Nov: no QBR, no Roadmap (30 Nov)
    assert [e[2] for e in events(soon.text)] == [
        "Müller GmbH – Angebot schicken", "Müller GmbH – Referenz anfragen", "Schmidt AG – Schulung planen",
        "Weber, Sohn & Co. KG – Angebot nachfassen",
    ]  # fmt: skip
    # Ben's: his two tasks, and the QBR at Anna's Müller GmbH, which he attends for us
    bens = build_calendar(booked, today=TODAY, owner="Ben", days=14, now=NOW)
    assert [e[2] for e in events(bens.text)] == [
        "QBR: Müller GmbH", "Müller GmbH – Referenz anfragen", "Schmidt AG – Schulung planen",
    ]  # fmt: skip
    today_only = build_calendar(booked, today=TODAY, days=0, now=NOW)
    assert {e[1] for e in events(today_only.text)} == {TODAY}
    with pytest.raises(ValueError):
        build_calendar(booked, today=TODAY, days=-1)


def test_the_same_items_keep_their_uid_and_a_later_export_is_newer(booked: Store) -> None:
    first = build_calendar(booked, today=TODAY, days=14, now=NOW)
    later = build_calendar(booked, today=TODAY, days=14, now=NOW.replace(hour=9))
    assert [e[0] for e in events(first.text)] == [e[0] for e in events(later.text)]
    sequence = [int(e["SEQUENCE"]) for e in icalendar.Calendar.from_ical(first.text).walk("VEVENT")]
    newer = [int(e["SEQUENCE"]) for e in icalendar.Calendar.from_ical(later.text).walk("VEVENT")]
    assert all(b - a == 120 for a, b in zip(sequence, newer, strict=True))  # two hours later, in minutes


def test_the_file_is_crlf_folded_at_75_octets_and_utf8(booked: Store, tmp_path: Path) -> None:
    long_name = "Hofmann Präzisionsteile für Maschinenbau und Anlagenbau, Süddeutschland GmbH & Co. KG"
    account = int(booked.scalar("SELECT id FROM accounts WHERE key = 'K-2'"))
    changes.apply(booked, changes.edit(booked, "accounts", account, {"name": long_name}))
    text = build_calendar(booked, today=TODAY, days=14, now=NOW).text
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    lines = text.split("\r\n")[:-1]
    assert max(len(line.encode("utf-8")) for line in lines) <= 75
    assert any(line.startswith(" ") for line in lines)  # the long summary was folded ...
    assert f"{long_name} – Schulung planen" in [e[2] for e in events(text)]  # ... and reads back whole


def test_escaping_and_folding_by_hand() -> None:
    assert escape("a;b,c\\d\ne\r\nf\x07") == "a\\;b\\,c\\\\d\\ne\\nf"
    line = "SUMMARY:" + "ü" * 40  # 8 + 80 octets: 75 on the first line is inside an ü, so 74
    folded = fold(line).split("\r\n")
    assert [len(p.encode()) for p in folded] == [74, 15] and folded[1].startswith(" ")
    assert "".join(p[1:] if i else p for i, p in enumerate(folded)) == line


def test_a_qbr_with_a_time_is_a_two_hour_event(booked: Store) -> None:
    changes.apply(booked, changes.edit(booked, "qbrs", 1, {"held_on": "2026-12-03T14:00"}))
    event = icalendar.Calendar.from_ical(build_calendar(booked, today=TODAY, now=NOW).text).walk("VEVENT")[0]
    assert (event["DTSTART"].dt, event["DTEND"].dt) == (datetime(2026, 12, 3, 14), datetime(2026, 12, 3, 16))
    assert str(event["TRANSP"]) == "OPAQUE"


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "planner", *args], capture_output=True, text=True, timeout=120
    )


def test_the_command_writes_the_calendar(booked: Store, tmp_path: Path) -> None:
    out = tmp_path / "anna.ics"
    db = ["--db", str(booked.path), "calendar", "--today", TODAY.isoformat()]
    done = run_cli(*db, "--out", str(out), "--owner", "Anna", "--days", "14")
    assert done.returncode == 0, done.stderr
    assert f"{out}: 4 events of Anna (1 QBRs, 3 tasks) from 2026-11-23 to 2026-12-07" in done.stdout
    assert events(out.read_bytes().decode("utf-8")) == [
        ("qbr-1@account-planner", date(2026, 12, 3), "QBR: Müller GmbH"),
        ("touch-2@account-planner", TODAY, "Müller GmbH – Angebot schicken"),
        ("opportunity-1@account-planner", date(2026, 11, 25), "Weber, Sohn & Co. KG – Angebot nachfassen"),
        ("qbr-action-2@account-planner", date(2026, 11, 30), "Müller GmbH – Roadmap schicken"),
    ]
    # everybody's, 30 days by default: the same QBR, all five dated tasks
    everybody = run_cli(*db, "--out", str(tmp_path / "all.ics"))
    assert everybody.returncode == 0 and "6 events (1 QBRs, 5 tasks)" in everybody.stdout


def test_the_command_says_what_is_wrong(booked: Store, tmp_path: Path) -> None:
    out = tmp_path / "x.ics"
    db = ["--db", str(booked.path), "calendar", "--out", str(out)]
    nobody = run_cli(*db, "--owner", "Carla")
    assert (
        nobody.returncode == 1 and "nobody called 'Carla'" in nobody.stderr and "Anna, Ben" in nobody.stderr
    )
    negative = run_cli(*db, "--days", "-2")
    assert negative.returncode == 2 and "0 (today only) or more" in negative.stderr
    missing = run_cli("--db", str(booked.path), "calendar", "--out", str(tmp_path / "no" / "such" / "x.ics"))
    assert (
        missing.returncode == 2 and "does not exist" in missing.stderr and "Traceback" not in missing.stderr
    )
    assert not out.exists()
