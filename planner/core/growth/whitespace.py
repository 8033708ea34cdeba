"""The whitespace grid (seed 001): per account and product held, trial, not relevant or whitespace valued at
what comparable accounts pay; rows grouped by segment; an opportunity made from a cell.

The whitespace and trial cells are the matrix point's (`MatrixPoint.whitespace` and `in_trial`, see
planner.core.matrix.matrix): one definition, computed there."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from planner.core.matrix import collector
from planner.core.matrix.matrix import (
    MIN_PEERS,
    MatrixPoint,
    Peers,
    Whitespace,
    _peer_medians,
    _whitespace,
    matrix_points,
)
from planner.core.matrix.scoring import counted, relevant_products
from planner.core.moments.opportunity_records import quarter_end, save_opportunity
from planner.core.portfolio.changes import Change
from planner.core.store import score_inputs
from planner.core.store.store import Store

STATES = ("held", "trial", "not_relevant", "whitespace")
GROUPINGS = ("segment", "industry", "size_band", "country", "owner", "tier")


class Cell(NamedTuple):
    """One product of one account. value_cents: the revenue of a held product, the peer value of a
    whitespace (or trial) product, 0 when not relevant; basis and peers say where a whitespace value is
    from. In a group's row: the whitespace summed, `peers` the accounts with it, `held` those holding it."""

    state: str  # held, trial, not_relevant, whitespace
    value_cents: int
    basis: str = ""  # peers, segment, all, price (see matrix.Whitespace)
    peers: int = 0
    held: int = 0


@dataclass(frozen=True, slots=True)
class Product:
    id: int
    key: str
    name: str


@dataclass(frozen=True, slots=True)
class GridRow:
    id: int  # the account (or, grouped, the group's position)
    key: str
    name: str
    owner: str
    segment: str
    industry: str
    country: str
    size_band: int
    tier: str
    cells: tuple[Cell, ...]  # one per product of the grid, in its order
    whitespace_cents: int  # the sum of the whitespace cells
    held_cents: int  # revenue of the held products
    accounts: int = 1  # a group's accounts

    def cell(self, index: int) -> Cell:
        return self.cells[index]


@dataclass(frozen=True)
class Grid:
    products: tuple[Product, ...]
    rows: list[GridRow]

    @property
    def whitespace_cents(self) -> int:
        return sum(r.whitespace_cents for r in self.rows)


_NOT_RELEVANT = Cell("not_relevant", 0)
_new = tuple.__new__


def whitespace_grid(store: Store, points: Sequence[MatrixPoint] | None = None) -> Grid:
    """Every account as a row, every product as a column: held (its revenue), trial and whitespace (valued
    as the matrix values them: peer median of the same segment and size band, wider groups when fewer than
    MIN_PEERS); the rest is not relevant (a product not marked relevant for a segment that has any)."""
    with collector.paused():  # a few hundred thousand cells and no cycles
        return _grid(store, matrix_points(store) if points is None else points)


def _grid(store: Store, points: Sequence[MatrixPoint]) -> Grid:
    products = tuple(Product(*r) for r in store.query("SELECT id, key, name FROM products ORDER BY name, id"))
    industries = {a: i or "" for a, i in store.query("SELECT id, industry FROM accounts")}
    holdings: dict[int, dict[int, tuple[str, int]]] = defaultdict(dict)
    for account, product, status, revenue in store.query(
        "SELECT account_id, product_id, status, revenue_cents FROM holdings "
        "WHERE status IN ('active', 'trial')"
    ):
        holdings[account][product] = (status, revenue or 0)
    index = {p.id: n for n, p in enumerate(products)}
    cache: dict[int, Cell] = {}  # whitespace values are shared by accounts alike: one Cell per value
    rows = []
    for point in points:
        cells: list[Cell] = [_NOT_RELEVANT] * len(products)
        for space in point.whitespace:
            if space.product_id in index:
                cells[index[space.product_id]] = _cell(cache, space)
        trying = {space.product_id: space for space in point.in_trial}
        held_cents = 0
        for product_id, (status, revenue) in holdings.get(point.account_id, {}).items():
            n = index[product_id]
            if status == "active":
                cells[n] = _new(Cell, ("held", revenue, "", 0, 0))  # faster than Cell(...)
                held_cents += revenue
            else:  # a trial: what it would be worth, where it counts for the account
                valued = trying.get(product_id)
                cells[n] = (
                    Cell("trial", valued.value_cents, valued.basis, valued.peers)
                    if valued
                    else Cell("trial", 0)
                )
        rows.append(GridRow(
            point.account_id, point.key, point.name, point.owner, point.segment,
            industries.get(point.account_id, ""), point.country, point.size_band, point.tier, tuple(cells),
            sum(c.value_cents for c in cells if c.state == "whitespace"), held_cents,
        ))  # fmt: skip
    return Grid(products, rows)


def _cell(cache: dict[int, Cell], space: Whitespace) -> Cell:
    found = cache.get(id(space))
    if found is None:
        found = cache[id(space)] = Cell("whitespace", space.value_cents, space.basis, space.peers)
    return found


def group_key(grouping: str) -> Callable[[GridRow], str]:
    """How rows are grouped: by segment, industry, size band ("0".."4"), country, owner or tier."""
    if grouping == "size_band":
        return lambda row: str(row.size_band)
    if grouping not in GROUPINGS:
        raise ValueError(f"cannot group by {grouping!r}")
    return lambda row: str(getattr(row, grouping))


def grouped(grid: Grid, grouping: str) -> list[GridRow]:
    """A row per group (its name in `name` and `key`): per product, held cells summed as held revenue and
    whitespace cells as whitespace; a cell is held when any account holds it, else whitespace when any
    account has it as whitespace, else trial or not relevant. `accounts` counts the group's accounts."""
    key = group_key(grouping)
    members: dict[str, list[GridRow]] = defaultdict(list)
    for row in grid.rows:
        members[key(row)].append(row)
    groups = []
    for n, (name, rows) in enumerate(sorted(members.items(), key=lambda item: item[0].casefold()), start=1):
        cells = tuple(_group_cell([r.cells[i] for r in rows]) for i in range(len(grid.products)))
        groups.append(GridRow(
            n, name, name, "", name if grouping == "segment" else "", "", "", 0, "", cells,
            sum(r.whitespace_cents for r in rows), sum(r.held_cents for r in rows), len(rows),
        ))  # fmt: skip
    return groups


def _group_cell(cells: Iterable[Cell]) -> Cell:
    sums = dict.fromkeys(STATES, 0)
    counts = dict.fromkeys(STATES, 0)
    for cell in cells:
        sums[cell.state] += cell.value_cents
        counts[cell.state] += 1
    held = counts["held"]
    for state in ("whitespace", "held", "trial"):
        if counts[state]:
            return Cell(state, sums[state], "", counts[state], held)
    return _NOT_RELEVANT


def cell_values(grid: Grid, row: GridRow, column: int, *, today: date | None = None) -> dict[str, object]:
    """What an account's whitespace or trial cell proposes for its opportunity: a cross-sell (an up-sell for a
    trial) at the signal stage, valued at the cell's whitespace value, raised by the whitespace today, closing
    at the end of the quarter; ValueError for any other cell."""
    product, cell = grid.products[column], row.cells[column]
    if cell.state not in ("whitespace", "trial") or row.accounts != 1:
        raise ValueError(f"no whitespace of {row.name} in {product.name}")
    today = today or date.today()
    return {
        "account_id": row.id, "product_id": product.id,
        "kind": "upsell" if cell.state == "trial" else "crosssell",
        "stage": "signal", "value_cents": cell.value_cents, "raised_by": "whitespace",
        "raised_on": today.isoformat(), "fast_lane": 0, "close_on": quarter_end(today).isoformat(),
    }  # fmt: skip


def opportunity_for(
    store: Store, grid: Grid, row: GridRow, column: int, *, today: date | None = None
) -> Change:
    """A new opportunity for an account's whitespace or trial cell (`cell_values`) as one undoable change;
    ValueError for another cell, OpenOpportunityExists when the account has an open one for the product."""
    return save_opportunity(store, cell_values(grid, row, column, today=today), today=today)


def whitespace_value(store: Store, account_id: int, product_id: int) -> int | None:
    """The value the grid shows in the account's cell of the product when it is whitespace or in trial (what
    comparable accounts pay a year, valued by the matrix's own functions), in cents; None when the account
    holds it, it is not relevant for the account's segment, or the account or product does not exist. Reads
    one account and one product: a few indexed queries."""
    account = store.query(
        f"SELECT coalesce(segment, ''), {score_inputs.band_sql('employees')} FROM accounts WHERE id = ?",
        (account_id,),
    )
    product = store.query(
        "SELECT name, coalesce(price_cents, 0), unit FROM products WHERE id = ?", (product_id,)
    )
    if not account or not product:
        return None
    segment, band = account[0]
    statuses = {
        s
        for (s,) in store.query(
            "SELECT status FROM holdings WHERE account_id = ? AND product_id = ?", (account_id, product_id)
        )
    }
    if "active" in statuses:
        return None
    products = [pid for (pid,) in store.query("SELECT id FROM products")]
    if product_id not in counted(relevant_products(store), segment, products):
        return 0 if "trial" in statuses else None  # a trial of a product that does not count: worth nothing
    return _whitespace(
        product_id, product[0], _peers_of(store, product_id, segment, band), segment, band
    ).value_cents


def _peers_of(store: Store, product_id: int, segment: str, band: int) -> Peers:
    """The peer medians of one product that `_whitespace` asks for, reading no wider group than it needs."""
    sql = "SELECT segment, band, product_id, group_concat(revenue_cents) FROM peer_revenues WHERE {} "
    sql += "GROUP BY 1, 2, 3"
    rows: list[tuple[str, int, int, str]] = []
    for where, params in (
        ("segment = ? AND band = ? AND product_id = ?", (segment, band, product_id)),
        ("segment = ? AND product_id = ?", (segment, product_id)),
        ("product_id = ?", (product_id,)),
    ):
        rows = store.query(sql.format(where), params)
        if sum(r[3].count(",") + 1 for r in rows) >= MIN_PEERS:
            break
    return _peer_medians(rows)


def as_json(grid: Grid) -> list[dict[str, object]]:
    """Every account's cells for `planner whitespace --json`: money in units with two decimals."""
    return [
        {
            "key": row.key, "name": row.name, "segment": row.segment, "size_band": row.size_band,
            "whitespace": row.whitespace_cents / 100, "held": row.held_cents / 100,
            "cells": [
                {"product": p.key, "name": p.name, "state": c.state, "value": c.value_cents / 100,
                 **({"basis": c.basis, "peers": c.peers} if c.basis else {})}
                for p, c in zip(grid.products, row.cells, strict=True)
            ],
        }
        for row in grid.rows
    ]  # fmt: skip
