"""Bad portfolio files in the app: a clear message and a way out, never a traceback, never an overwrite."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from planner.core.store.store import PortfolioFileError, Problem, open_portfolio
from planner.ui.shell.open_problems import Choice, ask_user, open_with_recovery


def corrupt(tmp_path: Path) -> tuple[Path, bytes]:
    path = tmp_path / "kaputt.sqlite"
    content = b"Name;Umsatz\nM\xfcller;1.234,50\n" * 10
    path.write_bytes(content)
    return path, content


def test_corrupt_file_then_new_portfolio_beside_it(tmp_path: Path) -> None:
    path, content = corrupt(tmp_path)
    asked: list[PortfolioFileError] = []

    def ask(error: PortfolioFileError) -> Choice:
        asked.append(error)
        return Choice.NEW

    store = open_with_recovery(path, ask=ask, pick_other=lambda: None, pick_new=lambda: path)
    assert store is not None
    assert asked[0].problem is Problem.NOT_SQLITE
    assert store.path == tmp_path / "kaputt (2).sqlite"  # the chosen name was taken: never overwrite
    assert path.read_bytes() == content
    store.close()


def test_missing_file_then_open_another(tmp_path: Path) -> None:
    good = tmp_path / "good.sqlite"
    open_portfolio(good, create=True).close()
    store = open_with_recovery(
        tmp_path / "gone.sqlite", ask=lambda e: Choice.OTHER, pick_other=lambda: good, pick_new=lambda: None
    )
    assert store is not None and store.path == good
    store.close()
    assert not (tmp_path / "gone.sqlite").exists()


def test_quit_opens_nothing(tmp_path: Path) -> None:
    path, content = corrupt(tmp_path)
    assert open_with_recovery(path, ask=lambda e: Choice.QUIT) is None
    assert path.read_bytes() == content


def test_cancelled_file_dialog_asks_again(tmp_path: Path) -> None:
    path, _ = corrupt(tmp_path)
    answers = iter([Choice.OTHER, Choice.QUIT])
    assert open_with_recovery(path, ask=lambda e: next(answers), pick_other=lambda: None) is None


def test_dialog_names_the_file_and_offers_the_ways_out(qtbot, tmp_path: Path) -> None:
    path, _ = corrupt(tmp_path)
    try:
        open_portfolio(path)
    except PortfolioFileError as error:
        problem = error
    seen: dict[str, object] = {}

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen["text"] = box.text()
        seen["buttons"] = [b.text() for b in box.buttons()]
        quit_button = next(b for b in box.buttons() if b.text() == "Quit")
        quit_button.click()

    QTimer.singleShot(0, answer)
    assert ask_user(problem) is Choice.QUIT
    assert str(path) in str(seen["text"]) and "damaged" in str(seen["text"])
    assert set(seen["buttons"]) == {"Open another…", "New portfolio…", "Quit"}
