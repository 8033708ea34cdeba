"""Turning one column of text cells into stored values, all rows at once, with the cells that fail.

A column converts to a pandas Series of stored values (None/NaN where the cell is blank) and a Series of
problem codes ("" where the cell is fine). Columns with few distinct values (dates, months, products) are
parsed once per distinct value.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from planner.core.importing.countries import normal_country
from planner.core.importing.fields import Target
from planner.core.importing.values import (
    fold,
    parse_date,
    parse_domain,
    parse_month,
    parse_number,
    parse_quarter,
)
from planner.core.portfolio.records import EMAIL

if TYPE_CHECKING:
    import pandas as pd

Lookup = Mapping[str, int]  # folded reference (key, domain, name, e-mail) -> id; AMBIGUOUS when several
AMBIGUOUS = -1
AMBIGUOUS_REF = object()  # a reference that names several records


def convert(
    target: Target,
    cells: pd.Series,
    *,
    decimal: str,
    day_first: bool,
    lookup: Lookup | None = None,
    neutralised: bool = False,
) -> tuple[pd.Series, pd.Series | None]:
    """(values, problems) for one column of text cells; problems is None when every cell is fine.
    `neutralised`: the file is a CSV whose text may carry the apostrophe our export puts before "=+-@"."""
    if target.kind in ("int", "real", "money"):
        return _numbers(target, cells, decimal)
    if target.kind in ("text", "email", "country", "list"):
        values, blank = _stripped(cells, neutralised)
        if target.kind in _TEXTS:
            return _TEXTS[target.kind](values), None
        bad = ~blank & ~values.str.match(EMAIL.pattern, na=False)
        return values, _codes(bad, "email") if bad.any() else None
    parser, code = _PARSERS[target.kind](target, decimal, day_first, lookup or {})
    values, problems = _by_distinct(cells, parser, code)
    return (values.astype(float) if target.kind == "ref" else values), problems


def _by_text(values: pd.Series, normal: Callable[[str], str]) -> pd.Series:
    """Each distinct text (None for blank) normalised once."""
    import pandas as pd

    codes, distinct = pd.factorize(values)
    normalised = pd.Series([normal(v) for v in distinct] + [None], dtype=object)
    return pd.Series(normalised.to_numpy()[codes], index=values.index, dtype=object)


def regions(text: str) -> str:
    """A list as people type it ("EMEA; APAC", "EMEA/APAC", "EMEA | APAC") in the stored form: its items
    separated by commas, as typed when it already is ("EMEA,APAC" and "EMEA, APAC" both stay)."""
    items = [item.strip() for item in _SEPARATORS.split(text) if item.strip()]
    return text if text in (",".join(items), ", ".join(items)) else ", ".join(items)


_SEPARATORS = re.compile(r"[;,/|]")
_TEXTS: dict[str, Callable[[pd.Series], pd.Series]] = {
    "text": lambda values: values,
    "country": lambda values: _by_text(values, normal_country),
    "list": lambda values: _by_text(values, regions),
}


def original(cells: pd.Series, values: pd.Series, neutralised: bool = False) -> pd.Series:
    """The cells as typed (stripped) where the stored value differs, else None: what `Target.original`
    keeps."""
    typed, _ = _stripped(cells, neutralised)
    return typed.where(typed != values, None)


def _stripped(cells: pd.Series, neutralised: bool = False) -> tuple[pd.Series, pd.Series]:
    """Text without surrounding spaces (None for blank), stripped once per distinct value; and the blanks."""
    import pandas as pd

    from planner.core.portfolio.exporting import NEUTRALISED

    codes, distinct = pd.factorize(cells.to_numpy(dtype=object))
    text = pd.Index(distinct).str.strip()
    if neutralised:
        text = text.str.replace(NEUTRALISED, "", regex=True)
    values = pd.Series(text.take(codes), index=cells.index, dtype=object)
    blank = values == ""
    return values.where(~blank, None), blank


def _codes(bad: pd.Series, code: str) -> pd.Series:
    return bad.map({True: code, False: ""})


LIMIT = 1e12  # larger numbers are typing errors (and would not fit an SQLite integer as cents)


def _numbers(target: Target, cells: pd.Series, decimal: str) -> tuple[pd.Series, pd.Series | None]:
    """Numbers parsed by pandas' C reader in one go; a column it cannot read (currency signs, 1.234,50-) is
    parsed value by value."""
    import pandas as pd

    values = _c_numbers(cells, decimal)
    problems = None
    if values is None:
        values, problems = _by_distinct(cells, lambda text: parse_number(text, decimal), "number")
        values = values.astype(float)
    limit = LIMIT if target.maximum is None else target.maximum
    checks = [(values.abs() > limit, "too_large")]  # NaN (blank) compares False
    if target.minimum is not None:
        checks.append((values < target.minimum, "negative"))
    if target.kind == "int":
        checks.append((values.notna() & (values.round() != values), "whole_number"))
    for mask, code in checks:
        if mask.any():
            problems = problems if problems is not None else pd.Series("", index=cells.index, dtype=object)
            problems[mask & (problems == "")] = code
    if target.kind == "money":
        values = (values * 100).round()
    return values, problems


def _c_numbers(cells: pd.Series, decimal: str) -> pd.Series | None:
    """The column as floats (NaN for blank) if the C reader reads each cell like parse_number, else None."""
    import io

    import numpy as np
    import pandas as pd

    thousands = "." if decimal == "," else ","
    text = "\n".join(cells.tolist()) + "\n"
    if "\x01" in text:
        return None
    try:
        parsed = pd.read_csv(
            io.BytesIO(text.encode()), encoding="utf-8", header=None, names=[0], sep="\x01", decimal=decimal,
            thousands=thousands, quoting=3, keep_default_na=False, na_values=[""], skip_blank_lines=False,
            engine="c",
        )[0]  # fmt: skip
    except ValueError:  # ParserError, EmptyDataError
        return None
    if len(parsed) != len(cells) or parsed.dtype.kind not in "fi":
        return None
    values = parsed.to_numpy(dtype=float)
    if np.isinf(values).any():
        return None
    if thousands in text:  # the C reader takes "1.5" for 15 when "." groups thousands: only 1.234 may pass
        grouped = cells[cells.str.contains(thousands, regex=False)].str.strip()
        if not grouped.str.fullmatch(_GROUPED[decimal]).all():
            return None
    return pd.Series(values, index=cells.index)


_GROUPED = {",": r"[-+]?\d{1,3}(\.\d{3})+(,\d*)?", ".": r"[-+]?\d{1,3}(,\d{3})+(\.\d*)?"}


def _by_distinct(
    cells: pd.Series, parse: Callable[[str], Any], code: str
) -> tuple[pd.Series, pd.Series | None]:
    """Parse each distinct (stripped) cell once; cells that fail get `code`, blanks become None."""
    import numpy as np
    import pandas as pd

    codes, distinct = pd.factorize(cells.to_numpy(dtype=object))
    parsed = np.empty(len(distinct), dtype=object)
    failed = np.zeros(len(distinct), dtype=bool)
    ambiguous = np.zeros(len(distinct), dtype=bool)
    for i, raw in enumerate(distinct):
        text = raw.strip()
        if not text:
            continue
        try:
            parsed[i] = parse(text)
        except (ValueError, OverflowError):
            failed[i] = True
        else:
            ambiguous[i] = parsed[i] is AMBIGUOUS_REF
    if ambiguous.any():
        parsed[ambiguous] = None
    values = pd.Series(parsed[codes], index=cells.index, dtype=object)
    if not failed.any() and not ambiguous.any():
        return values, None
    problems = pd.Series(np.where(failed[codes], code, np.where(ambiguous[codes], "ambiguous", "")),
                         index=cells.index, dtype=object)  # fmt: skip
    return values, problems


def _date(target: Target, decimal: str, day_first: bool, lookup: Lookup) -> tuple[Callable[[str], Any], str]:
    return (lambda text: parse_date(text, day_first)), "date"


def _month(target: Target, decimal: str, day_first: bool, lookup: Lookup) -> tuple[Callable[[str], Any], str]:
    return (lambda text: parse_month(text, day_first)), "month"


def _quarter(
    target: Target, decimal: str, day_first: bool, lookup: Lookup
) -> tuple[Callable[[str], Any], str]:
    return (lambda text: parse_quarter(text, day_first)), "quarter"


def _choice(
    target: Target, decimal: str, day_first: bool, lookup: Lookup
) -> tuple[Callable[[str], Any], str]:
    def parse(text: str) -> str | int:
        value = target.choices.get(fold(text))
        if value is None:
            raise ValueError(text)
        return value

    return parse, "choice"


def _ref(target: Target, decimal: str, day_first: bool, lookup: Lookup) -> tuple[Callable[[str], Any], str]:
    def parse(text: str) -> Any:
        found = lookup.get(reference_key(text))
        if found is None and target.ref == "accounts":  # a web address: https://www.mueller.de/
            found = lookup.get(reference_key(parse_domain(text)))
        if found is None:
            raise ValueError(text)
        return AMBIGUOUS_REF if found == AMBIGUOUS else float(found)

    return parse, f"unknown_{target.ref}"


def _domain(
    target: Target, decimal: str, day_first: bool, lookup: Lookup
) -> tuple[Callable[[str], Any], str]:
    return parse_domain, "domain"


_PARSERS = {"date": _date, "month": _month, "quarter": _quarter, "choice": _choice, "ref": _ref,
            "domain": _domain}  # fmt: skip


def reference_key(text: Any) -> str:
    """How a key, domain, name or e-mail is compared: case and spacing do not matter."""
    return " ".join(str(text).casefold().split())
