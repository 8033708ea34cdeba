"""The briefing's later parts as HTML in the user's language: the matrix, holdings and whitespace, moments
and plays, stakeholders, recent touches, the last QBR's actions, agenda and recommendations, notes."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from planner.core.qbr.briefing import Briefing
from planner.ui.qbr.briefing_sections import day, esc, heading, lines, muted, share, table
from planner.ui.qbr.qbr_words import action_status_label, agenda_text, recommendation_text
from planner.ui.widgets import formatting, moment_labels
from planner.ui.widgets.formatting import quarter_label
from planner.ui.widgets.labels import choice_label

translate = QCoreApplication.translate
MATRIX_URL = "briefing:matrix.png"
MATRIX_WIDTH = 640  # px at 96 dpi: 6.7 inches, within A4 and Letter margins
NOTE_LINES = 31  # fills a page of A4 or Letter


def matrix(b: Briefing) -> str:
    caption = translate(
        "Briefing",
        "Each bubble is an account of the book, its size the revenue potential. %1 is outlined; the line shows its path quarter by quarter.",  # noqa: E501
    ).replace("%1", b.account.name)
    if len(b.path) >= 2:
        caption += " " + translate("Briefing", "First point: %1.").replace(
            "%1", quarter_label(b.path[0].quarter)
        )
    return (
        heading(translate("Briefing", "Customer-Performance-Matrix"))
        + f"<p align='center'><img src='{MATRIX_URL}' width='{MATRIX_WIDTH}'></p>"
        + muted(esc(caption))
    )


def holdings(b: Briefing) -> str:
    title = heading(translate("Briefing", "Holdings"))
    if not b.holdings:
        return title + muted(esc(translate("Briefing", "The customer holds none of our products yet.")))
    rows = []
    for h in b.holdings:
        seats = ""
        if h.seats_licensed is not None:
            seats = formatting.number(h.seats_in_use or 0) + " / " + formatting.number(h.seats_licensed)
        rows.append([f"<b>{esc(h.product)}</b>", esc(choice_label(h.status)), esc(day(h.since)), esc(seats),
                     esc(share(h.usage_share) if h.usage_share is not None else "–"),
                     esc(formatting.money(h.revenue_cents)), esc(day(h.renewal_date))])  # fmt: skip
    head = [
        translate("Briefing", "Product"),
        translate("Briefing", "Status"),
        translate("Briefing", "Since"),
        translate("Briefing", "Seats in use"),
        translate("Briefing", "Usage"),
        translate("Briefing", "Revenue per year"),
        translate("Briefing", "Renewal"),
    ]
    note = muted(esc(translate("Briefing", "Usage: the latest three months against the expected level.")))
    return title + table(head, rows, [19, 8, 13, 15, 10, 16, 19], (3, 4, 5)) + note


def whitespace(b: Briefing) -> str:
    p = b.point
    title = heading(translate("Briefing", "Whitespace"))
    basis = {
        "peers": translate("Briefing", "median of comparable customers"),
        "segment": translate("Briefing", "median of the segment"),
        "all": translate("Briefing", "median of all customers"),
        "price": translate("Briefing", "list price"),
    }
    spaces = sorted(p.whitespace, key=lambda w: -w.value_cents)
    rows = [
        [f"<b>{esc(w.product)}</b>", esc(formatting.money(w.value_cents)),
         esc(basis[w.basis] + (f" ({formatting.number(w.peers)})" if w.peers else ""))]
        for w in spaces
    ]  # fmt: skip
    if p.uncovered_users:
        text = translate("Briefing", "%1 potential users without a seat").replace(
            "%1", formatting.number(p.uncovered_users)
        )
        rows.append(
            [
                esc(text),
                esc(formatting.money(p.uncovered_cents)),
                esc(translate("Briefing", "the seat price the customer pays")),
            ]
        )
    if not rows:
        return title + muted(
            esc(translate("Briefing", "No whitespace: the customer holds every relevant product."))
        )
    head = [
        translate("Briefing", "Not yet bought"),
        translate("Briefing", "Value per year"),
        translate("Briefing", "Valued at"),
    ]
    total = translate("Briefing", "Revenue potential: %1").replace("%1", formatting.money(p.potential_cents))
    if p.capped:
        total += " " + translate("Briefing", "(at most what is left of the wallet)")
    return title + table(head, rows, [40, 22, 38], (1,)) + f"<p class='total'>{esc(total)}</p>"


def moments(b: Briefing) -> str:
    title = heading(translate("Briefing", "Moments and plays"))
    if not b.moments:
        return title + muted(
            esc(translate("Briefing", "No open moment: nothing calls for action right now."))
        )
    rows = []
    for m in b.moments:
        why = esc(moment_labels.evidence_text(m))
        held = moment_labels.held_back_text(m)
        play = esc(moment_labels.play_text(m)) + (f"<br><i class='muted'>{esc(held)}</i>" if held else "")
        kind = esc(moment_labels.kind_label(m.kind))
        name = f"<b>{esc(moment_labels.rule_label(m.rule))}</b><br><span class='muted'>{kind}</span>"
        rows.append([name, why, play])
    head = [translate("Briefing", "Moment"), translate("Briefing", "Why now"), translate("Briefing", "Play")]
    return title + table(head, rows, [22, 40, 38])


def stakeholders(b: Briefing) -> str:
    title = heading(translate("Briefing", "Stakeholders"))
    if not b.stakeholders:
        body = muted(esc(translate("Briefing", "No contacts recorded yet.")))
    else:
        rows = [
            [f"<b>{esc(s.name)}</b><br><span class='muted'>{esc(s.role)}</span>", esc(s.department),
             esc(s.region),
             esc(choice_label(s.influence) if s.influence else ""), esc("" if s.nps is None else str(s.nps)),
             esc(day(s.last_touch) or translate("Briefing", "never"))]
            for s in b.stakeholders
        ]  # fmt: skip
        head = [
            translate("Briefing", "Name and role"),
            translate("Briefing", "Department"),
            translate("Briefing", "Region"),
            translate("Briefing", "Influence"),
            translate("Briefing", "NPS"),
            translate("Briefing", "Last touch"),
        ]
        body = table(head, rows, [28, 20, 9, 17, 8, 18], (4,))
    gaps = []
    if b.uncovered_departments:
        text = translate("Briefing", "Departments without a contact (common among comparable customers): %1")
        gaps.append(text.replace("%1", ", ".join(b.uncovered_departments)))
    if b.uncovered_regions:
        text = translate("Briefing", "Regions the customer operates in without a contact: %1")
        gaps.append(text.replace("%1", ", ".join(b.uncovered_regions)))
    return title + body + "".join(f"<p class='gap'>{esc(g)}</p>" for g in gaps)


def touches(b: Briefing) -> str:
    title = heading(translate("Briefing", "Recent touches"))
    if not b.touches:
        return title + muted(esc(translate("Briefing", "No touches logged yet.")))
    rows = []
    for t in b.touches:
        step = esc(t.next_step)
        if t.next_step and t.next_step_due:
            step += f" <span class='muted'>({esc(day(t.next_step_due))})</span>"
        rows.append(
            [esc(day(t.touched_on)), esc(choice_label(t.kind)), esc(t.contacts), esc(t.summary), step]
        )
    head = [
        translate("Briefing", "Date"),
        translate("Briefing", "Kind"),
        translate("Briefing", "With"),
        translate("Briefing", "Summary"),
        translate("Briefing", "Next step"),
    ]
    return title + table(head, rows, [12, 10, 20, 32, 26])


def actions(b: Briefing) -> str:
    title = heading(translate("Briefing", "Actions from the last QBRs"))
    if not b.qbr.carried:
        return title + muted(esc(translate("Briefing", "No actions from earlier QBRs are open.")))
    rows = [
        [esc(a.title), esc(a.owner), esc(day(a.due_on)), f"<b>{esc(action_status_label(a.status))}</b>"
         if a.status == "open" else esc(action_status_label(a.status)), esc(day(a.agreed_on))]
        for a in b.qbr.carried
    ]  # fmt: skip
    head = [
        translate("Briefing", "Action"),
        translate("Briefing", "Owner"),
        translate("Briefing", "Due"),
        translate("Briefing", "Status"),
        translate("Briefing", "Agreed at the QBR of"),
    ]
    return title + table(head, rows, [40, 18, 12, 12, 18])


def agenda_lines(text: str) -> list[str]:
    """The items of an agenda typed as lines or as "1. … 2. … 3. …" on one line, without their numbers."""
    if "\n" not in text.strip() and re.match(r"\s*1[.)]\s", text):
        items = re.split(r"\s+(?=\d+[.)]\s)", text.strip())
    else:
        items = text.strip().splitlines()
    return [re.sub(r"^\s*(\d+[.)]|[-•*])\s*", "", item).strip() for item in items if item.strip()]


def _text_or_draft(text: str, drafted: list[str]) -> str:
    if text.strip():
        items = agenda_lines(text)
        if len(items) > 1:
            return "<ol>" + "".join(f"<li>{esc(item)}</li>" for item in items) + "</ol>"
        return f"<p>{lines(text)}</p>"
    note = muted(esc(translate("Briefing", "Drafted from the figures: to be agreed.")))
    return note + "<ol>" + "".join(f"<li>{esc(line)}</li>" for line in drafted if line) + "</ol>"


def agenda(b: Briefing) -> str:
    qbr, d = b.qbr, b.draft
    body = heading(translate("Briefing", "Agenda"))
    body += _text_or_draft(qbr.agenda, [agenda_text(i) for i in d.agenda])
    body += heading(translate("Briefing", "Recommendations"))
    body += _text_or_draft(qbr.recommendations, [recommendation_text(i) for i in d.recommendations])
    return body


def outcomes(b: Briefing) -> str:
    """What a held QBR brought: its outcomes and the actions agreed."""
    qbr = b.qbr
    body = ""
    if qbr.outcomes.strip():
        body += heading(translate("Briefing", "Outcomes")) + f"<p>{lines(qbr.outcomes)}</p>"
    if qbr.actions:
        rows = [
            [esc(a.title), esc(a.owner), esc(day(a.due_on)), esc(action_status_label(a.status))]
            for a in qbr.actions
        ]
        head = [translate("Briefing", "Action"), translate("Briefing", "Owner"), translate("Briefing", "Due"),
                translate("Briefing", "Status")]  # fmt: skip
        body += heading(translate("Briefing", "Actions agreed")) + table(head, rows, [52, 22, 13, 13])
    return body


def notes() -> str:
    rule = "".join("<tr><td class='line'>&nbsp;</td></tr>" for _ in range(NOTE_LINES))
    return heading(translate("Briefing", "Notes"), new_page=True) + (
        f"<table class='notes' width='100%' cellspacing='0' cellpadding='6'>{rule}</table>"
    )
