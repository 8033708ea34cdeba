"""Trigger moments, the R/U/C detector (DOMAIN.md, seeds 002 and 004): what a moment is, its rules and their
thresholds, the decisions taken on moments. Detecting them: detection.py."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields, replace
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from planner.core.store.store import Store

# The rules, in the order the inbox's filter lists them.
RULES = (
    "low_penetration",  # large company, few of its potential users served
    "one_region",  # global company, one region buying
    "below_peers",  # spend well below accounts of the same segment and size
    "promoter_low_revenue",  # promoter with low revenue: make them the internal champion
    "detractor",  # fix first: detractors among the contacts' recent latest answers, or a key contact
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
SELLING = ("upsell", "crosssell")  # the kinds a fix-first moment or the enablement phase holds back ...
NEVER_HELD = ("fast_lane", "qbr_coming")  # ... except when the customer asked, or the meeting is set anyway
META_KEY = "moment_thresholds"


@dataclass(frozen=True)
class Thresholds:
    """Every rule's adjustable limits; stored in the portfolio (meta) once the user changes one."""

    large_employees: int = 1000  # low_penetration: a large company has at least this many employees
    penetration_max: float = 0.10  # ... and serves at most this share of its potential users
    peers_share: float = 0.5  # below_peers: revenue below this share of the peer median
    survey_window_days: int = 180  # promoter_low_revenue, detractor: the contacts' latest NPS answers count
    # when given within these days (Recency in DOMAIN.md); older ones no more
    promoter_nps: float = 50.0  # promoter_low_revenue: account NPS at least this
    low_revenue_quantile: float = 0.25  # ... and revenue in the lowest quarter of the book
    detractor_nps: float = 0.0  # detractor: account NPS below this
    usage_drop: float = 0.2  # falling_usage: latest three months this much below the three before
    outage_days: int = 90  # outage: an outage within these days
    tickets: int = 3  # ... or at least this many support tickets within 30 days
    stakeholder_days: int = 60  # new_stakeholder: signed up within these days
    limit_share: float = 0.95  # usage_limit: the latest month uses this share of the limit
    survey_factor: float = 2.0  # high_survey: answers per contact at least this times the book's average
    survey_days: int = 365  # ... counting the survey answers of these days (how often: a year's average)
    fast_lane_days: int = 30  # fast_lane: asked within these days
    qbr_days: int = 30  # qbr_coming: a planned QBR within these days
    cadence_a: int = 14  # not_touched: days between touches per tier
    cadence_b: int = 30
    cadence_c: int = 90
    renewal_days: int = 90  # renewal_coming: renews within these days

    def cadence(self, tier: str) -> int:
        return {"A": self.cadence_a, "B": self.cadence_b}.get(tier, self.cadence_c)


def load_thresholds(store: Store) -> Thresholds:
    stored = store.meta(META_KEY)
    if not stored:
        return Thresholds()
    known = {f.name: f.type for f in fields(Thresholds)}
    values: dict[str, Any] = {
        k: v for k, v in json.loads(stored).items() if k in known and isinstance(v, int | float)
    }
    return replace(Thresholds(), **values)


def save_thresholds(store: Store, thresholds: Thresholds) -> None:
    with store.write() as conn:
        store.set_meta(conn, META_KEY, json.dumps(asdict(thresholds)))


@dataclass(slots=True)
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

    @property
    def ident(self) -> tuple[int, str, str]:
        return (self.account_id, self.rule, self.subject)


@dataclass(frozen=True)
class Decision:
    """What the user decided about a moment: dismissed (with a reason), snoozed until a day, or turned
    into an opportunity. It holds while the moment's evidence (its fingerprint) stays the same."""

    id: int
    account_id: int
    rule: str
    subject: str
    fingerprint: str
    decision: str
    until: str | None
    reason: str | None
    decided_on: str
    opportunity_id: int | None

    def hides(self, moment: Moment, today: date) -> bool:
        if self.decision == "opportunity":
            return True  # while its opportunity exists (deleting it deletes this decision)
        if moment.fingerprint != self.fingerprint:
            return False
        return self.decision == "dismissed" or (self.until is not None and today.isoformat() < self.until)


@dataclass(frozen=True)
class Detection:
    moments: list[Moment]  # to act on, by priority; held-back sell moments after the others
    hidden: list[tuple[Moment, Decision]]  # dismissed, snoozed or already an opportunity


def decisions(store: Store) -> dict[tuple[int, str, str], Decision]:
    rows = store.query(
        "SELECT id, account_id, rule, subject, fingerprint, decision, until, reason, decided_on, "
        "opportunity_id FROM moment_decisions"
    )
    return {(r[1], r[2], r[3]): Decision(*r) for r in rows}
