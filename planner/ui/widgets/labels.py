"""The words the user sees for stored values and field names, in their language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from planner.core.portfolio.records import Problem

translate = QCoreApplication.translate


def field_labels(table: str) -> dict[str, str]:
    common = {
        "name": translate("Labels", "Name"),
        "key": translate("Labels", "Key"),
        "notes": translate("Labels", "Notes"),
        "region": translate("Labels", "Region"),
        "account_id": translate("Labels", "Account"),
        "product_id": translate("Labels", "Product"),
        "revenue_cents": translate("Labels", "Revenue per year"),
    }
    specific = {
        "accounts": {
            "name": translate("Labels", "Company name"),
            "domain": translate("Labels", "Web domain"),
            "industry": translate("Labels", "Industry"),
            "segment": translate("Labels", "Segment"),
            "country": translate("Labels", "Country"),
            "city": translate("Labels", "City"),
            "regions": translate("Labels", "Regions"),
            "owner": translate("Labels", "Owner"),
            "employees": translate("Labels", "Employees"),
            "potential_users": translate("Labels", "Potential users"),
            "wallet_cents": translate("Labels", "Wallet per year"),
            "tier_override": translate("Labels", "Tier set by hand"),
            "tier_reason": translate("Labels", "Reason for the tier"),
            "phase_override": translate("Labels", "Journey phase set by hand"),
            "phase_reason": translate("Labels", "Reason for the phase"),
            "success_criteria": translate("Labels", "Success criteria"),
            "goals": translate("Labels", "Goals"),
            "pain_points": translate("Labels", "Pain points"),
        },
        "touches": {
            "kind": translate("Labels", "Kind"),
            "touched_on": translate("Labels", "Date"),
            "minutes": translate("Labels", "Time spent"),
            "summary": translate("Labels", "Summary"),
            "next_step": translate("Labels", "Next step"),
            "next_step_due": translate("Labels", "Due"),
            "next_step_done_on": translate("Labels", "Next step done"),
            "contacts": translate("Labels", "Contacts involved"),
        },
        "signals": {
            "kind": translate("Labels", "Kind"),
            "occurred_on": translate("Labels", "Date"),
            "contact_id": translate("Labels", "Contact"),
            "content": translate("Labels", "Content"),
            "topic": translate("Labels", "Topic"),
            "department": translate("Labels", "Department"),
            "detail": translate("Labels", "Detail"),
        },
        "opportunities": {
            "stage": translate("Labels", "Stage"),
            "fast_lane": translate("Labels", "Fast lane"),
        },
        "products": {
            "family": translate("Labels", "Family"),
            "price_cents": translate("Labels", "Price"),
            "unit": translate("Labels", "Unit"),
            "usage_metric": translate("Labels", "Usage metric"),
            "expected_usage": translate("Labels", "Expected usage"),
        },
        "contacts": {
            "role": translate("Labels", "Role"),
            "department": translate("Labels", "Department"),
            "email": translate("Labels", "E-mail"),
            "phone": translate("Labels", "Phone"),
            "influence": translate("Labels", "Influence"),
            "persona_goals": translate("Labels", "Their goals"),
            "persona_pains": translate("Labels", "Their pains"),
        },
        "holdings": {
            "status": translate("Labels", "Status"),
            "since": translate("Labels", "Since"),
            "seats_licensed": translate("Labels", "Seats licensed"),
            "seats_in_use": translate("Labels", "Seats in use"),
            "renewal_date": translate("Labels", "Renewal date"),
            "usage_limit": translate("Labels", "Usage limit"),
        },
    }
    return {**common, **specific.get(table, {})}


def table_noun(table: str) -> str:
    """The record kind, as in "New account"."""
    return {
        "accounts": translate("Labels", "account"),
        "products": translate("Labels", "product"),
        "contacts": translate("Labels", "contact"),
        "holdings": translate("Labels", "holding"),
        "touches": translate("Labels", "touch"),
        "signals": translate("Labels", "signal"),
        "opportunities": translate("Labels", "opportunity"),
        "qbrs": translate("Labels", "QBR"),
        "moment_decisions": translate("Labels", "decision on a moment"),
    }[table]


def choice_label(value: str | None) -> str:
    """Stored codes (status, unit, influence, phase, kind, quadrant) in words; "" means not set."""
    words = {
        "": translate("Labels", "(not set)"),
        "active": translate("Labels", "active"),
        "trial": translate("Labels", "trial"),
        "cancelled": translate("Labels", "cancelled"),
        "seat": translate("Labels", "per seat"),
        "licence": translate("Labels", "per licence"),
        "volume": translate("Labels", "by volume"),
        "decision_maker": translate("Labels", "decision maker"),
        "champion": translate("Labels", "champion"),
        "influencer": translate("Labels", "influencer"),
        "user": translate("Labels", "user"),
        "blocker": translate("Labels", "blocker"),
        "enablement": translate("Labels", "Enablement"),
        "adoption": translate("Labels", "Adoption & retention"),
        "growth": translate("Labels", "Growth"),
        "advocacy": translate("Labels", "Advocacy"),
        "call": translate("Labels", "call"),
        "meeting": translate("Labels", "meeting"),
        "email": translate("Labels", "e-mail"),
        "visit": translate("Labels", "visit"),
        "qbr": translate("Labels", "QBR"),
        "note": translate("Labels", "note"),
        "sampler": translate("Labels", "Sampler"),
        "niche": translate("Labels", "Niche solution"),
        "underperformer": translate("Labels", "Underperformer"),
        "power_user": translate("Labels", "Power user"),
    }
    return words.get(value or "", value or "")


def problem_text(problem: Problem) -> str:
    texts = {
        "required": translate("Labels", "Required."),
        "negative": translate("Labels", "Cannot be below zero."),
        "taken": translate("Labels", "Already used by %1."),
        "email": translate("Labels", "Not an e-mail address (name@company.com)."),
        "seats_above_users": translate("Labels", "More than the account's %1 potential users."),
        "already_held": translate("Labels", "The account already holds this product."),
        "order": translate("Labels", "Renewal cannot be before the start."),
        "not_number": translate("Labels", "Not a number (for example %1)."),
        "not_date": translate("Labels", "Not a date (for example %1)."),
    }
    return texts[problem.code].replace("%1", problem.detail)
