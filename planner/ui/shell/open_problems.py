"""What the user sees when a portfolio file cannot be opened, and the ways out it offers."""

from __future__ import annotations

import enum
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from planner.core.store.store import PortfolioFileError, Problem, Store, open_portfolio
from planner.ui.widgets import file_dialogs

translate = QCoreApplication.translate


class Choice(enum.Enum):
    OTHER = "other"  # choose another file
    NEW = "new"  # create a new portfolio at a path that does not exist yet
    QUIT = "quit"


def problem_text(error: PortfolioFileError) -> str:
    path = str(error.path)
    texts = {
        Problem.MISSING: translate("OpenProblems", "There is no portfolio file at\n{path}"),
        Problem.FOLDER: translate("OpenProblems", "{path}\nis a folder, not a portfolio file."),
        Problem.UNREADABLE: translate(
            "OpenProblems", "{path}\ncannot be read: you have no permission to open it."
        ),
        Problem.NOT_SQLITE: translate(
            "OpenProblems",
            "{path}\nis not a portfolio: the file is damaged or of another kind. It was not changed.",
        ),
        Problem.NOT_PORTFOLIO: translate(
            "OpenProblems", "{path}\nis a database of another program, not a portfolio. It was not changed."
        ),
        Problem.NEWER_SCHEMA: translate(
            "OpenProblems",
            "{path}\nwas saved by a newer version of Account Planner. Update the app to open it. "
            "The file was not changed.",
        ),
        Problem.READ_ONLY_OUTDATED: translate(
            "OpenProblems",
            "{path}\nis read-only and was saved by an older version; it must be upgraded before it "
            "can be opened. Copy it to a folder where you may write.",
        ),
        Problem.READ_ONLY: translate("OpenProblems", "{path}\nis read-only: changes cannot be saved."),
        Problem.FOLDER_READ_ONLY: translate(
            "OpenProblems",
            "{path}\ncannot be read: it was left open by a program that ended, and its folder is read-only, "
            "so its journal cannot be read back. Copy the file and its -wal file into a folder of yours.",
        ),
        Problem.DISK_FULL: translate(
            "OpenProblems",
            "There is not enough free space on the disk for\n{path}\nNothing unfinished was saved. Free "
            "some space and try again.",
        ),
        Problem.DISK_ERROR: translate(
            "OpenProblems",
            "{path}\ncould not be written or read: the disk is full, was removed or failed. Nothing "
            "unfinished was saved. Free some space or check the disk, then try again.",
        ),
    }
    if error.problem not in texts:  # damaged, in use, no backup: worded where backups are
        from planner.ui.shell import backup_dialog

        return backup_dialog.problem_text(error) or str(error)
    return texts[error.problem].format(path=path)


def ask_user(error: PortfolioFileError, parent: QWidget | None = None) -> Choice:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("OpenProblems", "Cannot open the portfolio"))
    box.setText(problem_text(error))
    box.setInformativeText(translate("OpenProblems", "Open another portfolio, or start a new one?"))
    other = box.addButton(translate("OpenProblems", "Open another…"), QMessageBox.ButtonRole.AcceptRole)
    new = box.addButton(translate("OpenProblems", "New portfolio…"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(translate("OpenProblems", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(other)
    box.exec()
    clicked = box.clickedButton()
    if clicked is other:
        return Choice.OTHER
    if clicked is new:
        return Choice.NEW
    return Choice.QUIT


def pick_other(parent: QWidget | None = None) -> Path | None:
    return file_dialogs.open_file(
        parent,
        "portfolio",
        translate("OpenProblems", "Open portfolio"),
        translate("OpenProblems", "Portfolios (*.sqlite *.db);;All files (*)"),
    )


def pick_new(parent: QWidget | None = None) -> Path | None:
    return file_dialogs.save_file(
        parent,
        "portfolio",
        translate("OpenProblems", "New portfolio"),
        "portfolio.sqlite",
        translate("OpenProblems", "Portfolios (*.sqlite)"),
    )


def open_with_recovery(
    path: Path,
    *,
    ask: Callable[[PortfolioFileError], Choice] = ask_user,
    pick_other: Callable[[], Path | None] = pick_other,
    pick_new: Callable[[], Path | None] = pick_new,
    offer_backup: Callable[[Path], bool] | None = None,
) -> Store | None:
    """Open `path`; on a problem ask the user for a way out until a portfolio opens or they quit.

    A file with a problem is never written to: a new portfolio only ever goes to a path that is free. A
    damaged file is offered its newest good backup first.
    """
    if offer_backup is None:
        from planner.ui.shell.backup_dialog import offer_newest_backup

        offer_backup = offer_newest_backup
    while True:
        try:
            return open_portfolio(path, access="write", daily_backup=True)
        except PortfolioFileError as error:
            if error.problem in (Problem.DAMAGED, Problem.NOT_SQLITE) and offer_backup(error.path):
                continue  # the newest good backup is back in its place
            choice = ask(error)
        if choice is Choice.QUIT:
            return None
        chosen = pick_other() if choice is Choice.OTHER else pick_new()
        if chosen is None:
            continue
        if choice is Choice.NEW:
            if chosen.exists():
                chosen = _free_name(chosen)
            return open_portfolio(chosen, create=True)
        path = chosen


def _free_name(path: Path) -> Path:
    for n in range(2, 1000):
        candidate = path.with_name(f"{path.stem} ({n}){path.suffix}")
        if not candidate.exists():
            return candidate
    raise FileExistsError(path)
