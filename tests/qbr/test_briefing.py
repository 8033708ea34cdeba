"""The printed QBR briefing: its text (names, figures, section titles) in English and German, its pages on
A4 and Letter, and `planner brief` end to end."""

from __future__ import annotations

import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from planner.core.portfolio import changes
from planner.core.qbr.briefing import build_briefing
from planner.core.qbr.qbr_calendar import due_within
from planner.core.qbr.qbrs import Action, new_qbr, save_qbr
from planner.core.store.store import Store
from planner.ui.qbr.briefing_document import write_pdf
from planner.ui.widgets.i18n import install_language
from tests.conftest import TODAY
from tests.qbr.test_qbr import held_qbr, make_book

SECTIONS_EN = (
    "Agenda", "Recommendations", "Key figures", "What changed since the last QBR",
    "Customer-Performance-Matrix", "Holdings", "Whitespace", "Moments and plays", "Stakeholders",
    "Actions from the last QBRs", "Recent touches", "Notes",
)  # fmt: skip
SECTIONS_DE = ("Agenda", "Empfehlungen", "Kennzahlen", "Was sich seit dem letzten QBR geändert hat",
               "Customer-Performance-Matrix", "Produkte im Bestand", "Whitespace", "Anlässe und Vorgehen",
               "Kontakte", "Maßnahmen aus den letzten QBRs", "Letzte Kontaktpunkte",
               "Notizen")  # fmt: skip
MM_PER_POINT = 25.4 / 72


@pytest.fixture
def german(qapp):
    install_language(qapp, "de")
    yield
    install_language(qapp, "en")


def pdf_pages(path: Path) -> list[str]:
    """Each page's text, words joined by single spaces, ligatures (ﬁ, ﬀ) as their letters."""
    return [
        " ".join(unicodedata.normalize("NFKC", page.extract_text() or "").split())
        for page in PdfReader(path).pages
    ]


def paper_mm(path: Path) -> tuple[int, int]:
    box = PdfReader(path).pages[0].mediabox
    return round(float(box.width) * MM_PER_POINT), round(float(box.height) * MM_PER_POINT)


def brandt_briefing(store: Store, tmp_path: Path, paper: str = "a4") -> tuple[list[str], int]:
    """Brandt's briefing for a QBR on 3 Dec 2026, after one held on 1 Sep with an open action."""
    make_book(store)
    held_qbr(store, 1, "2026-09-01", (Action("Nutzungsbericht senden", "Anna Keller", "2026-10-01"),))
    with store.write() as conn:
        conn.execute("INSERT INTO holdings (account_id, product_id, status, since, revenue_cents) "
                     "VALUES (1, 3, 'active', '2026-10-01', 3000000)")  # fmt: skip
    changes.apply(store, save_qbr(store, new_qbr(store, 1, TODAY.replace(day=3, month=12)), today=TODAY))
    path = tmp_path / f"brandt-{paper}.pdf"
    pages = write_pdf(build_briefing(store, account_id=1, today=TODAY), path, paper)
    return pdf_pages(path), pages


def test_a_briefing_reads_like_the_account_in_english(store: Store, tmp_path: Path) -> None:
    pages, count = brandt_briefing(store, tmp_path)
    text = " ".join(pages)
    assert count == len(pages) >= 3
    assert pages[0].startswith("QBR briefing · confidential Brandt Maschinenbau GmbH")
    assert "QBR on Thursday, 3 December 2026 (in 10 days) · planned" in pages[0]
    for section in SECTIONS_EN:
        assert section in text, section
    assert "Revenue per year €120,000" in text  # key figures, in the user's locale
    assert "60% (3 of 5 products)" in text and "Niche user" in text and "Power user" in text
    assert "Moved from Niche user to Power user" in text and "Products won: Data Hub" in text
    assert "Jonas Brandt" in text and "Mia Roth" in text and "Geschäftsführung" in text
    assert "Nutzungsbericht senden Anna Keller 1 Oct 2026 open 1 Sept 2026" in text  # the open action is back
    assert "Budget 2027 besprochen" in text  # a recent touch
    assert "Drafted from the figures: to be agreed." in text  # nothing agreed yet: the agenda is drafted
    assert pages[-1].startswith("Notes") and pages[-1].endswith(f"Page {count} of {count}")


def test_a_briefing_in_german_on_letter(store: Store, tmp_path: Path, german: None) -> None:
    pages, count = brandt_briefing(store, tmp_path, "letter")
    text = " ".join(pages)
    assert paper_mm(tmp_path / "brandt-letter.pdf") == (216, 279)
    assert "QBR am Donnerstag, 3. Dezember 2026 (in 10 Tagen) · geplant" in pages[0]
    for section in SECTIONS_DE:
        assert section in text, section
    assert "Umsatz pro Jahr 120.000 €" in text and "Von Insellösung zu Power-User gewechselt" in text
    assert f"Seite {count} von {count}" in pages[-1]


def test_demo_briefings_fit_their_pages(demo_store: Store, tmp_path: Path) -> None:
    """Every QBR of the coming week: names, the matrix section, and at most six pages on A4 and Letter."""
    for qbr_id in due_within(demo_store, TODAY, 7)[:4]:
        briefing = build_briefing(demo_store, qbr_id=qbr_id, today=TODAY)
        for paper, size in (("a4", (210, 297)), ("letter", (216, 279))):
            path = tmp_path / f"{qbr_id}-{paper}.pdf"
            count = write_pdf(briefing, path, paper)
            pages = pdf_pages(path)
            assert 3 <= count == len(pages) <= 6 and paper_mm(path) == size
            assert briefing.account.name in pages[0] and "Customer-Performance-Matrix" in " ".join(pages)
            assert all(page.endswith(f"of {count}") for page in pages)


def test_planner_brief_writes_the_pdf(demo_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "out" / "brief.pdf"
    key = "ACC-00001"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "planner", "--db", str(demo_file), "--lang", "de", "brief", key,
               "--out", str(out), "--paper", "letter", "--today", TODAY.isoformat()]  # fmt: skip
    result = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    assert result.returncode == 0, result.stderr
    pages = pdf_pages(out)
    assert f"{len(pages)} pages" in result.stdout and paper_mm(out) == (216, 279)
    assert "QBR-Briefing · vertraulich" in pages[0] and "Kennzahlen" in " ".join(pages)
    nobody = command[:8] + ["Niemand GmbH", "--out", str(tmp_path / "x.pdf")]
    missing = subprocess.run(nobody, capture_output=True, text=True, env=env, check=False)
    assert missing.returncode == 1 and "Niemand GmbH" in missing.stderr and not (tmp_path / "x.pdf").exists()
