"""The `planner` command: the app without arguments, headless subcommands with them."""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
from datetime import date
from pathlib import Path
from typing import Any

EXIT_BAD_FILE = 2
EXIT_INTERRUPTED = 130
KIND_NAMES = ("accounts", "products", "holdings", "usage", "revenue", "contacts", "nps", "touches", "signals",
              "surveys", "opportunities")  # fmt: skip


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="planner", description="Account Planner: key-account planning for existing customers."
    )
    parser.add_argument("--db", type=Path, help="portfolio file (default: in your user data folder)")
    parser.add_argument("--lang", choices=("de", "en"), help="language of the app (default: the system's)")
    parser.add_argument(
        "--theme", choices=("light", "dark"), help="light or dark colours (default: the system's)"
    )
    parser.add_argument("--quit-after-paint", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(
        "--selftest",
        action="store_true",
        help="run the app once headless on a demo portfolio in a temporary folder; exit 0 when all works",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help="fill a new portfolio with the demo book")
    demo.add_argument("--accounts", type=int, default=300, help="number of accounts (default 300)")
    demo.add_argument("--seed", type=int, default=7, help="random seed; the same seed gives the same book")
    demo.add_argument("--today", type=date.fromisoformat, help="date the book is built around (ISO)")
    demo.add_argument("--if-empty", action="store_true", help="do nothing when the portfolio has data")

    info = commands.add_parser("info", help="counts per table")
    info.add_argument("--json", action="store_true", help="print JSON")

    load = commands.add_parser("import", help="import CSV, TXT or XLSX files (one transaction per file)")
    load.add_argument("files", type=Path, nargs="+", metavar="FILE")
    load.add_argument("--dry-run", action="store_true", help="show what would change, write nothing")
    load.add_argument("--kind", choices=sorted(KIND_NAMES), help="what the files hold (default: recognised)")
    load.add_argument(
        "--skip-rejected", action="store_true", help="import the good rows, leave rejected ones"
    )
    load.add_argument("--encoding", help="of text files: utf-8, cp1252, utf-16 ... (default: detected)")
    load.add_argument("--delimiter", choices=(";", ",", "tab", "|"), help="of text files (default: detected)")
    load.add_argument("--decimal", choices=(",", "."), help="decimal mark of numbers (default: detected)")
    undo = commands.add_parser("undo-import", help="undo an import: previous values back, created rows gone")
    undo.add_argument("id", type=int, metavar="ID")
    imports = commands.add_parser("imports", help="the import history, newest first")
    imports.add_argument("--json", action="store_true", help="print JSON")

    export = commands.add_parser("export", help="write a table to CSV or XLSX (the columns import reads)")
    export.add_argument("table", choices=KIND_NAMES, metavar="TABLE", help=", ".join(KIND_NAMES))
    export.add_argument("--out", type=Path, required=True, help="a .csv or .xlsx file")
    export.add_argument(
        "--style",
        choices=("csv", "excel_de"),
        default="csv",
        help="csv: comma, decimal point; excel_de: semicolon, decimal comma (both UTF-8 with BOM)",
    )

    matrix = commands.add_parser("matrix", help="every account's breadth, intensity, quadrant and potential")
    matrix.add_argument("--json", action="store_true", help="print JSON")
    matrix.add_argument("--breadth", type=float, default=50, help="breadth threshold in %% (default 50)")
    matrix.add_argument("--intensity", type=float, default=50, help="intensity threshold in %% (default 50)")

    moments = commands.add_parser("moments", help="the accounts to act on now, why, and what to do")
    moments.add_argument("--json", action="store_true", help="print JSON")
    moments.add_argument("--today", type=date.fromisoformat, help="the day to detect on (ISO; default today)")
    moments.add_argument("--all", action="store_true", help="also the dismissed and snoozed ones")

    cover = commands.add_parser("coverage", help="neglected accounts, touches per tier, time vs value, NDR")
    cover.add_argument("--json", action="store_true", help="print JSON")
    cover.add_argument("--today", type=date.fromisoformat, help="the day to look from (ISO; default today)")

    from planner import cli_brief

    cli_brief.add_parser(commands)

    from planner import cli_growth

    cli_growth.add_parser(commands)

    from planner import cli_calendar

    cli_calendar.add_parser(commands)

    from planner import cli_team

    cli_team.add_parser(commands)

    shot = commands.add_parser("screenshot", help="render every workspace to PNG files (offscreen)")
    shot.add_argument("--out", type=Path, required=True, help="folder for the PNG files")
    shot.add_argument(
        "--size", type=window_size, default=(1280, 800), help="window size WIDTHxHEIGHT (1280x800)"
    )
    shot.add_argument(
        "--theme", choices=("light", "dark"), default=argparse.SUPPRESS, help="light or dark colours"
    )
    for command in commands.choices.values():  # the global options may also follow the command
        command.add_argument("--db", type=Path, default=argparse.SUPPRESS, help="portfolio file")
        command.add_argument("--lang", choices=("de", "en"), default=argparse.SUPPRESS, help="language")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from planner.core.store.paths import default_portfolio_path
    from planner.core.store.store import PortfolioFileError

    db = args.db or default_portfolio_path()
    if args.selftest:
        from planner.ui.shell.selftest import run_selftest

        return run_selftest(args.lang)
    if args.command is None:
        from planner.startup_check import check_platform

        if (refused := check_platform()) is not None:  # before PySide6 loads: missing system libraries
            return refused
        from planner.ui.shell.app import run_app

        return run_app(args.db, lang=args.lang, quit_after_paint=args.quit_after_paint, theme=args.theme)
    try:
        if args.command == "demo":
            return _demo(db, args)
        if args.command == "info":
            return _info(db, as_json=args.json)
        if args.command == "matrix":
            return _matrix(db, args)
        if args.command == "moments":
            return _moments(db, args)
        if args.command == "coverage":
            return _coverage(db, args)
        if args.command == "export":
            return _export(db, args)
        if args.command in ("import", "undo-import", "imports"):
            from planner import cli_import

            return cli_import.run(db, args)
        if args.command == "brief":
            from planner import cli_brief

            return cli_brief.run(db, args)
        if args.command == "whitespace":
            from planner import cli_growth

            return cli_growth.run(db, args)
        if args.command == "calendar":
            from planner import cli_calendar

            return cli_calendar.run(db, args)
        if args.command in ("team", "sync"):
            from planner import cli_team

            return cli_team.run(db, args)
        if args.command == "screenshot":
            return _screenshot(db, args)
    except PortfolioFileError as error:
        print(f"planner: {error}", file=sys.stderr)
        return EXIT_BAD_FILE
    except (sqlite3.DatabaseError, OSError) as error:  # never a traceback: the cause, and that nothing broke
        print(f"planner: {failure(db, error)}", file=sys.stderr)
        return EXIT_BAD_FILE
    except KeyboardInterrupt:
        print("planner: interrupted; what was not finished was not written", file=sys.stderr)
        return EXIT_INTERRUPTED
    return 0


def failure(db: Path, error: sqlite3.DatabaseError | OSError) -> str:
    """What went wrong, in words, for an error a command did not expect from the file or the disk."""
    if isinstance(error, sqlite3.DatabaseError):
        from planner.core.store.store import unusable

        return str(unusable(error, db))
    where = error.filename or db
    from planner.core.store.file_safety import FULL_DISK

    if error.errno in FULL_DISK:
        return f"there is not enough free disk space to write {where}; nothing was changed"
    if isinstance(error, FileNotFoundError):
        return f"{where} does not exist (or the folder it should be in does not)"
    if isinstance(error, PermissionError):
        return f"you have no permission to write {where}"
    return f"{where}: {error.strerror or error}"


def _demo(db: Path, args: argparse.Namespace) -> int:
    from planner.core.demo import generate
    from planner.core.store.store import open_portfolio

    store = open_portfolio(db, create=True, access="write")
    try:
        if store.scalar("SELECT count(*) FROM accounts"):
            if args.if_empty:
                return 0
            print(
                f"planner: {db} already holds accounts; the demo needs an empty portfolio.", file=sys.stderr
            )
            return EXIT_BAD_FILE

        def progress(done: int, total: int) -> None:
            print(f"\r{done:,} / {total:,} accounts", end="", file=sys.stderr, flush=True)

        summary = generate(store, accounts=args.accounts, seed=args.seed, today=args.today, progress=progress)
        print(file=sys.stderr)
        print(f"demo portfolio written to {db}: {summary.rows.get('accounts', 0):,} accounts")
    finally:
        store.close()
    return 0


def _info(db: Path, *, as_json: bool) -> int:
    from planner.core.store.store import open_portfolio

    store = open_portfolio(db, access="read")
    try:
        counts = store.counts()
        if as_json:
            print(json.dumps({"file": str(db), "name": store.name, "counts": counts}, ensure_ascii=False))
        else:
            print(f"{store.name} ({db})")
            for table, count in counts.items():
                print(f"{table:<20}{count:>12,}")
    finally:
        store.close()
    return 0


def _matrix(db: Path, args: argparse.Namespace) -> int:
    from planner.core.matrix.matrix import matrix_points
    from planner.core.store.store import open_portfolio

    store = open_portfolio(db, access="read")
    try:
        points = matrix_points(store)
    finally:
        store.close()
    thresholds = (args.breadth / 100, args.intensity / 100)
    rows: list[dict[str, Any]] = []  # as written in JSON
    for p in sorted(points, key=lambda p: (-p.potential_cents, p.name)):
        quadrant = p.quadrant(*thresholds)
        rows.append({
            "key": p.key, "name": p.name, "tier": p.tier,
            "breadth": None if p.breadth is None else round(p.breadth, 4),
            "intensity": None if p.intensity is None else round(p.intensity, 4),
            "quadrant": quadrant.value if quadrant else None, "potential": round(p.potential_cents / 100, 2),
            "not_scored": p.reason,
        })  # fmt: skip
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    print(f"{'key':<12}{'name':<40}{'breadth':>8}{'intensity':>10}  {'quadrant':<15}{'potential':>14}")
    for r in rows:
        b = "" if r["breadth"] is None else f"{r['breadth']:.0%}"
        i = "" if r["intensity"] is None else f"{r['intensity']:.0%}"
        where = r["quadrant"] or f"not scored: {r['not_scored']}"
        print(f"{r['key']:<12}{r['name'][:39]:<40}{b:>8}{i:>10}  {where:<15}{r['potential']:>14,.2f}")
    return 0


def _moments(db: Path, args: argparse.Namespace) -> int:
    from planner.core.moments.detection import detect
    from planner.core.store.store import open_portfolio

    store = open_portfolio(db, access="read")
    try:
        found = detect(store, args.today)
    finally:
        store.close()
    listed = [(m, None) for m in found.moments] + (found.hidden if args.all else [])
    rows: list[dict[str, Any]] = [{  # as written in JSON
        "account": m.key, "name": m.account, "owner": m.owner, "tier": m.tier,
        "phase": m.phase, "rule": m.rule, "kind": m.kind, "day": m.day, "subject": m.subject,
        "priority": m.priority, "value": round(m.value_cents / 100, 2), "readiness": m.readiness,
        "held_back_by": m.held_back_by, "evidence": dict(m.evidence),
        **({"decision": d.decision, "until": d.until, "reason": d.reason} if d else {}),
    } for m, d in listed]  # fmt: skip
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1, default=str))
        return 0
    print(f"{'prio':>4}  {'rule':<22}{'kind':<11}{'account':<12}{'name':<36}{'value':>14}  held back by")
    for r in rows:
        print(f"{r['priority']:>4}  {r['rule']:<22}{r['kind']:<11}{r['account']:<12}{r['name'][:35]:<36}"
              f"{r['value']:>14,.2f}  {r['held_back_by'] or ''}")  # fmt: skip
    hidden = len(found.hidden)
    print(f"{len(found.moments):,} moments, {hidden:,} dismissed, snoozed or already opportunities")
    return 0


def _coverage(db: Path, args: argparse.Namespace) -> int:
    from planner.core.coverage.coverage import coverage
    from planner.core.store.store import open_portfolio

    store = open_portfolio(db, access="read")
    try:
        found = coverage(store, args.today)
    finally:
        store.close()
    if args.json:
        print(json.dumps(found.as_json(), ensure_ascii=False, indent=1))
        return 0
    print(
        f"{'tier':<6}{'accounts':>10}{'30 days':>10}{'90 days':>10}{'time':>8}{'revenue':>9}{'potential':>11}"
    )
    for tiers, time in zip(found.tiers, found.time_by_tier, strict=True):
        shares = "".join(f"{(tiers.share(d) or 0):>10.0%}" for d in (30, 90))
        print(f"{tiers.tier:<6}{tiers.accounts:>10,}{shares}{time.time_share:>8.0%}{time.revenue_share:>9.0%}"
              f"{time.potential_share:>11.0%}")  # fmt: skip
    print(_ndr_line(found))
    print(f"{len(found.neglected):,} accounts past their cadence, {len(found.due_steps):,} next steps due, "
          f"{len(found.single_threaded):,} single-threaded")  # fmt: skip
    return 0


def _ndr_line(found: Any) -> str:
    """ "net dollar retention Q3 2026: 104.0 % trailing twelve months (against Q3 2025), 99.0 % quarter over
    quarter", or which revenue the trailing figure needs."""

    def label(quarter: str) -> str:
        return f"Q{quarter[-1]} {quarter[:4]}"

    def share(ndr: float | None) -> str:
        return "–" if ndr is None else f"{ndr:.1%}"

    quarterly = [r for r in found.retention if r.tier == ""][-1:]
    if not quarterly and not found.annual_needs:
        return "net dollar retention: needs revenue of two quarters"
    if found.annual_needs:
        latest = (
            f"; {label(quarterly[0].quarter)}: {share(quarterly[0].ndr)} quarter over quarter"
            if quarterly
            else ""
        )
        needs = label(found.annual_needs[0])
        return f"net dollar retention trailing twelve months: needs revenue for {needs}{latest}"
    r = [r for r in found.annual if r.tier == ""][-1]
    latest = f", {share(quarterly[0].ndr)} quarter over quarter" if quarterly else ""
    return (
        f"net dollar retention {label(r.quarter)}: {share(r.ndr)} trailing twelve months "
        f"(against {label(r.since)}){latest}"
    )


def _export(db: Path, args: argparse.Namespace) -> int:
    from planner.core.importing.export_back import export_table
    from planner.core.store.store import open_portfolio

    store = open_portfolio(db, access="read")
    try:
        count = export_table(store, args.table, args.out, args.style)
    finally:
        store.close()
    print(f"{count:,} {args.table} rows written to {args.out}")
    return 0


def window_size(text: str) -> tuple[int, int]:
    """ "1366x768" as (1366, 768)."""
    width, _, height = text.lower().partition("x")
    if not (width.isdigit() and height.isdigit()) or int(width) < 320 or int(height) < 240:
        raise argparse.ArgumentTypeError(f"{text!r} is not a window size like 1366x768")
    return int(width), int(height)


def _screenshot(db: Path, args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from planner.core.store.store import open_portfolio
    from planner.ui.shell.screenshot import render_workspaces

    store = open_portfolio(db)
    try:
        for path in render_workspaces(store, args.out, lang=args.lang, theme=args.theme, size=args.size):
            print(path)
    finally:
        store.close()
    return 0
