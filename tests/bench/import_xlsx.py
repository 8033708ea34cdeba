"""Importing the same 100,000 usage rows from an XLSX and from a CSV: the workbook takes at most 3x the CSV.

Run by `make bench` from tests.bench.importing, under its CSV lines; alone: python -m tests.bench.import_xlsx.
The CSV is that bench's German Excel CSV cut to 100,000 rows; the workbook holds the same table as Excel
keeps it, in typed cells: the month a date cell (2025-03-01), usage and expected usage numbers (712.5, a blank
cell where the CSV is blank), active users whole numbers. The floor is the app importing the CSV (sniff, read,
detect_kind, plan_import and write_import into a copy of the same portfolio), the measured side the app
importing the workbook; each runs in a process of its own, they take turns twice on fresh copies, the best
time of each counts, and both must have stored the same rows.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from tests.bench.importing import make_csv, make_portfolio, report, same_rows, side, steps_line

ROWS = 100_000
RUNS = 2
BUDGET = 3.0  # times the CSV's import


def make_xlsx(csv: Path, path: Path) -> None:
    """The CSV's rows as typed cells in a workbook (openpyxl's write-only mode, as fast as it writes)."""
    import openpyxl

    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("Nutzung")
    lines = csv.read_text(encoding="utf-8-sig").splitlines()
    sheet.append(lines[0].split(";"))
    for line in lines[1:]:
        if not line:
            continue
        account, product, month, usage, expected, active = line.split(";")
        year, number = month.split("-")
        sheet.append([
            account, product, date(int(year), int(number), 1), float(usage.replace(",", ".")),
            int(expected) if expected else None, int(active),
        ])  # fmt: skip
    workbook.save(path)


def compare(folder: Path, base: Path) -> bool:
    """Print the workbook's import time beside the CSV's; True when within the budget."""
    csv, xlsx = folder / "usage_100k.csv", folder / "usage_100k.xlsx"
    start = time.perf_counter()
    make_csv(csv, ROWS)
    make_xlsx(csv, xlsx)
    print(
        f"\nthe same {ROWS:,} usage rows as CSV ({csv.stat().st_size / 1e6:.1f} MB) and as XLSX "
        f"({xlsx.stat().st_size / 1e6:.1f} MB, typed cells), generated in {time.perf_counter() - start:.1f} s"
    )
    texts, workbooks = [], []
    for run in range(RUNS):
        text_db, workbook_db = folder / f"csv{run}.sqlite", folder / f"xlsx{run}.sqlite"
        shutil.copyfile(base, text_db)
        shutil.copyfile(base, workbook_db)
        texts.append(side("app", csv, text_db))
        workbooks.append(side("app", xlsx, workbook_db))
        same_rows(workbook_db, text_db, ROWS)
        text_db.unlink()
        workbook_db.unlink()
    text = min(texts, key=lambda f: float(f["total"]))
    workbook = min(workbooks, key=lambda f: float(f["total"]))
    print(steps_line("csv", text["steps"]))
    print(steps_line("xlsx", workbook["steps"]))
    print(f"{'import, ' + format(ROWS, ',') + f' usage rows (best of {RUNS})':<44}{'time':>12}{'ratio':>9}")
    floor = float(text["total"])
    print(f"{'floor: Account Planner, the rows as CSV':<44}{floor * 1000:>9.0f} ms{1:>8.2f}x")
    return report("Account Planner, the rows as XLSX", float(workbook["total"]), floor, BUDGET)


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as temporary:
        make_portfolio(Path(temporary) / "base.sqlite")
        sys.exit(0 if compare(Path(temporary), Path(temporary) / "base.sqlite") else 1)
