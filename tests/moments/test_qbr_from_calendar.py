"""A QBR planned in the CRM's calendar (exported with the activities, dated after today) is a QBR coming,
as one planned in the app is; the app's own plan wins where there are both."""

from __future__ import annotations

from pathlib import Path

from planner.core.moments.detection import detect
from planner.core.store.store import Store
from tests.conftest import TODAY
from tests.importing_support import import_file, write_csv


def test_a_qbr_in_the_crm_calendar_is_a_qbr_coming(store: Store, tmp_path: Path) -> None:
    import_file(store, write_csv(tmp_path / "kunden.csv", [
        ["Kundennummer", "Firma"], ["K1", "Alpha GmbH"], ["K2", "Beta AG"], ["K3", "Gamma KG"]]))  # fmt: skip
    # TODAY is 23.11.2026: Alpha's QBR in 10 days, Beta's in 40 (beyond the 30 days the rule looks ahead),
    # Gamma's was 5 days ago (a QBR held, not one coming)
    import_file(store, write_csv(tmp_path / "aktivitaeten.csv", [
        ["Kunde", "Art", "Datum", "Betreff"], ["K1", "QBR", "03.12.2026", "Quartalsgespräch"],
        ["K2", "Business Review", "02.01.2027", "Quartalsgespräch"],
        ["K3", "QBR", "18.11.2026", "Quartalsgespräch"]]))  # fmt: skip
    coming = [m for m in detect(store, TODAY).moments if m.rule == "qbr_coming"]
    assert [(m.key, m.day, m.evidence["days"]) for m in coming] == [("K1", "2026-12-03", 10)]
