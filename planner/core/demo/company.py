"""Who a demo account is: company name, industry, city, web domain and the owner on our side."""

from __future__ import annotations

from planner.core.demo import names
from planner.core.demo.book import Book
from planner.core.demo.plan import AccountPlan

SKIPPED_WORDS = {"gmbh", "ag", "kg", "se", "sa", "sas", "sarl", "co", "gesmbh", "de", "d", "des", "la", "le"}


def company(book: Book, plan: AccountPlan) -> tuple[str, str, str]:
    """Name, industry and city of a German, Austrian, Swiss or French company."""
    pick = book.pick
    if plan.language == "de":
        city, form = pick(names.CITIES_DE[plan.country]), pick(names.FORMS_DE[plan.country])
        trade, industry = pick(names.TRADES_DE)
        style = book.rnd()
        if style < 0.45:
            return f"{pick(names.LAST_DE)} {trade} {form}", industry, city
        if style < 0.65:
            prefix, industry = pick(names.PREFIXES_DE)
            return f"{prefix} {pick(names.FANCY_DE)} {form}", industry, city
        if style < 0.85:
            return f"{pick(names.FANCY_DE)} {trade} {form}", industry, city
        first, second = book.rng.sample(names.LAST_DE, 2)
        return f"{first} & {second} {trade} {form}", industry, city
    city, form = pick(names.CITIES_FR[plan.country]), pick(names.FORMS_FR[plan.country])
    trade, industry = pick(names.TRADES_FR)
    style = book.rnd()
    if style < 0.4:
        return f"{pick(names.LAST_FR)} {trade} {form}", industry, city
    if style < 0.7:
        prefix, industry = pick(names.PREFIXES_FR)
        return f"{prefix} {pick(names.LAST_FR)} {form}", industry, city
    if style < 0.85:
        societe, industry = pick(names.SOCIETE_FR)
        return f"Société {societe} {form}", industry, city
    return f"{pick(names.LAST_FR)} & Fils {trade} {form}", industry, city


def domain(name: str, city: str, country: str, used: set[str]) -> str:
    """A web domain from the first words of the name, unique in the book (city or number appended)."""
    words = [w for w in names.slug(name).split("-") if w not in SKIPPED_WORDS][:3]
    base, tld = "-".join(words), names.COUNTRY_TLD[country]
    candidate, number = f"{base}.{tld}", 1
    if candidate in used:
        candidate = f"{base}-{names.slug(city)}.{tld}"
    while candidate in used:
        number += 1
        candidate = f"{base}-{names.slug(city)}-{number}.{tld}"
    used.add(candidate)
    return candidate


def owner(book: Book, plan: AccountPlan) -> str:
    """Our account manager: the French-speaking colleague for most French-speaking accounts."""
    if plan.language == "fr" and book.chance(0.8):
        return names.OWNERS[4]
    return book.pick(names.OWNERS[:4]) if book.chance(0.9) else book.pick(names.OWNERS)
