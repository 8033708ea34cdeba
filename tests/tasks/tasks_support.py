"""A small book for the tests of tasks, imported from CSV files as a user would, with QBRs saved as the QBR
form saves them, and the day the tests look from."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from planner.core.portfolio import changes
from planner.core.qbr.qbrs import Action, Attendee, new_qbr, save_qbr
from planner.core.store.store import Store
from tests.importing_support import import_file, write_csv

TODAY = date(2026, 11, 23)
ACCOUNTS = [
    ["key", "name", "owner"],
    ["K-1", "Müller GmbH", "Anna"],
    ["K-2", "Schmidt AG", "Ben"],
    ["K-3", "Weber, Sohn & Co. KG", "Anna"],
]
TOUCHES = [
    ["account", "kind", "date", "minutes", "summary", "next_step", "next_step_due"],
    ["K-1", "visit", "2026-11-01", "90", "Besuch", "Demo planen", "2026-11-05"],  # followed up on 10 Nov
    [
        "K-1",
        "call",
        "2026-11-10",
        "20",
        "Angebot besprochen",
        "Angebot schicken",
        "2026-11-20",
    ],  # 3 days over
    ["K-1", "meeting", "2026-12-01", "60", "Geplant", "", ""],  # planned: follows nothing up yet
    ["K-2", "meeting", "2026-11-20", "60", "Workshop", "Schulung planen", "2026-11-23"],  # due today
    ["K-3", "email", "2026-11-21", "5", "Nachfrage", "Preise klären", ""],  # no due day
]
OBJECTIVES = "Ausbau; Nutzung, Verlängerung\nzweite Zeile \\ Ende"  # ; , \\ and a line break to escape
PRODUCTS = [["key", "name", "price"], ["P-1", "Connect Pro", "420"]]
OPPORTUNITIES = [
    ["external_id", "account", "product", "stage", "amount", "close_on"],
    ["VC-1", "K-3", "P-1", "Angebot", "12000", "2026-12-31"],
    ["VC-2", "K-1", "P-1", "Gewonnen", "9000", "2026-10-31"],
]


def ids(store: Store) -> dict[str, int]:
    """Account ids by key."""
    return {str(key): int(i) for key, i in store.query("SELECT key, id FROM accounts")}


def book(store: Store, folder: Path) -> Store:
    """Müller GmbH and Weber KG are Anna's, Schmidt AG is Ben's. Open tasks on 23 Nov 2026:
    overdue   Müller – Angebot schicken (call, due 20 Nov, Anna); Müller – Referenz anfragen (QBR action,
              Ben, due 22 Nov)
    today     Schmidt – Schulung planen (meeting, Ben)
    later     Weber – Angebot nachfassen (opportunity, due 25 Nov, Anna); Müller – Roadmap schicken (QBR
              action without owner: Anna's, due 30 Nov)
    undated   Schmidt – Vertrag prüfen (QBR action, Ben); Weber – Preise klären (e-mail, Anna)
    done      Schmidt – Protokoll senden (QBR action)
    Not tasks: Müller's "Demo planen" (a later touch followed it up), the won opportunity's next step, the
    dropped action."""
    for name, rows in (("accounts", ACCOUNTS), ("touches", TOUCHES), ("products", PRODUCTS),
                       ("opportunities", OPPORTUNITIES)):  # fmt: skip
        import_file(store, write_csv(folder / f"{name}.csv", rows), name)
    key = ids(store)
    for external, step, due in (
        ("VC-1", "Angebot nachfassen", "2026-11-25"),
        ("VC-2", "Rechnung", "2026-11-01"),
    ):
        opportunity = int(store.scalar("SELECT id FROM opportunities WHERE external_id = ?", (external,)))
        values = {"next_step": step, "next_step_due": due}
        changes.apply(store, changes.edit(store, "opportunities", opportunity, values))
    planned = new_qbr(store, key["K-1"], date(2026, 12, 3))
    actions = (
        Action("Referenz anfragen", "Ben", "2026-11-22"),
        Action("Roadmap schicken", "", "2026-11-30"),
        Action("Alte Idee", "", "2026-11-01", "dropped"),
    )
    ben = Attendee("Ben", "ours")  # Anna's account, Ben attends for us
    agenda = "1. Rückblick\n2. Roadmap"
    planned = replace(
        planned, objectives=OBJECTIVES, agenda=agenda, attendees=(*planned.attendees, ben), actions=actions
    )
    changes.apply(store, save_qbr(store, planned, today=TODAY))
    held = new_qbr(store, key["K-2"], date(2026, 11, 2))
    actions = (Action("Vertrag prüfen"), Action("Protokoll senden", "", "2026-11-04", "done"))
    held = replace(held, status="held", actions=actions)
    changes.apply(store, save_qbr(store, held, today=TODAY))
    return store
