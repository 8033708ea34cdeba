"""An account's last touch (DOMAIN.md): the latest touch on or before today. A touch dated later is planned,
not done, so it never hides the real last touch. One definition for Coverage, the matrix, the moments, the
portfolio list and the briefing."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date, timedelta

from planner.core.store.store import Store


def touch_end(today: date) -> str:
    """The first ISO day after `today`: a touch is done when `touched_on < touch_end(today)` (touched_on may
    carry a time after the day)."""
    return (today + timedelta(days=1)).isoformat()


def last_touches(store: Store, latest: Mapping[int, str | None], today: date) -> dict[int, str | None]:
    """Each account's last touch: the latest on or before today. `latest` is each account's latest touch
    whatever its date (as the score inputs store it); the rare ones after today (planned) are read again,
    all in one query over the (account_id, touched_on) index. The matrix, the moments and the quadrant board
    can call this with their stored last touch."""
    done = dict(latest)
    end = touch_end(today)
    planned = [aid for aid, last in latest.items() if last is not None and last >= end]
    if planned:
        for aid in planned:
            done[aid] = None
        done.update(store.query(
            "SELECT account_id, max(touched_on) FROM touches "
            "WHERE account_id IN (SELECT value FROM json_each(?)) AND touched_on < ? GROUP BY account_id",
            (json.dumps(planned), end)))  # fmt: skip
    return done
