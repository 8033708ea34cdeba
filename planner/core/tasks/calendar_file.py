"""The calendar file (iCalendar, RFC 5545) of the planned QBRs and the due tasks, for Outlook, Google and
Apple calendars.

Every item is a VEVENT: Outlook and Google import no VTODO from a file (Google drops them, Outlook's
calendar import skips them), all three import events. A QBR is an event on its day (at its time and for two
hours when a time is stored, else all day); a task is an all-day event on its due day that keeps the day
free (TRANSP:TRANSPARENT). An overdue task is put on today, saying since when it is due: a calendar shows
what is still to do, and a day in the past nobody looks at again. Tasks without a due day have no day to
go on and are left out.

Each item has a UID of its own that stays the same ("qbr-42@account-planner"), and SEQUENCE counts the
minutes since 2020, so a later export of the same item is a newer version of it: importing the file again
updates the events instead of adding them twice (a task done meanwhile is not in the new file; its event
stays in the calendar until deleted there, as no import deletes events).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from planner.core.store.store import Store
from planner.core.tasks import DEFAULT_DAYS
from planner.core.tasks.tasks import Task, open_tasks

DOMAIN = "account-planner"
PRODUCT = "-//Account Planner//Account Planner//EN"
QBR_MINUTES = 120  # a QBR with a time lasts two hours
TEXT_LIMIT = 500  # characters of objectives and agenda in a QBR's description
_EPOCH = datetime(2020, 1, 1, tzinfo=UTC)
_UID_PREFIX = {"touch_next_step": "touch", "opportunity_next_step": "opportunity", "qbr_action": "qbr-action"}
_ORIGINS = {"call": "call", "meeting": "meeting", "email": "e-mail", "visit": "visit", "qbr": "QBR",
            "note": "note"}  # fmt: skip


def english_origin(task: Task) -> str:
    """Where a task comes from, in English: "Next step of the call on 2026-12-01"."""
    if task.kind == "qbr_action":
        return f"Action agreed at the QBR on {task.origin_day}"
    if task.kind == "opportunity_next_step":
        return f"Next step of the opportunity {task.product}".rstrip()
    return f"Next step of the {_ORIGINS.get(task.origin, task.origin)} on {task.origin_day}"


@dataclass(frozen=True)
class Words:
    """The words the file is written in (English; the app passes its language's). %1 is filled in."""

    calendar: str = "Account Planner"
    qbr: str = "QBR: %1"
    objectives: str = "Objectives"
    agenda: str = "Agenda"
    owner: str = "Owner: %1"
    overdue: str = "Overdue since %1"
    origin: Callable[[Task], str] = english_origin
    day: Callable[[str], str] = str  # an ISO day as the reader writes it


@dataclass(frozen=True)
class CalendarFile:
    text: str  # with CRLF line ends, folded at 75 octets
    qbrs: int
    tasks: int

    @property
    def events(self) -> int:
        return self.qbrs + self.tasks


def build_calendar(
    store: Store, *, today: date, owner: str | None = None, days: int = DEFAULT_DAYS,
    now: datetime | None = None, words: Words | None = None,
) -> CalendarFile:  # fmt: skip
    """The planned QBRs from today to `days` ahead and the open tasks due until then (overdue ones on today),
    of `owner` (None: everybody's)."""
    if days < 0:
        raise ValueError(f"days must be 0 or more, not {days}")
    words = words or Words()
    now = (now or datetime.now(UTC)).astimezone(UTC)
    stamp = now.strftime("%Y%m%dT%H%M%SZ")
    sequence = max(0, int((now - _EPOCH).total_seconds() // 60))
    until = today + timedelta(days=days)
    head = [f"UID:{{}}@{DOMAIN}", f"DTSTAMP:{stamp}", f"SEQUENCE:{sequence}"]
    events: list[list[str]] = []
    for qbr_id, account, held_on, objectives, agenda, boss in _planned_qbrs(store, owner, today, until):
        lines = [head[0].format(f"qbr-{qbr_id}"), *head[1:], *_when(held_on),
                 "SUMMARY:" + escape(words.qbr.replace("%1", account))]  # fmt: skip
        about = [f"{words.objectives}: {_short(objectives)}" if objectives else "",
                 f"{words.agenda}: {_short(agenda)}" if agenda else "",
                 words.owner.replace("%1", boss) if boss else ""]  # fmt: skip
        events.append(lines + _description(about))
    qbrs = len(events)
    for task in open_tasks(store, owner=owner, today=today):
        if task.due is None or task.due > until.isoformat():
            continue
        day = max(date.fromisoformat(task.due), today)
        lines = [head[0].format(f"{_UID_PREFIX[task.kind]}-{task.id}"), *head[1:], *_all_day(day),
                 "SUMMARY:" + escape(task.name)]  # fmt: skip
        late = words.overdue.replace("%1", words.day(task.due)) if task.due < today.isoformat() else ""
        owner_line = words.owner.replace("%1", task.owner) if task.owner else ""
        events.append(lines + _description([late, words.origin(task), owner_line]))
    calendar = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODUCT}", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
                "X-WR-CALNAME:" + escape(words.calendar)]  # fmt: skip
    for lines in events:
        calendar += ["BEGIN:VEVENT", *lines, "END:VEVENT"]
    calendar.append("END:VCALENDAR")
    text = "".join(fold(line) + "\r\n" for line in calendar)
    return CalendarFile(text, qbrs, len(events) - qbrs)


def write_calendar(path: Path, calendar: CalendarFile) -> Path:
    """The file in UTF-8 (no byte order mark), written beside and then put in place: a reader never sees half
    of it, and an existing file stays as it was when writing fails."""
    path = Path(path)
    part = path.with_name(path.name + ".part")
    try:
        part.write_bytes(calendar.text.encode("utf-8"))
        os.replace(part, path)
    except OSError as error:  # named by the file asked for, not the one beside it
        raise type(error)(error.errno, error.strerror, str(path)) from error
    finally:
        part.unlink(missing_ok=True)
    return path


def _planned_qbrs(
    store: Store, owner: str | None, today: date, until: date
) -> list[tuple[int, str, str, str, str, str]]:
    """Planned QBRs from today to `until`, by day: of accounts `owner` owns, or where they attend for us."""
    mine = ""
    params: tuple[str, ...] = ()
    if owner is not None:
        mine = (" AND (coalesce(a.owner, '') = ? OR EXISTS (SELECT 1 FROM qbr_attendees p "
                "WHERE p.qbr_id = q.id AND p.side = 'ours' AND p.name = ?))")  # fmt: skip
        params = (owner.strip(), owner.strip())
    rows = store.query(
        "SELECT q.id, a.name, q.held_on, coalesce(q.objectives, ''), coalesce(q.agenda, ''), "
        "coalesce(a.owner, '') FROM qbrs q JOIN accounts a ON a.id = q.account_id WHERE q.status = 'planned' "
        f"AND q.held_on >= ? AND q.held_on < ?{mine} ORDER BY q.held_on, a.name, q.id",
        (today.isoformat(), (until + timedelta(days=1)).isoformat(), *params),
    )
    return [tuple(r) for r in rows]  # type: ignore[misc]


def _when(held_on: str) -> list[str]:
    """A QBR's start and end: at its time for two hours when one is stored, else all day."""
    if len(held_on) > 10:
        try:
            start = datetime.fromisoformat(held_on.replace(" ", "T"))
        except ValueError:
            start = None
        if start is not None and start.tzinfo is None:  # local time, as the user typed it ("floating")
            end = start + timedelta(minutes=QBR_MINUTES)
            return [f"DTSTART:{start:%Y%m%dT%H%M%S}", f"DTEND:{end:%Y%m%dT%H%M%S}", "TRANSP:OPAQUE"]
    return _all_day(date.fromisoformat(held_on[:10]))


def _all_day(day: date) -> list[str]:
    return [f"DTSTART;VALUE=DATE:{day:%Y%m%d}", f"DTEND;VALUE=DATE:{day + timedelta(days=1):%Y%m%d}",
            "TRANSP:TRANSPARENT", "X-MICROSOFT-CDO-ALLDAYEVENT:TRUE"]  # fmt: skip


def _description(parts: list[str]) -> list[str]:
    text = "\n".join(p for p in parts if p)
    return ["DESCRIPTION:" + escape(text)] if text else []


def _short(text: str) -> str:
    text = " ".join(text.split()) if len(text) > TEXT_LIMIT else text.strip()
    return text if len(text) <= TEXT_LIMIT else text[: TEXT_LIMIT - 1].rstrip() + "…"


def escape(text: str) -> str:
    """A TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma escaped, line breaks as \\n, other
    control characters left out."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = "".join(c for c in text if c in "\n\t" or ord(c) >= 32 and ord(c) != 127)
    for plain, escaped in (("\\", "\\\\"), (";", "\\;"), (",", "\\,"), ("\n", "\\n")):
        text = text.replace(plain, escaped)
    return text


def fold(line: str) -> str:
    """A content line folded after at most 75 octets (RFC 5545 3.1), never inside a UTF-8 character: each
    further part starts with a space (CRLF then the space)."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line
    parts, start, room = [], 0, 75
    while start < len(data):
        end = min(start + room, len(data))
        while end < len(data) and data[end] & 0xC0 == 0x80:  # a continuation byte: step back to its start
            end -= 1
        parts.append(data[start:end].decode("utf-8"))
        start, room = end, 74  # the space counts
    return "\r\n ".join(parts)
