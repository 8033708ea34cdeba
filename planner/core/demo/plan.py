"""The plan of a demo book: products, calendar, and per account archetype, size, tier and planted flags."""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from planner.core.matrix.scoring import pareto_tiers

# Archetypes: the four quadrants of the Customer-Performance-Matrix and three unscorable kinds.
SAMPLER, NICHE, UNDERPERFORMER, POWER_USER = "sampler", "niche", "underperformer", "power_user"
CHURNED, TRIAL_ONLY, NO_HOLDINGS = "churned", "trial_only", "no_holdings"
ACTIVE_ARCHETYPES = (SAMPLER, NICHE, UNDERPERFORMER, POWER_USER)
GROWTH, STABLE, CONTRACTION = "growth", "stable", "contraction"
CADENCE_DAYS = {"A": 14, "B": 30, "C": 90}
BANDS = ((20, 249), (250, 999), (1000, 4999), (5000, 60000))  # employees; the peer bands of below_peers
SEGMENTS = ("KMU", "Mittelstand", "Mittelstand", "Enterprise")


class Flag:
    """Situations planted so that every trigger rule has accounts where it fires (bits of a plain int)."""

    NONE = 0
    LOW_PENETRATION = 1 << 0
    BELOW_PEERS = 1 << 1
    PROMOTER_LOW_REVENUE = 1 << 2
    FALLING_USAGE = 1 << 3
    USAGE_LIMIT = 1 << 4
    ONE_REGION = 1 << 5
    DETRACTOR = 1 << 6
    OUTAGE = 1 << 7
    NEW_STAKEHOLDER = 1 << 8
    HIGH_SURVEY = 1 << 9
    QBR_COMING = 1 << 10
    RENEWAL_COMING = 1 << 11
    FAST_LANE = 1 << 12
    DUE_TODAY = 1 << 13
    NEGLECTED = 1 << 14
    NO_TOUCH = 1 << 15


# Flags that shape holdings or sentiment exclude each other; each lists the archetypes that can carry it.
STRUCTURAL = (
    (Flag.LOW_PENETRATION, (SAMPLER, NICHE)),
    (Flag.BELOW_PEERS, (SAMPLER, NICHE)),
    (Flag.PROMOTER_LOW_REVENUE, (SAMPLER, NICHE)),
    (Flag.FALLING_USAGE, (SAMPLER, UNDERPERFORMER)),
    (Flag.USAGE_LIMIT, (NICHE, POWER_USER)),
    (Flag.ONE_REGION, ACTIVE_ARCHETYPES),
    (Flag.DETRACTOR, ACTIVE_ARCHETYPES),
)
OVERLAYS = (
    Flag.OUTAGE,
    Flag.NEW_STAKEHOLDER,
    Flag.HIGH_SURVEY,
    Flag.QBR_COMING,
    Flag.RENEWAL_COMING,
    Flag.FAST_LANE,
)


@dataclass(frozen=True)
class Product:
    id: int
    key: str
    name: str
    family: str
    price_cents: int  # per seat or licence and year; per volume unit and month for volume products
    unit: str
    usage_metric: str
    expected_usage: float  # per seat or licence and month; share of the approved volume for volume products


PRODUCTS = (
    Product(
        1, "P-CONNECT", "Connect Basis", "Connect", 18000, "seat",
        "Log-ins pro Nutzer und Monat", 20.0,
    ),
    Product(
        2, "P-CONNECT-PRO", "Connect Pro", "Connect", 42000, "seat",
        "Log-ins pro Nutzer und Monat", 25.0,
    ),
    Product(
        3, "P-MOBILE", "Connect Mobile", "Connect", 9600, "seat",
        "Aktive Tage pro Nutzer und Monat", 12.0,
    ),
    Product(
        4, "P-GATEWAY", "Connect API-Gateway", "Connect", 300, "volume",
        "Abgerechnetes vs. freigegebenes Volumen (Tsd. API-Aufrufe)", 0.8,
    ),
    Product(
        5, "P-INSIGHT", "Insight Dashboards", "Analytics", 30000, "seat",
        "Aufgerufene Berichte pro Nutzer und Monat", 15.0,
    ),
    Product(
        6, "P-PLANNING", "Insight Planning", "Analytics", 54000, "seat",
        "Planungssitzungen pro Nutzer und Monat", 6.0,
    ),
    Product(
        7, "P-DATAHUB", "Data Hub", "Analytics", 800, "volume",
        "Abgerechnetes vs. freigegebenes Datenvolumen (GB)", 0.8,
    ),
    Product(
        8, "P-SUPPORT", "Premium Support", "Services", 480000, "licence",
        "Genutzte Support-Stunden pro Lizenz und Monat", 4.0,
    ),
    Product(
        9, "P-ACADEMY", "Academy Schulungen", "Services", 190000, "licence",
        "Schulungstage pro Lizenz und Monat", 1.5,
    ),
    Product(
        10, "P-SUCCESS", "Customer Success Paket", "Services", 360000, "licence",
        "Beratungsstunden pro Lizenz und Monat", 6.0,
    ),
)  # fmt: skip
MAIN_PRODUCTS = (1, 2, 5)  # seat products an account usually starts with
VOLUME_PRODUCTS = tuple(p.id for p in PRODUCTS if p.unit == "volume")


class Calendar:
    """All dates of the book relative to `today`: days as ISO strings, 24 usage months, 8 quarters."""

    PAST_DAYS = 3400
    FUTURE_DAYS = 800

    def __init__(self, today: date) -> None:
        self.today = today
        first = today - timedelta(days=self.PAST_DAYS)
        dates = [first + timedelta(days=i) for i in range(self.PAST_DAYS + self.FUTURE_DAYS)]
        self._days = [d.isoformat() for d in dates]
        self._month_of = [d.year * 12 + d.month - 1 for d in dates]
        self._years_before: dict[tuple[int, int], int] = {}
        self.this_month = today.year * 12 + today.month - 1  # months counted from year 0
        self.month_numbers = [self.this_month - 24 + i for i in range(24)]  # ending with last month
        self.months = [f"{m // 12:04d}-{m % 12 + 1:02d}" for m in self.month_numbers]
        last_quarter = (self.this_month // 3) * 3 - 3  # first month of the last complete quarter
        self.quarter_starts = [last_quarter - 3 * (7 - i) for i in range(8)]
        self.quarters = [f"{m // 12:04d}-Q{m % 12 // 3 + 1}" for m in self.quarter_starts]
        self.window_start = self.month_offset(self.month_numbers[0])  # first day of the usage window

    def day(self, offset: int) -> str:
        """ISO date `offset` days after today (negative: before)."""
        return self._days[offset + self.PAST_DAYS]

    def month_of(self, offset: int) -> int:
        """Month number of the day `offset` days after today."""
        return self._month_of[offset + self.PAST_DAYS]

    def month_offset(self, month_number: int) -> int:
        """Days from today to the first day of a month number."""
        return (date(month_number // 12, month_number % 12 + 1, 1) - self.today).days

    def years_before(self, offset: int, years: int) -> int:
        """Offset of the same calendar day `years` earlier (29 February becomes the 28th)."""
        key = (offset, years)
        if key not in self._years_before:
            day = self.today + timedelta(days=offset)
            try:
                earlier = day.replace(year=day.year - years)
            except ValueError:
                earlier = day.replace(year=day.year - years, day=28)
            self._years_before[key] = (earlier - self.today).days
        return self._years_before[key]


@dataclass(slots=True)
class AccountPlan:
    id: int
    archetype: str
    flags: int  # Flag bits
    country: str
    language: str  # "de" or "fr": the language of the company's and its contacts' names
    band: int
    employees: int
    potential_users: int
    wallet_cents: int
    regions: str
    trajectory: str
    tier: str = "C"


def quota(rng: random.Random, n: int, shares: Sequence[tuple[str, float, int]]) -> list[str]:
    """n labels in random order: each at least its minimum (when n allows), the rest drawn by share."""
    labels = [label for label, _, minimum in shares for _ in range(minimum)]
    rest = n - len(labels)
    if rest > 0:
        labels += rng.choices([label for label, _, _ in shares], [share for _, share, _ in shares], k=rest)
    rng.shuffle(labels)
    return labels[:n]


def plan_book(rng: random.Random, n: int) -> list[AccountPlan]:
    """Decide every account's archetype, flags, size, wallet and tier before any row is written."""
    archetypes = quota(
        rng, n,
        [(SAMPLER, 0.3, 5), (NICHE, 0.23, 5), (UNDERPERFORMER, 0.19, 5), (POWER_USER, 0.23, 5),
         (CHURNED, 0.03, 3), (TRIAL_ONLY, 0.01, 2), (NO_HOLDINGS, 0.01, 2)],
    )  # fmt: skip
    countries = quota(rng, n, [("DE", 0.55, 2), ("AT", 0.15, 2), ("CH", 0.15, 2), ("FR", 0.15, 2)])
    trajectories = quota(rng, n, [(GROWTH, 0.35, 4), (STABLE, 0.4, 4), (CONTRACTION, 0.25, 4)])
    flags = [Flag.NONE] * n
    order = rng.sample(range(n), n)
    planted = max(3, round(n * 0.012))
    taken: set[int] = set()
    for flag, eligible in STRUCTURAL:
        chosen = [i for i in order if archetypes[i] in eligible and i not in taken][:planted]
        taken.update(chosen)
        for i in chosen:
            flags[i] |= flag
    active = [i for i in range(n) if archetypes[i] in ACTIVE_ARCHETYPES]
    for flag in OVERLAYS:
        for i in rng.sample(active, min(len(active), max(3, round(n * 0.015)))):
            flags[i] |= flag
    plans = [_plan_account(rng, i, archetypes[i], flags[i], countries[i], trajectories[i]) for i in range(n)]
    _plant_touch_gaps(rng, plans, order)
    return plans


def _plan_account(
    rng: random.Random, index: int, archetype: str, flags: int, country: str, trajectory: str
) -> AccountPlan:
    if flags & Flag.LOW_PENETRATION:
        band = rng.choice((2, 3))
    elif flags & Flag.BELOW_PEERS:
        band = 1
    elif flags & Flag.PROMOTER_LOW_REVENUE:
        band = 0
    else:
        band_weights = {
            SAMPLER: (45, 30, 17, 8),
            NICHE: (35, 33, 20, 12),
            UNDERPERFORMER: (10, 30, 35, 25),
            POWER_USER: (10, 25, 35, 30),
        }.get(archetype, (50, 30, 15, 5))
        band = rng.choices(range(4), band_weights)[0]
    low, high = BANDS[band]
    employees = min(high, int(math.exp(rng.uniform(math.log(low), math.log(high + 1)))))
    potential = max(20, round(employees * rng.uniform(0.3, 0.85)))
    wallet = max(potential * rng.randint(500, 1200), 30_000) * 100  # EUR per potential user, at least 30k
    if flags & Flag.ONE_REGION:
        regions = rng.choice(("EMEA,APAC", "EMEA,AMER", "EMEA,APAC,AMER"))
    else:
        spread = ((0.4, 0.25, 0.35), (0.77, 0.15, 0.08), (0.97, 0.03, 0.0), (0.97, 0.03, 0.0))[3 - band]
        regions = rng.choices(("EMEA", rng.choice(("EMEA,APAC", "EMEA,AMER")), "EMEA,APAC,AMER"), spread)[0]
    language = "fr" if country == "FR" or (country == "CH" and rng.random() < 0.3) else "de"
    return AccountPlan(
        index + 1,
        archetype,
        flags,
        country,
        language,
        band,
        employees,
        potential,
        wallet,
        regions,
        trajectory,
    )


def _plant_touch_gaps(rng: random.Random, plans: list[AccountPlan], order: list[int]) -> None:
    """Tiers as the app computes them (Pareto over wallet, which exceeds revenue); neglect some of each."""
    tiers = pareto_tiers({p.id: p.wallet_cents for p in plans})
    for p in plans:
        p.tier = tiers[p.id]
    n = len(plans)
    wanted = {"A": max(3, round(n * 0.01)), "B": max(1, round(n * 0.005)), "C": max(2, round(n * 0.01))}
    for i in order:
        p = plans[i]
        if wanted[p.tier] > 0:
            wanted[p.tier] -= 1
            p.flags |= Flag.NEGLECTED
    silent = max(2, round(n * 0.005))
    for i in reversed(order):
        p = plans[i]
        if silent and p.tier == "C" and not p.flags & Flag.NEGLECTED:
            silent -= 1
            p.flags |= Flag.NO_TOUCH
    due_today = max(3, round(n * 0.01))
    for i in order[len(order) // 2 :]:
        p = plans[i]
        quiet = Flag.NEGLECTED | Flag.NO_TOUCH
        if due_today and p.archetype in ACTIVE_ARCHETYPES and not p.flags & quiet:
            due_today -= 1
            p.flags |= Flag.DUE_TODAY
