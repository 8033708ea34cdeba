"""The columns of an account's signals: when, what happened, who and which product, what about, where from."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from planner.core.portfolio.signals import HAND, SignalRow
from planner.ui.widgets import formatting
from planner.ui.widgets.moment_labels import signal_kind_label
from planner.ui.widgets.record_model import RIGHT, Column, text_key

translate = QCoreApplication.translate


def about(row: SignalRow) -> str:
    """What the signal is about: the content and its topic, or the department and region it came from."""
    return " · ".join(p for p in (row.content, row.topic, row.department, row.region) if p)


def source_words(row: SignalRow) -> str:
    return translate("SignalList", "entered by hand") if row.source == HAND else row.source


def signal_columns() -> list[Column]:
    def text(key: str, title: str, width: int, show: Callable[[SignalRow], str] | None = None) -> Column:
        shown = show or (lambda r: str(getattr(r, key)))
        return Column(
            key, title, shown, lambda r: text_key(shown(r)), width=width, tooltip=lambda r: shown(r) or None
        )

    return [
        Column("occurred_on", translate("SignalList", "Date"), lambda r: formatting.iso_date(r.occurred_on),
               lambda r: (r.occurred_on, r.id), RIGHT, 90, kind="date"),
        text("kind", translate("SignalList", "What happened"), 170, lambda r: signal_kind_label(r.kind)),
        text("contact", translate("SignalList", "Contact"), 140),
        text("product", translate("SignalList", "Product"), 130),
        text("about", translate("SignalList", "About"), 220, about),
        text("detail", translate("SignalList", "Detail"), 260),
        text("source", translate("SignalList", "Source"), 130, source_words),
    ]  # fmt: skip


def signal_haystack(row: SignalRow) -> str:
    return " ".join(
        (signal_kind_label(row.kind), row.contact, row.product, about(row), row.detail, row.source)
    )
