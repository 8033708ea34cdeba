"""What the user does with a moment, as undoable changes: dismiss it with a reason, snooze it until a day,
or turn it into an opportunity (the decision and the opportunity in one step)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from planner.core.moments.moments import Moment
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


def to_opportunity(store: Store, moment: Moment, *, today: date | None = None) -> Change:
    """A new opportunity raised by the moment, at the stage its readiness allows; the moment leaves the inbox
    while the opportunity exists."""
    today = today or date.today()
    opportunity_id = int(store.scalar("SELECT coalesce(max(id), 0) + 1 FROM opportunities"))
    stage = FIRST_STAGE.get(moment.rule, "signal")
    opportunity = {
        "id": opportunity_id, "account_id": moment.account_id, "product_id": moment.product_id,
        "kind": OPPORTUNITY_KIND.get(moment.kind, moment.kind), "stage": stage,
        "value_cents": moment.value_cents, "raised_by": moment.rule, "raised_on": today.isoformat(),
        "fast_lane": int(moment.rule == "fast_lane"), "notes": None,
    }  # fmt: skip
    existing = _existing(store, moment)
    decision_id = existing["id"] if existing else int(
        store.scalar("SELECT coalesce(max(id), 0) + 1 FROM moment_decisions"))  # fmt: skip
    row = {"id": decision_id, **_decision_row(moment, "opportunity", today, opportunity_id=opportunity_id)}
    before = {"moment_decisions": (existing,)} if existing else {}
    after = {"opportunities": (opportunity,), "moment_decisions": (row,)}
    return Change("create", "opportunities", (opportunity_id,), moment.account,
                  changes.freeze(before), changes.freeze(after))  # fmt: skip
