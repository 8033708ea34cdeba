"""`planner team ...` and `planner sync`: a book in a team's PostgreSQL database, without a window.

The password of a command comes from the operating system's keyring (kept there by `team connect`), else
from libpq's own PGPASSWORD (or ~/.pgpass), else a prompt. Connection trouble is a message and exit code
2: what a sync had finished stays finished, the next sync goes on from there."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from psycopg import Connection

    from planner.core.store.book import Store

EXIT_REFUSED = 1
EXIT_NO_CONNECTION = 2
ROLES = ("kam", "director", "admin")


class CommandFailed(Exception):
    def __init__(self, message: str, code: int = EXIT_REFUSED) -> None:
        super().__init__(message)
        self.code = code


def add_parser(commands: Any) -> None:
    commands.add_parser("sync", help="sync the book with its team: pull the team's changes, publish yours")
    team = commands.add_parser("team", help="team mode: connect the book to a team's PostgreSQL database")
    actions = team.add_subparsers(dest="team_command", metavar="ACTION", required=True)
    connect = actions.add_parser("connect", help="connect the book to a team database (password: keyring)")
    connect.add_argument("url", metavar="URL", help="postgresql://USER@HOST[:PORT]/DATABASE")
    connect.add_argument("--user", help="your user name in the team (default: the URL's)")
    _password_stdin(connect, "your password")
    actions.add_parser("status", help="server, user, last sync, changes waiting, open conflicts")
    conflicts = actions.add_parser("conflicts", help="your changes another one's newer change overruled")
    conflicts.add_argument("--all", action="store_true", help="also those marked resolved")
    actions.add_parser("disconnect", help="stop syncing; the book keeps its rows; forget the password")
    init = actions.add_parser("init", help="(database owner) create or upgrade the team database")
    init.add_argument("url", metavar="URL", help="the team database as its owner")
    add_user = actions.add_parser("add-user", help="(database owner) a user of the team, or a new password")
    add_user.add_argument("url", metavar="URL", help="the team database as its owner")
    add_user.add_argument(
        "name", metavar="NAME", help="the user's login: lower-case letters, digits, . _ @ -"
    )
    add_user.add_argument("--role", choices=ROLES, action="append", required=True,
                          help="kam, director or admin (repeat for more than one)")  # fmt: skip
    add_user.add_argument("--name", dest="display_name", help='as accounts name the owner ("Anna Berg")')
    _password_stdin(add_user, "the new user's password")
    handover = actions.add_parser(
        "handover", help="(director) give an account to another key-account manager"
    )
    handover.add_argument("account", metavar="ACCOUNT_KEY")
    handover.add_argument("--to", required=True, metavar="USER", help="the new owner's user name")
    for action in actions.choices.values():
        action.add_argument("--db", type=Path, default=argparse.SUPPRESS, help="portfolio file")


def _password_stdin(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument(
        "--password-stdin", action="store_true", help=f"read {what} from the first line of stdin (scripts)"
    )


def run(db: Path, args: argparse.Namespace) -> int:
    import psycopg

    from planner.core.team.handover import HandoverRefused
    from planner.core.team.secrets import TeamPasswordUnavailable
    from planner.core.team.sync import TeamNotReady

    try:
        if args.command == "sync":
            return _with_book(db, _sync)
        command = args.team_command
        if command == "init":
            return _init(args)
        if command == "add-user":
            return _add_user(args)
        handlers = {"connect": _connect, "status": _status, "conflicts": _conflicts,
                    "disconnect": _disconnect, "handover": _handover}  # fmt: skip
        return _with_book(db, lambda store: handlers[command](store, args))
    except CommandFailed as failed:
        print(f"planner: {failed}", file=sys.stderr)
        return failed.code
    except (TeamNotReady, HandoverRefused, TeamPasswordUnavailable, ValueError) as error:
        print(f"planner: {error}", file=sys.stderr)
        return EXIT_REFUSED
    except psycopg.Error as error:
        print(f"planner: {no_connection(error)}", file=sys.stderr)
        return EXIT_NO_CONNECTION


def no_connection(error: Exception) -> str:
    """The server's or libpq's words, and that nothing is lost."""
    from planner.core.team.joining import cause

    return (
        f"the team database could not be used: {cause(error)}. "
        "Nothing is lost: sync again when it can be reached"
    )


def _with_book(db: Path, action: Any) -> int:
    from planner.core.store.store import open_portfolio

    store = open_portfolio(db)
    try:
        return int(action(store))
    finally:
        store.close()


def _linked(store: Store) -> Any:
    from planner.core.team import local

    linked = local.link(store)
    if linked is None:
        raise CommandFailed(
            f"{store.path.name} is not connected to a team; connect it with 'planner team connect URL'"
        )
    return linked


def where(url: str, user: str) -> str:
    from planner.core.team.secrets import account_name

    return account_name(url, user)


def open_server(url: str, user: str | None, password: str | None = None) -> Connection:
    """A connection with the kept password (keyring), else libpq's PGPASSWORD or ~/.pgpass, else one asked
    for on the terminal."""
    import psycopg

    from planner.core.team.connection import connect
    from planner.core.team.joining import open_team

    opened = (lambda given: open_team(url, user, given)) if user else (lambda given: connect(url, given))
    try:
        return opened(password)
    except psycopg.OperationalError as error:
        if password is not None or "password" not in str(error) or not sys.stdin.isatty():
            raise
    return opened(getpass.getpass(f"Password for {where(url, user or '')}: "))


def _read_password(args: argparse.Namespace, prompt: str, *, twice: bool = False) -> str:
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        try:
            password = getpass.getpass(prompt)
            if twice and getpass.getpass("Again: ") != password:
                raise CommandFailed("the two passwords differ; nothing was changed")
        except EOFError:  # no terminal and nothing on stdin: a script without --password-stdin
            raise CommandFailed(
                "no password given: type it at the prompt, or pass it on stdin with --password-stdin"
            ) from None
    if not password:
        raise CommandFailed("the password is empty; nothing was changed")
    return password


def _connect(store: Store, args: argparse.Namespace) -> int:
    from psycopg.conninfo import conninfo_to_dict

    from planner.core.team.joining import join

    user = args.user or conninfo_to_dict(args.url).get("user")
    if not user:
        raise CommandFailed("the URL names no user: add --user NAME or write postgresql://NAME@HOST/DATABASE")
    user = str(user)
    password = _read_password(args, f"Password for {where(args.url, user)}: ")
    warning = join(store, args.url, user, password)
    if warning:
        print(f"planner: {warning}", file=sys.stderr)
    print(f"{store.path.name} is connected to {where(args.url, user)}"
          f"{'' if warning else ' (password kept in the keyring)'}; 'planner sync' publishes it")  # fmt: skip
    return 0


def _sync(store: Store) -> int:
    from planner.core.team.sync import sync

    linked = _linked(store)
    with open_server(linked.url, linked.user) as server:
        report = sync(store, server)
    for line in report_lines(report):
        print(line)
    return 0


def report_lines(report: Any) -> list[str]:
    """What a sync did, a line per kind of thing that happened."""

    def per_table(counts: dict[str, int]) -> str:
        return ", ".join(f"{table} {count:,}" for table, count in counts.items() if count) or "nothing"

    lines = [f"synced as {report.user} ({', '.join(report.roles) or 'no team role'})"]
    lines.append(f"pulled: {per_table(report.pulled)}")
    lines.append(f"pushed: {per_table(report.pushed)}")
    accounts = {
        "new accounts": report.new_accounts,
        "accounts gone": report.accounts_gone,
        "handovers": report.handovers_new,
        "deleted here": report.deleted_here,
        "deleted on the server": report.deleted_there,
        "changes left for the new owner": report.changes_left_for_new_owner,
        "changes merged from the previous owner": report.changes_merged_from_previous_owner,
    }
    if any(accounts.values()):
        lines.append(", ".join(f"{what} {count:,}" for what, count in accounts.items() if count))
    if report.conflicts_new:
        lines.append(f"{report.conflicts_new:,} new conflicts: see 'planner team conflicts'")
    lines += [f"refused by the team database: {why}" for why in report.refused]
    lines += [f"not taken (needs a newer Account Planner): {what}" for what in report.skipped]
    return lines


def _status(store: Store, args: argparse.Namespace) -> int:
    from planner.core.team.status import team_status

    status = team_status(store)
    if status is None:
        _linked(store)
        return EXIT_REFUSED
    last = status.last_sync_at.replace("T", " ")[:16] + " UTC" if status.last_sync_at else "never"
    print(f"server:          {where(status.url, status.user)}")
    print(f"user:            {status.user}")
    print(f"last sync:       {last}")
    print(f"pending changes: {status.pending_changes:,}")
    print(f"open conflicts:  {status.open_conflicts:,}")
    print(f"accounts:        {status.accounts:,} ({status.read_only_accounts:,} read-only)")
    return 0


def _conflicts(store: Store, args: argparse.Namespace) -> int:
    from planner.core.team.status import list_conflicts

    linked = _linked(store)
    found = list_conflicts(store, linked.user, include_resolved=args.all)
    if not found:
        print("no open conflicts" if not args.all else "no conflicts")
        return 0
    for c in found:
        state = " (resolved)" if c.resolved else ""
        when = c.found_at[:16].replace("T", " ")
        print(f"#{c.id} {when} {c.account_key} {c.account_name} · {c.table_name} "
              f"{c.record} · {c.field}: yours {c.kept_value!r}, kept {c.winning_value!r} by {c.winner} "
              f"({c.reason}){state}")  # fmt: skip
    return 0


def _disconnect(store: Store, args: argparse.Namespace) -> int:
    from planner.core.team.joining import leave

    linked = _linked(store)
    pending = leave(store)
    note = f"; {pending:,} changes were not published" if pending else ""
    print(f"{store.path.name} is no longer connected to {where(linked.url, linked.user)}{note}")
    return 0


def _handover(store: Store, args: argparse.Namespace) -> int:
    from planner.core.team.handover import hand_over

    linked = _linked(store)
    with open_server(linked.url, linked.user) as server:
        done = hand_over(server, args.account, args.to)
    print(f"{done.account_key} {done.account_name} handed over from {done.from_role} to {done.to_role} "
          f"({done.to_owner}); their book gets it at its next sync")  # fmt: skip
    return 0


def _init(args: argparse.Namespace) -> int:
    from psycopg.conninfo import conninfo_to_dict

    from planner.core.team import roles

    with open_server(args.url, None) as owner:
        applied = roles.create_team(owner)
    name = conninfo_to_dict(args.url).get("dbname", "")
    print(f"team database {name}: " + (f"applied {', '.join(applied)}" if applied else "up to date"))
    return 0


def _add_user(args: argparse.Namespace) -> int:
    from planner.core.team import roles

    password = _read_password(args, f"Password for the new user {args.name}: ", twice=True)
    groups = tuple(dict.fromkeys(args.role))
    with open_server(args.url, None) as owner:
        roles.add_user(owner, args.name, password, groups, args.display_name)
    print(f"team user {args.name} ({', '.join(groups)}) can now connect with 'planner team connect'")
    return 0
