"""A connection that drops in the middle of a sync: what was done stays done on both sides, the next sync
goes on from there, and nothing is lost or published twice (the server's rows counted by its owner)."""

from __future__ import annotations

import psycopg
import pytest

from planner.core.team import pull, push
from planner.core.team.connection import connect
from planner.core.team.sync import sync
from tests.team.sync_support import Laptop, annas_team

TABLES = ("accounts", "holdings", "contacts", "nps_answers", "touches")


def book_counts(laptop: Laptop) -> dict[str, int]:
    return {table: laptop.rows(f"SELECT count(*) FROM {table}")[0][0] for table in TABLES}


def server_counts(laptop: Laptop) -> dict[str, int]:
    with connect(laptop.db.url_of_owner) as owner:
        return {table: owner.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in TABLES}


def cut(server: psycopg.Connection, owner_url: str) -> None:
    """The network goes: the server ends the laptop's session."""
    with connect(owner_url) as owner:
        owner.execute("SELECT pg_terminate_backend(%s)", (server.info.backend_pid,))


def test_a_pull_cut_after_the_first_account_goes_on_at_the_next_sync(laptops, monkeypatch) -> None:
    anna, dora = laptops["anna"], laptops["dora"]
    annas_team(laptops)
    monkeypatch.setattr(pull, "ACCOUNTS_PER_FETCH", 1)  # one account per transaction

    with dora.db.connect("dora") as server:

        def progress(table: str, done: int) -> None:
            if table == "accounts" and done == 1:
                cut(server, dora.db.url_of_owner)

        with pytest.raises(psycopg.OperationalError):
            sync(dora.store, server, progress)
    # the first account arrived whole, with its holding, contact, NPS answer and touch; nothing of the second
    assert book_counts(dora) == {"accounts": 1, "holdings": 1, "contacts": 1, "nps_answers": 1, "touches": 1}

    report = dora.sync()
    assert report.new_accounts == 1  # only the one still missing
    assert book_counts(dora) == book_counts(anna) == server_counts(anna)


def test_a_push_cut_between_batches_publishes_each_row_once(laptops, monkeypatch) -> None:
    anna = laptops["anna"]
    annas_team(laptops, published=False)
    monkeypatch.setattr(push, "BATCH_ROWS", 1)
    batches = []
    original = push.Pusher._batch

    def batch_then_cut(self, table, items):  # type: ignore[no-untyped-def]
        if len(batches) == 3:
            cut(self.server, anna.db.url_of_owner)
        batches.append(table)
        return original(self, table, items)

    monkeypatch.setattr(push.Pusher, "_batch", batch_then_cut)
    with pytest.raises(psycopg.OperationalError):
        anna.sync()
    assert server_counts(anna)["accounts"] == 2 and server_counts(anna)["holdings"] == 1
    monkeypatch.setattr(push.Pusher, "_batch", original)

    anna.sync()
    assert server_counts(anna) == book_counts(anna)
    assert anna.rows("SELECT count(*) FROM team_outbox") == [(0,)]
    assert anna.rows("SELECT count(*) FROM team_conflicts") == [(0,)]


def test_a_batch_published_but_not_acknowledged_is_not_published_twice(laptops, monkeypatch) -> None:
    """The server committed a batch, then the connection went before the book noted it: the next sync
    finds the rows on the server, sees they are the same and links them; no duplicate, no conflict."""
    anna = laptops["anna"]
    annas_team(laptops, published=False)
    original_upsert, original_applying = push.Pusher._upsert, push.local.applying
    published: list[psycopg.Connection] = []

    def upsert(self, table, items):  # type: ignore[no-untyped-def]
        if table == "touches":
            published.append(self.server)
        return original_upsert(self, table, items)

    def applying(store):  # type: ignore[no-untyped-def]
        if published:  # the server committed the touches; the answer never arrives
            cut(published.pop(), anna.db.url_of_owner)
            raise psycopg.OperationalError("server closed the connection unexpectedly")
        return original_applying(store)

    monkeypatch.setattr(push.Pusher, "_upsert", upsert)
    monkeypatch.setattr(push.local, "applying", applying)
    with pytest.raises(psycopg.OperationalError):
        anna.sync()
    monkeypatch.undo()
    assert server_counts(anna)["touches"] == 2  # on the server, but the book does not know it

    anna.sync()
    assert server_counts(anna) == book_counts(anna)  # still two touches: none published twice
    assert anna.rows("SELECT count(*) FROM team_conflicts") == [(0,)]
    assert anna.sync().pushed == {}
