"""What a new record takes from the portfolio when its file does not say it: an imported opportunity's kind
(up-sell of a product the account holds, else cross-sell), the day it was raised (the import's) and that an
import raised it."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from planner.core.importing.fields import Kind
from planner.core.store.store import Store

if TYPE_CHECKING:
    import pandas as pd

IMPORTED = "import"  # opportunities.raised_by of an opportunity an import created


def complete(store: Store, kind: Kind, creates: pd.DataFrame) -> pd.DataFrame:
    """`creates` (the new records of a plan) with what they take from the portfolio filled in."""
    if kind.table != "opportunities" or creates.empty:
        return creates
    creates = creates.copy()
    sql = "SELECT account_id, product_id FROM holdings WHERE status IN ('active', 'trial')"
    held = {(float(a), float(p)) for a, p in store.query(sql)}
    products = creates["product_id"] if "product_id" in creates else creates["account_id"] * float("nan")
    pairs = zip(creates["account_id"].astype(float), products.astype(float), strict=True)
    derived = ["upsell" if pair in held else "crosssell" for pair in pairs]
    given = creates.get("kind")
    creates["kind"] = derived if given is None else given.where(given.notna(), derived)
    today = date.today().isoformat()
    creates["raised_on"] = creates["raised_on"].fillna(today) if "raised_on" in creates else today
    creates["raised_by"] = IMPORTED
    return creates
