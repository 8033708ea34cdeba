"""The briefing's first part as HTML in the user's language: the meeting, the key figures, what changed
since the last QBR and the customer's own goals."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from planner.core.matrix.scoring import Quadrant
from planner.core.qbr.briefing import Briefing
from planner.core.qbr.qbr_snapshot import SinceLast
from planner.ui.qbr.qbr_words import objective_text, status_label
from planner.ui.widgets import formatting, matrix_labels
from planner.ui.widgets.formatting import quarter_label
from planner.ui.widgets.labels import choice_label

translate = QCoreApplication.translate


def esc(text: str | None) -> str:
    return html.escape(text or "")


def lines(text: str | None) -> str:
    """Text with its line breaks kept."""
    return "<br>".join(esc(line) for line in (text or "").strip().splitlines())


def day(text: str | None) -> str:
    """A date in the language's one style, four-digit year: "24.11.2026", "24 Nov 2026"."""
    if not text:
        return ""
    return formatting.iso_date(text)


def long_day(text: str) -> str:
    d = date.fromisoformat(text[:10])
    return QLocale().toString(QDate(d.year, d.month, d.day), QLocale.FormatType.LongFormat)


def share(value: float | None) -> str:
    return formatting.percent(value) or "–"


def heading(text: str, *, new_page: bool = False) -> str:
    style = " style='page-break-before: always'" if new_page else ""
    return f"<h2{style}>{esc(text)}</h2>"


def table(head: list[str], rows: list[list[str]], widths: list[int], right: tuple[int, ...] = ()) -> str:
    """A table with a header row repeated on each page; cells are HTML already, widths in %."""
    cells = "".join(
        f"<th width='{w}%' align='{'right' if n in right else 'left'}'>{esc(h)}</th>"
        for n, (h, w) in enumerate(zip(head, widths, strict=True))
    )
    body = "".join(
        "<tr>"
        + "".join(f"<td align='{'right' if n in right else 'left'}'>{c}</td>" for n, c in enumerate(r))
        + "</tr>"
        for r in rows
    )
    start = "<table class='grid' width='100%' cellspacing='0' cellpadding='4'>"
    return f"{start}<thead><tr>{cells}</tr></thead>{body}</table>"


def muted(text: str) -> str:
    return f"<p class='muted'>{text}</p>"


def meeting_line(b: Briefing) -> str:
    qbr = b.qbr
    if qbr.id is None:
        return esc(
            translate("Briefing", "No QBR planned yet: prepared on %1").replace(
                "%1", long_day(b.today.isoformat())
            )
        )
    days = (date.fromisoformat(qbr.held_on[:10]) - b.today).days
    if days > 0:
        when = translate("Briefing", "tomorrow") if days == 1 else translate("Briefing", "in %1 days")
    elif days == 0:
        when = translate("Briefing", "today")
    else:
        when = translate("Briefing", "yesterday") if days == -1 else translate("Briefing", "%1 days ago")
    when = when.replace("%1", formatting.number(abs(days)))
    text = translate("Briefing", "QBR on %1 (%2) · %3")
    return esc(
        text.replace("%1", long_day(qbr.held_on)).replace("%2", when).replace("%3", status_label(qbr.status))
    )


def header(b: Briefing) -> str:
    a = b.account
    place = ", ".join(x for x in (a.city, formatting.country(a.country)) if x)
    facts = [a.key, a.industry, a.segment, place]
    if a.employees:
        facts.append(translate("Briefing", "%1 employees").replace("%1", formatting.number(a.employees)))
    owner = translate("Briefing", "Account manager: %1").replace("%1", a.owner) if a.owner else ""
    roles = {s.contact_id: s.role for s in b.stakeholders}
    customer = [
        esc(p.name)
        + (
            f" <span class='muted'>({esc(roles[p.contact_id or -1])})</span>"
            if roles.get(p.contact_id or -1)
            else ""
        )
        for p in b.qbr.attendees
        if p.side == "customer"
    ]
    ours = [esc(p.name) for p in b.qbr.attendees if p.side == "ours"]
    objectives = lines(b.qbr.objectives)
    drafted = ""
    if not objectives:
        objectives = "<br>".join(esc(objective_text(i)) for i in b.draft.objectives)
        draft = translate("Briefing", "(draft)")
        drafted = f" <span class='muted'>{esc(draft)}</span>"
    none = esc(translate("Briefing", "not yet named"))
    rows = [
        (translate("Briefing", "Customer attendees"), ", ".join(customer) or none),
        (translate("Briefing", "Our team"), ", ".join(ours) or none),
        (translate("Briefing", "Objectives") + drafted, objectives),
    ]
    box = "".join(
        f"<tr><td class='label' width='22%'>{label}</td><td>{value}</td></tr>" for label, value in rows
    )
    kicker = translate("Briefing", "QBR briefing · confidential")
    return (
        f"<p class='kicker'>{esc(kicker)}</p>"
        f"<h1>{esc(a.name)}</h1>"
        f"<p class='facts'>{esc(' · '.join(f for f in facts if f))}<br>{esc(owner)}</p>"
        f"<table class='box' width='100%' cellspacing='0' cellpadding='5'>"
        f"<tr><td colspan='2' class='when'>{meeting_line(b)}</td></tr>{box}</table>"
    )


def key_figures(b: Briefing) -> str:
    f, point = b.figures, b.point
    q = f.quadrant
    if f.breadth is not None:
        breadth = translate("Briefing", "%1 (%2 of %3 products)")
        held = min(f.held, f.relevant)
        breadth = (
            breadth.replace("%1", share(f.breadth)).replace("%2", str(held)).replace("%3", str(f.relevant))
        )
    else:
        breadth = "–"
    nps = "–"
    if f.nps is not None:
        nps = translate("Briefing", "%1 (answers: %2)").replace("%1", formatting.nps(f.nps))
        nps = nps.replace("%2", formatting.number(f.nps_answers))
    ndr = "–"
    if f.ndr is not None and f.ndr.ndr is not None:
        ndr = translate("Briefing", "%1 in %2 against %3").replace("%1", share(f.ndr.ndr))
        ndr = ndr.replace("%2", quarter_label(f.ndr.quarter)).replace("%3", quarter_label(f.ndr.previous))
    quadrant = matrix_labels.quadrant_name(q) if q else matrix_labels.not_scored(point)
    play = matrix_labels.play(q) if q else "–"
    pairs = [
        (translate("Briefing", "Revenue per year"), formatting.money(f.revenue_cents)),
        (translate("Briefing", "Share of wallet"), share(f.share_of_wallet)),
        (translate("Briefing", "Product breadth"), breadth),
        (translate("Briefing", "Usage intensity"), share(f.intensity)),
        (translate("Briefing", "Quadrant"), quadrant),
        (translate("Briefing", "Tier"), f.tier),
        (translate("Briefing", "NPS"), nps),
        (translate("Briefing", "Net dollar retention"), ndr),
        (translate("Briefing", "Revenue potential"), formatting.money(f.potential_cents)),
        (translate("Briefing", "Journey phase"), choice_label(f.phase) if f.phase else "–"),
    ]
    rows = ""
    for n in range(0, len(pairs), 2):
        cells = "".join(
            f"<td class='label' width='22%'>{esc(k)}</td><td class='value' width='28%'>{esc(v)}</td>"
            for k, v in pairs[n : n + 2]
        )
        rows += f"<tr>{cells}</tr>"
    figures = f"<table class='figures' width='100%' cellspacing='0' cellpadding='4'>{rows}</table>"
    play_line = ""
    if q:
        text = translate("Briefing", "Play: %1 – run by: %2").replace("%1", play)
        play_line = f"<p class='play'>{esc(text.replace('%2', matrix_labels.owner_role(q)))}</p>"
    trend = ""
    if len(f.quarters) >= 2:
        head = [quarter_label(period) for period, _ in f.quarters]
        trend = table(head, [[formatting.money(c) for _, c in f.quarters]], [100 // len(head)] * len(head),
                      tuple(range(len(head))))  # fmt: skip
        caption = translate("Briefing", "Revenue by quarter")
        trend = f"<p class='caption'>{esc(caption)}</p>{trend}"
    return heading(translate("Briefing", "Key figures")) + figures + play_line + trend


def _quadrant_name(value: str | None) -> str:
    return matrix_labels.quadrant_name(Quadrant(value)) if value else "–"


def _figure(name: str, value: object) -> str:
    if value is None:
        return "–"
    if name in ("revenue_cents", "potential_cents"):
        return formatting.money(int(value))  # type: ignore[call-overload]
    if name == "nps":
        return QLocale().toString(round(float(value)))  # type: ignore[arg-type]
    return share(float(value))  # type: ignore[arg-type]


def since_last(b: Briefing) -> str:
    s: SinceLast | None = b.since
    title = translate("Briefing", "What changed since the last QBR")
    if s is None:
        return heading(title) + muted(
            esc(translate("Briefing", "No QBR has been held with this customer yet."))
        )
    title = translate("Briefing", "What changed since the last QBR (%1)").replace("%1", day(s.held_on))
    items: list[str] = []
    if s.snapshot is None:
        items.append(
            translate(
                "Briefing",
                "That QBR kept no snapshot of the figures: only the products bought since are known.",
            )
        )
    elif s.moved:
        text = translate("Briefing", "Moved from %1 to %2")
        items.append(
            text.replace("%1", _quadrant_name(s.quadrant_before)).replace(
                "%2", _quadrant_name(s.quadrant_now)
            )
        )
    elif s.quadrant_now:
        items.append(
            translate("Briefing", "Still in the quadrant %1").replace("%1", _quadrant_name(s.quadrant_now))
        )
    for names, text in (
        (s.won, translate("Briefing", "Products won: %1")),
        (s.lost, translate("Briefing", "Products lost: %1")),
        (s.new_contacts, translate("Briefing", "New contacts: %1")),
        (s.gone_contacts, translate("Briefing", "Contacts gone: %1")),
    ):
        if names:
            items.append(text.replace("%1", ", ".join(names)))
    if s.snapshot is not None and not (s.won or s.lost or s.new_contacts or s.gone_contacts):
        items.append(translate("Briefing", "No products won or lost, no contacts new or gone."))
    body = "<ul>" + "".join(f"<li>{esc(i)}</li>" for i in items) + "</ul>"
    if s.snapshot is not None:
        titles = {
            "revenue_cents": translate("Briefing", "Revenue per year"),
            "share_of_wallet": translate("Briefing", "Share of wallet"),
            "breadth": translate("Briefing", "Product breadth"),
            "intensity": translate("Briefing", "Usage intensity"),
            "nps": translate("Briefing", "NPS"),
            "potential_cents": translate("Briefing", "Revenue potential"),
        }
        rows = [[esc(titles[n]), esc(_figure(n, then)), esc(_figure(n, now))] for n, then, now in s.figures]
        then = translate("Briefing", "At the QBR of %1").replace("%1", day(s.held_on))
        body += table(
            [translate("Briefing", "Figure"), then, translate("Briefing", "Today")],
            rows,
            [40, 30, 30],
            (1, 2),
        )
    return heading(title) + body


def profile(b: Briefing) -> str:
    a = b.account
    rows = [
        (translate("Briefing", "Success criteria"), a.success_criteria),
        (translate("Briefing", "Goals"), a.goals),
        (translate("Briefing", "Pain points"), a.pain_points),
    ]
    shown = [(k, v) for k, v in rows if v.strip()]
    if not shown:
        return ""
    body = "".join(
        f"<tr><td class='label' width='22%'>{esc(k)}</td><td>{lines(v)}</td></tr>" for k, v in shown
    )
    title = translate("Briefing", "What the customer wants to achieve")
    return heading(title) + f"<table class='box' width='100%' cellspacing='0' cellpadding='5'>{body}</table>"
