"""What one account's view needs of the whole book, read once while the book stays as it is: the matrix
points (each account's quadrant, potential and whitespace are measured against its peers, its tier is
ranked against everyone) and the detected moments (their thresholds and priorities are the book's).

Opening one account after another reads them once; any change to the book reads them again."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from weakref import WeakKeyDictionary

from planner.core.matrix.matrix import MatrixPoint, matrix_points
from planner.core.moments.moments import Moment
from planner.core.store.store import Store


@dataclass
class _Reads:
    state: tuple[int, int, int, str]
    points: dict[int, MatrixPoint] | None = None
    moments: dict[int, list[Moment]] | None = None


_reads: WeakKeyDictionary[Store, _Reads] = WeakKeyDictionary()


def _state(store: Store, today: date) -> tuple[int, int, int, str]:
    """Changes through this connection, through others (SQLite's data_version), restores, and the day."""
    data_version = int(store.conn.execute("PRAGMA data_version").fetchone()[0])
    return store.conn.total_changes, data_version, store.restores, today.isoformat()


def _current(store: Store, today: date) -> _Reads:
    state = _state(store, today)
    found = _reads.get(store)
    if found is None or found.state != state:
        found = _reads[store] = _Reads(state)
    return found


def book_point(
    store: Store, account_id: int, today: date, points: Sequence[MatrixPoint] | None = None
) -> MatrixPoint | None:
    """The account's matrix point (None when it is gone). `points`: the book's, when the caller has them."""
    reads = _current(store, today)
    if points is not None and reads.points is None:
        reads.points = {p.account_id: p for p in points}
    if reads.points is None:
        reads.points = {p.account_id: p for p in matrix_points(store, today=today)}
    return reads.points.get(account_id)


def account_moments(
    store: Store, account_id: int, today: date, points: Sequence[MatrixPoint] | None = None
) -> list[Moment]:
    """The account's open moments as the inbox shows them (detection.detect: not dismissed, snoozed or made
    an opportunity), by priority."""
    reads = _current(store, today)
    if reads.moments is None:
        from planner.core.moments.detection import detect

        book_point(store, account_id, today, points)
        assert reads.points is not None
        by_account: dict[int, list[Moment]] = defaultdict(list)
        for moment in detect(store, today, points=list(reads.points.values())).moments:
            by_account[moment.account_id].append(moment)
        reads.moments = dict(by_account)
    return reads.moments.get(account_id, [])
