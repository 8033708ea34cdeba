"""The accounts table model: all rows in memory, sorted and filtered in Python so 100,000 rows stay fast."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from planner.core.accounts import AccountRow
from planner.ui import formatting

Index = QModelIndex | QPersistentModelIndex
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    display: Callable[[AccountRow], str]
    sort_key: Callable[[AccountRow], Any]
    align: Qt.AlignmentFlag = LEFT
    width: int = 110


def _text(value: str) -> str:
    return value.casefold()


def _num(value: float | int | None) -> float:
    return float("-inf") if value is None else float(value)


class AccountsTableModel(QAbstractTableModel):
    """Accounts as rows; `set_filter` and `sort` work on a list of row positions, never on Qt items."""

    ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, rows: Sequence[AccountRow] = (), parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = self._columns()
        self._rows: list[AccountRow] = []
        self._haystacks: list[str] = []
        self._sorted: list[int] = []
        self._shown: list[int] = []
        self._needle = ""
        self.set_rows(rows)

    def _columns(self) -> list[Column]:
        return [
            Column("key", self.tr("Key"), lambda r: r.key, lambda r: _text(r.key), width=80),
            Column("name", self.tr("Account"), lambda r: r.name, lambda r: _text(r.name), width=250),
            Column("tier", self.tr("Tier"), lambda r: r.tier, lambda r: r.tier, CENTER, 40),
            Column("industry", self.tr("Industry"), lambda r: r.industry, lambda r: _text(r.industry)),
            Column("segment", self.tr("Segment"), lambda r: r.segment, lambda r: _text(r.segment)),
            Column("country", self.tr("Country"), lambda r: r.country, lambda r: r.country, CENTER, 55),
            Column("city", self.tr("City"), lambda r: r.city, lambda r: _text(r.city)),
            Column("owner", self.tr("Owner"), lambda r: r.owner, lambda r: _text(r.owner)),
            Column(
                "revenue",
                self.tr("Revenue"),
                lambda r: formatting.money(r.revenue_cents),
                lambda r: r.revenue_cents,
                RIGHT,
            ),
            Column(
                "wallet",
                self.tr("Wallet"),
                lambda r: formatting.money(r.wallet_cents),
                lambda r: _num(r.wallet_cents),
                RIGHT,
            ),
            Column(
                "share_of_wallet",
                self.tr("Share of wallet"),
                lambda r: formatting.percent(r.share_of_wallet),
                lambda r: _num(r.share_of_wallet),
                RIGHT,
            ),
            Column(
                "employees",
                self.tr("Employees"),
                lambda r: formatting.number(r.employees),
                lambda r: _num(r.employees),
                RIGHT,
                90,
            ),
            Column(
                "last_touch",
                self.tr("Last touch"),
                lambda r: formatting.iso_date(r.last_touch),
                lambda r: r.last_touch or "",
                RIGHT,
                100,
            ),
        ]

    # --- data in -------------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[AccountRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._haystacks = [
            " ".join((r.name, r.key, r.city, r.owner, r.segment)).casefold() for r in self._rows
        ]
        self._sorted = list(range(len(self._rows)))
        self._shown = self._apply_filter()
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        needle = text.strip().casefold()
        if needle == self._needle:
            return
        self.beginResetModel()
        self._needle = needle
        self._shown = self._apply_filter()
        self.endResetModel()

    def _apply_filter(self) -> list[int]:
        if not self._needle:
            return list(self._sorted)
        needle, hay = self._needle, self._haystacks
        return [i for i in self._sorted if needle in hay[i]]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        key = self.columns[column].sort_key
        rows = self._rows
        self.layoutAboutToBeChanged.emit()
        self._sorted = sorted(
            range(len(rows)),
            key=lambda i: key(rows[i]),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        old = self.persistentIndexList()
        old_rows = [self._shown[index.row()] for index in old]
        self._shown = self._apply_filter()
        position = {source: row for row, source in enumerate(self._shown)}
        self.changePersistentIndexList(
            old,
            [
                self.index(position[source], index.column()) if source in position else QModelIndex()
                for index, source in zip(old, old_rows, strict=True)
            ],
        )
        self.layoutChanged.emit()

    # --- what the view asks ----------------------------------------------------------------------------
    @property
    def total(self) -> int:
        return len(self._rows)

    def row_at(self, row: int) -> AccountRow:
        return self._rows[self._shown[row]]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._shown):
            return None
        column = self.columns[index.column()]
        row = self._rows[self._shown[index.row()]]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align.value)
        if role == self.ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole and column.key == "tier" and row.tier_is_override:
            return self.tr("Tier set by hand")
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(self.columns[section].align.value)
        return None
