"""Window benchmark: time to a visible window, and the longest UI stall while briefing.

Usage: python benchmarks/window.py [--words 30000]

It measures the Briefer that the Python running it has installed (as the quick start's
`pip install .` puts it in a virtual environment), not the source tree beside it.

1. Time to visible: a fresh process starts, imports Briefer, builds the main window and
   shows it (offscreen); the time from launch to the first painted frame (read on the
   wall clock by both processes; the process's exit is not counted), median of 5.
2. UI stall: in one process, a 10 ms timer runs on the UI thread while a report of
   --words words (benchmark articles, concatenated) is briefed in the engine's process;
   the longest gap between two ticks is the longest the UI was blocked. Opening the file
   counts too. It is measured twice, each in a fresh process: with the file opened in a
   window already on screen (as a user opens one), and with it opened right after
   `show()` (as `briefer FILE` does), where the window's first layout and paint
   fall in the same stretch.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # Briefer itself as installed (the quick start's pip install)

VISIBLE = """
import time
from briefer.app.qt import QApplication, QTimer
from briefer.app.main_window import MainWindow
app = QApplication([])
window = MainWindow()
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
window.grab()
print(time.time())
"""


def time_to_visible(runs: int = 5) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    times = []
    with tempfile.TemporaryDirectory() as folder:
        env["BRIEFER_CONFIG_DIR"] = env["BRIEFER_DATA_DIR"] = folder
        for _ in range(runs):
            started = time.time()  # the clock the window reads when its frame is painted
            shown = subprocess.run(  # away from the source tree: the Briefer installed
                [sys.executable, "-c", VISIBLE],
                env=env,
                check=True,
                capture_output=True,
                cwd=folder,
            )
            times.append(float(shown.stdout.split()[-1]) - started)
    return statistics.median(times)


SETTLE_S = 0.5  # long enough for a window's first paint


def longest_stall(words: int, on_screen: bool = True) -> tuple[float, float, int]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    path = list(sys.path)
    from speed import build_text

    sys.path[:] = path  # speed puts the source tree first; here Briefer is the one installed
    from briefer.app.main_window import MainWindow
    from briefer.app.qt import QApplication, QTimer

    app = QApplication.instance() or QApplication([])
    folder = tempfile.mkdtemp()
    os.environ["BRIEFER_CONFIG_DIR"] = os.environ["BRIEFER_DATA_DIR"] = folder
    report = Path(folder) / "report.txt"
    report.write_text(build_text(words), encoding="utf-8")
    window = MainWindow()
    failures: list[str] = []
    window.report = failures.append  # a failed brief ends the run, not a message box
    window.show()
    if on_screen:
        _run_for(app, SETTLE_S)
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    started = time.perf_counter()
    ticks.append(started)  # opening the file on the UI thread counts as a stall too
    window.open_files([report])
    while not window.is_idle() or window.current is None:
        if failures:
            raise SystemExit(f"the brief failed: {failures[0]}")
        app.processEvents()
        time.sleep(0.001)
    elapsed = time.perf_counter() - started
    _run_for(app, 1.0)  # the left-out list and the preview follow
    timer.stop()
    gaps = [b - a for a, b in zip(ticks, ticks[1:])] or [0.0]
    window.editor.document().setModified(False)
    window.close()
    return max(gaps), elapsed, len(window.current.brief.points)


STALL_CASES = {"on-screen": "a window on screen", "just-shown": "a window just shown"}


def _run_for(app, seconds: float) -> None:
    """Let the event loop run for this long."""
    until = time.perf_counter() + seconds
    while time.perf_counter() < until:
        app.processEvents()
        time.sleep(0.001)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=30000)
    parser.add_argument("--stall", choices=STALL_CASES, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.stall:  # one case, in this fresh process
        print(*longest_stall(args.words, args.stall == "on-screen"))
        return
    print(f"time to visible window (median of 5 launches): {time_to_visible():.2f} s")
    for case, how in STALL_CASES.items():
        command = [sys.executable, __file__, "--words", str(args.words), "--stall", case]
        result = subprocess.run(command, check=True, capture_output=True, text=True)
        stall, elapsed, points = result.stdout.split()[-3:]
        print(
            f"briefing {args.words} words in {how}: {float(elapsed):.2f} s, {points} points; "
            f"longest UI stall {float(stall) * 1000:.0f} ms"
        )


if __name__ == "__main__":
    main()
