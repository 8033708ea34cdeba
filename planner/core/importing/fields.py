"""The parts every kind of import is made of: a column (Target), a kind of file (Kind), the spellings of a
choice and the headers that name an account, a product or a contact."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from planner.core.importing.values import fold


@dataclass(frozen=True)
class Target:
    """A column of an import. kind: text, int, real, money, date, month, quarter, choice, email, domain,
    ref, country (an ISO code, the cell as typed kept in `original`), list (regions: `;` `,` `/` `|`)."""

    name: str  # the header our exports write and the README documents
    column: str  # the stored column
    kind: str = "text"
    required: bool = False  # a row without it is rejected (for a new record: `required_new`)
    synonyms: tuple[str, ...] = ()
    ref: str = ""  # for "ref": accounts, products or contacts
    choices: Mapping[str, str | int] = field(default_factory=dict)  # folded spelling -> stored value
    required_new: bool = False  # needed to create a record, not to update one
    minimum: float | None = 0
    maximum: float | None = None
    original: str = ""  # the stored column that keeps the cell as typed where the stored value differs


@dataclass(frozen=True)
class Kind:
    name: str  # accounts, products, holdings, usage, revenue, contacts, nps, touches, signals, surveys, ...
    table: str
    targets: tuple[Target, ...]
    # stored columns that find the existing record, tried in order; a file without the first column of one
    # cannot use it, one without a later column uses the rest (an account's name without its country)
    match: tuple[tuple[str, ...], ...]

    def target(self, name: str) -> Target:
        return next(t for t in self.targets if t.name == name)

    @property
    def required(self) -> tuple[Target, ...]:
        return tuple(t for t in self.targets if t.required)


def choices(**spellings: Sequence[str]) -> dict[str, str | int]:
    """folded spelling -> stored value, the value's own name included."""
    return {fold(s): value for value, words in spellings.items() for s in (value, *words)}


ACCOUNT_REF = ("account", "account key", "account id", "account number", "account name", "customer",
               "customer id", "customer number", "customer name", "company", "company name", "kunde",
               "kunden id", "kundennummer", "kundennr", "kunden nr", "kundenname", "firma", "unternehmen",
               "associated company", "associated company id", "company id", "organisation", "organization",
               "debitor", "debitorennummer")  # fmt: skip
PRODUCT_REF = ("product", "product key", "product id", "product code", "product name", "sku", "produkt",
               "produkt id", "produktnummer", "artikel", "artikelnummer", "artikelnr", "modul", "module",
               "lösung", "solution")  # fmt: skip
CONTACT_REF = ("email", "e mail", "email address", "e mail adresse", "respondent", "contact email", "kontakt",
               "ansprechpartner", "befragter", "teilnehmer")  # fmt: skip
REVENUE = ("revenue", "revenue per year", "annual revenue with us", "arr", "umsatz", "jahresumsatz",
           "umsatz pro jahr", "umsatz eur", "revenue eur", "amount", "betrag", "net revenue", "nettoumsatz",
           "mrr x 12", "contract value", "vertragswert")  # fmt: skip
