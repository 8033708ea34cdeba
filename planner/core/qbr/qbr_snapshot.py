"""The snapshot a QBR keeps when it is held (key figures, quadrant, products, contacts) and what changed
since: quadrant move, products won or lost, contacts new or gone, figures before and now."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from planner.core.portfolio import changes
from planner.core.qbr.briefing_figures import BookFacts, KeyFigures, key_figures
from planner.core.store.store import Store

FIGURES = ("revenue_cents", "share_of_wallet", "breadth", "intensity", "nps", "potential_cents")


@dataclass(frozen=True)
class Snapshot:
    taken_on: str  # ISO date
    revenue_cents: int
    share_of_wallet: float | None
    breadth: float | None
    intensity: float | None
    quadrant: str | None  # Quadrant.value
    nps: float | None
    tier: str
    potential_cents: int
    products: dict[int, str] = field(default_factory=dict)  # active holdings: product id -> name
    contacts: dict[int, str] = field(default_factory=dict)  # contact id -> name

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Snapshot:
        raw: dict[str, Any] = json.loads(text)
        known = set(cls.__dataclass_fields__)
        values = {k: v for k, v in raw.items() if k in known}
        for name in ("products", "contacts"):
            values[name] = {int(k): str(v) for k, v in (raw.get(name) or {}).items()}
        values.setdefault("taken_on", "")
        for name in ("revenue_cents", "potential_cents"):
            values[name] = int(values.get(name) or 0)
        values.setdefault("tier", "")
        for name in ("share_of_wallet", "breadth", "intensity", "quadrant", "nps"):
            values.setdefault(name, None)
        return cls(**values)


def _products(store: Store, account_id: int) -> dict[int, str]:
    rows = store.query(
        "SELECT p.id, p.name FROM holdings h JOIN products p ON p.id = h.product_id "
        "WHERE h.account_id = ? AND h.status = 'active' ORDER BY p.name",
        (account_id,),
    )
    return {int(i): str(n) for i, n in rows}


def _contacts(store: Store, account_id: int) -> dict[int, str]:
    rows = store.query("SELECT id, name FROM contacts WHERE account_id = ? ORDER BY name", (account_id,))
    return {int(i): str(n) for i, n in rows}


def snapshot_of(store: Store, account_id: int, figures: KeyFigures, today: date) -> Snapshot:
    return Snapshot(
        today.isoformat(), figures.revenue_cents, figures.share_of_wallet, figures.breadth, figures.intensity,
        figures.quadrant.value if figures.quadrant else None, figures.nps, figures.tier,
        figures.potential_cents,
        _products(store, account_id), _contacts(store, account_id),
    )  # fmt: skip


def take_snapshot(store: Store, account_id: int, today: date, book: BookFacts | None = None) -> Snapshot:
    """The account as it is now."""
    book = book or BookFacts(store, today)
    return snapshot_of(store, account_id, key_figures(book, account_id), today)


@dataclass(frozen=True)
class SinceLast:
    """What changed since the last held QBR. Without its snapshot (held before snapshots were kept) only
    the products bought since its date are known."""

    qbr_id: int
    held_on: str
    snapshot: Snapshot | None
    quadrant_before: str | None
    quadrant_now: str | None
    won: tuple[str, ...]
    lost: tuple[str, ...]
    new_contacts: tuple[str, ...]
    gone_contacts: tuple[str, ...]
    figures: tuple[tuple[str, Any, Any], ...]  # (name in FIGURES, before, now)

    @property
    def moved(self) -> bool:
        return (
            None not in (self.quadrant_before, self.quadrant_now)
            and self.quadrant_before != self.quadrant_now
        )

    @property
    def nothing(self) -> bool:
        """Neither the quadrant nor products nor contacts changed."""
        changed = (self.won, self.lost, self.new_contacts, self.gone_contacts)
        return not self.moved and not any(changed)


def compare(before: Snapshot, now: Snapshot, qbr_id: int, held_on: str) -> SinceLast:
    def gone(old: dict[int, str], new: dict[int, str]) -> tuple[str, ...]:
        return tuple(sorted((n for i, n in old.items() if i not in new), key=str.casefold))

    figures = tuple((name, getattr(before, name), getattr(now, name)) for name in FIGURES)
    return SinceLast(
        qbr_id, held_on, before, before.quadrant, now.quadrant,
        gone(now.products, before.products), gone(before.products, now.products),
        gone(now.contacts, before.contacts), gone(before.contacts, now.contacts), figures,
    )  # fmt: skip


def last_held(
    store: Store, account_id: int, before: str, exclude: int | None = None
) -> dict[str, Any] | None:
    """The row of the account's latest held QBR before the day `before` (ISO), or None."""
    rows = changes.read_rows(
        store.conn, "qbrs", "account_id = ? AND status = 'held' AND held_on < ? AND id IS NOT ? "
        "ORDER BY held_on DESC, id DESC LIMIT 1", (account_id, before, exclude),
    )  # fmt: skip
    return dict(rows[0]) if rows else None


def since_last(
    store: Store, account_id: int, before: str, now: Snapshot, exclude: int | None = None
) -> SinceLast | None:
    """The changes since the account's last held QBR before the day `before` (ISO); None without one."""
    last = last_held(store, account_id, before, exclude)
    if last is None:
        return None
    if last["snapshot_json"]:
        return compare(Snapshot.from_json(last["snapshot_json"]), now, last["id"], last["held_on"])
    bought = store.query(
        "SELECT p.name FROM holdings h JOIN products p ON p.id = h.product_id WHERE h.account_id = ? "
        "AND h.status = 'active' AND h.since > ? ORDER BY p.name",
        (account_id, last["held_on"]),
    )
    won = tuple(r[0] for r in bought)
    return SinceLast(last["id"], last["held_on"], None, None, now.quadrant, won, (), (), (), ())
