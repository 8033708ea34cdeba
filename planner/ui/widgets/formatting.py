"""Numbers, money and dates shown in the user's locale."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import QDoubleSpinBox, QSpinBox


def _german() -> bool:
    return QLocale().language() == QLocale.Language.German


def money_affixes(currency: str = "€") -> tuple[str, str]:
    """Where the locale puts the currency: ("€", "") in English ("€1,234"), ("", " €") in German ("1.234 €");
    for spin boxes' prefix and suffix too."""
    one = QLocale().toCurrencyString(1.0, currency, 0).replace("\u00a0", " ")
    prefix, _, suffix = one.partition("1")
    return prefix, suffix


def money_box(box: QSpinBox | QDoubleSpinBox) -> None:
    """A spin box of euros with the currency where the language writes it: "€1,000" / "1.000 €"."""
    prefix, suffix = money_affixes()
    box.setPrefix(prefix)
    box.setSuffix(suffix)


def _with_currency(figure: str, negative: bool, currency: str = "€") -> str:
    prefix, suffix = money_affixes(currency)
    return f"{'-' if negative else ''}{prefix}{figure}{suffix}"


def money(cents: int | None, currency: str = "€") -> str:
    """Whole euros in the locale's currency format: "€1,234,567" in English, "1.234.567 €" in German;
    a loss as "-€98,650" / "-98.650 €" (never the accountants' brackets)."""
    if cents is None:
        return ""
    euros = (cents + 50) // 100  # whole euros, rounded half up, from integer cents
    return _with_currency(QLocale().toString(abs(euros)), euros < 0, currency)


def number(value: int | None) -> str:
    return "" if value is None else QLocale().toString(value)


def percent_suffix() -> str:
    """The percent sign as the language writes it after a number: "%" in English ("42%"), " %" in German
    ("42 %"); for spin boxes too."""
    return " %" if _german() else "%"


def percent(share: float | None, decimals: int = 0) -> str:
    """A share (0.42) as "42%" in English, "42 %" in German; `decimals` for fine shares ("0.4%")."""
    if share is None:
        return ""
    figure = (
        QLocale().toString(round(share * 100))
        if not decimals
        else QLocale().toString(share * 100, "f", decimals)
    )
    return figure + percent_suffix()


def nps(score: float | None) -> str:
    """An NPS (-100..100), an account's or an average, always as a whole number: "50", "-20"; "" for none."""
    return "" if score is None else QLocale().toString(round(score))


def date_format() -> str:
    """The one date style of the language, with four-digit years: "06.01.2027" in German, "6 Jan 2027" in
    English (day, month name and year cannot be misread as the American month-first order). For QDateEdit
    too."""
    return "dd.MM.yyyy" if _german() else "d MMM yyyy"


def day(value: date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), date_format())


def iso_date(text: str | None) -> str:
    """An ISO day in the language's one date style: "06.01.2027" / "6 Jan 2027" (never "06.01.27")."""
    return day(date.fromisoformat(text[:10])) if text else ""


def amount(cents: int) -> str:
    """Money for editing: the amount in the user's locale with cents, no currency sign."""
    return QLocale().toString(cents / 100, "f", 2)


translate = QCoreApplication.translate


def compact_money(cents: int) -> str:
    """Money for a chart: "€3.2m", "€850k" in English, "3,2 Mio. €", "850 Tsd. €" in German; below a thousand
    euros as usual."""
    euros, locale = cents / 100, QLocale()
    for limit, text in (
        (1e9, translate("Money", "%1bn")),
        (1e6, translate("Money", "%1m")),
        (1e3, translate("Money", "%1k")),
    ):
        if abs(euros) >= limit:
            value = abs(euros) / limit
            digits = 1 if value < 10 and round(value, 1) != round(value) else 0
            return _with_currency(text.replace("%1", locale.toString(value, "f", digits)), euros < 0)
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
