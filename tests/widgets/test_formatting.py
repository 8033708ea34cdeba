"""Money, percent, dates and NPS in the formats of the user's language: English "€1,234,567", "42%",
"6 Jan 2027"; German "1.234.567 €", "42 %", "06.01.2027"; an NPS always a whole number."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtWidgets import QDoubleSpinBox

from planner.ui.widgets import formatting
from planner.ui.widgets.i18n import install_language


@pytest.fixture
def german(qapp) -> Iterator[None]:
    install_language(qapp, "de")
    yield
    install_language(qapp, "en")


def test_english_money_has_the_euro_in_front(qapp) -> None:
    assert formatting.money(123_456_749) == "€1,234,567"  # 1,234,567.49 € rounds down to whole euros
    assert formatting.money(150) == "€2"  # 1.50 € rounds half up
    assert formatting.money(-9_865_000) == "-€98,650"  # a loss, not the accountants' "(€98,650)"
    assert formatting.money(0) == "€0"
    assert formatting.money(None) == ""
    assert formatting.compact_money(320_000_000) == "€3.2m"  # 3,200,000 €
    assert formatting.compact_money(85_000_000) == "€850k"
    assert formatting.compact_money(1_000_000_000) == "€10m"  # 10.0 m: no ".0"
    assert formatting.compact_money(-250_000_000_000) == "-€2.5bn"


def test_german_money_has_the_euro_behind(german) -> None:
    assert formatting.money(123_456_749) == "1.234.567 €"
    assert formatting.money(-9_865_000) == "-98.650 €"
    assert formatting.compact_money(320_000_000) == "3,2 Mio. €"
    assert formatting.compact_money(85_000_000) == "850 Tsd. €"
    assert formatting.compact_money(250_000_000_000) == "2,5 Mrd. €"


def test_percent_is_written_as_each_language_writes_it(qapp) -> None:
    assert formatting.percent(0.42) == "42%"
    assert formatting.percent(0.004, 1) == "0.4%"
    assert formatting.percent(None) == ""


def test_german_percent_has_a_space(german) -> None:
    assert formatting.percent(0.42) == "42 %"
    assert formatting.percent(0.004, 1) == "0,4 %"


def test_english_dates_name_the_month_and_have_four_digit_years(qapp) -> None:
    assert formatting.iso_date("2027-01-06") == "6 Jan 2027"  # never "06/01/2027" (6 January or 1 June?)
    assert formatting.iso_date("2026-11-24T09:30:00") == "24 Nov 2026"
    assert formatting.day(date(2030, 12, 31)) == "31 Dec 2030"
    assert formatting.iso_date(None) == ""


def test_german_dates_are_day_month_year_with_four_digits(german) -> None:
    assert formatting.iso_date("2027-01-06") == "06.01.2027"  # not "06.01.27"
    assert formatting.date_format() == "dd.MM.yyyy"


def test_nps_is_one_whole_number_everywhere(qapp) -> None:
    assert formatting.nps(50.0) == "50"  # an average of 50.0 is shown as the score 50, never "50.0"
    assert formatting.nps(33.3333) == "33"
    assert formatting.nps(-20.0) == "-20"
    assert formatting.nps(None) == ""


def test_german_nps_has_no_decimals_either(german) -> None:
    assert formatting.nps(50.0) == "50"  # not "50,0"


def test_money_boxes_put_the_euro_where_the_language_does(qapp) -> None:
    box = QDoubleSpinBox()
    box.setRange(0, 1_000_000)
    formatting.money_box(box)
    box.setValue(1000)
    assert (box.prefix(), box.suffix()) == ("€", "")
    assert box.text() == "€1000.00"  # spin boxes show no group separator
    assert formatting.percent_suffix() == "%"


def test_german_money_boxes_have_the_euro_behind(german) -> None:
    box = QDoubleSpinBox()
    box.setRange(0, 1_000_000)
    box.setDecimals(0)
    formatting.money_box(box)
    box.setValue(1000)
    assert box.text() == "1000 €"
    assert formatting.percent_suffix() == " %"


def test_date_fields_show_the_one_date_style_of_the_language(qtbot, qapp) -> None:
    """The touch, opportunity and QBR action dates are typed in the style the tables and print show."""
    from PySide6.QtCore import QDate

    from planner.ui.widgets.touch_dialog import DateEdit

    english = DateEdit(QDate(2027, 1, 6))
    qtbot.addWidget(english)
    assert english.text() == "6 Jan 2027"
    install_language(qapp, "de")
    try:
        german = DateEdit(QDate(2027, 1, 6))
        qtbot.addWidget(german)
        assert german.text() == "06.01.2027"  # four digits: not "06.01.27"
    finally:
        install_language(qapp, "en")
