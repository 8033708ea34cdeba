"""Peak memory of importing the largest legal file: Excel's 1,048,576 rows of 12 account columns.

Run by `make bench` as `python -m tests.bench.import_peak`. The file is a German Excel CSV ("CSV UTF-8":
BOM, ";", decimal comma, CRLF) of 1,048,575 accounts below the header, about 130 MB. The app is sniff,
read, detect_kind, plan_import and write_import into a new portfolio; the floor is `pandas.read_csv` of
the same file into str columns. Each runs in a process of its own and reports its ru_maxrss; the app's
peak is shown as a ratio to the floor and against the 1.5 GB budget.
"""

from __future__ import annotations

import json
import random
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from planner.core.importing.limits import MAX_ROWS
from tests.bench.importing import side

MEMORY_BUDGET_MB = 1500.0
MODULE = "tests.bench.import_peak"
HEADERS = (
    "Kundennummer", "Firma", "Website", "Branche", "Segment", "Land", "Ort", "Mitarbeiter", "Umsatz",
    "Betreuer", "Tier", "Notizen",
)  # fmt: skip
INDUSTRIES = ("Maschinenbau", "Handel", "Logistik", "Software", "Chemie", "Banken")
CITIES = ("München", "Berlin", "Hamburg", "Köln", "Stuttgart", "Wien", "Zürich")


def make_csv(path: Path) -> None:
    rng = random.Random(2026)
    choice, randrange = rng.choice, rng.randrange
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        handle.write(";".join(HEADERS) + "\r\n")
        lines = []
        for i in range(1, MAX_ROWS):
            lines.append(
                f"K-{i:07d};Kunde {i} GmbH;kunde{i}.de;{choice(INDUSTRIES)};Mittelstand;DE;{choice(CITIES)};"
                f"{randrange(10, 5000)};{randrange(1000, 9_000_000)},{randrange(100):02d};Owner {i % 40};"
                f"{'ABC'[i % 3]};Notiz zu Kunde {i}\r\n"
            )
            if len(lines) == 100_000:
                handle.write("".join(lines))
                lines.clear()
        handle.write("".join(lines))


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 1e6  # Linux: KiB


def run_floor(csv: Path) -> dict[str, Any]:
    import pandas as pd

    start = time.perf_counter()
    frame = pd.read_csv(csv, sep=";", dtype=str, encoding="utf-8-sig", keep_default_na=False)
    return {"rows": len(frame), "seconds": time.perf_counter() - start, "peak_mb": peak_mb()}


def run_app(csv: Path, db: Path) -> dict[str, Any]:
    from planner.core.importing import detect_kind, plan_import, read, sniff, write_import
    from planner.core.store.store import open_portfolio

    store = open_portfolio(db, create=True)
    start = time.perf_counter()
    sheet = read(csv, sniff(csv))
    read_peak = peak_mb()
    kind, mapping = detect_kind(sheet.headers)
    assert kind is not None and kind.name == "accounts", (kind, mapping)
    record = write_import(store, plan_import(store, sheet, kind, mapping))
    seconds = time.perf_counter() - start
    store.close()
    return {"summary": record.summary(), "seconds": seconds, "read_peak_mb": read_peak, "peak_mb": peak_mb()}


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        csv, db = Path(folder) / "Kunden.csv", Path(folder) / "portfolio.sqlite"
        start = time.perf_counter()
        make_csv(csv)
        print(
            f"largest legal file: {MAX_ROWS:,} rows (Excel's limit) of {len(HEADERS)} account columns, "
            f"{csv.stat().st_size / 1e6:.0f} MB, generated in {time.perf_counter() - start:.1f} s"
        )
        floor = side("floor", csv, module=MODULE)
        app = side("app", csv, db, module=MODULE)
    print(
        f"  app: {app['summary']} in {app['seconds']:.1f} s; pandas.read_csv alone {floor['seconds']:.1f} s"
    )
    print(f"{'import peak memory, largest legal file':<44}{'memory':>12}{'ratio':>9}")
    base = float(floor["peak_mb"])
    print(f"{'floor: pandas.read_csv, str columns':<44}{base:>9.0f} MB{1:>8.2f}x")
    reading = float(app["read_peak_mb"])
    print(f"{'Account Planner: sniff and read':<44}{reading:>9.0f} MB{reading / base:>8.2f}x")
    memory = float(app["peak_mb"])
    fits = memory <= MEMORY_BUDGET_MB
    print(
        f"{'Account Planner: whole import':<44}{memory:>9.0f} MB{memory / base:>8.2f}x  "
        f"budget {MEMORY_BUDGET_MB:.0f} MB  {'ok' if fits else 'OVER'}"
    )
    return 0 if fits else 1


if __name__ == "__main__":
    if len(sys.argv) > 1:
        figures = (
            run_floor(Path(sys.argv[2])) if sys.argv[1] == "floor" else run_app(*map(Path, sys.argv[2:4]))
        )
        print(json.dumps(figures))
        sys.exit(0)
    sys.exit(main())
