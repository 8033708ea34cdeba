"""Every setting of the app, declared once (key, type, default, label), read and written over QSettings.

As Picard's `options.py` does: a setting is an `Option` declared here and nowhere else; the settings dialog
shows the options that have a label, the others (window geometry, list columns, recent files) are kept
for the user without being shown. A stored value of the wrong type or outside the choices reads as the
default, so a settings file from another version never breaks the start.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings

T = TypeVar("T")
translate = QCoreApplication.translate
MAX_RECENT = 8


@dataclass(frozen=True)
class Option(Generic[T]):
    """One setting. `label` and `choices` are called when shown, so they follow the language."""

    key: str
    type: type
    default: T
    label: Callable[[], str] | None = None  # None: kept, not shown in the settings dialog
    choices: Callable[[], Sequence[tuple[T, str]]] | None = None  # (value, what the user sees)
    hint: Callable[[], str] | None = None

    def convert(self, raw: Any) -> T:
        """The stored `raw` value as this option's type; the default when it cannot be."""
        value = _convert(self.type, raw, self.default)
        if self.choices is not None and value not in {v for v, _ in self.choices()}:
            return self.default
        return value  # type: ignore[no-any-return]


def _convert(kind: type, raw: Any, default: Any) -> Any:
    if raw is None:
        return default
    if kind is bool:
        if isinstance(raw, bool):
            return raw
        text = str(raw).strip().lower()
        return True if text in ("true", "1") else False if text in ("false", "0") else default
    if kind is int:
        try:
            return int(raw)
        except (TypeError, ValueError):
            return default
    if kind is str:
        return raw if isinstance(raw, str) else default
    if kind is list:
        items = [raw] if isinstance(raw, str) else raw if isinstance(raw, list) else None
        return [str(item) for item in items] if items is not None else default
    if kind is QByteArray:
        return raw if isinstance(raw, QByteArray) else default
    raise TypeError(f"no conversion for settings of type {kind.__name__}")


# --- the options -------------------------------------------------------------------------------------------
LANGUAGE: Option[str] = Option(
    "general/language",
    str,
    "",
    label=lambda: translate("Settings", "Language"),
    choices=lambda: (("", translate("Settings", "As the system")), ("de", "Deutsch"), ("en", "English")),
    hint=lambda: translate("Settings", "Applies at once; the window is built again."),
)
PAPER: Option[str] = Option(
    "print/paper",
    str,
    "",
    label=lambda: translate("Settings", "Paper for briefings"),
    choices=lambda: (
        ("", translate("Settings", "As the country of the language")),
        ("a4", translate("Settings", "A4")),
        ("letter", translate("Settings", "Letter")),
    ),
)
OPEN_LAST: Option[bool] = Option(
    "general/open_last",
    bool,
    True,
    label=lambda: translate("Settings", "At start, open the portfolio used last"),
)
RESTORE_FILTERS: Option[bool] = Option(
    "lists/restore_filters",
    bool,
    True,
    label=lambda: translate("Settings", "Keep the filters of the lists for the next start"),
)
ME: Option[str] = Option(
    "general/me",
    str,
    "",
    label=lambda: translate("Settings", "I am (my name as account owner)"),
    hint=lambda: translate(
        "Settings", "As the owner column of your accounts writes it; “My accounts” and “My tasks” show these."
    ),
)
MINE_ONLY: Option[bool] = Option("view/mine_only", bool, False)  # every workspace shows my accounts only
RECENT_FILES: Option[list[str]] = Option("files/recent", list, [])
WINDOW_GEOMETRY: Option[QByteArray] = Option("window/geometry", QByteArray, QByteArray())
FOLDER_PURPOSES = ("import", "export", "briefings", "calendar", "backup", "templates", "portfolio")
LAST_FOLDER: dict[str, Option[str]] = {  # the folder a file dialog of each purpose chose last
    purpose: Option(f"folders/{purpose}", str, "") for purpose in FOLDER_PURPOSES
}
LIST_NAMES = ("accounts", "products", "contacts")
LIST_STATE: dict[str, Option[str]] = {  # JSON: columns (order, width, hidden), sort and filter by column key
    name: Option(f"lists/{name}", str, "") for name in LIST_NAMES
}

OPTIONS: tuple[Option[Any], ...] = (
    LANGUAGE,
    PAPER,
    OPEN_LAST,
    RESTORE_FILTERS,
    ME,
    MINE_ONLY,
    RECENT_FILES,
    WINDOW_GEOMETRY,
    *LIST_STATE.values(),
    *LAST_FOLDER.values(),
)


def shown_options() -> list[Option[Any]]:
    """The options of the settings dialog, in order."""
    return [option for option in OPTIONS if option.label is not None]


class Settings:
    """The options over one QSettings: `Settings.user()` the user's, `Settings.memory()` nothing on disk."""

    def __init__(self, qsettings: QSettings | None, *, read_only: bool = False) -> None:
        self._q = qsettings
        self._memory: dict[str, Any] = {}
        self.read_only = read_only

    @classmethod
    def user(cls, *, read_only: bool = False) -> Settings:
        """The user's settings (organisation and application name as set in `planner.ui.shell.app`)."""
        return cls(QSettings(), read_only=read_only)

    @classmethod
    def ini(cls, path: str | Path) -> Settings:
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    @classmethod
    def memory(cls) -> Settings:
        return cls(None)

    def get(self, option: Option[T]) -> T:
        raw = self._memory.get(option.key) if self._q is None else self._q.value(option.key)
        return option.convert(raw)

    def set(self, option: Option[T], value: T) -> None:
        if self.read_only:
            return
        if option.convert(value) != value:
            raise ValueError(f"{value!r} is not a value of the setting {option.key}")
        if self._q is None:
            self._memory[option.key] = value
        else:
            self._q.setValue(option.key, value)

    def reset(self, option: Option[Any]) -> None:
        if self.read_only:
            return
        if self._q is None:
            self._memory.pop(option.key, None)
        else:
            self._q.remove(option.key)

    def sync(self) -> None:
        if self._q is not None and not self.read_only:
            self._q.sync()

    def location(self) -> str:
        """Where the settings are kept, for the About dialog."""
        return self._q.fileName() if self._q is not None else ""

    # --- recent files ------------------------------------------------------------------------------------
    def recent_files(self) -> list[Path]:
        return [Path(name) for name in self.get(RECENT_FILES)]

    def add_recent(self, path: Path) -> None:
        """`path` first in the recent files, each file once, at most MAX_RECENT."""
        name = str(path.expanduser().resolve())
        names = [name] + [n for n in self.get(RECENT_FILES) if n != name]
        self.set(RECENT_FILES, names[:MAX_RECENT])

    def forget_recent(self, path: Path) -> None:
        self.set(RECENT_FILES, [n for n in self.get(RECENT_FILES) if Path(n) != path])


def chosen_paper(settings: Settings | None = None) -> str | None:
    """The paper chosen in the settings ("a4" or "letter"), or None to go by the language's country."""
    return (settings or Settings.user()).get(PAPER) or None
