"""The words of team mode: what a sync did, what went wrong, why a conflict arose, when (in local time)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QTimeZone

from planner.ui.widgets.formatting import date_format

if TYPE_CHECKING:
    from planner.core.team.sync import SyncReport

translate = QCoreApplication.translate


def trouble(error: BaseException) -> str:
    """What went wrong, in words, and that nothing is lost."""
    from planner.core.team import joining
    from planner.core.team.sync import TeamNotReady

    if isinstance(error, TeamNotReady):
        text = not_ready(error)
    else:
        text = translate(
            "TeamSync", "The team database could not be reached or refused the sync: %1"
        ).replace("%1", joining.cause(error))
    return (
        text
        + "\n\n"
        + translate("TeamSync", "Nothing is lost: sync again when the team database can be reached.")
    )


def not_ready(error: BaseException) -> str:
    """Why the book cannot sync with that server, in the user's language."""
    code, detail = getattr(error, "code", ""), getattr(error, "detail", "")
    if code == "not_team":
        return translate(
            "TeamSync",
            "This server holds no team database of this version. Ask your team admin to run "
            "'planner team init' on it.",
        )
    if code == "not_connected":
        return translate("TeamSync", "%1 is not connected to a team: File > Team… connects it.").replace(
            "%1", detail
        )
    if code == "other_team":
        return translate("TeamSync", "This book is connected to %1. Disconnect it first.").replace(
            "%1", detail
        )
    return str(error)


def no_keyring() -> str:
    """The password could not be kept (no keyring on this computer): what happens, what to do."""
    return translate(
        "TeamSync",
        "This computer has no keyring to keep the password, so each sync will ask for it. To keep it, "
        "install a keyring (on Linux: GNOME Keyring or KWallet) and connect again.",
    )


def summary(report: SyncReport, open_conflicts: int) -> str:
    """ "Synced with the team: 12 received, 3 sent · 1 new account · Open conflicts: 1"."""
    text = translate("TeamSync", "Synced with the team: %1 received, %2 sent")
    text = text.replace("%1", str(sum(report.pulled.values()))).replace(
        "%2", str(sum(report.pushed.values()))
    )
    parts = [text]
    if report.new_accounts:
        parts.append(translate("TeamSync", "new accounts: %1").replace("%1", str(report.new_accounts)))
    if report.accounts_gone:
        parts.append(
            translate("TeamSync", "accounts handed over: %1").replace("%1", str(report.accounts_gone))
        )
    if report.refused:
        parts.append(translate("TeamSync", "refused: %1").replace("%1", str(len(report.refused))))
    if open_conflicts:
        parts.append(translate("TeamSync", "Open conflicts: %1").replace("%1", str(open_conflicts)))
    return " · ".join(parts)


def reason_text(reason: str) -> str:
    return {
        "newer change": translate("Conflicts", "a newer change won"),
        "deleted": translate("Conflicts", "the record was deleted"),
        "published before": translate("Conflicts", "published before yours"),
        "no longer yours": translate("Conflicts", "the account was handed over"),
    }.get(reason, reason)


def local_time(utc: str) -> str:
    """ "2026-12-08T09:15:00.000Z" in the user's time zone and date format."""
    try:
        moment = datetime.fromisoformat(utc.replace("Z", "+00:00"))
    except ValueError:
        return utc
    when = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.utc()).toLocalTime()
    return QLocale().toString(when, f"{date_format()} HH:mm")  # the one date style, four-digit years
