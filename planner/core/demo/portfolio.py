"""The rows of the demo book chunk by chunk: each account, its holdings, usage and revenue, then activity."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date

from planner.core.demo import texts
from planner.core.demo.activity import account_activity
from planner.core.demo.book import AccountFacts, Batch, Book, Holding
from planner.core.demo.company import company, domain, owner
from planner.core.demo.plan import (
    CHURNED,
    CONTRACTION,
    GROWTH,
    MAIN_PRODUCTS,
    NICHE,
    NO_HOLDINGS,
    POWER_USER,
    PRODUCTS,
    SAMPLER,
    SEGMENTS,
    TRIAL_ONLY,
    UNDERPERFORMER,
    VOLUME_PRODUCTS,
    AccountPlan,
    Calendar,
    Flag,
    Product,
    plan_book,
)

CHUNK = 1000  # accounts per chunk: per round of INSERTs and per progress report
WALLET_SHARE_CAP = 0.85  # revenue stays below this share of the wallet
REVENUE_FLOOR_CENTS = 200_000  # ordinary customers spend at least 2,000 EUR a year
TINY = Flag.LOW_PENETRATION | Flag.BELOW_PEERS | Flag.PROMOTER_LOW_REVENUE  # planted small spenders
AT_LIMIT = (0.86, 0.92)  # usage / limit two months and one month before the latest, which reaches >= 96 %


def book_chunks(seed: int, accounts: int, today: date) -> Iterator[tuple[int, list[Batch]]]:
    """The whole book, CHUNK accounts at a time: (accounts done, INSERT batches). Pure Python, no database."""
    rng = random.Random(seed)
    plans = plan_book(rng, accounts)
    book = Book(rng, Calendar(today))
    book.rows["products"] = [
        (p.id, p.key, p.name, p.family, p.price_cents, p.unit, p.usage_metric, p.expected_usage)
        for p in PRODUCTS
    ]
    used_domains: set[str] = set()
    for start in range(0, accounts, CHUNK):
        for plan in plans[start : start + CHUNK]:
            _account(book, plan, used_domains)
        yield min(start + CHUNK, accounts), book.take()


def _account(book: Book, plan: AccountPlan, used_domains: set[str]) -> None:
    cal, pick = book.cal, book.pick
    name, industry, city = company(book, plan)
    web = domain(name, city, plan.country, used_domains)
    manager = owner(book, plan)
    holdings = _holdings(book, plan)
    revenue = sum(h.revenue_cents for h in holdings if h.status == "active")
    profiled = book.chance(0.8 if plan.archetype in (NICHE, POWER_USER) else 0.55)

    def profile(pool: tuple[str, ...]) -> str | None:
        if not profiled:
            return None
        first, second = pick(pool), pick(pool)
        return first if first == second or book.chance(0.5) else f"{first} {second}"

    notes = "Zum Wettbewerber gewechselt; Rückgewinnung prüfen." if plan.archetype == CHURNED else None
    book.rows["accounts"].append(
        (
            plan.id, f"ACC-{plan.id:05d}", name, web, industry, SEGMENTS[plan.band], plan.country, city,
            plan.regions, plan.employees, plan.potential_users, revenue, plan.wallet_cents, manager,
            profile(texts.SUCCESS_CRITERIA), profile(texts.GOALS), profile(texts.PAIN_POINTS), notes,
            cal.today.isoformat(),
        )
    )  # fmt: skip
    for h in holdings:
        book.rows["holdings"].append(
            (
                book.next_id("holdings"), plan.id, h.product.id, h.status, cal.day(h.since), h.seats_licensed,
                h.seats_in_use, h.revenue_cents, None if h.renewal is None else cal.day(h.renewal),
                h.usage_limit, h.region,
            )
        )  # fmt: skip
    trend = _trend(book, plan)
    _usage(book, plan, holdings, trend)
    _revenue(book, plan, holdings, trend)
    account_activity(book, AccountFacts(plan, name, web, manager, holdings, revenue))


def _holdings(book: Book, plan: AccountPlan) -> list[Holding]:
    """Active holdings shaped by archetype and flags, plus some trials and cancellations."""
    rng, randint, pick = book.rng, book.randint, book.pick
    if plan.archetype == NO_HOLDINGS:
        return []
    if plan.archetype == TRIAL_ONLY:
        picks = rng.sample(MAIN_PRODUCTS, randint(1, 2))
        return sorted((_trial(book, plan, p) for p in picks), key=lambda h: h.product.id)
    if plan.archetype == CHURNED:
        picks = [pick(MAIN_PRODUCTS), *rng.sample(range(6, 11), randint(0, 2))]
        end = book.cal.quarter_starts[-1] - randint(0, 5)  # nothing left in the last complete quarter
        return sorted((_cancelled(book, plan, p, end) for p in picks), key=lambda h: h.product.id)
    picks = _product_ids(book, plan)
    low = plan.archetype in (SAMPLER, UNDERPERFORMER)
    regions = plan.regions.split(",")
    # Most contracts of an account renew on one day (a framework agreement); some have their own.
    renewal = randint(10, 75) if plan.flags & Flag.RENEWAL_COMING else randint(1, 365)
    held: list[Holding] = []
    for position, product_id in enumerate(picks):
        if plan.flags & Flag.ONE_REGION or len(regions) == 1 or position == 0:
            region = "EMEA"
        else:
            region = regions[1] if position == 1 else pick(regions)
        # Usage / expected: low for samplers and underperformers, high for niches and power users.
        ratio = 0.12 + 0.26 * book.rnd() if low else 0.62 + 0.33 * book.rnd()
        renews = renewal if position == 0 or book.chance(0.9) else randint(1, 365)
        holding = _active(book, plan, PRODUCTS[product_id - 1], position == 0, region, ratio, renews)
        holding.at_limit = bool(plan.flags & Flag.USAGE_LIMIT) and product_id in VOLUME_PRODUCTS
        held.append(holding)
    _fit_to_wallet(plan, held)
    free = [p for p in range(1, 11) if p not in picks]
    if free and not plan.flags & Flag.FALLING_USAGE and book.chance(0.12):
        held.append(_trial(book, plan, free.pop(int(book.rnd() * len(free)))))
    if free and book.chance(0.15):
        end = book.cal.this_month - randint(7, 20)  # long enough ago not to look like falling usage
        held.append(_cancelled(book, plan, free.pop(int(book.rnd() * len(free))), end))
    return sorted(held, key=lambda h: h.product.id)


def _product_ids(book: Book, plan: AccountPlan) -> list[int]:
    """Which products an active account holds: the first is its main product."""
    if plan.archetype in (SAMPLER, NICHE):
        count = book.pick((1, 1, 1, 1, 2, 2, 2, 3, 3, 4))  # breadth 10-40 %
        if plan.flags & TINY:
            count = book.randint(1, 2) if plan.flags & Flag.LOW_PENETRATION else 1
        if plan.flags & (Flag.ONE_REGION | Flag.USAGE_LIMIT):
            count = max(2, count)
    elif plan.archetype == UNDERPERFORMER:
        count = book.randint(5, 8)
    else:
        count = book.pick((5, 6, 6, 7, 7, 7, 8, 8, 9, 10))
    main = 1 if plan.flags & Flag.PROMOTER_LOW_REVENUE else book.pick(MAIN_PRODUCTS)
    others = book.rng.sample([p for p in range(1, 11) if p != main], count - 1)
    if plan.flags & Flag.USAGE_LIMIT and not any(p in VOLUME_PRODUCTS for p in others):
        others[-1] = book.pick(VOLUME_PRODUCTS)
    return [main, *others]


def _since(book: Book, renewal: int) -> int:
    """Start of a contract that renews at `renewal` and has run for the whole usage window.

    Products bought later were co-termed with the framework agreement: they start on any day before.
    """
    window_start = book.cal.window_start
    years = book.randint(3, 8)
    since = book.cal.years_before(renewal, years) - (book.randint(1, 330) if book.chance(0.6) else 0)
    while since > window_start:
        years += 1
        since = book.cal.years_before(renewal, years)
    return since


def _size(book: Book, plan: AccountPlan, product: Product, main: bool) -> tuple[int | None, int | None]:
    """Seats (or licences) licensed, or the monthly usage limit of a volume product."""
    potential, rnd = plan.potential_users, book.rnd
    if product.unit == "volume":
        scale = 0.5 + 1.5 * rnd() if product.id == VOLUME_PRODUCTS[0] else 0.2 + 0.8 * rnd()
        return None, max(10, round(potential * scale))
    if product.unit == "licence":
        return (1 if plan.band < 2 else book.randint(1, plan.band)), None
    if plan.flags & Flag.PROMOTER_LOW_REVENUE:
        return book.randint(3, 6), None
    if plan.flags & Flag.BELOW_PEERS:
        return max(1, round(potential * (0.02 + 0.02 * rnd()))), None
    if plan.flags & Flag.LOW_PENETRATION:
        return max(1, round(potential * (0.02 + 0.06 * rnd()))), None
    return max(1, round(potential * (0.2 + 0.3 * rnd() if main else 0.05 + 0.25 * rnd()))), None


def _price(product: Product, seats: int | None, limit: int | None) -> int:
    """Yearly revenue of a holding in cents."""
    if product.unit == "volume":
        return (limit or 0) * product.price_cents * 12
    return (seats or 0) * product.price_cents


def _active(
    book: Book, plan: AccountPlan, product: Product, main: bool, region: str, ratio: float, renewal: int
) -> Holding:
    seats, limit = _size(book, plan, product, main)
    in_use = seats
    if seats is not None and product.unit == "seat":
        adoption = 0.35 + 0.35 * book.rnd() if ratio < 0.5 else 0.75 + 0.25 * book.rnd()
        in_use = max(1, round(seats * adoption))
    revenue = _price(product, seats, limit)
    return Holding(
        product, "active", _since(book, renewal), seats, in_use, revenue, renewal, limit, region, ratio
    )


def _trial(book: Book, plan: AccountPlan, product_id: int) -> Holding:
    product = PRODUCTS[product_id - 1]
    seats, limit = _size(book, plan, product, False)
    if product.unit == "seat":
        seats = min(plan.potential_users, book.randint(5, 25))
    since = -book.randint(5, 55)
    return Holding(
        product, "trial", since, seats, seats, 0, since + 60, limit, "EMEA", 0.3 + 0.6 * book.rnd()
    )


def _cancelled(book: Book, plan: AccountPlan, product_id: int, end_month: int) -> Holding:
    """A holding that ended on the first day of `end_month`; its revenue is what it brought in before."""
    product = PRODUCTS[product_id - 1]
    seats, limit = _size(book, plan, product, product_id in MAIN_PRODUCTS)
    end = book.cal.month_offset(end_month)
    since = book.cal.years_before(end, book.randint(1, 5))
    ratio = 0.15 + 0.35 * book.rnd()
    in_use = None if seats is None else 0
    revenue = _price(product, seats, limit)
    return Holding(product, "cancelled", since, seats, in_use, revenue, end, limit, "EMEA", ratio, end_month)


def _fit_to_wallet(plan: AccountPlan, held: list[Holding]) -> None:
    """Revenue below WALLET_SHARE_CAP of the wallet; ordinary customers above REVENUE_FLOOR_CENTS."""
    total = sum(h.revenue_cents for h in held)
    cap = int(plan.wallet_cents * WALLET_SHARE_CAP)
    if total > cap:  # the wallet is at least 30,000 EUR: licences alone stay below the cap
        fixed = sum(h.revenue_cents for h in held if h.product.unit == "licence")
        factor = max(cap - fixed, 0) / (total - fixed)
        for h in held:
            if h.seats_licensed is not None and h.product.unit == "seat":
                h.seats_licensed = max(1, int(h.seats_licensed * factor))
                h.seats_in_use = max(1, min(h.seats_licensed, round((h.seats_in_use or 1) * factor)))
            elif h.usage_limit is not None:
                h.usage_limit = max(10, int(h.usage_limit * factor))
            h.revenue_cents = _price(h.product, h.seats_licensed, h.usage_limit)
    elif total < REVENUE_FLOOR_CENTS and not plan.flags & TINY:
        main = held[0]
        needed = -(-(REVENUE_FLOOR_CENTS - total + main.revenue_cents) // main.product.price_cents)
        old = main.seats_licensed or 1
        main.seats_licensed = min(plan.potential_users, max(old, needed))
        grown = round((main.seats_in_use or 1) * main.seats_licensed / old)
        main.seats_in_use = max(1, min(main.seats_licensed, grown))
        main.revenue_cents = _price(main.product, main.seats_licensed, None)


def _trend(book: Book, plan: AccountPlan) -> float:
    """Quarterly growth rate of the account's business with us (negative: contraction)."""
    if plan.trajectory == GROWTH:
        return 0.02 + 0.04 * book.rnd()
    if plan.trajectory == CONTRACTION:
        return -0.02 - 0.03 * book.rnd()
    return 0.0


def _usage(book: Book, plan: AccountPlan, holdings: list[Holding], trend: float) -> None:
    """Monthly usage per holding over the 24-month window (while it was held); the hot loop of the book."""
    cal, rnd = book.cal, book.rnd
    rows = book.rows["usage_snapshots"]
    months, first = cal.months, cal.month_numbers[0]
    growth = [(1 + trend) ** ((m - 23) / 3) for m in range(24)]  # seats grew (or shrank) with the business
    slope = -0.01 + 0.03 * rnd()
    shape = [1 + slope * (m - 22) for m in range(24)]
    if plan.flags & Flag.FALLING_USAGE:  # the three months before the latest three were about twice as busy
        fall = 1.9 + 0.5 * rnd()
        shape = [s * fall if m < 21 else s for m, s in enumerate(shape)]
    aid = plan.id
    for h in holdings:
        pid, unit, ratio = h.product.id, h.product.unit, h.ratio
        lo = max(0, cal.month_of(h.since) - first) if h.status != "active" else 0
        hi = 24 if h.end_month is None else h.end_month - first
        if lo >= hi:
            continue
        noise = [0.93 + 0.14 * rnd() for _ in range(hi - lo)]
        level = [ratio * s * z for s, z in zip(shape[lo:hi], noise, strict=True)]  # usage / expected
        if unit == "volume":  # the approved volume is fixed; usage stays below 90 % of it unless planted
            limit = float(h.usage_limit or 0)
            expected = round(h.product.expected_usage * limit, 1)
            top = 0.9 * limit
            used = [min(expected * r, top) for r in level]
            if h.at_limit:
                used[-3:] = [limit * AT_LIMIT[0], limit * AT_LIMIT[1], limit * (0.96 + 0.035 * rnd())]
            rows.extend(
                [
                    (aid, pid, mo, round(u, 1), expected, None)
                    for mo, u in zip(months[lo:hi], used, strict=True)
                ]
            )
            continue
        base = h.product.expected_usage * (h.seats_licensed or 0)
        due = [base * g for g in growth[lo:hi]]  # expected usage per month
        if unit == "licence":
            rows.extend(
                [
                    (aid, pid, mo, round(e * r, 1), round(e, 1), None)
                    for mo, e, r in zip(months[lo:hi], due, level, strict=True)
                ]
            )
            continue
        users = h.seats_in_use or round((h.seats_licensed or 0) * 0.6)  # cancelled: users before the end
        rows.extend(
            [
                (aid, pid, mo, round(e * r), round(e), round(users * g * (z - 0.07)))
                for mo, e, r, g, z in zip(months[lo:hi], due, level, growth[lo:hi], noise, strict=True)
            ]
        )


def _revenue(book: Book, plan: AccountPlan, holdings: list[Holding], trend: float) -> None:
    """Quarterly revenue: active holdings along the account's trend, cancelled ones until they ended."""
    cal = book.cal
    rows = book.rows["revenue_by_period"]
    for q, (label, start) in enumerate(zip(cal.quarters, cal.quarter_starts, strict=True)):
        total = 0.0
        for h in holdings:
            if h.status == "active":
                total += h.revenue_cents / 4 * (1 + trend) ** (q - 7)
            elif h.end_month is not None:
                held_months = min(h.end_month, start + 3) - max(cal.month_of(h.since), start)
                total += h.revenue_cents / 12 * max(0, held_months)
        rows.append((plan.id, label, round(total)))
