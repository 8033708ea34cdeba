"""Signals entered by hand (issue 20): listed newest first with contact and product names, added, edited and
deleted as undoable changes, refused with clear messages; the moment rules see them at once."""

from __future__ import annotations

import pytest

from planner.core.moments.detection import detect
from planner.core.portfolio import changes
from planner.core.portfolio.signals import (
    SignalInvalid,
    account_signals,
    add_signal,
    delete_signals,
    edit_signal,
    read_signal,
)
from planner.core.store.store import Store
from tests.conftest import TODAY
from tests.importing_support import import_file, write_csv


def book(store: Store, tmp_path) -> Store:
    """Müller GmbH with Eva Müller (CTO, IT) and Jan Berg; Schmidt AG with Max Schmidt (purchasing); products
    Connect Basis and Connect Pro; Müller holds Connect Basis."""
    import_file(store, write_csv(tmp_path / "Kunden.csv", [
        ["Kundennummer", "Firma", "Umsatz"],
        ["K-1", "Müller GmbH", "50.000"], ["K-2", "Schmidt AG", "10.000"],
    ]))  # fmt: skip
    import_file(store, write_csv(tmp_path / "Produkte.csv", [
        ["Produktnummer", "Produkt", "Preis"], ["P1", "Connect Basis", "180"], ["P2", "Connect Pro", "420"],
    ]))  # fmt: skip
    import_file(store, write_csv(tmp_path / "Verträge.csv", [
        ["Kunde", "Produkt", "Status", "Seit", "Umsatz"], ["K-1", "P1", "aktiv", "01.03.2021", "50.000"],
    ]))  # fmt: skip
    import_file(store, write_csv(tmp_path / "Kontakte.csv", [
        ["Kunde", "Ansprechpartner", "E-Mail", "Abteilung", "Rolle"],
        ["K-1", "Eva Müller", "eva@mueller.de", "IT", "CTO"], ["K-1", "Jan Berg", "jan@mueller.de", "", ""],
        ["K-2", "Max Schmidt", "max@schmidt.de", "Einkauf", ""],
    ]))  # fmt: skip
    return store


def ids(store: Store) -> dict[str, int]:
    accounts = dict(store.query("SELECT name, id FROM accounts"))
    contacts = dict(store.query("SELECT name, id FROM contacts"))
    products = dict(store.query("SELECT name, id FROM products"))
    return {**accounts, **contacts, **products}


def rows(store: Store) -> list[tuple]:
    return store.query("SELECT * FROM signals ORDER BY id")


def test_add_lists_newest_first_and_undo_removes_it(store, tmp_path) -> None:
    book(store, tmp_path)
    n = ids(store)
    first = add_signal(
        store,
        {
            "account_id": n["Müller GmbH"],
            "occurred_on": "2026-11-02",
            "kind": "outage",
            "product_id": n["Connect Basis"],
            "detail": "  90 Minuten kein Login ",
        },
    )
    changes.apply(store, first)
    second = add_signal(store, {"account_id": n["Müller GmbH"], "occurred_on": "2026-11-10",
                                "kind": "content_engaged", "contact_id": n["Eva Müller"],
                                "content": "Whitepaper KI", "topic": "Datenanalyse"})  # fmt: skip
    changes.apply(store, second)
    listed = account_signals(store, n["Müller GmbH"])
    # 10.11. before 02.11.; names instead of ids; the detail trimmed; entered by hand
    assert [(s.occurred_on, s.kind, s.contact, s.product, s.content, s.detail, s.source) for s in listed] == [
        ("2026-11-10", "content_engaged", "Eva Müller", "", "Whitepaper KI", "", "hand"),
        ("2026-11-02", "outage", "", "Connect Basis", "", "90 Minuten kein Login", "hand"),
    ]
    assert account_signals(store, n["Schmidt AG"]) == []
    assert second.name == "Müller GmbH · 2026-11-10"
    changes.apply(store, second, undo=True)
    assert [s.occurred_on for s in account_signals(store, n["Müller GmbH"])] == ["2026-11-02"]


def test_edit_changes_only_what_differs_and_undo_restores_it(store, tmp_path) -> None:
    book(store, tmp_path)
    n = ids(store)
    added = add_signal(store, {"account_id": n["Müller GmbH"], "occurred_on": "2026-11-02",
                               "kind": "support_ticket", "detail": "Login"})  # fmt: skip
    changes.apply(store, added)
    signal_id = added.ids[0]
    before = rows(store)
    edit = edit_signal(store, signal_id, {"kind": "outage", "occurred_on": "2026-11-03", "detail": "Login"})
    assert edit.fields == ("occurred_on", "kind")  # the detail stays the same: not among them
    changes.apply(store, edit)
    stored = read_signal(store, signal_id)
    assert (stored["kind"], stored["occurred_on"], stored["detail"], stored["source"]) == (
        "outage",
        "2026-11-03",
        "Login",
        "hand",
    )
    changes.apply(store, edit, undo=True)
    assert rows(store) == before
    assert edit_signal(store, signal_id, {"detail": "Login"}).empty  # nothing changed: no step


def test_an_imported_signal_keeps_its_source_when_edited(store, tmp_path) -> None:
    book(store, tmp_path)
    import_file(store, write_csv(tmp_path / "Signale.csv", [
        ["Kunde", "Datum", "Signal", "Inhalt", "Abteilung", "Quelle"],
        ["K-1", "03.11.2026", "Whitepaper", "Daten im Mittelstand", "IT", "Marketing-Automation"],
    ]))  # fmt: skip
    (signal_id,) = [r[0] for r in store.query("SELECT id FROM signals")]
    changes.apply(store, edit_signal(store, signal_id, {"topic": "Datenanalyse"}))
    stored = read_signal(store, signal_id)
    # the department a content signal came with and the tool it came from stay
    assert (stored["topic"], stored["department"], stored["source"]) == (
        "Datenanalyse",
        "IT",
        "Marketing-Automation",
    )


def test_delete_and_undo_bring_the_same_signal_back(store, tmp_path) -> None:
    book(store, tmp_path)
    n = ids(store)
    for day in ("2026-11-01", "2026-11-05"):
        changes.apply(
            store,
            add_signal(
                store,
                {
                    "account_id": n["Schmidt AG"],
                    "occurred_on": day,
                    "kind": "demo_request",
                    "product_id": n["Connect Pro"],
                },
            ),
        )
    before = rows(store)
    gone = delete_signals(store, [before[0][0]])
    assert gone.name == "Schmidt AG · 2026-11-01"
    changes.apply(store, gone)
    assert [s.occurred_on for s in account_signals(store, n["Schmidt AG"])] == ["2026-11-05"]
    changes.apply(store, gone, undo=True)
    assert rows(store) == before  # same ids, same values


@pytest.mark.parametrize(
    ("values", "expected", "message"),
    [
        ({"kind": None, "occurred_on": "2026-11-02"}, {"kind": "kind"}, "Choose what happened"),
        ({"kind": "outage", "occurred_on": " "}, {"occurred_on": "date"}, "Enter the date it happened"),
        ({"kind": "outage", "occurred_on": "2.11.2026"}, {"occurred_on": "not_date"},
         "Not a date: 2.11.2026"),
        ({"kind": "new_stakeholder", "occurred_on": "2026-11-02", "department": " "},
         {"department": "stakeholder"}, "needs a department or a region"),
        ({"kind": "content_engaged", "occurred_on": "2026-11-02", "topic": "KI"}, {"content": "content"},
         "needs the content's name"),
    ],
)  # fmt: skip
def test_bad_signals_are_refused_with_a_clear_message(store, tmp_path, values, expected, message) -> None:
    book(store, tmp_path)
    account = ids(store)["Müller GmbH"]
    with pytest.raises(SignalInvalid) as refused:
        add_signal(store, {"account_id": account, **values})
    assert refused.value.problems == expected
    assert message in str(refused.value)
    assert rows(store) == []  # nothing stored


def test_a_new_stakeholder_with_a_region_only_is_fine(store, tmp_path) -> None:
    book(store, tmp_path)
    account = ids(store)["Müller GmbH"]
    change = add_signal(store, {"account_id": account, "occurred_on": "2026-11-02", "kind": "new_stakeholder",
                                "region": "APAC"})  # fmt: skip
    assert change.after["signals"][0]["region"] == "APAC"


def test_a_contact_of_another_account_is_refused(store, tmp_path) -> None:
    book(store, tmp_path)
    n = ids(store)
    with pytest.raises(SignalInvalid) as refused:
        add_signal(store, {"account_id": n["Müller GmbH"], "occurred_on": "2026-11-02", "kind": "outage",
                           "contact_id": n["Max Schmidt"]})  # fmt: skip
    assert refused.value.problems == {"contact_id": "contact"}


def test_a_hand_entered_outage_fires_the_outage_rule(store, tmp_path) -> None:
    book(store, tmp_path)
    n = ids(store)

    def fired() -> set[tuple[int, str]]:
        return {(m.account_id, m.rule) for m in detect(store, TODAY).moments}

    assert (n["Müller GmbH"], "outage") not in fired()
    # an outage on 20.11.2026, three days before today (23.11.2026), within the default window
    change = add_signal(store, {"account_id": n["Müller GmbH"], "occurred_on": "2026-11-20", "kind": "outage",
                                "product_id": n["Connect Basis"]})  # fmt: skip
    changes.apply(store, change)
    outages = [m for m in detect(store, TODAY).moments if m.rule == "outage"]
    assert [(m.account_id, m.evidence["outages"], m.evidence["last_outage"]) for m in outages] == [
        (n["Müller GmbH"], 1, "2026-11-20")
    ]
    changes.apply(store, change, undo=True)  # undone: the moment is gone again
    assert (n["Müller GmbH"], "outage") not in fired()


def test_a_hand_entered_new_stakeholder_fires_its_rule(store, tmp_path) -> None:
    book(store, tmp_path)
    n = ids(store)
    # Müller's contacts are from IT or none; someone from purchasing signed up on 15.11.2026
    changes.apply(
        store,
        add_signal(
            store,
            {
                "account_id": n["Müller GmbH"],
                "occurred_on": "2026-11-15",
                "kind": "new_stakeholder",
                "department": "Einkauf",
            },
        ),
    )
    moments = [m for m in detect(store, TODAY).moments if m.rule == "new_stakeholder"]
    assert [(m.account_id, m.evidence["department"]) for m in moments] == [(n["Müller GmbH"], "Einkauf")]
