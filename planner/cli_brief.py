"""`planner brief`: the printed briefing of an account's next QBR as a PDF, without a window."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

EXIT_NOT_FOUND = 1


def add_parser(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    from datetime import date

    brief = commands.add_parser("brief", help="the QBR briefing of an account as a PDF (offscreen)")
    brief.add_argument("account", metavar="ACCOUNT", help="the account's key or name")
    brief.add_argument("--out", type=Path, required=True, help="the PDF file to write")
    brief.add_argument("--paper", choices=("a4", "letter"), default="a4", help="paper size (default a4)")
    brief.add_argument("--today", type=date.fromisoformat, help="the day to brief on (ISO; default today)")


def run(db: Path, args: argparse.Namespace) -> int:
    """Write the briefing for the account's next planned QBR (or, without one, for a meeting today)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from planner.core.qbr.briefing import build_briefing, find_account
    from planner.core.store.store import open_portfolio
    from planner.ui.qbr.briefing_document import write_pdf
    from planner.ui.shell.app import application

    application(args.lang)
    store = open_portfolio(db, access="read")
    try:
        account_id = find_account(store, args.account)
        if account_id is None:
            print(f"planner: no single account has the key or name {args.account!r}", file=sys.stderr)
            return EXIT_NOT_FOUND
        briefing = build_briefing(store, account_id=account_id, today=args.today)
        out = Path(args.out)
        out.parent.mkdir(parents=True, exist_ok=True)
        pages = write_pdf(briefing, out, args.paper)
    finally:
        store.close()
    qbr = f"QBR on {briefing.qbr.held_on}" if briefing.qbr.id is not None else "no QBR planned"
    print(f"{out}: briefing for {briefing.account.name} ({qbr}), {pages} pages")
    return 0
