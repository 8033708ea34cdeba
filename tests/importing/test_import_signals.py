"""Importing signals: German, HubSpot and Salesforce files, a signal found again by what tells it from
another; the moment rules read what was imported (bad rows, twice and undo: test_import_activity.py)."""

from __future__ import annotations

import pytest

from planner.core.importing import detect_kind, read, write_import
from planner.core.moments.detection import detect
from planner.core.store.store import Store
from tests.conftest import TODAY
from tests.importing_support import import_file, plan_file, small_book, write_csv

COLUMNS = ("account_id", "contact_id", "occurred_on", "kind", "product_id", "content", "topic", "department",
           "region", "detail", "source")  # fmt: skip
GERMAN = [
    ["Kunde", "Kontakt", "Datum", "Signal", "Produkt", "Inhalt", "Thema", "Abteilung", "Region",
     "Beschreibung", "Quelle"],
    ["ACC-00001", "eva.mueller@mueller.de", "03.11.2026", "Whitepaper", "", "Daten im Mittelstand",
     "Datenanalyse", "IT", "", "heruntergeladen", "Marketing-Automation"],
    ["ACC-00001", "", "04.11.2026", "Veranstaltung", "P-CONNECT", "Anwendertreffen München", "", "", "", "",
     ""],
    ["mueller.de", "", "05.11.2026", "Neuer Stakeholder", "", "", "", "Einkauf", "APAC", "", "CRM"],
    ["ACC-00002", "", "06.11.2026", "Störung", "P-CONNECT-PRO", "", "", "", "", "90 Minuten", "Status-Seite"],
    ["ACC-00002", "", "07.11.2026", "Demoanfrage", "Connect Pro", "", "", "", "", "", ""],
    ["ACC-00002", "", "08.11.2026", "Preisanfrage", "P-CONNECT", "", "", "", "", "", ""],
    ["ACC-00002", "", "09.11.2026", "Beratungsanfrage", "", "", "", "", "", "", ""],
    ["ACC-00002", "", "10.11.2026", "Ticket", "P-CONNECT", "", "", "", "", "Login", "Support"],
    ["ACC-00001", "", "11.11.2026", "Nutzungslimit erreicht", "P-CONNECT", "", "", "", "", "", ""],
]  # fmt: skip


def _signals(store: Store) -> list[tuple]:
    return store.query(f"SELECT {', '.join(COLUMNS)} FROM signals ORDER BY id")


def test_a_german_file_of_signals_is_recognised_and_stored(store, tmp_path):
    small_book(store)
    path = write_csv(tmp_path / "Signale.csv", GERMAN)
    kind, _ = detect_kind(read(path).headers)
    assert kind is not None and kind.name == "signals"
    plan, record = import_file(store, path)
    assert (record.created, record.rejected, plan.unused) == (9, 0, [])
    # references by key, web domain and product name; each word stands for one kind of signal
    assert _signals(store) == [
        (1, 1, "2026-11-03", "content_engaged", None, "Daten im Mittelstand", "Datenanalyse", "IT", None,
         "heruntergeladen", "Marketing-Automation"),
        (1, None, "2026-11-04", "event_attended", 1, "Anwendertreffen München", None, None, None, None, None),
        (1, None, "2026-11-05", "new_stakeholder", None, None, None, "Einkauf", "APAC", None, "CRM"),
        (2, None, "2026-11-06", "outage", 2, None, None, None, None, "90 Minuten", "Status-Seite"),
        (2, None, "2026-11-07", "demo_request", 2, None, None, None, None, None, None),
        (2, None, "2026-11-08", "price_request", 1, None, None, None, None, None, None),
        (2, None, "2026-11-09", "consultation_request", None, None, None, None, None, None, None),
        (2, None, "2026-11-10", "support_ticket", 1, None, None, None, None, "Login", "Support"),
        (1, None, "2026-11-11", "usage_limit_hit", 1, None, None, None, None, None, None),
    ]  # fmt: skip


def test_the_moment_rules_read_imported_signals(store, tmp_path):
    small_book(store)
    import_file(store, write_csv(tmp_path / "Signale.csv", GERMAN))
    fired = {(m.account_id, m.rule) for m in detect(store, TODAY).moments}
    # Müller: someone from purchasing (no contact there) signed up on 5.11.; Schmidt: an outage on 6.11.
    # and asked for a demo, a price and a consultation within 30 days of 23.11.
    assert {(1, "new_stakeholder"), (2, "outage"), (2, "fast_lane")} <= fired


@pytest.mark.parametrize(
    ("rows", "kind_column"),
    [
        (  # HubSpot: the contact's activity (marketing events, form submissions)
            [["Associated Company", "Email", "Activity Date", "Activity Type", "Asset Name", "Content Topic",
              "Original Source"],
             ["Müller GmbH", "eva.mueller@mueller.de", "2026-11-03 14:05", "Webinar", "KI im Vertrieb",
              "Vertrieb", "Marketing emails"]],
            "Activity Type",
        ),
        (  # Salesforce: support cases
            [["Account Name", "Contact Email", "Date/Time Opened", "Type", "Subject", "Case Origin"],
             ["Müller GmbH", "eva.mueller@mueller.de", "11/3/2026 2:05 PM", "Problem", "Login fails", "Web"]],
            "Type",
        ),
    ],
)  # fmt: skip
def test_hubspot_and_salesforce_exports_of_signals(store, tmp_path, rows, kind_column):
    small_book(store)
    plan = plan_file(store, write_csv(tmp_path / "export.csv", rows, delimiter=","))
    assert plan.kind.name == "signals" and plan.mapping["signal"] == kind_column
    write_import(store, plan)
    hubspot = rows[0][0] == "Associated Company"
    assert _signals(store) == [
        (1, 1, "2026-11-03", "content_engaged", None, "KI im Vertrieb", "Vertrieb", None, None, None,
         "Marketing emails")
        if hubspot
        else (1, 1, "2026-11-03", "support_ticket", None, None, None, None, None, "Login fails", "Web")
    ]  # fmt: skip


def test_a_signal_s_topic_and_source_are_updated_and_a_new_event_is_added(store, tmp_path):
    small_book(store)
    import_file(store, write_csv(tmp_path / "Signale.csv", GERMAN[:3]))
    changed = [GERMAN[0], [*GERMAN[1][:6], "Analytics", *GERMAN[1][7:]], [*GERMAN[2][:2], "05.11.2026",
               *GERMAN[2][3:]]]  # fmt: skip
    plan, _ = import_file(store, write_csv(tmp_path / "Signale 2.csv", changed))
    # the whitepaper is the same event (another topic); the user group on another day is another one
    assert (plan.created, plan.updated, plan.unchanged) == (1, 1, 0)
    assert [r[2:7] for r in _signals(store)] == [
        ("2026-11-03", "content_engaged", None, "Daten im Mittelstand", "Analytics"),
        ("2026-11-04", "event_attended", 1, "Anwendertreffen München", None),
        ("2026-11-05", "event_attended", 1, "Anwendertreffen München", None),
    ]
