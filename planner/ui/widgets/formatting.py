"""Numbers, money and dates shown in the user's locale."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale


def money(cents: int | None, currency: str = "€") -> str:
    if cents is None:
        return ""
    euros = (cents + 50) // 100  # whole euros, rounded half up, from integer cents
    return f"{QLocale().toString(euros)} {currency}"


def number(value: int | None) -> str:
    return "" if value is None else QLocale().toString(value)


def percent(share: float | None) -> str:
    if share is None:
        return ""
    return f"{QLocale().toString(round(share * 100))} %"


def iso_date(text: str | None) -> str:
    """An ISO day in the locale's short format, with four-digit years: "06.01.2027", not "06.01.27"."""
    if not text:
        return ""
    day = date.fromisoformat(text[:10])
    locale = QLocale()
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return locale.toString(QDate(day.year, day.month, day.day), pattern)


def amount(cents: int) -> str:
    """Money for editing: the amount in the user's locale with cents, no currency sign."""
    return QLocale().toString(cents / 100, "f", 2)


translate = QCoreApplication.translate


def compact_money(cents: int) -> str:
    """Money for a chart: "3.2 m €", "850 k €", "10 m €"; below a thousand euros as usual."""
    euros, locale = cents / 100, QLocale()
    for limit, text in (
        (1e9, translate("MatrixView", "%1 bn €")),
        (1e6, translate("MatrixView", "%1 m €")),
        (1e3, translate("MatrixView", "%1 k €")),
    ):
        if abs(euros) >= limit:
            value = euros / limit
            digits = 1 if abs(value) < 10 and round(value, 1) != round(value) else 0
            return text.replace("%1", locale.toString(value, "f", digits))
    return money(cents)


def country(stored: str | None) -> str:
    """A stored country (an ISO code, or a country as typed where unknown) by its name in the app's language:
    "DE" is "Deutschland" in German and "Germany" in English."""
    from planner.core.importing.countries import country_name
    from planner.ui.widgets.i18n import current_language

    return country_name(stored, current_language()) if stored else ""


def quarter_label(quarter: str) -> str:
    """ "2026-Q3" as "Q3 2026"."""
    return translate("MatrixView", "Q%1 %2").replace("%1", quarter[-1]).replace("%2", quarter[:4])
