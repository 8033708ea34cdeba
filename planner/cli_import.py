"""`planner import`, `planner undo-import` and `planner imports`: the importer without a window."""

from __future__ import annotations

import argparse
import codecs
import json
import sys
from dataclasses import asdict, replace
from pathlib import Path
from typing import Any

from planner.core.importing import (
    KINDS,
    ImportFileError,
    ImportRefused,
    Plan,
    Rejection,
    history,
    plan_import,
    recognise,
    refuse_portfolio,
    sniff,
    undo_import,
    write_import,
)
from planner.core.store.store import Store, open_portfolio

EXIT_REJECTED = 1
EXIT_USAGE = 2  # as argparse
SHOWN_REJECTIONS = 20
REASONS = {
    "required": "is empty but required",
    "number": "is not a number",
    "negative": "must not be below zero",
    "too_large": "is too large",
    "whole_number": "must be a whole number",
    "date": "is not a date",
    "month": "is not a month",
    "quarter": "is not a quarter",
    "choice": "is not one of the allowed values",
    "email": "is not an e-mail address",
    "unknown_accounts": "names no account in the portfolio",
    "unknown_products": "names no product in the portfolio",
    "unknown_contacts": "names no contact in the portfolio",
    "ambiguous": "names more than one record",
    "read_only": "an account of another key-account manager of your team: read-only here",
    "conflict": "the same record appears again with different values (row {detail})",
}
UNUSED = {  # why a column of the file is not imported
    "empty": "empty",
    "duplicate": "the same field as column {detail}",
    "unassigned": "not assigned to a field (it could be {detail})",
    "no_field": "matches no field of {kind}",
}


def run(db: Path, args: argparse.Namespace) -> int:
    if args.command == "import":
        try:
            args.layout = layout_options(args)
        except ValueError as error:
            print(f"planner import: {error}", file=sys.stderr)
            return EXIT_USAGE
    store = open_portfolio(db, create=args.command == "import")
    try:
        if args.command == "import":
            results = [_import(store, path, args) for path in args.files]
            return EXIT_REJECTED if not all(results) else 0
        if args.command == "undo-import":
            try:
                record = undo_import(store, args.id)
            except ImportRefused as error:
                print(f"planner: {error}", file=sys.stderr)
                return EXIT_REJECTED
            print(f"undid import #{record.id} of {Path(record.file).name}: {record.summary()}")
            return 0
        records = history(store)
        if args.json:
            print(json.dumps([asdict(r) for r in records], ensure_ascii=False, indent=1))
        for r in records if not args.json else ():
            undone = " (undone)" if r.undone else ""
            print(f"#{r.id}  {r.imported_at}  {r.kind:<9} {Path(r.file).name}: {r.summary()}{undone}")
        return 0
    finally:
        store.close()


def layout_options(args: argparse.Namespace) -> dict[str, str]:
    """The layout the user gives (--encoding, --delimiter, --decimal); ValueError for an unknown encoding."""
    options = {}
    if args.encoding:
        try:
            info = codecs.lookup(args.encoding)
        except LookupError:
            info = None
        if info is None or not getattr(info, "_is_text_encoding", True):
            known = "utf-8, cp1252, utf-16 ..."
            raise ValueError(f"--encoding {args.encoding!r} is not a text encoding ({known})")
        options["encoding"] = "utf-8-sig" if info.name == "utf-8" else info.name  # with or without a BOM
    if args.delimiter:
        options["delimiter"] = "\t" if args.delimiter == "tab" else args.delimiter
    if args.decimal:
        options["decimal"] = args.decimal
    return options


def _import(store: Store, path: Path, args: argparse.Namespace) -> bool:
    """Import one file; print its summary line and problems. True when nothing was rejected."""
    try:
        plan = _plan(store, path, args.kind, args.layout)
        _print_rejections(plan)
        if args.dry_run:
            print(f"{path.name}: would be {plan.summary()} (dry run, nothing written)")
            _print_unused(plan)
            return not plan.rejected
        record = write_import(store, plan, skip_rejected=args.skip_rejected)
    except ImportFileError as error:
        print(f"planner: {error}; nothing written", file=sys.stderr)
        return False
    except ImportRefused as error:
        print(f"planner: {path.name}: {error}; nothing written (--skip-rejected imports the rest)",
              file=sys.stderr)  # fmt: skip
        print(f"{path.name}: created 0, updated 0, unchanged 0, rejected {plan.rejected:,} (nothing written)")
        _print_unused(plan)
        return False
    print(f"{path.name}: {record.summary()} (import #{record.id})")
    _print_unused(plan)
    return not plan.rejected


def _plan(store: Store, path: Path, kind_name: str | None, options: dict[str, str]) -> Plan:
    refuse_portfolio(path)  # before anything opens it
    layout = sniff(path) if options else None
    if layout is not None:  # what the user says wins over what was sniffed (a workbook has no text layout)
        # str fields only (encoding, delimiter, decimal): see layout_options
        chosen: dict[str, Any] = {k: v for k, v in options.items() if k == "decimal" or not layout.excel}
        layout = replace(layout, **chosen)
    sheet, kind, mapping = recognise(store, path, layout, kind=kind_name or "")
    if not kind:
        raise ImportFileError(path, "unknown_kind", detail=", ".join(sheet.headers[:6]))
    layout = sheet.layout
    guessed = " (guessed: check the names, or give --encoding)" if layout.guessed else ""
    print(f"{path.name}: {kind}, {layout.encoding}{guessed}, delimiter {layout.delimiter!r}, decimal "
          f"{layout.decimal!r}; columns: " + ", ".join(f"{h} -> {t}" for t, h in mapping.items()),
          file=sys.stderr)  # fmt: skip
    return plan_import(store, sheet, KINDS[kind], mapping)


def _print_rejections(plan: Plan) -> None:
    for rejection in plan.rejections[:SHOWN_REJECTIONS]:
        print(f"{plan.sheet.path.name}: {describe(rejection)}", file=sys.stderr)
    if plan.rejected > SHOWN_REJECTIONS:
        print(
            f"{plan.sheet.path.name}: ... {plan.rejected - SHOWN_REJECTIONS:,} more rejected rows",
            file=sys.stderr,
        )


def _print_unused(plan: Plan) -> None:
    """The summary's second line: "Kunden.csv: not imported: Fax (matches no field of accounts), Notiz
    (empty)"."""
    why = [UNUSED[u.reason].format(detail=u.detail, kind=plan.kind.name) for u in plan.unused]
    if plan.unused:
        columns = ", ".join(f"{u.header} ({reason})" for u, reason in zip(plan.unused, why, strict=True))
        print(f"{plan.sheet.path.name}: not imported: {columns}")


def describe(rejection: Rejection) -> str:
    reason = REASONS.get(rejection.code, rejection.code).format(detail=rejection.detail)
    value = f" {rejection.value!r}" if rejection.value else ""
    column = f", column {rejection.column}" if rejection.column else ""
    return f"row {rejection.row}{column}:{value} {reason}"
