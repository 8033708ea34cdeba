"""Segments (seed 001): built-in ones by firmographics and geography, the user's own rules over
firmographics, product ownership and usage, and the products relevant per segment (the matrix's breadth)."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from planner.core.matrix.matrix import MatrixPoint, matrix_points
from planner.core.portfolio.changes import Change, create, delete, edit, freeze
from planner.core.store.store import Store

# field -> the kind of value it compares: text (is, is_not, contains), number (>=, <=, in units: € or
# people), share (>=, <= in %), product (holds, lacks, trial: no operator), segment (is, is_not: a saved one)
FIELDS = {
    "segment": "text", "industry": "text", "country": "text", "region": "text", "owner": "text",
    "tier": "text", "size_band": "text", "employees": "number", "revenue": "number", "potential": "number",
    "whitespace": "number", "nps": "number", "breadth": "share", "intensity": "share",
    "holds": "product", "lacks": "product", "trial": "product", "in_segment": "segment",
}  # fmt: skip
OPERATORS = {
    "text": ("is", "is_not", "contains"),
    "number": (">=", "<="),
    "share": (">=", "<="),
    "product": ("",),
    "segment": ("is", "is_not"),
}
BUILT_IN = ("segment", "industry", "size_band", "country", "region")
MAX_NESTING = 5  # a saved segment naming itself (or a loop of them) stops matching here


@dataclass(frozen=True)
class Condition:
    field: str
    op: str
    value: Any  # text; a number in units (€, people, % for shares); a product or segment id

    def as_dict(self) -> dict[str, Any]:
        return {"field": self.field, "op": self.op, "value": self.value}


def parse_rules(text: str | None) -> list[Condition]:
    """The conditions stored as JSON; unknown fields are left out (a newer file's rule)."""
    items = json.loads(text or "[]")
    return [Condition(i["field"], i.get("op", ""), i.get("value")) for i in items if i.get("field") in FIELDS]


def rules_json(conditions: Iterable[Condition]) -> str:
    return json.dumps([c.as_dict() for c in conditions], ensure_ascii=False)


@dataclass(frozen=True, slots=True)
class AccountFacts:
    """What rules can ask about an account: its firmographics and the matrix's scores and potential."""

    point: MatrixPoint
    industry: str
    employees: int | None
    size_band: int
    trial: frozenset[int]

    @property
    def id(self) -> int:
        return self.point.account_id

    def text(self, field: str) -> list[str]:
        p = self.point
        values = {
            "segment": [p.segment], "industry": [self.industry], "country": [p.country],
            "region": list(p.regions), "owner": [p.owner], "tier": [p.tier],
            "size_band": [str(self.size_band)],
        }  # fmt: skip
        return values[field]

    def number(self, field: str) -> float | None:
        p = self.point
        values: dict[str, float | None] = {
            "employees": self.employees, "revenue": p.revenue_cents / 100,
            "potential": p.potential_cents / 100,
            "whitespace": sum(w.value_cents for w in p.whitespace) / 100, "nps": p.nps,
            "breadth": None if p.breadth is None else p.breadth * 100,
            "intensity": None if p.intensity is None else p.intensity * 100,
        }  # fmt: skip
        return values[field]


def account_facts(store: Store, points: Sequence[MatrixPoint] | None = None) -> list[AccountFacts]:
    points = matrix_points(store) if points is None else points
    extra = {a: (i or "", e) for a, i, e in store.query("SELECT id, industry, employees FROM accounts")}
    trials: dict[int, set[int]] = defaultdict(set)
    for account, product in store.query("SELECT account_id, product_id FROM holdings WHERE status = 'trial'"):
        trials[account].add(product)
    facts = []
    for p in points:
        industry, employees = extra.get(p.account_id, ("", None))
        facts.append(
            AccountFacts(p, industry, employees, p.size_band, frozenset(trials.get(p.account_id, ())))
        )
    return facts


def matches(
    facts: AccountFacts,
    conditions: Iterable[Condition],
    saved: Mapping[int, Sequence[Condition]] | None = None,
    _depth: int = 0,
) -> bool:
    """True when the account meets every condition (no conditions: every account). `saved`: the user's
    segments by id, for "in segment" conditions."""
    return all(_meets(facts, c, saved or {}, _depth) for c in conditions)


def _meets(facts: AccountFacts, c: Condition, saved: Mapping[int, Sequence[Condition]], depth: int) -> bool:
    kind = FIELDS[c.field]
    if kind == "text":
        values = [v.casefold() for v in facts.text(c.field)]
        wanted = str(c.value or "").strip().casefold()
        if c.op == "contains":
            return any(wanted in v for v in values)
        found = wanted in values
        return not found if c.op == "is_not" else found
    if kind in ("number", "share"):
        value = facts.number(c.field)
        if value is None or c.value is None:
            return False
        return value >= float(c.value) if c.op == ">=" else value <= float(c.value)
    if kind == "product":
        product = int(c.value)
        if c.field == "holds":
            return product in facts.point.products
        if c.field == "trial":
            return product in facts.trial
        return product not in facts.point.products  # lacks: not active (a trial lacks it too)
    inner = saved.get(int(c.value)) if depth < MAX_NESTING else None
    inside = inner is not None and matches(facts, inner, saved, depth + 1)
    return not inside if c.op == "is_not" else inside


@dataclass(frozen=True, slots=True)
class SegmentRow:
    """A segment with its accounts counted: `id` of a saved one, else 0 (built-in: `dimension`, `value`)."""

    id: int
    name: str
    dimension: str  # "" for a saved segment, else one of BUILT_IN
    value: str
    conditions: tuple[Condition, ...]
    accounts: int
    revenue_cents: int
    potential_cents: int
    whitespace_cents: int
    account_ids: tuple[int, ...]


def saved_segments(store: Store) -> dict[int, tuple[str, list[Condition]]]:
    return {
        i: (n, parse_rules(r))
        for i, n, r in store.query("SELECT id, name, rules_json FROM segments ORDER BY id")
    }


def segment_rows(store: Store, facts: Sequence[AccountFacts] | None = None) -> list[SegmentRow]:
    """The saved segments (in the order made) and then every built-in one, each with its accounts."""
    facts = account_facts(store) if facts is None else facts
    saved = saved_segments(store)
    rules = {i: conditions for i, (_, conditions) in saved.items()}
    rows = [
        _row(i, name, "", "", tuple(conditions), [f for f in facts if matches(f, conditions, rules)])
        for i, (name, conditions) in saved.items()
    ]
    for dimension in BUILT_IN:
        members: dict[str, list[AccountFacts]] = defaultdict(list)
        for f in facts:
            for value in f.text(dimension):
                if value:
                    members[value].append(f)
        for value in sorted(members, key=str.casefold):
            condition = Condition(dimension, "is", value)
            rows.append(_row(0, value, dimension, value, (condition,), members[value]))
    return rows


def _row(
    i: int,
    name: str,
    dimension: str,
    value: str,
    conditions: tuple[Condition, ...],
    found: list[AccountFacts],
) -> SegmentRow:
    return SegmentRow(
        i, name, dimension, value, conditions, len(found),
        sum(f.point.revenue_cents for f in found), sum(f.point.potential_cents for f in found),
        sum(w.value_cents for f in found for w in f.point.whitespace), tuple(f.id for f in found),
    )  # fmt: skip


def new_segment(
    store: Store, name: str, conditions: Iterable[Condition], *, today: date | None = None
) -> Change:
    day = (today or date.today()).isoformat()
    return create(store, "segments", {"name": name, "rules_json": rules_json(conditions), "created_on": day})


def edit_segment(store: Store, segment_id: int, name: str, conditions: Iterable[Condition]) -> Change:
    change = edit(store, "segments", segment_id, {"name": name, "rules_json": rules_json(conditions)})
    return replace(change, name=name)  # the new name


def delete_segment(store: Store, segment_id: int) -> Change:
    return delete(store, "segments", [segment_id])


# --- products relevant per segment ---------------------------------------------------------------------
def relevance(store: Store) -> dict[str, set[int]]:
    """The products marked relevant per account segment; a segment without any counts every product."""
    relevant: dict[str, set[int]] = defaultdict(set)
    for segment, product in store.query("SELECT segment, product_id FROM segment_products"):
        relevant[segment].add(product)
    return dict(relevant)


def set_relevance(store: Store, segment: str, product_ids: Iterable[int]) -> Change:
    """Mark exactly `product_ids` relevant for the account segment (none: every product counts again), as
    one undoable change of segment_products."""
    wanted = set(product_ids)
    current = relevance(store).get(segment, set())
    before = [{"segment": segment, "product_id": p} for p in sorted(current - wanted)]
    after = [{"segment": segment, "product_id": p} for p in sorted(wanted - current)]
    return Change(
        "edit", "segment_products", (), segment,
        freeze({"segment_products": before} if before else {}),
        freeze({"segment_products": after} if after else {}),
        ("product_id",),
    )  # fmt: skip
