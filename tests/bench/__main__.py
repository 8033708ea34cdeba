"""`make bench`: speed figures as ratios to a floor measured in the same run."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 7
BIG_BOOK = 100_000
BARE_WINDOW = """
import sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)
class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            app.quit()
        return False
spy = FirstPaint()
window.installEventFilter(spy)
window.show()
sys.exit(app.exec())
"""


def wall_time(command: list[str]) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    start = time.perf_counter()
    subprocess.run(command, check=True, env=env, capture_output=True)
    return time.perf_counter() - start


def median_time(command: list[str]) -> float:
    wall_time(command)  # warm the file cache
    return statistics.median(wall_time(command) for _ in range(RUNS))


def report(name: str, value: float, floor: float, budget: float) -> bool:
    ratio = value / floor
    ok = ratio <= budget
    print(f"{name:<44}{value * 1000:>9.0f} ms{ratio:>8.2f}x  budget {budget:.1f}x  {'ok' if ok else 'OVER'}")
    return ok


def main() -> int:
    python = sys.executable
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "demo.sqlite"
        start = time.perf_counter()
        subprocess.run([python, "-m", "planner", "--db", str(db), "demo"], check=True, capture_output=True)
        print(f"demo book, 300 accounts, generated in {time.perf_counter() - start:.2f} s")

        bare = median_time([python, "-c", BARE_WINDOW])
        app = median_time([python, "-m", "planner", "--db", str(db), "--quit-after-paint"])
        print(f"\n{'start to first painted window (median of 7)':<44}{'time':>12}{'ratio':>9}")
        print(f"{'floor: bare PySide6 QMainWindow':<44}{bare * 1000:>9.0f} ms{1:>8.2f}x")
        ok = report("Account Planner on the demo book", app, bare, 3.0)

        big = Path(folder) / "big.sqlite"
        start = time.perf_counter()
        subprocess.run(
            [python, "-m", "planner", "--db", str(big), "demo", "--accounts", str(BIG_BOOK)],
            check=True,
            capture_output=True,
        )
        print(f"\ndemo book, {BIG_BOOK:,} accounts, generated in {time.perf_counter() - start:.1f} s")
        result = subprocess.run(
            [python, "-m", "tests.bench.filtering", str(big)],
            check=False,
            capture_output=True,
            text=True,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        print(result.stdout, end="")
        print(result.stderr, end="", file=sys.stderr)
        ok = ok and result.returncode == 0 and "OVER" not in result.stdout
        print()
        scoring = subprocess.run(
            [python, "-m", "tests.bench.scoring", str(big)], capture_output=True, text=True
        )
        print(scoring.stdout, end="")
        print(scoring.stderr, end="", file=sys.stderr)
        ok = ok and scoring.returncode == 0 and "OVER" not in scoring.stdout
        print()
        moments = subprocess.run(
            [python, "-m", "tests.bench.moments", str(big)], capture_output=True, text=True
        )
        print(moments.stdout, end="")
        print(moments.stderr, end="", file=sys.stderr)
        ok = ok and moments.returncode == 0 and "OVER" not in moments.stdout
        print()
        team = subprocess.run(
            [python, "-m", "tests.bench.team_sync", str(big)], capture_output=True, text=True
        )
        print(team.stdout, end="")
        print(team.stderr, end="", file=sys.stderr)
        ok = ok and team.returncode == 0 and "OVER" not in team.stdout

    print()
    importing = subprocess.run([python, "-m", "tests.bench.importing"], capture_output=True, text=True)
    print(importing.stdout, end="", flush=True)
    print(importing.stderr, end="", file=sys.stderr)
    ok = ok and importing.returncode == 0 and "OVER" not in importing.stdout

    print()
    peak = subprocess.run([python, "-m", "tests.bench.import_peak"], capture_output=True, text=True)
    print(peak.stdout, end="", flush=True)
    print(peak.stderr, end="", file=sys.stderr)
    ok = ok and peak.returncode == 0 and "OVER" not in peak.stdout

    print()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    covering = subprocess.run([python, "-m", "tests.bench.coverage"], capture_output=True, text=True, env=env)
    print(covering.stdout, end="", flush=True)
    print(covering.stderr, end="", file=sys.stderr)
    ok = ok and covering.returncode == 0 and "OVER" not in covering.stdout

    print()
    grid = subprocess.run([python, "-m", "tests.bench.whitespace"], capture_output=True, text=True, env=env)
    print(grid.stdout, end="", flush=True)
    print(grid.stderr, end="", file=sys.stderr)
    ok = ok and grid.returncode == 0 and "OVER" not in grid.stdout

    print()
    briefing = subprocess.run([python, "-m", "tests.bench.briefing"], capture_output=True, text=True, env=env)
    print(briefing.stdout, end="", flush=True)
    print(briefing.stderr, end="", file=sys.stderr)
    ok = ok and briefing.returncode == 0 and "OVER" not in briefing.stdout

    print()
    matrix = subprocess.run([python, "-m", "tests.bench.matrix"], capture_output=True, text=True, env=env)
    print(matrix.stdout, end="", flush=True)
    print(matrix.stderr, end="", file=sys.stderr)
    ok = ok and matrix.returncode == 0 and "OVER" not in matrix.stdout
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
