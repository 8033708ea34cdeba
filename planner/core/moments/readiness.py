"""Readiness per account and product from its signals (seed 004: nurturing, the green banana, the fast lane).

A need ripens as the customer engages with a product's topic. Every content engaged or event attended within
the window (180 days back from today, today included; a signal dated later is planned, not seen) adds
points, fewer the older it is; a demo, consultation or price request is the sales fast lane:

    points = full points x (window - age in days) // window        (a whole number; 0 at the window's end)
    full points: content engaged 15, event attended 25, demo / consultation / price request 60
    score = the sum of the points, at most 100

    suggested stage: a request within the window -> marketing-qualified need (mqn) at once (fast lane);
    else score >= 50 -> mqn, >= 25 -> nurturing, >= 1 -> interest; 0 -> none (decayed away)

So one engagement is interest (15 fresh), two or three of the last month are nurturing (about 30, 45),
four of the last month are a marketing-qualified need (about 60); an event counts as much as one and a bit
engagements; engagements half the window old count half, and nothing counts after the window. Every
contributing signal is kept with its points (newest first), so a screen can say which signals raised the
score. The numbers are `Rules`, stored in the portfolio's meta under `readiness_rules`
(JSON, like the moment thresholds) when a portfolio wants others.

Which product a signal is about: its product when it names one; else its topic, when that is a product's
key, name or family (case and surrounding spaces do not count; a family names each product in it); else
the longest product name contained in the content's name ("Webinar: Data Hub in 5 minutes" -> Data Hub).
A signal about no product raises no readiness.

Computed in one pass over the signals of the window (one indexed query, a dict per account and product).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field, fields, replace
from datetime import date, timedelta
from typing import NamedTuple

from planner.core.moments.moment_rules import LIMIT_LIFT  # an up-sell: a quarter of the holding's revenue
from planner.core.moments.opportunities import OPEN_STAGES, STAGES, OpportunityRow, move
from planner.core.moments.opportunity_records import quarter_end, save_opportunity
from planner.core.portfolio.changes import Change, freeze
from planner.core.store.store import Store

ENGAGEMENTS = ("content_engaged", "event_attended")
REQUESTS = ("demo_request", "consultation_request", "price_request")  # the sales fast lane
META_KEY = "readiness_rules"


@dataclass(frozen=True)
class Rules:
    window_days: int = 180
    content_engaged: int = 15
    event_attended: int = 25
    request: int = 60  # demo, consultation or price request
    nurturing_from: int = 25
    mqn_from: int = 50

    def full_points(self, kind: str) -> int:
        if kind in REQUESTS:
            return self.request
        return self.event_attended if kind == "event_attended" else self.content_engaged

    def stage(self, score: int, fast_lane: bool) -> str | None:
        if fast_lane or score >= self.mqn_from:
            return "mqn"
        if score >= self.nurturing_from:
            return "nurturing"
        return "interest" if score > 0 else None


def load_rules(store: Store) -> Rules:
    stored = store.meta(META_KEY)
    if not stored:
        return Rules()
    known = {f.name for f in fields(Rules)}
    values = {k: v for k, v in json.loads(stored).items() if k in known and isinstance(v, int)}
    return replace(Rules(), **values)


def save_rules(store: Store, rules: Rules) -> None:
    with store.write() as conn:
        store.set_meta(conn, META_KEY, json.dumps(asdict(rules)))


class Contribution(NamedTuple):
    """A signal that raised a readiness score, and by how much."""

    day: str  # ISO date (first: contributions sort by day, then by signal)
    signal_id: int
    kind: str  # content_engaged, event_attended or a request
    content: str  # the content's (or event's) name; "" when none
    topic: str
    points: int


@dataclass(slots=True)
class Readiness:
    account_id: int
    product_id: int
    score: int = 0  # 0..100
    fast_lane: bool = False  # the customer asked (demo, consultation, price) within the window
    signals: list[Contribution] = field(default_factory=list)  # newest first
    stage: str | None = None  # interest, nurturing or mqn; None when it all decayed away


class PairRow(NamedTuple):
    """An account and product with a readiness, for the readiness table."""

    readiness: Readiness
    account_name: str
    account_key: str
    owner: str
    product_name: str
    opportunity: OpportunityRow | None  # the open opportunity of the pair (the furthest on), if any


class Topics:
    """Which products a signal's topic or content names (see the module's docstring); cached per text."""

    def __init__(self, products: Iterable[tuple[int, str, str, str | None]]) -> None:
        self.by_word: dict[str, list[int]] = {}
        self.names: list[tuple[str, int]] = []  # casefolded names, longest first
        for pid, key, name, family in products:
            for word in (key, name):
                self.by_word.setdefault(word.strip().casefold(), []).append(pid)
            if family and family.strip():
                self.by_word.setdefault(family.strip().casefold(), []).append(pid)
            if name.strip():
                self.names.append((name.strip().casefold(), pid))
        self.names.sort(key=lambda n: -len(n[0]))
        self._topic: dict[str, tuple[int, ...]] = {}
        self._content: dict[str, tuple[int, ...]] = {}

    def products(self, topic: str | None, content: str | None) -> tuple[int, ...]:
        if topic:
            found = self._topic.get(topic)
            if found is None:
                found = self._topic[topic] = tuple(
                    dict.fromkeys(self.by_word.get(topic.strip().casefold(), ()))
                )
            if found:
                return found
        if content:
            found = self._content.get(content)
            if found is None:
                folded = content.casefold()
                hit = next((pid for name, pid in self.names if name in folded), None)
                found = self._content[content] = (hit,) if hit is not None else ()
            return found
        return ()


def readiness_by_pair(
    store: Store, today: date | None = None, rules: Rules | None = None
) -> dict[tuple[int, int], Readiness]:
    """Every (account, product) whose signals of the window suggest a stage, with the signals that did."""
    today = today or date.today()
    rules = rules or load_rules(store)
    window = rules.window_days
    first, after = (today - timedelta(days=window - 1)).isoformat(), (today + timedelta(days=1)).isoformat()
    kinds = (*ENGAGEMENTS, *REQUESTS)
    topics = Topics(store.query("SELECT id, key, name, family FROM products"))
    rows = store.query(
        "SELECT id, account_id, substr(occurred_on, 1, 10), kind, product_id, content, topic FROM signals "
        f"WHERE kind IN ({', '.join('?' * len(kinds))}) AND occurred_on >= ? AND occurred_on < ?",
        (*kinds, first, after),
    )
    ages: dict[str, int] = {}
    full = {kind: rules.full_points(kind) for kind in kinds}
    found: dict[tuple[int, int], Readiness] = {}
    about, pair_of = topics.products, found.get
    for sid, aid, day, kind, pid, content, topic in rows:
        age = ages.get(day)
        if age is None:
            age = ages[day] = (today - date.fromisoformat(day)).days
        points = full[kind] * (window - age) // window
        request = kind in REQUESTS
        if points <= 0 and not request:
            continue
        contribution = Contribution(day, sid, kind, content or "", topic or "", points)
        for product in (pid,) if pid is not None else about(topic, content):
            pair = pair_of((aid, product))
            if pair is None:
                pair = found[(aid, product)] = Readiness(aid, product)
            pair.score += points
            if request:
                pair.fast_lane = True
            pair.signals.append(contribution)
    stage_of = rules.stage
    for key, pair in list(found.items()):
        pair.score = min(pair.score, 100)
        pair.stage = stage_of(pair.score, pair.fast_lane)
        if pair.stage is None:
            del found[key]
        elif len(pair.signals) > 1:
            pair.signals.sort(reverse=True)  # newest first: by day, then by signal
    return found


def ready_for(row: OpportunityRow, found: Readiness | None) -> str | None:
    """The stage an open opportunity's readiness says it is ready for, when that is ahead of where it is;
    None when it is there (or further), closed, or has no readiness. Readiness never moves a card back."""
    if found is None or found.stage is None or row.stage not in OPEN_STAGES:
        return None
    return found.stage if STAGES.index(found.stage) > STAGES.index(row.stage) else None


def of_opportunities(
    rows: Iterable[OpportunityRow], pairs: Mapping[tuple[int, int], Readiness]
) -> dict[int, Readiness]:
    """The readiness of each opportunity's account and product, by opportunity id (open or closed)."""
    return {
        r.id: pairs[(r.account_id, r.product_id)]
        for r in rows
        if r.product_id is not None and (r.account_id, r.product_id) in pairs
    }


def pair_rows(
    store: Store, pairs: Mapping[tuple[int, int], Readiness], rows: Sequence[OpportunityRow]
) -> list[PairRow]:
    """Every account and product with a readiness, highest score first, with its open opportunity."""
    open_of: dict[tuple[int, int], OpportunityRow] = {}
    for r in rows:
        if r.stage in OPEN_STAGES and r.product_id is not None:
            key = (r.account_id, r.product_id)
            known = open_of.get(key)
            if known is None or STAGES.index(r.stage) > STAGES.index(known.stage):
                open_of[key] = r
    accounts = {aid: (name, key, owner) for aid, name, key, owner in store.query(
        "SELECT id, name, key, coalesce(owner, '') FROM accounts")}  # fmt: skip
    products = dict(store.query("SELECT id, name FROM products"))
    found = [
        PairRow(p, *accounts[p.account_id], products.get(p.product_id, ""), open_of.get(key))
        for key, p in pairs.items()
        if p.account_id in accounts
    ]
    found.sort(key=lambda r: (-r.readiness.score, r.account_name.casefold(), r.product_name.casefold()))
    return found


def readiness_values(
    store: Store, pair: PairRow, whitespace_cents: int | None = None, *, today: date | None = None
) -> dict[str, object]:
    """What a pair's readiness proposes for its opportunity: the suggested stage (fast lane when the customer
    asked), raised by its latest signal (a request first) today, closing at the end of the quarter. An up-sell
    when the account holds or tries the product (valued at a quarter of the holding's revenue), else a
    cross-sell valued at `whitespace_cents` (the product's whitespace value for the account, 0 when
    unknown)."""
    p = pair.readiness
    held = store.query(
        "SELECT status, revenue_cents FROM holdings WHERE account_id = ? AND product_id = ? "
        "AND status IN ('active', 'trial') ORDER BY status = 'active' DESC LIMIT 1",
        (p.account_id, p.product_id),
    )
    if held:
        kind, value = "upsell", round((held[0][1] or 0) * LIMIT_LIFT)
    else:
        kind, value = "crosssell", whitespace_cents or 0
    latest = next((s for s in p.signals if s.kind in REQUESTS), p.signals[0])
    today = today or date.today()
    return {
        "account_id": p.account_id, "product_id": p.product_id, "kind": kind, "stage": p.stage or "interest",
        "value_cents": value, "raised_by": latest.kind, "raised_on": today.isoformat(),
        "fast_lane": int(p.fast_lane), "close_on": quarter_end(today).isoformat(),
    }  # fmt: skip


def new_opportunity(
    store: Store, pair: PairRow, whitespace_cents: int | None = None, *, today: date | None = None
) -> Change:
    """An opportunity for an account and product its readiness raised, with `readiness_values`, as one
    undoable change; OpenOpportunityExists when the pair has an open one already."""
    return save_opportunity(store, readiness_values(store, pair, whitespace_cents, today=today), today=today)


def move_to_readiness(store: Store, opportunity_id: int, found: Readiness) -> Change:
    """Move an open opportunity to the stage its readiness suggests, as the board's `move` does (one undoable
    change; KeyError when it is gone). A request marks the fast lane; a need that ripened by engagement did
    not skip ahead, so a jump over a stage leaves the mark as it was."""
    if found.stage is None:
        raise ValueError("no readiness to move by")
    change = move(store, opportunity_id, found.stage)
    if change.empty:
        return change
    before, after = change.before["opportunities"][0], dict(change.after["opportunities"][0])
    after["fast_lane"] = 1 if found.fast_lane else before["fast_lane"]
    moved = tuple(f for f in ("stage", "fast_lane") if after[f] != before[f])
    return replace(change, after=freeze({"opportunities": [after]}), fields=moved)
