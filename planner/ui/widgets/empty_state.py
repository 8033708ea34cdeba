"""What a view shows instead of empty figures: the data it lacks, named, with that data's import templates
and the import at hand. Shared by every workspace and the first-run page."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from planner.core.portfolio.readiness import missing
from planner.ui.widgets.editing import Editor
from planner.ui.widgets.palette_colours import ink, muted, outline, tint

translate = QCoreApplication.translate
NOTE = "#fff8e6"  # a pale amber note (palette_colours.tint darkens it on a dark theme)


def data_noun(table: str) -> str:
    """The data a table holds, as a sales person names it: "usage per month"."""
    return {
        "accounts": translate("Data", "accounts"),
        "products": translate("Data", "products"),
        "holdings": translate("Data", "holdings"),
        "usage_snapshots": translate("Data", "usage per month"),
        "revenue_by_period": translate("Data", "revenue per quarter"),
        "contacts": translate("Data", "contacts"),
        "nps_answers": translate("Data", "NPS answers"),
        "touches": translate("Data", "touches"),
        "signals": translate("Data", "signals"),
        "survey_responses": translate("Data", "survey answers"),
        "opportunities": translate("Data", "opportunities"),
    }.get(table, table)


def noun_list(tables: Sequence[str]) -> str:
    """ "products, holdings and usage per month"."""
    nouns = [data_noun(t) for t in tables]
    if len(nouns) < 2:
        return "".join(nouns)
    return translate("Data", "%1 and %2").replace("%1", ", ".join(nouns[:-1])).replace("%2", nouns[-1])


def importable(tables: Sequence[str]) -> list[str]:
    """The tables of `tables` an import can fill (a kind of import writes them)."""
    from planner.ui.widgets.templates_dialog import kinds_for

    return [k.table for k in kinds_for(tables)]


class MissingData(QFrame):
    """A panel that names what `needs` lacks (tables, see planner.core.portfolio.readiness) under `title`,
    with buttons for the templates of the missing data and for the import (the window's "import" action);
    hidden while nothing is missing, or once hidden by the user until other data is missing. It reads again
    after every change."""

    import_requested = Signal()

    def __init__(self, editor: Editor, needs: Sequence[str], title: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.editor, self.needs = editor, tuple(needs)
        self.missing: list[str] = []
        self.hidden_for: list[str] = []  # what was missing when the user hid the panel
        self.setObjectName("missingData")
        self.setStyleSheet(
            f"#missingData {{ background: {tint(NOTE)}; border: 1px solid {outline()}; border-radius: 6px; }}"
            f" QLabel {{ background: transparent; color: {ink()}; }}"
        )
        self.title_label = QLabel(title, self)
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title_label.setFont(font)
        self.text_label = QLabel(self)
        self.text_label.setWordWrap(True)
        self.hint_label = QLabel(
            translate(
                "Data",
                "Save a template and fill it in, or export the same columns from your CRM or Excel; then "
                "import the file (or drop it on this window).",
            ),
            self,
        )
        self.hint_label.setWordWrap(True)
        self.hint_label.setStyleSheet(f"color: {muted()};")
        self.template_button = QPushButton(self)
        self.template_button.clicked.connect(self.save_templates)
        self.import_button = QPushButton(translate("Data", "Import files…"), self)
        self.import_button.clicked.connect(self.request_import)
        self.hide_button = QPushButton(translate("Data", "Hide"), self)
        self.hide_button.setFlat(True)
        self.hide_button.setToolTip(translate("Data", "Hide this note until other data is missing"))
        self.hide_button.clicked.connect(self.hide_note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.template_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        buttons.addWidget(self.hide_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(4)
        layout.addWidget(self.title_label)
        layout.addWidget(self.text_label)
        layout.addWidget(self.hint_label)
        layout.addSpacing(4)
        layout.addLayout(buttons)
        editor.changed.connect(lambda _tables: self.refresh())
        self.refresh()

    def refresh(self) -> list[str]:
        """Read which of the needed data is missing, say so (or hide); returns the missing tables."""
        self.missing = missing(self.editor.store, self.needs)
        self.setVisible(bool(self.missing) and self.missing != self.hidden_for)
        if not self.missing:
            return []
        text = (
            translate("Data", "It needs %1. Not in this portfolio yet: %2.")
            if len(self.missing) < len(self.needs)
            else translate("Data", "It needs %1, and this portfolio has none yet.")
        )
        self.text_label.setText(
            text.replace("%1", noun_list(self.needs)).replace("%2", noun_list(self.missing))
        )
        fillable = importable(self.missing)
        self.template_button.setText(
            translate("Data", "Save the template…")
            if len(fillable) == 1
            else translate("Data", "Save templates…")
        )
        for widget in (self.template_button, self.import_button, self.hint_label):
            widget.setVisible(bool(fillable))
        action = self._import_action()
        self.import_button.setEnabled(action is None or action.isEnabled())
        return self.missing

    def hide_note(self) -> None:
        self.hidden_for = list(self.missing)
        self.hide()

    def save_templates(self) -> QWidget:
        """The templates of the missing data, in the app's language unless the user picks the other."""
        from planner.ui.widgets.templates_dialog import open_templates_dialog

        return open_templates_dialog(self, importable(self.missing))

    def request_import(self) -> None:
        """The window's File > Import (choose files, preview, import)."""
        self.import_requested.emit()
        action = self._import_action()
        if action is not None:
            action.trigger()

    def _import_action(self) -> QAction | None:
        window = self.window()
        return window.findChild(QAction, "import") if window is not self else None


def show_missing(
    view: QWidget, editor: Editor, needs: Sequence[str], title: str, *, layout: QBoxLayout | None = None,
    at: int = 0,
) -> MissingData:  # fmt: skip
    """A MissingData panel for `view`, put into `layout` (default: the view's own) at position `at`."""
    panel = MissingData(editor, needs, title, view)
    box = layout if layout is not None else view.layout()
    assert isinstance(box, QBoxLayout), "the view lays its parts out in a row or a column"
    box.insertWidget(at, panel)
    return panel
