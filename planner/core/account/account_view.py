"""Everything the account page shows of one account, each part computed by the function the other
workspaces use: the portfolio's key figures, the matrix's quadrant and potential, the journey's phase with
its reason, the inbox's open moments, the board's opportunities, the whitespace grid's row, the contacts
with their last NPS and last touch, touches and signals on one timeline, the QBRs with their open actions."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from planner.core.account.account_qbrs import QbrLine, account_qbrs
from planner.core.account.book_reads import account_moments, book_point
from planner.core.account.timeline import TimelineEntry, timeline
from planner.core.matrix.matrix import MatrixPoint
from planner.core.moments.journey import PhaseCall, current_phase
from planner.core.moments.moments import Moment
from planner.core.moments.opportunities import OPEN_STAGES, OpportunityRow, opportunity_rows
from planner.core.portfolio.account_detail import AccountDetail, HoldingRow, account_detail
from planner.core.portfolio.catalog import AccountContact, account_contacts
from planner.core.portfolio.signals import account_signals
from planner.core.store.store import Store


@dataclass(frozen=True, slots=True)
class WhitespaceCell:
    """One product of the account's whitespace row: held (its revenue), trial or whitespace (valued as the
    grid values it); products not relevant for the account are left out."""

    id: int  # the product's id
    product: str
    state: str  # held, trial, whitespace
    value_cents: int
    basis: str  # where a whitespace value is from: peers, segment, all, price ("" when held)
    peers: int


@dataclass(frozen=True)
class AccountView:
    detail: AccountDetail  # the account's row, tier, score, holdings, touches, customer since
    point: MatrixPoint | None  # its matrix point: quadrant reasons, potential, NPS (None: gone meanwhile)
    phase: PhaseCall
    moments: list[Moment]  # open, by priority
    opportunities: list[OpportunityRow]  # open ones first, then by value
    whitespace: list[WhitespaceCell]
    contacts: list[AccountContact]
    timeline: list[TimelineEntry]
    qbrs: list[QbrLine]  # the latest (or furthest planned) first

    @property
    def account_id(self) -> int:
        return int(self.detail.account["id"])


def account_view(
    store: Store, account_id: int, today: date, *, points: Sequence[MatrixPoint] | None = None,
    with_moments: bool = True,
) -> AccountView:  # fmt: skip
    """The whole account. `points`: the book's matrix points when the caller has them (else read once per
    state of the book). KeyError when the account is gone."""
    detail = account_detail(store, account_id)
    point = book_point(store, account_id, today, points)
    moments = account_moments(store, account_id, today, points) if with_moments else []
    return AccountView(
        detail=detail,
        point=point,
        phase=current_phase(store, account_id, today),
        moments=moments,
        opportunities=account_opportunities(store, account_id),
        whitespace=whitespace_row(point, detail.holdings) if point is not None else [],
        contacts=account_contacts(store, account_id, today, detail.contacts),
        timeline=timeline(detail.touches, account_signals(store, account_id), today),
        qbrs=account_qbrs(store, account_id, today),
    )


def account_opportunities(store: Store, account_id: int) -> list[OpportunityRow]:
    """The account's opportunities as the board reads them: open ones first, then the largest value."""
    rows = opportunity_rows(store, account_id)
    return sorted(rows, key=lambda r: (r.stage not in OPEN_STAGES, -r.value_cents, r.id))


def whitespace_row(point: MatrixPoint, holdings: Sequence[HoldingRow]) -> list[WhitespaceCell]:
    """The account's row of the whitespace grid, by product name, without the products not relevant for it:
    the cells whitespace_grid makes of the account's matrix point and its active and trial holdings (its
    `_grid`, for one account without reading the book's holdings; tests/account compare the two)."""
    cells: dict[int, WhitespaceCell] = {
        w.product_id: WhitespaceCell(w.product_id, w.product, "whitespace", w.value_cents, w.basis, w.peers)
        for w in point.whitespace
    }
    trying = {w.product_id: w for w in point.in_trial}
    for h in holdings:
        if h.status == "active":
            cells[h.product_id] = WhitespaceCell(h.product_id, h.product, "held", h.revenue_cents, "", 0)
        elif h.status == "trial":
            valued = trying.get(h.product_id)
            value, basis, peers = (valued.value_cents, valued.basis, valued.peers) if valued else (0, "", 0)
            cells[h.product_id] = WhitespaceCell(h.product_id, h.product, "trial", value, basis, peers)
    return sorted(cells.values(), key=lambda c: (c.product, c.id))
