"""The words of the journey map: phase names (and the states prospect and churned), their plays, why an
account is in its phase."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from planner.core.moments.journey import PhaseCall
from planner.ui.widgets import formatting

translate = QCoreApplication.translate


def phase_name(phase: str) -> str:
    return {
        "enablement": translate("Journey", "Enablement"),
        "adoption": translate("Journey", "Adoption & retention"),
        "growth": translate("Journey", "Growth"),
        "advocacy": translate("Journey", "Advocacy"),
        "prospect": translate("Journey", "Prospect (no phase)"),
        "churned": translate("Journey", "Churned (no phase)"),
    }.get(phase, phase)


def phase_play(phase: str) -> str:
    return {
        "enablement": translate("Journey", "Give them time with the product: no pitch"),
        "adoption": translate("Journey", "Drive usage and retention"),
        "growth": translate("Journey", "Cross-sell and up-sell"),
        "advocacy": translate("Journey", "Ask for referrals and case studies"),
    }.get(phase, "")


def reason_words(call: PhaseCall) -> str:
    """Why the account is in its phase: "customer for 45 days", "uses 32 % of expected"."""
    f = call.figures
    if call.reason == "override":
        why = str(f.get("why") or "")
        return (
            translate("Journey", "set by hand: %1").replace("%1", why)
            if why
            else translate("Journey", "set by hand")
        )
    if call.reason in ("trial", "cancelled", "new_customer"):
        return Counted().reason(call.reason, int(f.get("trials") or f.get("cancelled") or f.get("days") or 0))
    if call.reason in ("low_usage", "adopted"):
        return translate("Journey", "uses %1 of expected").replace("%1", formatting.percent(f["intensity"]))
    if call.reason == "promoters":
        words = translate("Journey", "NPS %1, uses %2 of expected").replace("%1", formatting.nps(f["nps"]))
        return words.replace("%2", formatting.percent(f["intensity"]))
    no = {
        "no_products": translate("Journey", "holds no product yet"),
        "no_usage": translate("Journey", "no usage data"),
    }
    return no.get(call.reason, call.reason)


class Counted(QObject):
    """Reasons with a count: their plural forms need a QObject's tr() (lupdate marks no others)."""

    def reason(self, code: str, n: int) -> str:
        if code == "trial":
            return self.tr("%Ln trial(s), nothing bought yet", "", n)
        if code == "cancelled":
            return self.tr("cancelled %Ln product(s), holds none now", "", n)
        return self.tr("customer for %Ln day(s)", "", n)
