"""Numbers, money and dates shown in the user's locale."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale


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
    if not text:
        return ""
    day = date.fromisoformat(text[:10])
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def amount(cents: int) -> str:
    """Money for editing: the amount in the user's locale with cents, no currency sign."""
    return QLocale().toString(cents / 100, "f", 2)
