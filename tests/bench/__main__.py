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


def bench(module: str, *args: str) -> bool:
    """Run tests.bench.<module> (offscreen) and show what it printed; True when it ran and is not OVER."""
    result = subprocess.run(
        [sys.executable, "-m", f"tests.bench.{module}", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    print(result.stdout, end="", flush=True)
    print(result.stderr, end="", file=sys.stderr)
    print()
    return result.returncode == 0 and "OVER" not in result.stdout


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
        ran = [bench(module, str(big)) for module in ("filtering", "scoring", "moments", "team_sync")]

    ran += [bench(module) for module in ("importing", "import_peak", "coverage", "whitespace", "briefing",
                                          "matrix")]  # fmt: skip
    ok = ok and all(ran)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
