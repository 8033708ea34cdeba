"""What the user does with a moment, as undoable changes: dismiss it with a reason, snooze it until a day,
or turn it into an opportunity (the decision and the opportunity in one step; an open opportunity of the
account for the moment's product is linked instead of a second one)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date
from typing import Any

from planner.core.moments.moments import Moment
from planner.core.moments.opportunity_records import merged, open_duplicate, quarter_end, save_opportunity
from planner.core.portfolio import changes
from planner.core.portfolio.changes import Change
from planner.core.store.store import Store

# Where a moment's opportunity starts on the readiness path (seed 004): the customer who asked skips ahead.
FIRST_STAGE = {"fast_lane": "mqn", "usage_limit": "interest", "renewal_coming": "interest"}
OPPORTUNITY_KIND = {"fix_first": "upsell"}  # a fixed account's opportunity is an up-sell


def _existing(store: Store, moment: Moment) -> dict[str, Any] | None:
    rows = changes.read_rows(
        store.conn, "moment_decisions", "account_id = ? AND rule = ? AND subject = ?", moment.ident
    )
    return dict(rows[0]) if rows else None


def _decision_row(moment: Moment, decision: str, today: date, **values: Any) -> dict[str, Any]:
    return {
        "account_id": moment.account_id, "rule": moment.rule, "subject": moment.subject,
        "fingerprint": moment.fingerprint, "decision": decision, "until": values.get("until"),
        "reason": values.get("reason"), "decided_on": today.isoformat(),
        "opportunity_id": values.get("opportunity_id"),
    }  # fmt: skip


def decide(
    store: Store, moment: Moment, decision: str, *, reason: str | None = None, until: date | None = None,
    today: date | None = None,
) -> Change:  # fmt: skip
    """Dismiss (with a reason) or snooze (until a day) a moment; it stays away until its evidence changes."""
    if decision not in ("dismissed", "snoozed"):
        raise ValueError(decision)
    if decision == "snoozed" and until is None:
        raise ValueError("a snooze needs a day")
    row = _decision_row(moment, decision, today or date.today(), reason=reason,
                        until=until.isoformat() if until else None)  # fmt: skip
    existing = _existing(store, moment)
    if existing is None:
        change = changes.create(store, "moment_decisions", row)
    else:
        change = changes.edit(store, "moment_decisions", existing["id"], row)
    return replace(change, name=moment.account)


def moment_values(moment: Moment, today: date) -> dict[str, Any]:
    """What a moment proposes for its opportunity: its account and product, the kind, the stage its readiness
    allows, the value at stake, raised by the moment's rule today, closing at the end of the quarter."""
    return {
        "account_id": moment.account_id, "product_id": moment.product_id,
        "kind": OPPORTUNITY_KIND.get(moment.kind, moment.kind),
        "stage": FIRST_STAGE.get(moment.rule, "signal"),
        "value_cents": max(moment.value_cents, 0), "raised_by": moment.rule, "raised_on": today.isoformat(),
        "fast_lane": int(moment.rule == "fast_lane"), "close_on": quarter_end(today).isoformat(),
    }  # fmt: skip


def to_opportunity(
    store: Store, moment: Moment, values: Mapping[str, Any] | None = None, *,
    opportunity_id: int | None = None, today: date | None = None,
) -> Change:  # fmt: skip
    """The moment's opportunity and the decision that hides the moment while it exists, as one undoable step.

    A new opportunity from `moment_values` with the dialog's `values` over them (amount, close date, stage,
    next step, note, ...). With `opportunity_id`: that opportunity gets the `values` and the moment is linked
    to it. When the account already has an open opportunity for the moment's product, the moment is linked to
    that one and no second one is made (nothing of it changes). ValueError for bad values."""
    today = today or date.today()
    if opportunity_id is None:
        duplicate = open_duplicate(store, moment.account_id, moment.product_id)
        if duplicate is not None:
            opportunity_id, values = duplicate.id, None
    if opportunity_id is None:
        made = save_opportunity(store, {**moment_values(moment, today), **(values or {}),
                                        "account_id": moment.account_id}, today=today)  # fmt: skip
        opportunity_id = made.ids[0]
    else:
        made = save_opportunity(store, values or {}, opportunity_id, today=today)
    row = _decision_row(moment, "opportunity", today, opportunity_id=opportunity_id)
    existing = _existing(store, moment)
    if existing is None:
        decided = changes.create(store, "moment_decisions", row)
    else:
        decided = changes.edit(store, "moment_decisions", existing["id"], row)
    decided = replace(decided, name=moment.account)
    return merged(made, decided) if not made.empty else decided
