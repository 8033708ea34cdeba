"""The words of the Customer-Performance-Matrix in the user's language: quadrants, plays, owners, and the
sentence that explains an account's scores."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from planner.core.matrix.matrix import PLAYS, MatrixPoint
from planner.core.matrix.scoring import Quadrant
from planner.ui.widgets import formatting

translate = QCoreApplication.translate
# Left to right from where an account starts to where it should end: Sampler (neither wide nor intense),
# the two half-way quadrants (each one play away from the goal), Power user. The order of DOMAIN.md's table,
# so a quadrant sits in the same place in every list, table and board of the app.
QUADRANTS = (Quadrant.SAMPLER, Quadrant.NICHE, Quadrant.UNDERPERFORMER, Quadrant.POWER_USER)
QUADRANT_COLOURS = {  # background tints of the four fields, and the board's column headers
    Quadrant.SAMPLER: "#eef2f7",
    Quadrant.NICHE: "#eaf4ee",
    Quadrant.UNDERPERFORMER: "#fbf1e6",
    Quadrant.POWER_USER: "#e8f1fb",
}


def quadrant_name(quadrant: Quadrant) -> str:
    return {
        Quadrant.SAMPLER: translate("Matrix", "Sampler"),
        Quadrant.NICHE: translate("Matrix", "Niche user"),
        Quadrant.UNDERPERFORMER: translate("Matrix", "Underperformer"),
        Quadrant.POWER_USER: translate("Matrix", "Power user"),
    }[quadrant]


def play(quadrant: Quadrant) -> str:
    """What to do with the accounts of a quadrant (seed 000)."""
    return {
        "onboarding": translate("Matrix", "Onboarding: learn the booked product, see the value of combining"),
        "cross_sell": translate("Matrix", "Cross-selling: show the other products"),
        "adoption": translate("Matrix", "Up-selling through adoption: onboarding, use cases, case studies"),
        "stay_close": translate("Matrix", "Stay close: satisfaction surveys, shared use cases, referrals"),
    }[PLAYS[quadrant][0]]


def owner_role(quadrant: Quadrant) -> str:
    """Who should run the play."""
    return {
        "customer_service": translate("Matrix", "Customer service"),
        "specialist": translate("Matrix", "Specialist sales advisor"),
        "application_consultant": translate("Matrix", "Application consultant"),
        "account_manager": translate("Matrix", "Account manager"),
    }[PLAYS[quadrant][1]]


def not_scored(point: MatrixPoint) -> str:
    return {
        "no_holdings": translate("Matrix", "not scored: holds no active product"),
        "no_usage": translate("Matrix", "not scored: no usage data for its products"),
        "no_expected": translate("Matrix", "not scored: no expected usage for %1").replace(
            "%1", ", ".join(point.unexpected)
        ),
    }.get(point.reason or "", "")


def explanation(point: MatrixPoint) -> list[str]:
    """The scores in words and figures, a line each: breadth, intensity, potential."""
    if point.reason == "no_holdings":
        return [not_scored(point)]
    lines = [
        translate("Matrix", "holds %1 of %2 products = %3")
        .replace("%1", str(point.held))  # the products that count, as breadth counts them
        .replace("%2", str(point.relevant))
        .replace("%3", formatting.percent(point.breadth))
    ]
    if point.intensity is None:
        lines.append(not_scored(point))
    else:
        used = translate(
            "Matrix", "uses %1 of expected, revenue-weighted over the holdings with usage data (%2)"
        )
        used = used.replace("%2", str(point.used_holdings))
        lines.append(used.replace("%1", formatting.percent(point.intensity)))
    parts = []
    valued = [w for w in point.whitespace if w.value_cents > 0]
    biggest = sorted(valued, key=lambda w: w.value_cents, reverse=True)[:2]
    for space in biggest:
        basis = {
            "peers": translate("Matrix", "peer median"),
            "segment": translate("Matrix", "segment median"),
            "all": translate("Matrix", "median of all customers"),
            "price": translate("Matrix", "list price"),
        }[space.basis]
        parts.append(
            translate("Matrix", "%1 from %2 (%3)")
            .replace("%1", formatting.money(space.value_cents))
            .replace("%2", space.product)
            .replace("%3", basis)
        )
    more = len(valued) - len(biggest)
    if more > 0:
        parts.append(translate("Matrix", "other products: %1").replace("%1", str(more)))
    if point.uncovered_users:
        parts.append(
            translate("Matrix", "%1 for %2 users without a seat")
            .replace("%1", formatting.money(point.uncovered_cents))
            .replace("%2", formatting.number(point.uncovered_users))
        )
    potential = translate("Matrix", "potential %1").replace("%1", formatting.money(point.potential_cents))
    if parts:
        potential += ": " + "; ".join(parts)
    if point.capped:
        potential += " " + translate("Matrix", "(at most what is left of the wallet)")
    lines.append(potential)
    return lines
