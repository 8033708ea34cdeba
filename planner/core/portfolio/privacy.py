"""Erasing a contact for data protection: the person's data goes everywhere, the facts of the touches stay."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from planner.core.store.store import Store

ERASED = "[…]"  # what stands where the person's name or e-mail was
# Free-text columns that may name the person: (table, column, how the rows belong to the account).
TEXTS = (
    ("touches", "summary", "account_id = ?"),
    ("touches", "next_step", "account_id = ?"),
    ("qbrs", "objectives", "account_id = ?"),
    ("qbrs", "agenda", "account_id = ?"),
    ("qbrs", "recommendations", "account_id = ?"),
    ("qbrs", "outcomes", "account_id = ?"),
    ("qbr_actions", "title", "qbr_id IN (SELECT id FROM qbrs WHERE account_id = ?)"),
    ("qbr_actions", "owner", "qbr_id IN (SELECT id FROM qbrs WHERE account_id = ?)"),
    ("opportunities", "notes", "account_id = ?"),
    ("signals", "detail", "account_id = ?"),
    ("accounts", "notes", "id = ?"),
)


@dataclass(frozen=True)
class Erasure:
    """What an erasure removed, for the confirmation the user sees."""

    name: str
    nps_answers: int
    survey_responses: int
    touches_kept: int  # touches that keep the fact of the touch, without the person
    texts_scrubbed: int


def erasure_preview(store: Store, contact_id: int) -> Erasure:
    """What `erase_contact` would remove, without changing anything."""
    name = store.scalar("SELECT name FROM contacts WHERE id = ?", (contact_id,))
    if name is None:
        raise KeyError(f"contact {contact_id} no longer exists")
    return Erasure(
        str(name),
        int(store.scalar("SELECT count(*) FROM nps_answers WHERE contact_id = ?", (contact_id,))),
        int(store.scalar("SELECT count(*) FROM survey_responses WHERE contact_id = ?", (contact_id,))),
        int(store.scalar("SELECT count(*) FROM touch_contacts WHERE contact_id = ?", (contact_id,))),
        0,
    )


def erase_contact(store: Store, contact_id: int) -> Erasure:
    """Remove the person and every trace of them, in one transaction; this cannot be undone.

    Their NPS answers, survey responses and meeting attendances go with them; touches they took part in
    stay, without them; their name and e-mail are blanked out of free texts on the account. Deleted
    pages are overwritten (secure_delete) and the journal is emptied, so nothing is left in the file.
    """
    preview = erasure_preview(store, contact_id)
    account_id, email = store.query("SELECT account_id, email FROM contacts WHERE id = ?", (contact_id,))[0]
    needles = [n for n in (preview.name, email) if n and n.strip()]
    scrubbed = 0
    store.conn.execute("PRAGMA secure_delete = ON")
    try:
        with store.write() as conn:
            for table, column, belongs in TEXTS:
                for needle in needles:
                    cursor = conn.execute(
                        f"UPDATE {table} SET {column} = replace({column}, ?, ?) "
                        f"WHERE {belongs} AND instr({column}, ?) > 0",
                        (needle, ERASED, account_id, needle),
                    )
                    scrubbed += cursor.rowcount
            conn.execute("DELETE FROM contacts WHERE id = ?", (contact_id,))
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        store.conn.execute("PRAGMA secure_delete = OFF")
    return Erasure(
        preview.name, preview.nps_answers, preview.survey_responses, preview.touches_kept, scrubbed
    )


def erase_everywhere(store: Store, contact_id: int) -> Erasure:
    """Erase a person for data protection from the portfolio and from every backup of it, so a restore cannot
    bring them back."""
    erasure = erase_contact(store, contact_id)
    erase_from_backups(store.path, contact_id)
    return erasure


def erase_from_backups(portfolio: Path, contact_id: int) -> int:
    """Erase the person from every backup of `portfolio` too (a restore must not bring them back); returns
    how many backups held them. A backup that cannot be changed is named in the error it raises."""
    from planner.core.store.backups import list_backups, recount

    changed = 0
    for backup in list_backups(portfolio):
        conn = sqlite3.connect(backup.path, isolation_level=None)
        try:
            conn.execute("PRAGMA foreign_keys = ON")
            copy = Store(backup.path, conn, readonly=False)
            if copy.scalar("SELECT count(*) FROM contacts WHERE id = ?", (contact_id,)):
                try:
                    erase_contact(copy, contact_id)
                except sqlite3.OperationalError:  # an older schema without some of the texts: the person
                    conn.execute("PRAGMA secure_delete = ON")  # goes, with what hangs on them
                    conn.execute("DELETE FROM contacts WHERE id = ?", (contact_id,))
                changed += 1
            else:
                continue
        finally:
            conn.close()
        recount(backup)  # only the backups that changed: counting a big one takes seconds
    return changed
