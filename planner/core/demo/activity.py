"""The activity around a demo account: contacts, NPS and surveys, signals, touches, QBRs and opportunities."""

from __future__ import annotations

from itertools import accumulate

from planner.core.demo import names, texts
from planner.core.demo.book import AccountFacts, Book
from planner.core.demo.plan import (
    ACTIVE_ARCHETYPES,
    CADENCE_DAYS,
    CHURNED,
    MAIN_PRODUCTS,
    NO_HOLDINGS,
    POWER_USER,
    PRODUCTS,
    TRIAL_ONLY,
    Flag,
)


def _running(*weights: int) -> tuple[int, ...]:
    return tuple(accumulate(weights))


CONTACT_COUNTS = (2, 3, 4, 5, 6)
CONTACT_WEIGHTS = (
    _running(40, 35, 15, 7, 3),
    _running(20, 35, 25, 12, 8),
    _running(10, 25, 30, 20, 15),
    _running(5, 15, 25, 25, 30),
)  # by employee band
FAST_LANE_KINDS = ("demo_request", "consultation_request", "price_request")
TOUCH_KINDS = ("call", "email", "meeting", "visit", "note")
TOUCH_WEIGHTS = _running(35, 30, 15, 8, 12)
TOUCH_MINUTES = {
    "call": (10, 45),
    "email": (5, 15),
    "meeting": (30, 90),
    "visit": (60, 240),
    "note": (0, 10),
    "qbr": (90, 180),
}
OPPORTUNITY_KINDS = ("repeat", "upsell", "crosssell")
STAGES = ("signal", "interest", "nurturing", "mqn", "in_sales", "won", "lost")
STAGE_WEIGHTS = _running(15, 15, 20, 12, 15, 13, 10)
EVERY_KIND_AND_STAGE = len(OPPORTUNITY_KINDS) * len(STAGES)  # 21 pairs: 3 and 7 are coprime, so n % 3, n % 7
QBR_TARGETS = {"A": (80, 170, 260, 350), "B": (120, 300), "C": (200,)}  # days ago
QBR_CHANCE = {"A": 0.9, "B": 0.6, "C": 0.1}
PLANNED_QBR_CHANCE = {"A": 0.8, "B": 0.35, "C": 0.05}

Signal = tuple[int, str, int | None, str | None, str | None]  # days ago, kind, product, department, region


def account_activity(book: Book, facts: AccountFacts) -> None:
    _contacts(book, facts)
    _nps_and_surveys(book, facts)
    signals = _signals(book, facts)
    _touches_and_qbrs(book, facts)
    _opportunities(book, facts, signals)


def _contacts(book: Book, facts: AccountFacts) -> None:
    """2-6 stakeholders in different departments; the first decides, the second often champions."""
    plan, pick = facts.plan, book.pick
    count = book.weighted(CONTACT_COUNTS, CONTACT_WEIGHTS[plan.band])
    regions = plan.regions.split(",")
    german = plan.language == "de"
    firsts, lasts = (names.FIRST_DE, names.LAST_DE) if german else (names.FIRST_FR, names.LAST_FR)
    prefix = names.COUNTRY_PHONE[plan.country]
    taken: set[str] = set()
    for i, department in enumerate(book.rng.sample(names.DEPARTMENTS, count)):
        male = 0 if book.chance(0.45) else 1
        first, last = pick(firsts[male]), pick(lasts)
        while f"{first} {last}" in taken:
            first, last = pick(firsts[male]), pick(lasts)
        name = f"{first} {last}"
        taken.add(name)
        if i == 0:
            influence = "decision_maker"
        elif i == 1 and book.chance(0.7):
            influence = "champion"
        elif i == count - 1 and count > 2 and book.chance(0.15):
            influence = "blocker"
        else:
            influence = pick(("influencer", "user"))
        if influence == "user":
            role = f"{pick(names.USER_ROLES)[male]} {department}"
        else:
            role = names.ROLES[department][male]
        region = "EMEA" if i == 0 or len(regions) == 1 or book.chance(0.6) else pick(regions[1:])
        email = f"{names.name_slug(first)}.{names.name_slug(last)}@{facts.domain}"
        if plan.country == "FR":
            phone = f"{prefix} {book.randint(1, 5)} " + " ".join(
                f"{book.randint(0, 99):02d}" for _ in range(4)
            )
        else:
            phone = f"{prefix} {book.randint(20, 999)} {book.randint(100000, 9999999)}"
        goals = pick(texts.PERSONA_GOALS) if book.chance(0.35) else None
        pains = pick(texts.PERSONA_PAINS) if book.chance(0.35) else None
        contact_id = book.next_id("contacts")
        book.rows["contacts"].append(
            (contact_id, plan.id, name, role, department, region, email, phone, influence, goals, pains)
        )
        facts.contacts.append((contact_id, name, department, region))


def _nps_and_surveys(book: Book, facts: AccountFacts) -> None:
    """1-3 NPS answers per contact over two years (planted: all promoters or all detractors), and surveys."""
    plan, day, rnd, randint, pick = facts.plan, book.cal.day, book.rnd, book.randint, book.pick
    mood = 6.8 + 3.0 * rnd() + (0.3 if plan.archetype == POWER_USER else 0.0)
    mood -= 1.5 if plan.archetype == CHURNED else 0.0
    nps, surveys = book.rows["nps_answers"], book.rows["survey_responses"]
    comments, pool = texts.NPS_COMMENTS, texts.SURVEYS
    fixed = plan.flags & (Flag.DETRACTOR | Flag.PROMOTER_LOW_REVENUE)
    for contact_id, *_ in facts.contacts:
        answered = sorted((3 + int(rnd() * 727) for _ in range(pick((1, 1, 2, 2, 3)))), reverse=True)
        for later in range(1, len(answered)):  # one answer a day: an NPS answer is known by contact + date
            answered[later] = min(answered[later], answered[later - 1] - 1)
        answer_id = book.reserve("nps_answers", len(answered))
        for ago in answered:
            score = min(10, max(0, round(mood + (rnd() - 0.5) * 4)))
            if fixed and ago == answered[-1]:  # the latest answer is the one the NPS counts
                score = randint(1, 6) if plan.flags & Flag.DETRACTOR else randint(9, 10)
            band = comments["promoter" if score >= 9 else "passive" if score >= 7 else "detractor"]
            comment = band[int(rnd() * len(band))] if rnd() < 0.35 else None
            nps.append((answer_id, contact_id, day(-ago), score, comment))
            answer_id += 1
        if plan.flags & Flag.HIGH_SURVEY:
            answered = [randint(1, 364) for _ in range(randint(5, 7))]
        else:
            answered = [1 + int(rnd() * 729) for _ in range(pick((0, 0, 0, 0, 1, 1, 1, 2, 2, 3)))]
        answered.sort(reverse=True)
        response_id = book.reserve("survey_responses", len(answered))
        for ago in answered:
            surveys.append((response_id, contact_id, pool[int(rnd() * len(pool))], day(-ago)))
            response_id += 1


def _signals(book: Book, facts: AccountFacts) -> list[Signal]:
    """Background events of the last year plus the planted ones; returns them for the opportunities."""
    plan, randint, pick, chance = facts.plan, book.randint, book.pick, book.chance
    flags = plan.flags
    active = [h.product.id for h in facts.active]
    products = active or [h.product.id for h in facts.holdings] or list(MAIN_PRODUCTS)
    regions = plan.regions.split(",")
    departments = [c[2] for c in facts.contacts]
    found: list[Signal] = []
    if plan.archetype != NO_HOLDINGS:
        for _ in range(pick((0, 0, 0, 1, 1, 1, 2, 2, 3, 4))):
            found.append((randint(1, 364), "support_ticket", pick(products), None, None))
    for _ in range(pick((0, 0, 0, 0, 1, 1, 1, 2, 2, 3))):
        found.append((randint(1, 364), "content_engaged", None, pick(departments), "EMEA"))
    if active and chance(0.05):
        found.append((randint(1, 364), "outage", pick(active), None, None))
    if chance(0.08):
        found.append((randint(1, 364), "new_stakeholder", None, pick(names.DEPARTMENTS), pick(regions)))
    if plan.archetype in (*ACTIVE_ARCHETYPES, TRIAL_ONLY) and chance(0.05):
        found.append((randint(1, 364), pick(FAST_LANE_KINDS), pick(products), None, None))
    if flags & Flag.OUTAGE:
        outage = randint(3, 80)
        found.append((outage, "outage", active[0], None, None))
        found.append((outage - randint(0, 2), "support_ticket", active[0], None, None))
    if flags & Flag.USAGE_LIMIT:
        at_limit = next(h.product.id for h in facts.holdings if h.at_limit)
        found.append((randint(1, 20), "usage_limit_hit", at_limit, None, None))
    if flags & Flag.NEW_STAKEHOLDER:
        unknown = [d for d in names.DEPARTMENTS if d not in departments]
        known_regions = [c[3] for c in facts.contacts]
        new_regions = [r for r in regions if r not in known_regions] or ["EMEA"]
        found.append((randint(1, 50), "new_stakeholder", None, pick(unknown), pick(new_regions)))
    if flags & Flag.FAST_LANE:
        kind = FAST_LANE_KINDS[book.next_id("planted fast lane") % 3]
        product = randint(1, 10)
        found.append((randint(30, 90), "content_engaged", product, pick(departments), "EMEA"))
        found.append((randint(0, 25), kind, product, None, None))
    found.sort(key=lambda s: -s[0])
    held = [h.product.name for h in facts.holdings] or [PRODUCTS[0].name]
    for ago, kind, product_id, department, region in found:
        about = PRODUCTS[product_id - 1].name if product_id else pick(held)
        book.rows["signals"].append(
            (
                book.next_id("signals"), plan.id, book.cal.day(-ago), kind, product_id, department, region,
                pick(texts.SIGNAL_DETAILS[kind]).format(product=about), texts.SIGNAL_SOURCES[kind],
            )
        )  # fmt: skip
    return found


def _touch_days(book: Book, facts: AccountFacts) -> list[int]:
    """Days ago of each touch, latest first: within the tier's cadence unless neglect is planted."""
    plan, randint, rnd = facts.plan, book.randint, book.rnd
    if plan.flags & Flag.NO_TOUCH:
        return []
    cadence = CADENCE_DAYS[plan.tier]
    if plan.flags & Flag.NEGLECTED:
        gap = {"A": randint(35, 80), "B": randint(45, 85), "C": randint(110, 220)}[plan.tier]
    elif plan.flags & Flag.DUE_TODAY:
        gap = randint(3, 10)
    else:
        gap = randint(0, int(cadence * 0.8))
    days = [gap]
    while True:
        gap += max(2, round(cadence * (0.7 + 0.6 * rnd())))
        if gap > 365:
            return days
        days.append(gap)


def _touches_and_qbrs(book: Book, facts: AccountFacts) -> None:
    """A year of touches; some of them are held QBRs; plus the QBR planned next."""
    plan, day, randint, chance = facts.plan, book.cal.day, book.randint, book.chance
    days = _touch_days(book, facts)
    qbr_days: dict[int, list[int]] = {}  # days ago of a held QBR -> customer contacts who attended
    active = plan.archetype in ACTIVE_ARCHETYPES
    if active and days:
        for target in QBR_TARGETS[plan.tier]:
            if chance(QBR_CHANCE[plan.tier]):
                near = min(days, key=lambda d: abs(d - target))
                if abs(near - target) <= 30 and near not in qbr_days:
                    qbr_days[near] = []
    for ago in sorted(qbr_days, reverse=True):
        qbr_days[ago] = _qbr(book, facts, -ago, "held")
    if plan.flags & Flag.QBR_COMING:
        _qbr(book, facts, randint(3, 28), "planned")
    elif active and chance(PLANNED_QBR_CHANCE[plan.tier]):
        _qbr(book, facts, randint(1, 120), "planned")
    contact_ids = [c[0] for c in facts.contacts]
    held = [h.product.name for h in facts.holdings] or [PRODUCTS[0].name]
    touches, links = book.rows["touches"], book.rows["touch_contacts"]
    # The busiest loop after usage: draws are inlined (items[int(rnd() * len(items))] is pick()).
    rnd, steps, aid = book.rnd, texts.NEXT_STEPS, plan.id
    due_today = plan.flags & Flag.DUE_TODAY
    touch_id = book.reserve("touches", len(days))
    for ago in reversed(days):
        kind = "qbr" if ago in qbr_days else book.weighted(TOUCH_KINDS, TOUCH_WEIGHTS)
        low, high = TOUCH_MINUTES[kind]
        pool = texts.SUMMARIES[kind]
        summary = pool[int(rnd() * len(pool))].format(product=held[int(rnd() * len(held))])
        if due_today and ago == days[0]:
            due: str | None = day(0)
        else:
            due = day(3 - ago + int(rnd() * 19)) if rnd() < 0.5 else None
        next_step = None
        if due is not None:
            next_step = steps[int(rnd() * len(steps))].format(product=held[int(rnd() * len(held))])
        minutes = low + int(rnd() * (high - low + 1))
        touches.append((touch_id, aid, kind, day(-ago), minutes, summary, next_step, due))
        if kind == "qbr":
            links.extend((touch_id, c) for c in sorted(qbr_days[ago]))
        elif kind == "note":
            if rnd() < 0.3:
                links.append((touch_id, contact_ids[int(rnd() * len(contact_ids))]))
        else:
            one, two = contact_ids[int(rnd() * len(contact_ids))], contact_ids[int(rnd() * len(contact_ids))]
            if one != two and rnd() < 0.2:
                links.extend(((touch_id, min(one, two)), (touch_id, max(one, two))))
            else:
                links.append((touch_id, one))
        touch_id += 1


def _qbr(book: Book, facts: AccountFacts, offset: int, status: str) -> list[int]:
    """One QBR with its attendees (and, once held, agreed actions); returns the customer attendees."""
    day, randint, pick, chance = book.cal.day, book.randint, book.pick, book.chance
    qbr_id = book.next_id("qbrs")
    held = status == "held"
    prepared = held or chance(0.5)
    recommendations = "\n".join(book.rng.sample(texts.QBR_RECOMMENDATIONS, 2)) if prepared else None
    book.rows["qbrs"].append(
        (
            qbr_id, facts.plan.id, day(offset), status, pick(texts.QBR_OBJECTIVES), pick(texts.QBR_AGENDAS),
            recommendations, pick(texts.QBR_OUTCOMES) if held else None,
        )
    )  # fmt: skip
    attendees = book.rng.sample(facts.contacts, min(len(facts.contacts), randint(2, 4)))
    ours = [facts.owner] + ([pick(names.COLLEAGUES)] if chance(0.5) else [])
    rows = book.rows["qbr_attendees"]
    rows.extend((book.next_id("qbr_attendees"), qbr_id, c[0], c[1], "customer") for c in attendees)
    rows.extend((book.next_id("qbr_attendees"), qbr_id, None, name, "ours") for name in ours)
    if held:
        for title in book.rng.sample(texts.QBR_ACTIONS, randint(2, 4)):
            due = offset + randint(14, 60)
            if due < -30:
                state = "done" if chance(0.85) else "dropped"
            else:
                state = "open" if due >= 0 or chance(0.6) else "done"
            owner = facts.owner if chance(0.5) else pick(attendees)[1]
            action_id = book.next_id("qbr_actions")
            book.rows["qbr_actions"].append((action_id, qbr_id, title, owner, day(due), state))
    return [c[0] for c in attendees]


# Days from raising an opportunity to its expected close, by stage (the further on, the sooner).
CLOSE_AFTER = {"signal": 240, "interest": 180, "nurturing": 150, "mqn": 110, "in_sales": 60, "won": 50,
               "lost": 70}  # fmt: skip


def _opportunities(book: Book, facts: AccountFacts, signals: list[Signal]) -> None:
    """Background R/U/C opportunities of every kind and stage, plus those raised by planted moments."""
    plan, randint, pick = facts.plan, book.randint, book.pick
    active = facts.active
    held = [h.product.id for h in facts.holdings]
    free = [p for p in range(1, 11) if p not in held]
    found: list[tuple[str, int, str, int, str, int, int]] = []

    def value_of(kind: str, product_id: int) -> int:
        holding = next((h for h in active if h.product.id == product_id), None)
        if holding is not None and kind != "crosssell":
            share = 1.0 if kind == "repeat" else 0.15 + 0.35 * book.rnd()
            return round(holding.revenue_cents * share)
        product = PRODUCTS[product_id - 1]
        if product.unit == "seat":
            return product.price_cents * max(5, round(plan.potential_users * 0.1))
        if product.unit == "volume":
            return product.price_cents * 12 * max(10, round(plan.potential_users * 0.3))
        return product.price_cents

    if plan.archetype in ACTIVE_ARCHETYPES:
        count = pick((0, 0, 0, 0, 1, 1, 1, 2, 2, 3))
        if book.last_id("background opportunity") < EVERY_KIND_AND_STAGE:
            count = max(count, 2)  # the first ones cycle through every kind x stage
        for _ in range(count):
            n = book.next_id("background opportunity") - 1
            if n < EVERY_KIND_AND_STAGE:
                kind, stage = OPPORTUNITY_KINDS[n % 3], STAGES[n % 7]
            else:
                kind, stage = pick(OPPORTUNITY_KINDS), book.weighted(STAGES, STAGE_WEIGHTS)
            if kind == "crosssell" and not free:
                kind = "upsell"
            product_id = pick(free) if kind == "crosssell" else pick(active).product.id
            ago = randint(90, 360) if stage in ("won", "lost") else randint(1, 180)
            raised_by = {"repeat": "renewal_coming", "upsell": "qbr", "crosssell": "whitespace"}[kind]
            found.append((kind, product_id, stage, value_of(kind, product_id), raised_by, ago, 0))
    for ago, signal, about, _, _ in signals:
        if signal in FAST_LANE_KINDS and about is not None:
            kind = "upsell" if about in held else "crosssell"
            stage = pick(("mqn", "in_sales"))
            found.append((kind, about, stage, value_of(kind, about), signal, ago, 1))
        elif signal == "usage_limit_hit" and about is not None:
            found.append(("upsell", about, "interest", value_of("upsell", about), "usage_limit", ago, 0))
    if plan.flags & Flag.LOW_PENETRATION:
        main = active[0].product.id
        found.append(("upsell", main, "signal", value_of("upsell", main) * 4, "low_penetration", 5, 0))
    if plan.flags & Flag.ONE_REGION:
        main = active[0].product.id
        found.append(("upsell", main, "nurturing", value_of("upsell", main), "one_region", 20, 0))
    if plan.archetype == TRIAL_ONLY:
        for h in facts.holdings:
            value = value_of("crosssell", h.product.id)
            found.append(("crosssell", h.product.id, "in_sales", value, "trial", 3, 0))
    if plan.archetype == CHURNED:
        first = facts.holdings[0]
        found.append(("repeat", first.product.id, "lost", first.revenue_cents, "renewal_coming", 200, 0))
    for kind, product_id, stage, value, raised_by, ago, fast_lane in found:
        opportunity_id = book.next_id("opportunities")
        # the expected (or, closed, the actual) close: some days after it was raised, later the earlier its
        # stage; an open one past it mostly moved on to the coming weeks (one in six stays overdue). Drawn
        # from the id, not the random stream: the rest of the book stays as it was.
        close = -ago + CLOSE_AFTER[stage] + opportunity_id % 45
        if stage in ("won", "lost"):
            close = min(close, 0)
        elif close < 0 and opportunity_id % 6:
            close = 5 + opportunity_id % 80
        book.rows["opportunities"].append(
            (
                opportunity_id, plan.id, product_id, kind, stage, value, raised_by,
                book.cal.day(-ago), fast_lane, texts.OPPORTUNITY_NOTES[kind], book.cal.day(close),
            )
        )  # fmt: skip
