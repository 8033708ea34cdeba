"""An account's touches and signals on one timeline, newest first: planned touches (dated after today) at the
top, marked planned."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from planner.core.portfolio.account_detail import TouchRow
from planner.core.portfolio.signals import SignalRow
from planner.core.store.last_touch import touch_end


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """A touch or a signal. `id` is unique on the timeline: the touch's id, or minus the signal's id."""

    id: int
    source: str  # touch, signal
    record_id: int  # the touch's or the signal's own id
    day: str  # ISO date (a touch's may carry a time)
    kind: str  # a touch kind (call, meeting, ...) or a signal kind (outage, demo_request, ...)
    summary: str  # a touch's summary; a signal's content, topic, department, region and detail
    contacts: str  # names, comma separated
    next_step: str
    next_step_due: str | None
    planned: bool  # a touch dated after today: not done yet
    minutes: int = 0  # a touch's length

    @property
    def is_touch(self) -> bool:
        return self.source == "touch"


def timeline(touches: Sequence[TouchRow], signals: Sequence[SignalRow], today: date) -> list[TimelineEntry]:
    """Both in one list, newest first (one day: touches before signals, the latest entered first)."""
    end = touch_end(today)
    entries = [
        TimelineEntry(t.id, "touch", t.id, t.touched_on, t.kind, t.summary, t.contacts, t.next_step,
                      t.next_step_due, t.touched_on >= end, t.minutes)
        for t in touches
    ] + [
        TimelineEntry(-s.id, "signal", s.id, s.occurred_on, s.kind, _about(s), s.contact, "", None, False)
        for s in signals
    ]  # fmt: skip
    entries.sort(key=lambda e: (e.day[:10], e.is_touch, e.day, e.record_id), reverse=True)
    return entries


def _about(signal: SignalRow) -> str:
    """What a signal says: its product, content, topic, department and region, then its detail."""
    parts = (signal.product, signal.content, signal.topic, signal.department, signal.region, signal.detail)
    return " · ".join(p for p in parts if p)
