"""The first draft of a QBR's objectives, agenda and recommendations, from the account's quadrant play, its
open moments, its whitespace and the open actions of the last QBR; the UI words the items."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from planner.core.matrix.matrix import MatrixPoint
from planner.core.moments.moments import Moment
from planner.core.qbr.briefing_figures import KeyFigures
from planner.core.qbr.qbrs import Action

NOT_FOR_THE_MEETING = ("qbr_coming", "not_touched")  # the meeting itself answers these
MOMENTS = 4  # at most this many moments become recommendations
WHITESPACE = 2  # ... and this many products not yet held


@dataclass(frozen=True)
class DraftItem:
    """One line of the draft: `kind` says which sentence, `values` fill it, `moment` when it is about one."""

    kind: str
    values: Mapping[str, Any] = field(default_factory=dict)
    moment: Moment | None = None


@dataclass(frozen=True)
class Draft:
    objectives: tuple[DraftItem, ...]
    agenda: tuple[DraftItem, ...]
    recommendations: tuple[DraftItem, ...]
    held_back: str | None  # why no selling this time: a fix-first rule or "enablement"; None: sell


def draft(
    figures: KeyFigures, point: MatrixPoint, moments: Sequence[Moment], carried: Sequence[Action]
) -> Draft:
    """Fix first before selling; in enablement no pitch at all. Open actions are reviewed first."""
    relevant = [m for m in moments if m.rule not in NOT_FOR_THE_MEETING]
    fixes = [m for m in relevant if m.kind == "fix_first"]
    held_back = fixes[0].rule if fixes else ("enablement" if figures.phase == "enablement" else None)
    selling = [m for m in relevant if m.kind != "fix_first" and m.held_back_by is None]
    open_actions = [a for a in carried if a.status == "open"]
    quadrant = figures.quadrant.value if figures.quadrant else None
    whitespace = sorted(point.whitespace, key=lambda w: -w.value_cents)[:WHITESPACE] if not held_back else []

    objectives = [DraftItem("fix", {"rule": m.rule}, m) for m in fixes[:1]]
    if figures.phase == "enablement":
        objectives.append(DraftItem("enablement"))
    objectives.append(DraftItem("play", {"quadrant": quadrant}) if quadrant else DraftItem("unscored"))
    if not held_back and (whitespace or point.uncovered_users):
        objectives.append(DraftItem("grow", {"potential_cents": point.potential_cents}))

    agenda = [DraftItem("review", {"revenue_cents": figures.revenue_cents})]
    if open_actions:
        agenda.append(DraftItem("actions", {"count": len(open_actions)}))
    agenda.extend(DraftItem("fix", {"rule": m.rule}, m) for m in fixes)
    if quadrant:
        agenda.append(DraftItem("play", {"quadrant": quadrant}))
    if whitespace:
        agenda.append(DraftItem("opportunities", {"products": [w.product for w in whitespace]}))
    agenda.append(DraftItem("next_steps"))

    recommendations = [DraftItem("moment", {"rule": m.rule}, m) for m in (fixes + selling)[:MOMENTS]]
    if quadrant:
        recommendations.append(DraftItem("play", {"quadrant": quadrant}))
    recommendations.extend(
        DraftItem("whitespace", {"product": w.product, "value_cents": w.value_cents, "basis": w.basis})
        for w in whitespace
    )
    if not held_back and point.uncovered_users:
        recommendations.append(
            DraftItem("users", {"users": point.uncovered_users, "value_cents": point.uncovered_cents})
        )
    if held_back:
        recommendations.append(DraftItem("held_back", {"reason": held_back}))
    return Draft(tuple(objectives), tuple(agenda), tuple(recommendations), held_back)
