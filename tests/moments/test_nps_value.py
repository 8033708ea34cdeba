"""NPS x account value on a hand-made book: the four fields, accounts on a split, the accounts left out."""

from __future__ import annotations

import pytest

from planner.core.matrix.matrix import matrix_points
from planner.core.moments.journey_charts import NpsValueChart, NpsValueWords, new_figure
from planner.core.moments.nps_value import FIELDS, field_of, nps_value


def book(store) -> None:
    """Alpha 10,000 € NPS +100; Beta 6,000 € NPS -100; Gamma 1,000 € NPS 0 (its contacts: a promoter and a
    detractor); Delta 500 € NPS -50; Epsilon 50,000 € without answers."""
    with store.write() as c:
        c.executemany(
            "INSERT INTO accounts (id, key, name, revenue_cents) VALUES (?, ?, ?, ?)",
            [(1, "A", "Alpha", 1_000_000), (2, "B", "Beta", 600_000), (3, "G", "Gamma", 100_000),
             (4, "D", "Delta", 50_000), (5, "E", "Epsilon", 5_000_000)],
        )  # fmt: skip
        c.executemany(
            "INSERT INTO contacts (id, account_id, name) VALUES (?, ?, ?)",
            [(1, 1, "Anna"), (2, 2, "Ben"), (3, 3, "Cem"), (4, 3, "Dora"), (5, 4, "Eva"), (6, 4, "Finn"),
             (7, 5, "Gero")],
        )  # fmt: skip
        c.executemany(
            "INSERT INTO nps_answers (contact_id, answered_on, score) VALUES (?, ?, ?)",
            [
                (1, "2026-05-01", 10),
                (2, "2026-05-01", 2),
                (3, "2026-01-01", 2),
                (3, "2026-06-01", 10),
                (4, "2026-06-01", 3),
                (5, "2026-06-01", 3),
                (6, "2026-06-01", 8),
            ],
        )  # fmt: skip  Cem's latest answer counts: 10


@pytest.fixture
def points(store):
    book(store)
    return matrix_points(store)


def test_four_fields_with_the_median_value_and_nps_zero(points) -> None:
    data = nps_value(points)
    assert data.value_split_cents == 350_000  # the median of 1,000,000, 600,000, 100,000 and 50,000
    assert data.nps_split == 0.0
    fields = {p.name: p.field for p in data.points}
    assert fields == {
        "Alpha": "strengths",
        "Beta": "threats",
        "Gamma": "weaknesses",  # NPS 0 is no promoters' side
        "Delta": "weaknesses",
    }
    assert {p.name: p.nps for p in data.points} == {"Alpha": 100, "Beta": -100, "Gamma": 0, "Delta": -50}
    assert data.without_nps == 1  # Epsilon
    assert data.counts() == {"strengths": 1, "opportunities": 0, "threats": 1, "weaknesses": 2}
    assert data.revenue() == {"strengths": 1_000_000, "opportunities": 0, "threats": 600_000,
                              "weaknesses": 150_000}  # fmt: skip


def test_passives_only_are_no_promoters(store) -> None:
    # Zeta 2,000 €: two contacts answering 7 and 8 (passives): 0 % promoters - 0 % detractors = NPS 0.
    # Eta 1,000 €: one answering 9 (promoter): NPS +100. Value split: median of 2,000 and 1,000 = 1,500 €.
    # Zeta is high value at NPS 0 -> on the line, detractors' side (threats), not strengths.
    with store.write() as c:
        c.executemany("INSERT INTO accounts (id, key, name, revenue_cents) VALUES (?, ?, ?, ?)",
                      [(1, "Z", "Zeta", 200_000), (2, "H", "Eta", 100_000)])  # fmt: skip
        c.executemany("INSERT INTO contacts (id, account_id, name) VALUES (?, ?, ?)",
                      [(1, 1, "Pia"), (2, 1, "Paul"), (3, 2, "Ole")])  # fmt: skip
        c.executemany("INSERT INTO nps_answers (contact_id, answered_on, score) VALUES (?, '2026-06-01', ?)",
                      [(1, 7), (2, 8), (3, 9)])  # fmt: skip
    data = nps_value(matrix_points(store))
    assert data.value_split_cents == 150_000
    assert {p.name: (p.nps, p.field) for p in data.points} == {
        "Zeta": (0, "threats"),
        "Eta": (100, "opportunities"),
    }


def test_an_account_on_a_split_counts_to_the_high_value_and_the_detractors_side(points) -> None:
    assert field_of(0.0, 100, 0.0, 100) == "threats"
    assert field_of(0.1, 100, 0.0, 100) == "strengths"
    moved = {p.name: p.field for p in nps_value(points, nps_split=10, value_split_cents=1_000_000).points}
    # Gamma at NPS 0 falls below 10; Alpha on the value split stays high; Beta is low value now
    assert moved == {"Alpha": "strengths", "Beta": "weaknesses", "Gamma": "weaknesses", "Delta": "weaknesses"}


def test_no_answers_at_all(store) -> None:
    with store.write() as c:
        c.execute("INSERT INTO accounts (id, key, name) VALUES (1, 'A', 'Alpha')")
    data = nps_value(matrix_points(store))
    assert data.points == () and data.without_nps == 1 and data.value_split_cents == 0
    assert data.counts() == dict.fromkeys(FIELDS, 0)


def test_the_chart_names_the_fields_and_maps_a_bubble_to_its_account(points) -> None:
    data = nps_value(points)
    words = NpsValueWords("Wert", "NPS", {f: f.title() for f in FIELDS}, {f: "" for f in FIELDS},
                          lambda cents: f"{cents // 100} €")  # fmt: skip
    figure = new_figure()
    chart = NpsValueChart(figure, words)
    chart.draw(data, "Median 3500 €")
    figure.canvas.draw()
    texts = [t.get_text() for t in chart.axes.texts]
    assert {"Strengths", "Opportunities", "Threats", "Weaknesses", "Median 3500 €"} <= set(texts)
    assert chart.axes.get_xscale() == "log"
    for p in data.points:
        assert chart.id_at(*chart.to_display(p.revenue_cents, p.nps)) == p.account_id
    assert chart.id_at(0, 0) is None
