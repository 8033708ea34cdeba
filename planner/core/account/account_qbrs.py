"""An account's QBRs, past and planned, each with the actions agreed there that are still open."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from planner.core.qbr.qbrs import Action, read_qbr
from planner.core.store.store import Store


@dataclass(frozen=True, slots=True)
class QbrLine:
    id: int
    held_on: str  # ISO date
    status: str  # planned, held, cancelled
    upcoming: bool  # planned for today or later
    actions: int  # agreed there
    open_actions: tuple[Action, ...]  # agreed there and still open, in the order agreed


def account_qbrs(store: Store, account_id: int, today: date) -> list[QbrLine]:
    """The account's QBRs, the latest (or furthest planned) first, read as the QBR form reads them."""
    lines = []
    for (qbr_id,) in store.query(
        "SELECT id FROM qbrs WHERE account_id = ? ORDER BY held_on DESC, id DESC", (account_id,)
    ):
        qbr = read_qbr(store, qbr_id)
        upcoming = qbr.status == "planned" and qbr.held_on[:10] >= today.isoformat()
        found = tuple(a for a in qbr.actions if a.status == "open")
        lines.append(QbrLine(qbr_id, qbr.held_on, qbr.status, upcoming, len(qbr.actions), found))
    return lines


def open_actions(lines: list[QbrLine]) -> list[Action]:
    """Every open action of the account's QBRs, the earliest due first (no due day: last)."""
    found = [a for line in lines for a in line.open_actions]
    return sorted(found, key=lambda a: (a.due_on is None, a.due_on or "", a.agreed_on or "", a.id or 0))
