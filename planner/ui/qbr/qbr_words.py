"""The words of QBRs in the user's language: statuses, the drafted objectives, agenda and recommendations,
and why a QBR cannot be saved."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from planner.core.matrix.scoring import Quadrant
from planner.core.qbr.qbr_draft import Draft, DraftItem
from planner.core.qbr.qbrs import QbrProblem
from planner.ui.widgets import formatting, matrix_labels, moment_labels

translate = QCoreApplication.translate


def status_label(status: str) -> str:
    return {
        "planned": translate("Qbr", "planned"),
        "held": translate("Qbr", "held"),
        "cancelled": translate("Qbr", "cancelled"),
    }.get(status, status)


def action_status_label(status: str) -> str:
    return {
        "open": translate("Qbr", "open"),
        "done": translate("Qbr", "done"),
        "dropped": translate("Qbr", "dropped"),
    }.get(status, status)


def problem_text(problem: QbrProblem) -> str:
    return {
        "account": translate("Qbr", "The account no longer exists."),
        "date": translate("Qbr", "The date is not a date."),
        "status": translate("Qbr", "Unknown status."),
        "attendee": translate("Qbr", "An attendee has no name."),
        "contact": translate("Qbr", "An attendee is not a contact of this account."),
        "action_title": translate("Qbr", "Every action needs a title."),
        "action_status": translate("Qbr", "Unknown status of an action."),
        "action_due": translate("Qbr", "The due date of an action is not a date."),
    }.get(problem.code, str(problem))


def _quadrant(item: DraftItem) -> Quadrant:
    return Quadrant(item.values["quadrant"])


def held_back_reason(reason: str) -> str:
    if reason == "enablement":
        return translate("Qbr", "the customer is still in enablement")
    return moment_labels.rule_label(reason)


def objective_text(item: DraftItem) -> str:
    if item.kind == "fix":
        return translate("Qbr", "Win back trust: %1").replace(
            "%1", moment_labels.rule_label(item.values["rule"])
        )
    if item.kind == "enablement":
        return translate("Qbr", "Make the start a success: the customer sees value in what they bought")
    if item.kind == "play":
        objective = {
            Quadrant.SAMPLER: translate("Qbr", "Get the booked product used and show the value of combining"),
            Quadrant.NICHE: translate("Qbr", "Show how the other products extend what already works"),
            Quadrant.UNDERPERFORMER: translate("Qbr", "Raise usage of what the customer already pays for"),
            Quadrant.POWER_USER: translate("Qbr", "Deepen the partnership: shared use cases and a referral"),
        }
        return objective[_quadrant(item)]
    if item.kind == "unscored":
        return translate("Qbr", "Agree on usage figures, so that the value can be measured")
    if item.kind == "grow":
        text = translate("Qbr", "Open the next step of growth (potential %1)")
        return text.replace("%1", formatting.money(item.values["potential_cents"]))
    return ""


def agenda_text(item: DraftItem) -> str:
    if item.kind == "review":
        return translate("Qbr", "Review of the quarter: results, usage and satisfaction")
    if item.kind == "actions":
        text = translate("Qbr", "Status of the open actions from the last QBR (%1)")
        return text.replace("%1", formatting.number(item.values["count"]))
    if item.kind == "fix":
        return translate("Qbr", "Open issue: %1").replace("%1", moment_labels.rule_label(item.values["rule"]))
    if item.kind == "play":
        return matrix_labels.play(_quadrant(item))
    if item.kind == "opportunities":
        products = ", ".join(item.values["products"])
        return translate("Qbr", "Opportunities: %1").replace("%1", products)
    if item.kind == "next_steps":
        return translate("Qbr", "Agreements, owners and next steps")
    return ""


def recommendation_text(item: DraftItem) -> str:
    if item.kind == "moment" and item.moment is not None:
        evidence = moment_labels.evidence_text(item.moment)
        play = moment_labels.play_text(item.moment)
        return f"{play} ({evidence})" if evidence else play
    if item.kind == "play":
        quadrant = _quadrant(item)
        text = translate("Qbr", "%1 – run by: %2")
        return text.replace("%1", matrix_labels.play(quadrant)).replace(
            "%2", matrix_labels.owner_role(quadrant)
        )
    if item.kind == "whitespace":
        text = translate("Qbr", "Offer %1: comparable customers spend %2 a year on it")
        if item.values["basis"] == "price":
            text = translate("Qbr", "Offer %1: %2 a year at list price")
        return text.replace("%1", item.values["product"]).replace(
            "%2", formatting.money(item.values["value_cents"])
        )
    if item.kind == "users":
        text = translate("Qbr", "Roll out to %1 more potential users (%2 a year)")
        return text.replace("%1", formatting.number(item.values["users"])).replace(
            "%2", formatting.money(item.values["value_cents"])
        )
    if item.kind == "held_back":
        text = translate("Qbr", "No offer this time: %1. Fix first, sell later.")
        return text.replace("%1", held_back_reason(item.values["reason"]))
    return ""


def numbered(lines: list[str]) -> str:
    return "\n".join(f"{n}. {line}" for n, line in enumerate((x for x in lines if x), start=1))


def draft_texts(draft: Draft) -> tuple[str, str, str]:
    """(objectives, agenda, recommendations) as numbered lines, ready to edit."""
    return (
        numbered([objective_text(i) for i in draft.objectives]),
        numbered([agenda_text(i) for i in draft.agenda]),
        numbered([recommendation_text(i) for i in draft.recommendations]),
    )
