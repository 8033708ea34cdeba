"""`planner calendar`: the planned QBRs and the due tasks as an iCalendar file (.ics), without a window."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

EXIT_NOT_FOUND = 1


def _days(text: str) -> int:
    try:
        days = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of days: {text!r}") from None
    if days < 0:
        raise argparse.ArgumentTypeError(f"the number of days is 0 (today only) or more, not {days}")
    return days


def add_parser(commands: Any) -> None:
    from planner.core.tasks import DEFAULT_DAYS

    calendar = commands.add_parser(
        "calendar", help="planned QBRs and due next steps and QBR actions as a calendar file (.ics)"
    )
    calendar.add_argument("--out", type=Path, required=True, help="the .ics file to write")
    calendar.add_argument("--owner", help="only this owner's (as the owner column writes the name)")
    calendar.add_argument(
        "--days", type=_days, default=DEFAULT_DAYS,
        help=f"from today this many days ahead (default {DEFAULT_DAYS}); overdue tasks go on today",
    )  # fmt: skip
    calendar.add_argument("--today", type=date.fromisoformat, help="the day to start on (ISO; default today)")


def run(db: Path, args: argparse.Namespace) -> int:
    from planner.core.store.store import open_portfolio
    from planner.core.tasks.calendar_file import build_calendar, write_calendar
    from planner.core.tasks.tasks import owns_anything, task_owners

    today = args.today or date.today()
    store = open_portfolio(db, access="read")
    try:
        owner = args.owner.strip() if args.owner is not None else None
        if owner is not None and not owns_anything(store, owner):
            known = ", ".join(task_owners(store)) or "none"
            print(f"planner: nobody called {owner!r} owns an account, opportunity or QBR action in {db} "
                  f"(owners: {known}); no file written", file=sys.stderr)  # fmt: skip
            return EXIT_NOT_FOUND
        calendar = build_calendar(store, today=today, owner=owner, days=args.days)
    finally:
        store.close()
    out = write_calendar(args.out, calendar)
    whose = f" of {owner}" if owner else ""
    until = date.fromordinal(today.toordinal() + args.days)
    print(f"{out}: {calendar.events:,} events{whose} ({calendar.qbrs:,} QBRs, {calendar.tasks:,} tasks) "
          f"from {today.isoformat()} to {until.isoformat()}")  # fmt: skip
    return 0
