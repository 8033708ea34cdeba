"""Importing 1,000,000 usage rows from a German Excel CSV: time against a floor, and peak memory.

Run by `make bench` as `python -m tests.bench.importing`. The file is written the way German Excel saves
"CSV UTF-8 (Trennzeichen-getrennt)": BOM, ";" between cells, decimal comma, CRLF. The floor is
`pandas.read_csv` plus keys turned into ids with a dict and one `sqlite3` `executemany` in one
transaction into the same table of a copy of the same portfolio (same PRAGMAs as the app). The app is
sniff, read, detect_kind, plan_import and write_import on another copy; the budget is 1.5x the floor.
Each side runs in a process of its own, which also gives its peak memory (ru_maxrss, budget 1.5 GB
for the app); they take turns twice on fresh copies and the best time of each counts. A re-import of the
same file (every row unchanged) is shown for information.
"""

from __future__ import annotations

import json
import random
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROWS = 1_000_000
ACCOUNTS = 10_000
PRODUCTS = 20
MONTHS = [f"{year}-{month:02d}" for year in (2025, 2026) for month in range(1, 13)][:18]  # 2025-01..2026-06
SEED = 2026
RUNS = 2  # floor and app take turns on fresh copies; the best time of each counts (the machine may be busy)
BUDGET = 1.5  # times the floor
MEMORY_BUDGET_MB = 1500.0  # 1.5 GB
HEADERS = ("Kunde", "Produkt", "Monat", "Nutzung", "Erwartet", "Aktive Nutzer")
COLUMNS = ("account_id", "product_id", "period", "usage_value", "expected_value", "active_users")


# --- the portfolio and the file ---------------------------------------------------------------------------
def make_portfolio(path: Path) -> None:
    from planner.core.store.store import open_portfolio

    store = open_portfolio(path, create=True)
    with store.write() as conn:
        conn.executemany(
            "INSERT INTO accounts (id, key, name) VALUES (?, ?, ?)",
            ((i, f"ACC-{i:05d}", f"Kunde {i:05d} GmbH") for i in range(1, ACCOUNTS + 1)),
        )
        conn.executemany(
            "INSERT INTO products (id, key, name) VALUES (?, ?, ?)",
            ((i, f"P-{i:02d}", f"Produkt {i:02d}") for i in range(1, PRODUCTS + 1)),
        )
    store.close()  # the last connection checkpoints the WAL: the file alone is the portfolio
    assert not Path(f"{path}-wal").exists()


def make_csv(path: Path, rows: int = ROWS) -> None:
    """`rows` distinct (account, product, month) rows in export order; usage like 712,5; 3% blank Erwartet."""
    rng = random.Random(SEED)
    accounts = [f"ACC-{i:05d}" for i in range(1, ACCOUNTS + 1)]
    products = [f"P-{i:02d}" for i in range(1, PRODUCTS + 1)]
    per_account = PRODUCTS * len(MONTHS)
    cells = sorted(rng.sample(range(ACCOUNTS * per_account), rows))
    expected = [rng.choice(("250", "500", "800", "1000", "1500", "2400")) for _ in range(PRODUCTS)]
    randrange, rand = rng.randrange, rng.random
    lines = [";".join(HEADERS)]
    append = lines.append
    for cell in cells:
        account, rest = divmod(cell, per_account)
        product, month = divmod(rest, len(MONTHS))
        tenths = randrange(30_000)
        usage = f"{tenths // 10},{tenths % 10}" if tenths % 10 else str(tenths // 10)
        append(
            f"{accounts[account]};{products[product]};{MONTHS[month]};{usage};"
            f"{'' if rand() < 0.03 else expected[product]};{randrange(1, 500)}"
        )
    lines.append("")
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        handle.write("\r\n".join(lines))


# --- the two sides, each in a process of its own ---------------------------------------------------------
def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 1e6  # Linux: KiB


def run_floor(csv: Path, db: Path) -> dict[str, Any]:
    import pandas as pd

    conn = sqlite3.connect(db, isolation_level=None)
    for pragma in ("journal_mode = WAL", "synchronous = NORMAL", "foreign_keys = ON"):
        conn.execute(f"PRAGMA {pragma}")
    steps: dict[str, float] = {}
    start = time.perf_counter()
    frame = pd.read_csv(csv, sep=";", decimal=",", encoding="utf-8-sig")
    steps["read_csv"] = time.perf_counter() - start
    mark = time.perf_counter()
    accounts = dict(conn.execute("SELECT key, id FROM accounts").fetchall())
    products = dict(conn.execute("SELECT key, id FROM products").fetchall())
    columns = [  # a dict look-up per key: Series.map(dict) takes 15x as long on pandas 3's str columns
        [accounts[key] for key in frame["Kunde"].tolist()],
        [products[key] for key in frame["Produkt"].tolist()],
        frame["Monat"].tolist(),
        frame["Nutzung"].tolist(),
        frame["Erwartet"].tolist(),  # NaN for a blank cell: SQLite stores NULL
        frame["Aktive Nutzer"].tolist(),
    ]
    steps["keys to ids, tolist"] = time.perf_counter() - mark
    mark = time.perf_counter()
    conn.execute("BEGIN")
    conn.executemany(
        f"INSERT INTO usage_snapshots ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})",
        zip(*columns, strict=True),
    )
    conn.execute("COMMIT")
    steps["executemany, commit"] = time.perf_counter() - mark
    total = time.perf_counter() - start
    conn.close()
    return {"total": total, "steps": steps, "peak_mb": peak_mb()}


def _import(store: Any, csv: Path) -> tuple[dict[str, float], Any, Any]:
    from planner.core.importing import detect_kind, plan_import, read, sniff, write_import

    steps: dict[str, float] = {}
    mark = time.perf_counter()
    layout = sniff(csv)
    steps["sniff"], mark = time.perf_counter() - mark, time.perf_counter()
    sheet = read(csv, layout)
    steps["read"], mark = time.perf_counter() - mark, time.perf_counter()
    kind, mapping = detect_kind(sheet.headers)
    assert kind is not None and kind.name == "usage", (kind, mapping)
    steps["detect_kind"], mark = time.perf_counter() - mark, time.perf_counter()
    plan = plan_import(store, sheet, kind, mapping)
    steps["plan_import"], mark = time.perf_counter() - mark, time.perf_counter()
    record = write_import(store, plan)
    steps["write_import"] = time.perf_counter() - mark
    return steps, plan, record


def run_app(csv: Path, db: Path, *, again: bool = False) -> dict[str, Any]:
    import pandas  # noqa: F401  # loaded before the clock starts, as for the floor

    import planner.core.importing  # noqa: F401
    from planner.core.store.store import open_portfolio

    store = open_portfolio(db)
    steps, plan, record = _import(store, csv)
    memory = peak_mb()
    figures = {"total": sum(steps.values()), "steps": steps, "peak_mb": memory, "summary": record.summary()}
    if again:
        del plan, record
        steps, plan, record = _import(store, csv)
        figures.update(again=sum(steps.values()), again_steps=steps, again_summary=record.summary())
    store.close()
    return figures


def side(which: str, *paths: Path, module: str = "tests.bench.importing") -> dict[str, Any]:
    """Run one side in a fresh interpreter; its result as the JSON it prints."""
    result = subprocess.run(
        [sys.executable, "-m", module, which, *map(str, paths)],
        capture_output=True,
        text=True,
    )
    if result.returncode:
        sys.exit(f"{which} failed:\n{result.stderr}")
    figures: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return figures


# --- checks and the report --------------------------------------------------------------------------------
def same_rows(ours: Path, floor: Path, rows: int = ROWS) -> None:
    """Both imports stored the same rows, with the same types."""
    conn = sqlite3.connect(ours)
    conn.execute("ATTACH DATABASE ? AS floor", (str(floor),))
    for schema in ("main", "floor"):
        count = conn.execute(f"SELECT count(*) FROM {schema}.usage_snapshots").fetchone()[0]
        assert count == rows, (schema, count)
    differ = conn.execute(
        "SELECT count(*) FROM (SELECT *, typeof(usage_value), typeof(expected_value), typeof(active_users) "
        "FROM main.usage_snapshots EXCEPT SELECT *, typeof(usage_value), typeof(expected_value), "
        "typeof(active_users) FROM floor.usage_snapshots)"
    ).fetchone()[0]
    conn.close()
    assert differ == 0, f"{differ:,} rows differ between the app's import and the floor's"


def steps_line(label: str, steps: dict[str, float]) -> str:
    return f"  {label} (s): " + ", ".join(f"{name} {seconds:.2f}" for name, seconds in steps.items())


def report(name: str, value: float, floor: float, budget: float | None) -> bool:
    ratio = value / floor
    ok = budget is None or ratio <= budget
    verdict = "" if budget is None else f"  budget {budget:.1f}x  {'ok' if ok else 'OVER'}"
    print(f"{name:<44}{value * 1000:>9.0f} ms{ratio:>8.2f}x{verdict}")
    return ok


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        base, csv = Path(folder) / "base.sqlite", Path(folder) / "usage.csv"
        start = time.perf_counter()
        make_portfolio(base)
        make_csv(csv)
        size = csv.stat().st_size / 1e6
        print(
            f"usage file, {ROWS:,} rows ({size:.0f} MB, German Excel CSV), {ACCOUNTS:,} accounts, "
            f"generated in {time.perf_counter() - start:.1f} s"
        )
        floors, apps = [], []
        for run in range(RUNS):
            floor_db, app_db = Path(folder) / f"floor{run}.sqlite", Path(folder) / f"app{run}.sqlite"
            shutil.copyfile(base, floor_db)
            shutil.copyfile(base, app_db)
            floors.append(side("floor", csv, floor_db))
            apps.append(side("app+again" if run == RUNS - 1 else "app", csv, app_db))
            same_rows(app_db, floor_db)
            floor_db.unlink()
            app_db.unlink()
        floor = min(floors, key=lambda f: float(f["total"]))
        app = min(apps, key=lambda f: float(f["total"]))
        again = apps[-1]
        print(
            f"  floor runs (s): {', '.join(format(f['total'], '.2f') for f in floors)}; "
            f"app runs (s): {', '.join(format(f['total'], '.2f') for f in apps)}"
        )

        print(steps_line("floor", floor["steps"]))
        print(steps_line("app", app["steps"]))
        print(steps_line("re-import", again["again_steps"]))
        print(f"  app: {app['summary']}; re-import: {again['again_summary']}")
        print(
            f"{'import, ' + format(ROWS, ',') + f' usage rows (best of {RUNS})':<44}{'time':>12}{'ratio':>9}"
        )
        base_time = float(floor["total"])
        print(f"{'floor: pandas.read_csv + sqlite3.executemany':<44}{base_time * 1000:>9.0f} ms{1:>8.2f}x")
        ok = report("Account Planner import", float(app["total"]), base_time, BUDGET)
        report("re-import, every row unchanged", float(again["again"]), base_time, None)
        print(f"{'peak memory (ru_maxrss, own process)':<44}{'memory':>12}")
        floor_memory = max(float(f["peak_mb"]) for f in floors)
        print(f"{'floor: pandas.read_csv + sqlite3.executemany':<44}{floor_memory:>9.0f} MB")
        memory = max(float(a["peak_mb"]) for a in apps)
        fits = memory <= MEMORY_BUDGET_MB
        verdict = "ok" if fits else "OVER"
        print(f"{'Account Planner import':<44}{memory:>9.0f} MB  budget {MEMORY_BUDGET_MB:.0f} MB  {verdict}")
        from tests.bench.import_xlsx import compare

        same_as_csv = compare(Path(folder), base)
    return 0 if ok and fits and same_as_csv else 1


if __name__ == "__main__":
    if len(sys.argv) == 4:
        which, csv, db = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
        figures = run_floor(csv, db) if which == "floor" else run_app(csv, db, again=which == "app+again")
        print(json.dumps(figures))
        sys.exit(0)
    sys.exit(main())
