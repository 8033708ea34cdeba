"""Detecting the moments: every rule over every account, fix-first and enablement holding back selling,
decisions hiding what was decided, priorities."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING

from planner.core.matrix import collector
from planner.core.moments.journey import phase_calls
from planner.core.moments.moment_facts import Facts
from planner.core.moments.moment_rules import RULE_FUNCTIONS, run_rules
from planner.core.moments.moments import (
    NEVER_HELD,
    SELLING,
    Decision,
    Detection,
    Moment,
    Thresholds,
    decisions,
    load_thresholds,
)
from planner.core.portfolio.account_detail import customers_since

if TYPE_CHECKING:
    from planner.core.matrix.matrix import MatrixPoint
    from planner.core.store.store import Store


def detect(
    store: Store,
    today: date | None = None,
    thresholds: Thresholds | None = None,
    points: Sequence[MatrixPoint] | None = None,
    phase_of: Mapping[int, str] | None = None,
) -> Detection:
    """Every rule over every account; fix-first holds back selling; decisions hide what was decided.
    `points` and `phase_of` (each account's journey phase): computed here when not given."""
    with collector.paused():  # a few hundred thousand small objects and no cycles
        return _detect(store, today or date.today(), thresholds or load_thresholds(store), points, phase_of)


def _detect(
    store: Store, today: date, thresholds: Thresholds, points: Sequence[MatrixPoint] | None,
    phase_of: Mapping[int, str] | None,
) -> Detection:  # fmt: skip
    facts = Facts.read(store, today, points)
    if phase_of is None:
        calls = phase_calls(facts.inputs.values(), facts.points.values(), today, customers_since(store))
        phase_of = {a: call.phase for a, call in calls.items()}
    by_rule = run_rules(facts, thresholds)
    found = prioritised(held_back([m for name in RULE_FUNCTIONS for m in by_rule[name]], phase_of))
    decided = decisions(store)
    shown: list[Moment] = []
    hidden: list[tuple[Moment, Decision]] = []
    for moment in found:
        decision = decided.get(moment.ident)
        if decision is not None and decision.hides(moment, today):
            hidden.append((moment, decision))
        else:
            shown.append(moment)
    return Detection(shown, hidden)


def held_back(moments: list[Moment], phase_of: Mapping[int, str]) -> list[Moment]:
    """Sell moments of an account with a fix-first moment (or still in enablement) are held back. A prospect
    or a churned account is in no phase (journey.STATES), so nothing holds it back for good."""
    fixing: dict[int, str] = {}
    for m in moments:
        if m.kind == "fix_first":
            fixing.setdefault(m.account_id, m.rule)
    for m in moments:
        m.phase = phase_of.get(m.account_id, "")
        if m.kind in SELLING and m.rule not in NEVER_HELD:
            m.held_back_by = fixing.get(m.account_id) or ("enablement" if m.phase == "enablement" else None)
    return moments


def prioritised(moments: list[Moment]) -> list[Moment]:
    """Priority 0-100 = readiness x value at stake on a log scale against the largest value of the book;
    sorted by priority, held-back moments last."""
    largest = max((m.value_cents for m in moments), default=0)
    scale = math.log10(1 + largest / 100) or 1.0
    for m in moments:
        m.priority = round(100 * m.readiness * math.log10(1 + max(m.value_cents, 0) / 100) / scale)
    return sorted(moments, key=lambda m: (m.held_back_by is not None, -m.priority, -m.value_cents, m.account))
