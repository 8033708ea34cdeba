"""The columns of the Team workspace's tables: one row per owner (accounts, revenue, the matrix's quadrants,
coverage, net dollar retention) and the handovers; which figures call for a look."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from planner.core.consolidated.by_owner import OwnerFigures
from planner.core.consolidated.handovers import Handover
from planner.core.coverage.coverage import TIERS, Retention
from planner.core.matrix.scoring import Quadrant
from planner.ui.widgets import formatting
from planner.ui.widgets.core_rows import Row, column
from planner.ui.widgets.formatting import quarter_label
from planner.ui.widgets.matrix_labels import quadrant_name
from planner.ui.widgets.palette_colours import warning
from planner.ui.widgets.record_model import LEFT, RIGHT, Column, RecordTableModel, number_key, text_key

translate = QCoreApplication.translate
QUADRANTS = (Quadrant.SAMPLER, Quadrant.NICHE, Quadrant.UNDERPERFORMER, Quadrant.POWER_USER)  # DOMAIN.md


def owner_name(owner: str) -> str:
    return owner or translate("TeamColumns", "(no owner)")


def _figure(key: str, title: str, display: Callable[[Any], str], sort: Callable[[Any], Any],
            tip: Callable[[Any], str] | None = None) -> Column:  # fmt: skip
    return column(key, title, display, sort, RIGHT, 80, tip)


def _count(key: str, title: str, value: Callable[[OwnerFigures], int]) -> Column:
    return _figure(key, title, lambda f: formatting.number(value(f)), value)


def _ndr_text(r: Retention | None) -> str:
    return formatting.percent(r.ndr) if r is not None and r.ndr is not None else "–"


def _ndr_tip(r: Retention | None) -> str:
    if r is None:
        return translate("TeamColumns", "No net dollar retention yet: it needs revenue of two quarters.")
    return (
        translate("TeamColumns", "%1 against %2: +%3 expansion, −%4 contraction, −%5 churn of %6")
        .replace("%1", quarter_label(r.quarter))
        .replace("%2", quarter_label(r.since))
        .replace("%3", formatting.money(r.expansion_cents))
        .replace("%4", formatting.money(r.contraction_cents))
        .replace("%5", formatting.money(r.churn_cents))
        .replace("%6", formatting.money(r.start_cents))
    )


def _ndr_key(r: Retention | None) -> float:
    return number_key(r.ndr if r is not None else None)


def _owner_tip(f: OwnerFigures) -> str:
    name = owner_name(f.owner)
    return name + (
        "\n" + translate("TeamColumns", "Login: %1").replace("%1", ", ".join(f.logins)) if f.logins else ""
    )


def quadrant_title(quadrant: Quadrant) -> str:
    """The quadrant's name on two lines, for a narrow column."""
    return {
        Quadrant.SAMPLER: translate("TeamColumns", "Sampler"),
        Quadrant.NICHE: translate("TeamColumns", "Niche\nuser"),
        Quadrant.UNDERPERFORMER: translate("TeamColumns", "Under-\nperformer"),
        Quadrant.POWER_USER: translate("TeamColumns", "Power\nuser"),
    }[quadrant]


def _accounts_tip(f: OwnerFigures) -> str:
    if not f.unscored:
        return ""
    return translate("TeamColumns", "%1 of them not in the matrix: no holdings or no usage yet").replace(
        "%1", formatting.number(f.unscored)
    )


def _in_quadrant(quadrant: Quadrant) -> Callable[[OwnerFigures], int]:
    return lambda f: f.quadrants[quadrant]


def _past_cadence(tier: str) -> Callable[[OwnerFigures], int]:
    return lambda f: f.neglected[tier]


def owner_columns() -> list[Column]:
    """Owner, accounts, revenue, the four quadrants, coverage and net dollar retention."""
    columns = [
        column(
            "owner",
            translate("TeamColumns", "Owner"),
            lambda f: owner_name(f.owner),
            lambda f: (not f.owner, text_key(f.owner)),
            LEFT,
            170,
            _owner_tip,
        ),
        _figure(
            "accounts",
            translate("TeamColumns", "Accounts"),
            lambda f: formatting.number(f.accounts),
            lambda f: f.accounts,
            tip=_accounts_tip,
        ),
        _figure(
            "revenue",
            translate("TeamColumns", "Revenue"),
            lambda f: formatting.compact_money(f.revenue_cents),
            lambda f: f.revenue_cents,
            tip=lambda f: formatting.money(f.revenue_cents),
        ),
    ]
    for quadrant in QUADRANTS:
        columns.append(_count(quadrant.value, quadrant_title(quadrant), _in_quadrant(quadrant)))
    columns += [
        _figure(
            "touched",
            translate("TeamColumns", "Touched\nin 90 days"),
            lambda f: formatting.percent(f.touched_share),
            lambda f: number_key(f.touched_share),
        ),
    ]
    for tier in TIERS:
        title = translate("TeamColumns", "Overdue\ntier %1").replace("%1", tier)
        columns.append(_count(f"neglected_{tier}", title, _past_cadence(tier)))
    columns += [
        _count("due", translate("TeamColumns", "Next\nsteps due"), lambda f: len(f.coverage.due_steps)),
        _figure(
            "ndr",
            translate("TeamColumns", "NDR\n12 months"),
            lambda f: _ndr_text(f.ndr),
            lambda f: _ndr_key(f.ndr),
            tip=lambda f: _ndr_tip(f.ndr),
        ),
        _figure(
            "ndr_quarter",
            translate("TeamColumns", "NDR\nquarter"),
            lambda f: _ndr_text(f.ndr_quarter),
            lambda f: _ndr_key(f.ndr_quarter),
            tip=lambda f: _ndr_tip(f.ndr_quarter),
        ),
    ]
    return columns


def header_tips() -> dict[str, str]:
    """What a column's figure is, shown when the pointer rests on its title."""
    tips = {
        "owner": translate("TeamColumns", "The accounts' owner, however the files spell the name"),
        "revenue": translate("TeamColumns", "Revenue per year of the owner's accounts"),
        "touched": translate("TeamColumns", "Share of the owner's accounts touched within the last 90 days"),
        "due": translate("TeamColumns", "Next steps due today or overdue"),
        "ndr": translate("TeamColumns", "Net dollar retention, trailing twelve months to the latest quarter"),
        "ndr_quarter": translate(
            "TeamColumns", "Net dollar retention of the latest quarter against the one before"
        ),
    }
    for quadrant in QUADRANTS:
        tips[quadrant.value] = translate("TeamColumns", "Accounts in the matrix quadrant %1").replace(
            "%1", quadrant_name(quadrant)
        )
    for tier in TIERS:
        tips[f"neglected_{tier}"] = translate(
            "TeamColumns", "Accounts of tier %1 not touched within the tier's cadence"
        ).replace("%1", tier)
    return tips


def calls_for_a_look(key: str, f: OwnerFigures) -> bool:
    """Whether a figure wants a look: accounts past their cadence, revenue retained below 100 %."""
    if key.startswith("neglected_"):
        return f.neglected[key.removeprefix("neglected_")] > 0
    if key in ("ndr", "ndr_quarter"):
        found = f.ndr if key == "ndr" else f.ndr_quarter
        return found is not None and found.ndr is not None and found.ndr < 1
    return False


class OwnersModel(RecordTableModel):
    """The owners' rows: figures that call for a look in the palette's warning colour, a tip on each title."""

    _ROLES = RecordTableModel._ROLES | {Qt.ItemDataRole.ForegroundRole}

    def __init__(self, parent: Any = None) -> None:
        super().__init__(owner_columns(), lambda r: owner_name(r.item.owner), parent=parent)
        self.tips = header_tips()

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.ForegroundRole:
            return super().data(index, role)
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        look = calls_for_a_look(self.columns[index.column()].key, self.row_at(index.row()).item)
        return QColor(warning()) if look else None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            return self.tips.get(self.columns[section].key) if 0 <= section < len(self.columns) else None
        return super().headerData(section, orientation, role)


def handover_columns() -> list[Column]:
    return [
        column(
            "handed_over_at",
            translate("TeamColumns", "Date"),
            lambda h: formatting.iso_date(h.handed_over_at),
            lambda h: h.handed_over_at,
            RIGHT,
            110,
        ),
        column(
            "account",
            translate("TeamColumns", "Account"),
            lambda h: h.account,
            lambda h: text_key(h.account),
            LEFT,
            240,
            lambda h: f"{h.account} ({h.account_key})",
        ),
        column(
            "from",
            translate("TeamColumns", "From"),
            lambda h: h.from_owner,
            lambda h: text_key(h.from_owner),
            LEFT,
            170,
        ),
        column(
            "to",
            translate("TeamColumns", "To"),
            lambda h: h.to_owner,
            lambda h: text_key(h.to_owner),
            LEFT,
            170,
        ),
        column("by", translate("TeamColumns", "By"), lambda h: h.by, lambda h: text_key(h.by), LEFT, 140),
    ]


def handover_rows(found: list[Handover]) -> list[Row]:
    return [Row(n, h) for n, h in enumerate(found)]
