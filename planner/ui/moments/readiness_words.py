"""The words of readiness (seed 004) on the opportunity board: its score, the stage it suggests and the
signals that raised it, each with its points."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from planner.core.moments.readiness import Contribution, Readiness
from planner.ui.widgets import formatting
from planner.ui.widgets.moment_labels import signal_kind_label, stage_label

translate = QCoreApplication.translate


def score_text(found: Readiness) -> str:
    return translate("Readiness", "Readiness %1").replace("%1", formatting.number(found.score))


def ready_text(stage: str) -> str:
    return translate("Readiness", "ready for %1").replace("%1", stage_label(stage))


def move_text(stage: str) -> str:
    return translate("Readiness", "Move to %1").replace("%1", stage_label(stage))


def signal_line(c: Contribution) -> str:
    """A signal and its points: 12.11.2026 · Content engaged · Webinar: reports (Analytics) · +14."""
    about = c.content
    if c.topic and c.topic != c.content:
        about = f"{about} ({c.topic})" if about else c.topic
    words = [formatting.iso_date(c.day), signal_kind_label(c.kind), about, f"+{formatting.number(c.points)}"]
    return " · ".join(w for w in words if w)


def explanation(found: Readiness, ready: str | None = None) -> list[str]:
    """Plain lines: the score and what it suggests, then the signals that raised it, newest first."""
    head = translate("Readiness", "Readiness %1 of 100: %2").replace("%1", formatting.number(found.score))
    suggests = stage_label(found.stage or "")
    if found.fast_lane:
        suggests = translate("Readiness", "%1 by the fast lane (the customer asked)").replace("%1", suggests)
    lines = [head.replace("%2", suggests)]
    if ready is not None:
        lines.append(
            translate("Readiness", "Behind its readiness: ready for %1").replace("%1", stage_label(ready))
        )
    lines.append(translate("Readiness", "Moved by these signals:"))
    lines += [signal_line(c) for c in found.signals]
    return lines


def explanation_html(found: Readiness, ready: str | None = None) -> str:
    lines = [html.escape(line) for line in explanation(found, ready)]
    lines[0] = f"<b>{lines[0]}</b>"
    return "<br>".join(lines)
