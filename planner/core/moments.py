"""Trigger moments, the R/U/C detector (DOMAIN.md, seeds 002 and 004): which account to act on now, why, and
what to do. Each rule returns its evidence in figures; a fix-first moment holds back the sell moments."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

# The rules, in the order the inbox's filter lists them.
RULES = (
    "low_penetration",  # large company, few of its potential users served
    "one_region",  # global company, one region buying
    "below_peers",  # spend well below accounts of the same segment and size
    "promoter_low_revenue",  # promoter with low revenue: make them the internal champion
    "detractor",  # fix first: detractors among the contacts' latest answers
    "falling_usage",  # fix first: usage fell against the quarter before
    "outage",  # fix first: outages or a pile of support tickets
    "new_stakeholder",  # someone from a new department or region appeared
    "usage_limit",  # a holding at its usage limit
    "high_survey",  # contacts answer surveys more often than average
    "fast_lane",  # the customer asked for a demo, a consultation or a price
    "qbr_coming",  # a QBR is coming: bring recommendations
    "not_touched",  # not touched within the tier's cadence
    "renewal_coming",  # a renewal is coming
)
KINDS = ("repeat", "upsell", "crosssell", "fix_first")
FIX_FIRST = ("detractor", "falling_usage", "outage")


@dataclass(frozen=True)
class Moment:
    """A dated, explainable reason to act on one account now."""

    account_id: int
    account: str  # the account's name
    key: str  # the account's key
    owner: str
    tier: str
    rule: str  # one of RULES
    kind: str  # one of KINDS
    day: str  # ISO date of the evidence that raised it
    subject: str  # what in the account it is about (a product key, a region, ...); "" for the whole account
    evidence: Mapping[str, Any]  # the figures, by name (the UI words them per rule)
    value_cents: int  # value at stake
    readiness: float  # 0..1: how ripe the need is
    priority: int = 0  # 0..100, from value at stake and readiness
    product_id: int | None = None
    held_back_by: str | None = None  # a fix-first rule (or "enablement") that holds this sell moment back
    fingerprint: str = ""  # the evidence that must change before a dismissed moment comes back
    phase: str = ""  # the account's journey phase
    extra: Mapping[str, Any] = field(default_factory=dict)

    @property
    def ident(self) -> tuple[int, str, str]:
        return (self.account_id, self.rule, self.subject)
