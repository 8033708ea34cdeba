"""A process killed (SIGKILL) in the middle of a large import leaves the portfolio as before or complete."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from planner.core.store.store import open_portfolio

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX"),
]

ACCOUNTS, PRODUCTS, MONTHS = 500, 10, 20
ROWS = ACCOUNTS * PRODUCTS * MONTHS  # 100,000 usage rows: about a second of import
KILLS = 16
SEED = 20261123


@pytest.fixture(scope="module")
def before(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A portfolio with accounts and products, and the usage file to import into it."""
    folder = tmp_path_factory.mktemp("crash")
    book = folder / "book.sqlite"
    store = open_portfolio(book, create=True)
    with store.write() as conn:
        conn.executemany(
            "INSERT INTO accounts (id, key, name) VALUES (?, ?, ?)",
            ((i, f"ACC-{i:04d}", f"Kunde {i:04d} GmbH") for i in range(1, ACCOUNTS + 1)),
        )
        conn.executemany(
            "INSERT INTO products (id, key, name) VALUES (?, ?, ?)",
            ((i, f"P-{i:02d}", f"Produkt {i:02d}") for i in range(1, PRODUCTS + 1)),
        )
    store.close()  # the last connection checkpoints: the file alone is the portfolio
    months = [f"{2025 + m // 12}-{m % 12 + 1:02d}" for m in range(MONTHS)]
    lines = ["Kunde;Produkt;Monat;Nutzung"] + [
        f"ACC-{a:04d};P-{p:02d};{month};{(a * p + m) % 997},5"
        for a in range(1, ACCOUNTS + 1)
        for p in range(1, PRODUCTS + 1)
        for m, month in enumerate(months)
    ]
    usage = folder / "Nutzung.csv"
    usage.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8-sig")
    return book, usage


def start_import(db: Path, usage: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "planner", "--db", str(db), "import", str(usage)]
    return subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def wal_size(db: Path) -> int:
    try:
        return Path(f"{db}-wal").stat().st_size
    except FileNotFoundError:
        return 0


def state(db: Path) -> tuple[int, int, float]:
    """The file passes integrity_check; (usage rows, imports, total usage) as another program reads it."""
    conn = sqlite3.connect(db)  # recovers from the WAL: committed transactions in, the rest out
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        rows = conn.execute("SELECT count(*), coalesce(sum(usage_value), 0) FROM usage_snapshots").fetchone()
        imports = conn.execute("SELECT count(*) FROM imports").fetchone()[0]
    finally:
        conn.close()
    return rows[0], imports, round(rows[1], 1)


def test_a_kill_in_the_middle_of_an_import_leaves_the_old_or_the_new_data(
    before: tuple[Path, Path], tmp_path: Path
) -> None:
    book, usage = before
    old = state(book)
    assert old == (0, 0, 0)

    # Once to the end: the new data, and how far the WAL grows while the import writes.
    done = tmp_path / "done.sqlite"
    shutil.copy(book, done)
    process, grown = start_import(done, usage), 0
    while process.poll() is None:
        grown = max(grown, wal_size(done))
        time.sleep(0.002)
    assert process.returncode == 0
    new = state(done)
    assert new[:2] == (ROWS, 1)
    assert grown > 0

    rng = random.Random(SEED)
    outcomes = []
    for n in range(KILLS):
        db = tmp_path / f"killed-{n}.sqlite"
        shutil.copy(book, db)
        late = n % 4 == 3  # every 4th: once the WAL is full grown, a moment later (commit, checkpoint, close)
        target = grown if late else max(1, int(grown * rng.uniform(0.02, 0.98)))
        pause = rng.uniform(0, 0.08) if late else 0
        process = start_import(db, usage)
        at = 0
        while process.poll() is None:
            at = wal_size(db)
            if at >= target:
                time.sleep(pause)
                process.send_signal(signal.SIGKILL)
                break
            time.sleep(0.001)
        process.wait()
        found = state(db)
        assert found in (old, new), f"kill {n} at {at:,} bytes of WAL left {found}"
        outcomes.append((process.returncode, at, found))
        reopened = open_portfolio(db, access="write")  # the lock died with the process
        assert reopened.count("usage_snapshots") == found[0]
        reopened.close()

    killed_while_writing = [o for o in outcomes if o[0] == -signal.SIGKILL and o[1] > 0 and o[2] == old]
    assert len(killed_while_writing) >= KILLS // 2, outcomes  # most kills hit the transaction itself
