"""The trigger rules of the R/U/C detector (DOMAIN.md): each narrows its candidates in SQL and yields the
moments it finds, with the figures that made it fire and a fingerprint of the evidence that must change
before a dismissed moment comes back."""

from __future__ import annotations

import json
import statistics
from collections import defaultdict
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from itertools import groupby
from operator import itemgetter

from planner.core.matrix.matrix import MIN_PEERS
from planner.core.moments.moment_facts import FAST_LANE_SIGNALS, Facts
from planner.core.moments.moments import Moment, Thresholds
from planner.core.store import score_inputs
from planner.core.store.last_touch import last_touches, touch_end

Rule = Callable[[Facts, Thresholds], Iterator[Moment]]
LIMIT_LIFT = 0.25  # lifting a usage limit is valued at a quarter of the holding's revenue


def _ago(f: Facts, days: int) -> str:
    return (f.today - timedelta(days=days)).isoformat()


def _ahead(f: Facts, days: int) -> str:
    return (f.today + timedelta(days=days)).isoformat()


def low_penetration(f: Facts, t: Thresholds) -> Iterator[Moment]:
    """A large company whose most-used product reaches only a small share of its potential users."""
    found = [
        (aid, employees, users, served)
        for aid, employees, users in f.query(
            "SELECT id, employees, potential_users FROM accounts "
            "WHERE employees >= ? AND potential_users > 0",
            (t.large_employees,),
        )
        if (served := f.inputs[aid].served) is not None and served <= t.penetration_max * users
    ]
    most_used = {  # the bare product_id is the one of the most-used holding
        aid: product_id
        for aid, product_id, _ in f.query(
            "SELECT account_id, product_id, max(coalesce(seats_in_use, seats_licensed, 0)) FROM holdings "
            "WHERE status = 'active' AND account_id IN (SELECT value FROM json_each(?)) GROUP BY account_id",
            (f.ids([aid for aid, *_ in found]),),
        )
    }
    for aid, employees, users, served in found:
        p = f.points[aid]
        value = min(p.uncovered_cents, p.potential_cents) if p.uncovered_cents else p.potential_cents
        evidence = {"employees": employees, "potential_users": users, "served": served,
                    "share": served / users}  # fmt: skip
        yield f.moment(aid, "low_penetration", "upsell", f.day, evidence, value, f"{served}/{users}",
                       product_id=most_used.get(aid))  # fmt: skip


def one_region(f: Facts, t: Thresholds) -> Iterator[Moment]:
    """A company in several regions that buys in one of them only."""
    for i in f.inputs.values():
        if i.regions_bought != 1:
            continue
        region, p = i.region, f.points[i.account_id]
        missing = [r for r in p.regions if r != region]
        if len(p.regions) < 2 or not missing:
            continue
        value = p.revenue_cents * len(missing)
        if p.wallet_room_cents is not None:
            value = min(value, p.wallet_room_cents)
        evidence = {"operates": list(p.regions), "buys": [region], "missing": missing}
        yield f.moment(
            i.account_id, "one_region", "upsell", f.day, evidence, value, f"{region}/{sorted(p.regions)}"
        )


def below_peers(f: Facts, t: Thresholds) -> Iterator[Moment]:
    """Spend well below the median of accounts of the same segment and size band (else the size band)."""
    groups: dict[tuple[str, int] | int, list[int]] = defaultdict(list)
    customers = [f.points[aid] for aid in f.customers]
    for p in customers:
        groups[(p.segment, p.size_band)].append(p.revenue_cents)
        groups[p.size_band].append(p.revenue_cents)
    medians = {k: (statistics.median(v), len(v)) for k, v in groups.items() if len(v) >= MIN_PEERS}
    nobody = (0, 0)
    for p in customers:
        median, peers = medians.get((p.segment, p.size_band)) or medians.get(p.size_band) or nobody
        if median <= 0 or p.revenue_cents >= t.peers_share * median:
            continue
        wallet = p.wallet_cents
        evidence = {"revenue": p.revenue_cents, "peer_median": round(median), "peers": peers,
                    "share": p.revenue_cents / median,
                    "share_of_wallet": p.revenue_cents / wallet if wallet else None}  # fmt: skip
        value = round(median) - p.revenue_cents
        if p.wallet_room_cents is not None:
            value = min(value, p.wallet_room_cents)
        yield f.moment(
            p.account_id,
            "below_peers",
            "crosssell",
            f.day,
            evidence,
            value,
            f"{p.revenue_cents}:{round(median)}",
        )


def promoter_low_revenue(f: Facts, t: Thresholds) -> Iterator[Moment]:
    """Promoters in an account that spends little: make them the internal champion. The NPS is of the
    contacts' latest answers within the survey window: a promoter of two years ago is no champion now."""
    revenues = sorted(f.points[a].revenue_cents for a in f.customers)
    if len(revenues) < 4:
        return
    position = t.low_revenue_quantile * (len(revenues) - 1)  # the quantile, between its two neighbours
    below, above = int(position), min(int(position) + 1, len(revenues) - 1)
    line = revenues[below] + (position - below) * (revenues[above] - revenues[below])
    recent = f.recent_nps(t.survey_window_days)
    for aid in f.customers:
        p, r = f.points[aid], recent.get(aid)
        if r is not None and r.nps >= t.promoter_nps and p.revenue_cents <= line:
            evidence = {"nps": r.nps, "revenue": p.revenue_cents, "line": round(line),
                        "answers": r.answers, "first": r.first, "latest": r.latest,
                        "since": f.since(t.survey_window_days)}  # fmt: skip
            yield f.moment(aid, "promoter_low_revenue", "crosssell", r.latest, evidence, p.potential_cents,
                           f"{round(r.nps)}:{p.revenue_cents}")  # fmt: skip


def detractor(f: Facts, t: Thresholds) -> Iterator[Moment]:
    """Fix first, no pitch: among the contacts' latest answers within the survey window, more detractors
    than promoters (NPS below the limit), or a detractor who is a key contact (a decision maker or champion:
    seed 002, "recently left a detractor score") even when the account's NPS is still positive. A plain
    user's detractor score counts through the NPS alone."""
    for aid, r in f.recent_nps(t.survey_window_days).items():
        if aid not in f.points or not (r.nps < t.detractor_nps or r.key_detractors):
            continue
        evidence = {"nps": r.nps, "detractors": r.detractors, "answers": r.answers, "first": r.first,
                    "latest": r.latest, "since": f.since(t.survey_window_days),
                    "detractor_days": list(r.detractor_days),
                    "key_detractors": [list(k) for k in r.key_detractors]}  # fmt: skip
        day = r.detractor_days[-1] if r.detractor_days else r.latest
        yield f.moment(aid, "detractor", "fix_first", day, evidence, f.points[aid].revenue_cents,
                       f"{round(r.nps)}:{day}:{len(r.key_detractors)}")  # fmt: skip


def falling_usage(f: Facts, t: Thresholds) -> Iterator[Moment]:
    """Usage of the account's own latest three months well below the three before: each active holding's
    monthly usage (over the months with data) against its own earlier level, revenue-weighted (DOMAIN.md,
    "Time windows are the account's own"): units do not mix, and no other account's data moves the window."""
    fired = {
        aid: 1 - i.usage_ratio for aid, i in f.inputs.items()
        if i.usage_ratio is not None and i.usage_ratio < 1 - t.usage_drop and aid in f.customers
    }  # fmt: skip
    names = dict(f.query("SELECT id, name FROM products"))
    for aid, holdings in score_inputs.holding_trends(f.store.conn, sorted(fired)).items():
        month, start = holdings[0][1], holdings[0][2]
        products = [
            {"product": names[pid], "now": now, "before": before, "months_now": n_now,
             "months_before": n_before, "change": now / before - 1}
            for pid, _, _, now, before, n_now, n_before, _ in holdings if before and now is not None
        ]  # fmt: skip
        drop = fired[aid]
        evidence = {"drop": drop, "month": month, "from": start, "products": products}
        yield f.moment(aid, "falling_usage", "fix_first", f.day, evidence,
                       f.points[aid].revenue_cents, f"{month}:{round(drop, 1)}")  # fmt: skip


def outage(f: Facts, t: Thresholds) -> Iterator[Moment]:
    """An outage within the last days, or a pile of support tickets within 30 days."""
    outages_from, tickets_from = _ago(f, t.outage_days), _ago(f, 30)
    for aid, outages, last_outage, tickets, latest in f.query(
        "SELECT account_id, sum(kind = 'outage' AND occurred_on >= ?), "
        "max(CASE WHEN kind = 'outage' AND occurred_on >= ? THEN occurred_on END), "
        "sum(kind = 'support_ticket' AND occurred_on >= ?), max(occurred_on) FROM signals "
        "WHERE kind IN ('outage', 'support_ticket') AND occurred_on >= ? AND occurred_on <= ? "
        "GROUP BY account_id HAVING sum(kind = 'outage' AND occurred_on >= ?) > 0 "
        "OR sum(kind = 'support_ticket' AND occurred_on >= ?) >= ?",
        (outages_from, outages_from, tickets_from, min(outages_from, tickets_from), f.day, outages_from,
         tickets_from, t.tickets),
    ):  # fmt: skip
        evidence = {"outages": outages, "last_outage": last_outage, "tickets": tickets}
        yield f.moment(aid, "outage", "fix_first", latest, evidence, f.points[aid].revenue_cents,
                       f"{last_outage}:{tickets >= t.tickets}")  # fmt: skip


def new_stakeholder(f: Facts, t: Thresholds) -> Iterator[Moment]:
    """Someone from a department or region none of the account's contacts comes from signed up."""
    for sid, aid, day, department, region, new_department, new_region in f.query(
        "SELECT s.id, s.account_id, s.occurred_on, s.department, s.region, "
        "s.department IS NOT NULL AND NOT EXISTS (SELECT 1 FROM contacts c "
        "  WHERE c.account_id = s.account_id AND c.department = s.department), "
        "s.region IS NOT NULL AND NOT EXISTS (SELECT 1 FROM contacts c "
        "  WHERE c.account_id = s.account_id AND c.region = s.region) "
        "FROM signals s WHERE s.kind = 'new_stakeholder' AND s.occurred_on BETWEEN ? AND ?",
        (_ago(f, t.stakeholder_days), f.day),
    ):
        if new_department or new_region:
            evidence = {"department": department, "region": region, "new_department": bool(new_department),
                        "new_region": bool(new_region)}  # fmt: skip
            yield f.moment(aid, "new_stakeholder", "crosssell", day, evidence, f.points[aid].potential_cents,
                           sid, subject=f"signal {sid}")  # fmt: skip


def usage_limit(f: Facts, t: Thresholds) -> Iterator[Moment]:
    """A holding that used (nearly) all of its limit in the account's own latest month: offer to lift it."""
    near = [  # accounts whose fullest holding is near its limit (the holdings are compared exactly below)
        [aid, i.usage_month] for aid, i in f.inputs.items() if (i.limit_share or 0) >= t.limit_share - 1e-9
    ]
    for aid, product_id, key, product, used, limit, revenue, month in f.query(
        "SELECT h.account_id, h.product_id, p.key, p.name, u.usage_value, h.usage_limit, h.revenue_cents, "
        "u.period FROM json_each(?) j JOIN holdings h ON h.account_id = j.value ->> 0 "
        "JOIN products p ON p.id = h.product_id JOIN usage_snapshots u "
        "ON u.account_id = h.account_id AND u.product_id = h.product_id AND u.period = j.value ->> 1 "
        "WHERE h.status = 'active' AND h.usage_limit > 0 AND u.usage_value >= ? * h.usage_limit",
        (json.dumps(near), t.limit_share),
    ):
        evidence = {"product": product, "usage": used, "limit": limit, "share": used / limit, "month": month}
        yield f.moment(aid, "usage_limit", "upsell", f.day, evidence, round(revenue * LIMIT_LIFT), month,
                       subject=key, product_id=product_id)  # fmt: skip


def high_survey(f: Facts, t: Thresholds) -> Iterator[Moment]:
    """Contacts who answer surveys far more often than the book's average: engaged, ask them."""
    people = {aid: i.contacts for aid, i in f.inputs.items()}
    answered = f.query(
        "SELECT c.account_id, count(*), max(s.answered_on) FROM contacts c INDEXED BY contacts_account "
        "JOIN survey_responses s INDEXED BY survey_responses_contact_day ON s.contact_id = c.id "
        "AND s.answered_on BETWEEN ? AND ? AND s.answered GROUP BY c.account_id",
        (_ago(f, t.survey_days), f.day),
    )
    contacts, answers = sum(people.values()), sum(n for _, n, _ in answered)
    if not contacts or not answers:
        return
    average = answers / contacts
    for aid, n, latest in answered:
        if n / people[aid] >= t.survey_factor * average:
            evidence = {
                "answers": n,
                "contacts": people[aid],
                "per_contact": n / people[aid],
                "average": average,
                "since": _ago(f, t.survey_days),
                "latest": latest[:10],
            }
            yield f.moment(
                aid, "high_survey", "crosssell", latest, evidence, f.points[aid].potential_cents, latest
            )


def fast_lane(f: Facts, t: Thresholds) -> Iterator[Moment]:
    """The customer asked for a demo, a consultation or a price: skip the queue (seed 004)."""
    for sid, aid, day, kind, product_id, product, held_revenue in f.query(
        "SELECT s.id, s.account_id, s.occurred_on, s.kind, s.product_id, p.name, h.revenue_cents "
        "FROM signals s LEFT JOIN products p ON p.id = s.product_id LEFT JOIN holdings h "
        "ON h.account_id = s.account_id AND h.product_id = s.product_id AND h.status = 'active' "
        f"WHERE s.kind IN ({', '.join('?' * len(FAST_LANE_SIGNALS))}) AND s.occurred_on BETWEEN ? AND ?",
        (*FAST_LANE_SIGNALS, _ago(f, t.fast_lane_days), f.day),
    ):
        p = f.points[aid]
        space = next((w for w in p.whitespace if w.product_id == product_id), None)
        if held_revenue is not None:
            value = round(held_revenue * LIMIT_LIFT)
        else:
            value = space.value_cents if space else p.potential_cents
        evidence = {"asked": kind, "product": product or "", "held": held_revenue is not None}
        yield f.moment(aid, "fast_lane", "upsell" if held_revenue is not None else "crosssell", day, evidence,
                       value, sid, subject=f"signal {sid}", product_id=product_id)  # fmt: skip


def qbr_coming(f: Facts, t: Thresholds) -> Iterator[Moment]:
    """A planned QBR within the next days: the moment to bring recommendations. Planned in the app, or in
    the CRM's calendar: a touch of kind QBR dated after today (imported with the activities), for an account
    with no QBR planned in the app within those days."""
    planned = set()
    for qbr_id, aid, day in f.query(
        "SELECT id, account_id, held_on FROM qbrs WHERE status = 'planned' AND held_on BETWEEN ? AND ?",
        (f.day, _ahead(f, t.qbr_days)),
    ):
        planned.add(aid)
        days = (date.fromisoformat(day[:10]) - f.today).days
        yield f.moment(aid, "qbr_coming", "upsell", day, {"days": days}, f.points[aid].potential_cents,
                       f"{qbr_id}:{day}", subject=f"qbr {qbr_id}")  # fmt: skip
    last = f.today + timedelta(days=t.qbr_days)
    for touch_id, aid, day in f.query(
        "SELECT id, account_id, min(touched_on) FROM touches WHERE kind = 'qbr' AND touched_on >= ? "
        "AND touched_on < ? GROUP BY account_id",
        (touch_end(f.today), touch_end(last)),
    ):
        if aid not in planned and aid in f.points:
            days = (date.fromisoformat(day[:10]) - f.today).days
            value = f.points[aid].potential_cents
            key = f"touch {touch_id}:{day}"
            yield f.moment(aid, "qbr_coming", "upsell", day[:10], {"days": days}, value, key,
                           subject=f"qbr touch {touch_id}")  # fmt: skip


def not_touched(f: Facts, t: Thresholds) -> Iterator[Moment]:
    """No touch within the tier's cadence (seed 003: touch them all). The last touch is the latest on or
    before the detection's today: a planned touch does not count."""
    end = touch_end(f.today)
    planned = {aid: p.last_touch for aid, p in f.points.items() if p.last_touch and p.last_touch >= end}
    touched = last_touches(f.store, planned, f.today) if planned else {}
    for aid, p in f.points.items():
        cadence = t.cadence(p.tier)
        last_touch = touched.get(aid, p.last_touch)  # a planned latest touch: the one done before
        if last_touch is None:
            evidence: dict[str, object] = {
                "last_touch": None,
                "days": None,
                "cadence": cadence,
                "overdue": None,
            }
            yield f.moment(aid, "not_touched", "repeat", f.day, evidence, p.revenue_cents, "")
            continue
        last = date.fromisoformat(last_touch[:10])
        days = (f.today - last).days
        if days > cadence:
            evidence = {
                "last_touch": last_touch,
                "days": days,
                "cadence": cadence,
                "overdue": days - cadence,
            }
            due = (last + timedelta(days=cadence)).isoformat()
            yield f.moment(aid, "not_touched", "repeat", due, evidence, p.revenue_cents, last_touch)


def renewal_coming(f: Facts, t: Thresholds) -> Iterator[Moment]:
    """Contracts renew within the next days: secure the repeat business (one moment per account)."""
    due = f.query(  # ordered by account: each account's holdings follow each other, its first renewal first
        "SELECT h.account_id, substr(h.renewal_date, 1, 10), p.name, h.revenue_cents, h.product_id "
        "FROM holdings h JOIN products p ON p.id = h.product_id WHERE h.status = 'active' "
        "AND h.renewal_date >= ? AND h.renewal_date < ? ORDER BY h.account_id, h.renewal_date, p.name",
        (f.day, _ahead(f, t.renewal_days + 1)),
    )
    for aid, rows in groupby(due, itemgetter(0)):
        holdings = list(rows)
        first = holdings[0][1]
        revenue = sum(h[3] for h in holdings)
        evidence = {"products": [h[2] for h in holdings], "renewal": first,
                    "days": (date.fromisoformat(first) - f.today).days, "revenue": revenue}  # fmt: skip
        yield f.moment(aid, "renewal_coming", "repeat", first, evidence, revenue,
                       ",".join([h[1] for h in holdings]), product_id=holdings[0][4])  # fmt: skip


RULE_FUNCTIONS: dict[str, Rule] = {
    "low_penetration": low_penetration,
    "one_region": one_region,
    "below_peers": below_peers,
    "promoter_low_revenue": promoter_low_revenue,
    "detractor": detractor,
    "falling_usage": falling_usage,
    "outage": outage,
    "new_stakeholder": new_stakeholder,
    "usage_limit": usage_limit,
    "high_survey": high_survey,
    "fast_lane": fast_lane,
    "qbr_coming": qbr_coming,
    "not_touched": not_touched,
    "renewal_coming": renewal_coming,
}


def run_rules(f: Facts, t: Thresholds) -> dict[str, list[Moment]]:
    """The moments of every rule, by rule."""
    return {name: list(rule(f, t)) for name, rule in RULE_FUNCTIONS.items()}
