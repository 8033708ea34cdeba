"""The words of moments and opportunities in the user's language: rules, kinds, stages and where an
opportunity came from."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

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


def raised_by_label(code: str | None) -> str:
    """Where an opportunity came from: a moment's rule, a signal, or how it was entered."""
    if not code:
        return translate("Moments", "entered by hand")
    return {
        "qbr": translate("Moments", "QBR"),
        "whitespace": translate("Moments", "Whitespace"),
        "trial": translate("Moments", "Trial"),
        "demo_request": translate("Moments", "Asked for a demo"),
        "consultation_request": translate("Moments", "Asked for a consultation"),
        "price_request": translate("Moments", "Asked for a price"),
    }.get(code) or rule_label(code)
