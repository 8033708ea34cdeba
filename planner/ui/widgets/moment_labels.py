"""The words of moments and opportunities in the user's language: rules, kinds, stages and where an
opportunity came from."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from planner.core.moments.moments import Moment
from planner.ui.widgets import formatting

translate = QCoreApplication.translate


def rule_label(rule: str) -> str:
    return {
        "low_penetration": translate("Moments", "Low penetration"),
        "one_region": translate("Moments", "One region buying"),
        "below_peers": translate("Moments", "Spend below peers"),
        "promoter_low_revenue": translate("Moments", "Promoter, low revenue"),
        "detractor": translate("Moments", "Detractors"),
        "falling_usage": translate("Moments", "Falling usage"),
        "outage": translate("Moments", "Outages and tickets"),
        "new_stakeholder": translate("Moments", "New stakeholder"),
        "usage_limit": translate("Moments", "Usage limit reached"),
        "high_survey": translate("Moments", "Answers surveys often"),
        "fast_lane": translate("Moments", "Asked for it (fast lane)"),
        "qbr_coming": translate("Moments", "QBR coming"),
        "not_touched": translate("Moments", "Not touched"),
        "renewal_coming": translate("Moments", "Renewal coming"),
    }.get(rule, rule)


def kind_label(kind: str) -> str:
    return {
        "repeat": translate("Moments", "Repeat"),
        "upsell": translate("Moments", "Up-sell"),
        "crosssell": translate("Moments", "Cross-sell"),
        "fix_first": translate("Moments", "Fix first"),
    }.get(kind, kind)


def stage_label(stage: str) -> str:
    return {
        "signal": translate("Moments", "Signal"),
        "interest": translate("Moments", "Interest"),
        "nurturing": translate("Moments", "Nurturing"),
        "mqn": translate("Moments", "Marketing-qualified need"),
        "in_sales": translate("Moments", "In sales"),
        "won": translate("Moments", "Won"),
        "lost": translate("Moments", "Lost"),
    }.get(stage, stage)


def signal_kind_label(kind: str) -> str:
    """What a KAM heard about an account (a signal's kind)."""
    return {
        "outage": translate("Moments", "Outage"),
        "support_ticket": translate("Moments", "Support ticket"),
        "usage_limit_hit": translate("Moments", "Usage limit reached"),
        "new_stakeholder": translate("Moments", "New stakeholder"),
        "content_engaged": translate("Moments", "Content engaged"),
        "event_attended": translate("Moments", "Event attended"),
        "demo_request": translate("Moments", "Demo request"),
        "consultation_request": translate("Moments", "Consultation request"),
        "price_request": translate("Moments", "Price request"),
    }.get(kind, kind)


def raised_by_label(code: str | None) -> str:
    """Where an opportunity came from: a moment's rule, a signal (its kind), or how it was entered."""
    if not code:
        return translate("Moments", "entered by hand")
    return {
        "qbr": translate("Moments", "QBR"),
        "whitespace": translate("Moments", "Whitespace"),
        "trial": translate("Moments", "Trial"),
        "import": translate("Moments", "Import from the CRM"),
        "demo_request": translate("Moments", "Asked for a demo"),
        "consultation_request": translate("Moments", "Asked for a consultation"),
        "price_request": translate("Moments", "Asked for a price"),
        "content_engaged": signal_kind_label(code),  # readiness raised it (moments/readiness.py)
        "event_attended": signal_kind_label(code),
    }.get(code) or rule_label(code)


def _fill(text: str, **values: object) -> str:
    for name, value in values.items():
        text = text.replace("{" + name + "}", str(value))
    return text


def _month(period: str | None) -> str:
    """A usage month "2026-08" as "08/2026"."""
    return f"{period[5:7]}/{period[:4]}" if period else "–"


def evidence_text(m: Moment) -> str:
    """The figures that made the rule fire, as a sentence."""
    e, pct, money, day = m.evidence, formatting.percent, formatting.money, formatting.iso_date
    number = formatting.number
    if m.rule == "low_penetration":
        text = translate(
            "Moments", "{served} of {users} potential users served ({share}); {employees} employees"
        )
        return _fill(text, served=number(e["served"]), users=number(e["potential_users"]),
                     share=pct(e["share"]), employees=number(e["employees"]))  # fmt: skip
    if m.rule == "one_region":
        text = translate("Moments", "operates in {operates}, buys only in {buys}")
        return _fill(text, operates=", ".join(e["operates"]), buys=", ".join(e["buys"]))
    if m.rule == "below_peers":
        text = translate(
            "Moments", "spends {revenue} a year: {share} of the median of {peers} peers ({median})"
        )
        return _fill(text, revenue=money(e["revenue"]), share=pct(e["share"]), peers=number(e["peers"]),
                     median=money(e["peer_median"]))  # fmt: skip
    if m.rule == "promoter_low_revenue":
        text = translate(
            "Moments",
            "NPS {nps} from {answers} answers ({first} to {latest}) with {revenue} a year "
            "(the book's lowest quarter ends at {line})",
        )
        return _fill(text, nps=formatting.nps(e["nps"]), answers=number(e["answers"]), first=day(e["first"]),
                     latest=day(e["latest"]), revenue=money(e["revenue"]), line=money(e["line"]))  # fmt: skip
    if m.rule == "detractor":
        text = translate(
            "Moments",
            "NPS {nps}: {detractors} of the {answers} latest answers since {since} are detractors "
            "(answered on {days})",
        )
        text = _fill(text, nps=formatting.nps(e["nps"]), detractors=number(e["detractors"]),
                     answers=number(e["answers"]), since=day(e["since"]),
                     days=", ".join(day(d) for d in e["detractor_days"]) or "–")  # fmt: skip
        if e["key_detractors"]:
            key = translate("Moments", "; key contacts among them: {contacts}")
            text += _fill(key, contacts=", ".join(f"{name} ({day(on)})" for name, on in e["key_detractors"]))
        return text
    if m.rule == "falling_usage":
        text = translate(
            "Moments",
            "usage {first}-{month} down {drop}, each product against its own level "
            "(furthest: {product} {change})",
        )
        worst = min(e.get("products") or [{"product": "–", "change": None}], key=lambda p: p["change"] or 0)
        return _fill(text, first=_month(e.get("from")), month=_month(e.get("month")), drop=pct(e["drop"]),
                     product=worst["product"], change=pct(worst["change"]))  # fmt: skip
    if m.rule == "outage":
        text = translate(
            "Moments", "outages: {outages} (latest {last}); support tickets in 30 days: {tickets}"
        )
        return _fill(text, outages=number(e["outages"]), last=day(e["last_outage"]) or "–",
                     tickets=number(e["tickets"]))  # fmt: skip
    if m.rule == "new_stakeholder":
        text = translate("Moments", "a new contact from {department} ({region}) signed up on {day}")
        return _fill(text, department=e["department"] or "–", region=e["region"] or "–", day=day(m.day))
    if m.rule == "usage_limit":
        text = translate("Moments", "{product} used {share} of its limit ({usage} of {limit}) in {month}")
        return _fill(text, product=e["product"], share=pct(e["share"]), usage=number(round(e["usage"])),
                     limit=number(round(e["limit"])), month=_month(e["month"]))  # fmt: skip
    if m.rule == "high_survey":
        text = translate(
            "Moments",
            "{answers} survey answers from {contacts} contacts since {since}, the latest on {latest} "
            "(average {average})",
        )
        return _fill(text, answers=number(e["answers"]), contacts=number(e["contacts"]),
                     since=day(e["since"]), latest=day(e["latest"]),
                     average=QLocale().toString(e["average"], "f", 1))  # fmt: skip
    if m.rule == "fast_lane":
        asked = {
            "demo_request": translate("Moments", "asked for a demo of {product} on {day}"),
            "consultation_request": translate("Moments", "asked for a consultation on {product} on {day}"),
            "price_request": translate("Moments", "asked for a price for {product} on {day}"),
        }[e["asked"]]
        return _fill(asked, product=e["product"] or "–", day=day(m.day))
    if m.rule == "qbr_coming":
        return _fill(
            translate("Moments", "QBR on {day} (days to go: {days})"), day=day(m.day), days=e["days"]
        )
    if m.rule == "not_touched":
        if e["last_touch"] is None:
            return translate("Moments", "never touched")
        text = translate(
            "Moments", "last touch {day}, {days} days ago: {overdue} days past the {cadence}-day cadence"
        )
        return _fill(
            text, day=day(e["last_touch"]), days=e["days"], overdue=e["overdue"], cadence=e["cadence"]
        )
    if m.rule == "renewal_coming":
        text = translate("Moments", "{products} renew on {day} (days to go: {days}; {revenue} a year)")
        return _fill(text, products=", ".join(e["products"]), day=day(e["renewal"]), days=e["days"],
                     revenue=money(e["revenue"]))  # fmt: skip
    return ""


def play_text(m: Moment) -> str:
    """What to do about it."""
    return {
        "low_penetration": translate(
            "Moments", "Up-sell: roll out to more users and teams; offer a larger tier."
        ),
        "one_region": translate(
            "Moments", "Up-sell: bring the product to the other regions through your champion."
        ),  # fmt: skip
        "below_peers": translate(
            "Moments", "Cross-sell: show what comparable companies buy and close the gap."
        ),
        "promoter_low_revenue": translate(
            "Moments", "Make the promoter your internal champion; ask for introductions to more teams."
        ),  # fmt: skip
        "detractor": translate("Moments", "Fix first: call the detractors and find the cause. No pitch."),
        "falling_usage": translate(
            "Moments", "Fix first: find out why usage fell; offer training. No pitch."
        ),
        "outage": translate(
            "Moments", "Fix first: own the incident follow-up until trust is back. No pitch."
        ),
        "new_stakeholder": translate(
            "Moments", "Cross-sell: welcome the new stakeholder and show what helps their team."
        ),  # fmt: skip
        "usage_limit": translate("Moments", "Up-sell: offer to lift the limit before it blocks them."),
        "high_survey": translate(
            "Moments", "Cross-sell: engaged contacts; invite them to a use-case workshop."
        ),
        "fast_lane": translate("Moments", "Fast lane: they asked. Answer within a day, straight to sales."),
        "qbr_coming": translate("Moments", "Prepare the QBR: bring recommendations and the open actions."),
        "not_touched": translate("Moments", "Touch: call or visit; the tier's cadence is overdue."),
        "renewal_coming": translate(
            "Moments", "Repeat: secure the renewal; review usage and value before the date."
        ),  # fmt: skip
    }.get(m.rule, "")


def held_back_text(m: Moment) -> str:
    if m.held_back_by is None:
        return ""
    if m.held_back_by == "enablement":
        return translate("Moments", "Held back: still in enablement, give them time with the product first")
    return translate("Moments", "Held back: fix first (%1)").replace("%1", rule_label(m.held_back_by))
