"""The columns of every record table: accounts, products, contacts, an account's holdings and touches."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from planner.core.portfolio.account_detail import HoldingRow, TouchRow
from planner.core.portfolio.accounts import AccountRow
from planner.core.portfolio.catalog import ContactRow, ProductRow
from planner.ui.widgets import formatting as f
from planner.ui.widgets.labels import choice_label
from planner.ui.widgets.record_model import CENTER, RIGHT, Column, number_key, text_key

translate = QCoreApplication.translate


def _text(key: str, title: str, width: int = 110, hidden: bool = False) -> Column:
    return Column(
        key, title, lambda r: getattr(r, key), lambda r: text_key(getattr(r, key)), width=width, hidden=hidden
    )


def _money(key: str, title: str, width: int = 110) -> Column:
    return Column(
        key, title, lambda r: f.money(getattr(r, key)), lambda r: number_key(getattr(r, key)), RIGHT, width,
        kind="money",
    )  # fmt: skip


def _number(key: str, title: str, width: int = 90, hidden: bool = False) -> Column:
    return Column(
        key,
        title,
        lambda r: f.number(getattr(r, key)),
        lambda r: number_key(getattr(r, key)),
        RIGHT,
        width,
        hidden=hidden,
        kind="real",
    )


def _date(key: str, title: str, width: int = 100) -> Column:
    return Column(
        key, title, lambda r: f.iso_date(getattr(r, key)), lambda r: getattr(r, key) or "", RIGHT, width,
        kind="date",
    )  # fmt: skip


def _choice(key: str, title: str, width: int = 110) -> Column:
    return Column(
        key,
        title,
        lambda r: choice_label(getattr(r, key)),
        lambda r: choice_label(getattr(r, key)),
        width=width,
    )


def account_columns() -> list[Column]:
    return [
        _text("key", translate("Columns", "Key"), 85),
        _text("name", translate("Columns", "Account"), 250),
        Column(
            "tier",
            translate("Columns", "Tier"),
            lambda r: r.tier,
            lambda r: r.tier,
            CENTER,
            45,
            tooltip=lambda r: translate("Columns", "Tier set by hand") if r.tier_is_override else None,
        ),
        _text("industry", translate("Columns", "Industry")),
        _text("segment", translate("Columns", "Segment")),
        Column(
            "country", translate("Columns", "Country"), lambda r: r.country, lambda r: r.country, CENTER, 55
        ),
        _text("city", translate("Columns", "City")),
        _text("owner", translate("Columns", "Owner")),
        _money("revenue_cents", translate("Columns", "Revenue")),
        _money("wallet_cents", translate("Columns", "Wallet")),
        Column(
            "share_of_wallet",
            translate("Columns", "Share of wallet"),
            lambda r: f.percent(r.share_of_wallet),
            lambda r: number_key(r.share_of_wallet),
            RIGHT,
        ),
        _number("employees", translate("Columns", "Employees")),
        _date("last_touch", translate("Columns", "Last touch")),
    ]


def account_haystack(row: AccountRow) -> str:
    return " ".join((row.name, row.key, row.city, row.owner, row.segment))


def product_columns() -> list[Column]:
    return [
        _text("key", translate("Columns", "Key"), 120),
        _text("name", translate("Columns", "Product"), 200),
        _text("family", translate("Columns", "Family")),
        _money("price_cents", translate("Columns", "Price")),
        _choice("unit", translate("Columns", "Unit"), 100),
        _number("accounts", translate("Columns", "Accounts"), 90),
        _money("revenue_cents", translate("Columns", "Revenue")),
        _text("usage_metric", translate("Columns", "Usage metric"), 300),
    ]


def product_haystack(row: ProductRow) -> str:
    return " ".join((row.name, row.key, row.family))


def contact_columns() -> list[Column]:
    return [
        _text("name", translate("Columns", "Name"), 180),
        _text("account", translate("Columns", "Account"), 230),
        _text("role", translate("Columns", "Role"), 180),
        _text("department", translate("Columns", "Department")),
        _text("region", translate("Columns", "Region"), 70),
        _choice("influence", translate("Columns", "Influence")),
        _number("last_nps", translate("Columns", "Last NPS"), 75),
        _date("last_nps_on", translate("Columns", "Answered on")),
        _text("email", translate("Columns", "E-mail"), 220),
        _text("phone", translate("Columns", "Phone"), 130, hidden=True),
    ]


def account_contact_columns() -> list[Column]:
    """An account's contacts (no account column), with the day of each one's last touch."""
    found = [c for c in contact_columns() if c.key != "account"]
    at = next(n for n, c in enumerate(found) if c.key == "last_nps_on") + 1
    return [*found[:at], _date("last_touch_on", translate("Columns", "Last touch")), *found[at:]]


def contact_haystack(row: ContactRow) -> str:
    return " ".join((row.name, row.account, row.role, row.department, row.email))


def holding_columns() -> list[Column]:
    return [
        _text("product", translate("Columns", "Product"), 180),
        _choice("status", translate("Columns", "Status"), 80),
        _number("seats_licensed", translate("Columns", "Seats licensed"), 135),
        _number("seats_in_use", translate("Columns", "Seats in use"), 120),
        _number("usage_limit", translate("Columns", "Usage limit"), 110),
        _money("revenue_cents", translate("Columns", "Revenue")),
        _date("renewal_date", translate("Columns", "Renewal"), 95),
    ]


def holding_haystack(row: HoldingRow) -> str:
    return row.product


def touch_columns() -> list[Column]:
    return [
        _date("touched_on", translate("Columns", "Date"), 90),
        _choice("kind", translate("Columns", "Kind"), 80),
        _number("minutes", translate("Columns", "Minutes"), 70),
        _text("contacts", translate("Columns", "With"), 160),
        _text("summary", translate("Columns", "Summary"), 320),
        _text("next_step", translate("Columns", "Next step"), 200),
        _date("next_step_due", translate("Columns", "Due"), 90),
    ]


def touch_haystack(row: TouchRow) -> str:
    return " ".join((row.summary, row.contacts, row.next_step))
