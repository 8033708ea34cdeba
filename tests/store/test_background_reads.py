"""Reading on a second connection beside the caller: the same scores and moments as reading on one, and the
reads see what was last committed."""

from __future__ import annotations

from dataclasses import asdict

import pytest

from planner.core.matrix.matrix import matrix_points
from planner.core.moments.detection import detect
from planner.core.store import background_reads
from planner.core.store.background_reads import beside
from tests.conftest import TODAY


def test_scores_and_moments_are_the_same_without_a_second_connection(demo_store, monkeypatch) -> None:
    points = matrix_points(demo_store)
    found = detect(demo_store, TODAY, points=points)
    monkeypatch.setattr(background_reads, "_reader", lambda store: None)  # a book that opens only once
    assert matrix_points(demo_store) == points
    alone = detect(demo_store, TODAY)
    assert [asdict(m) for m in alone.moments] == [asdict(m) for m in found.moments]
    assert len(found.moments) > 100 and any(p.intensity is not None for p in points)


def test_the_second_connection_reads_what_was_committed(demo_store) -> None:
    with demo_store.write() as conn:
        conn.execute("UPDATE accounts SET name = 'Umbenannt GmbH' WHERE id = 1")
    with beside(demo_store) as other:
        assert other.store is not demo_store  # a connection of its own
        names = other.query("SELECT name FROM accounts WHERE id = 1").result()
    assert names == [("Umbenannt GmbH",)]


def test_work_that_fails_beside_raises_for_the_caller(demo_store) -> None:
    with beside(demo_store) as other:
        failed = other.query("SELECT no_such_column FROM accounts")
        with pytest.raises(Exception, match="no_such_column"):
            failed.result()


def test_inside_a_write_the_caller_sees_its_own_changes(demo_store) -> None:
    with demo_store.write() as conn:
        conn.execute("UPDATE accounts SET name = 'Noch nicht gespeichert AG' WHERE id = 1")
        with beside(demo_store) as other:
            assert other.store is demo_store
            names = other.query("SELECT name FROM accounts WHERE id = 1").result()
    assert names == [("Noch nicht gespeichert AG",)]
