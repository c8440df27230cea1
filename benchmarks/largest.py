"""The largest inputs Briefer accepts: time and peak memory of one whole `briefer brief`.

Usage: python benchmarks/largest.py [--megabytes 49] [--shapes news,one-line]
                                    [--cancel-after S]

Each shape is a text file just under the 50 MB size limit:
- news: the project's benchmark articles repeated, paragraph after paragraph;
- one-line: random words with no sentence end and no line break, the hardest case for
  the splitter and the near-duplicate finder.

Each is briefed by a fresh process (as a user runs it), and the script prints the
seconds it took and the peak resident memory of that process (its maximum RSS).
With --cancel-after S, each brief is instead made through the engine, Cancel is pressed
S seconds into its ranking, and the script prints how long the brief took to stop.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from speed import build_text  # noqa: E402

WORDS = ("talks", "minister", "said", "the", "of", "and", "city", "report", "market", "team")


def news(size: int) -> str:
    text = build_text(100_000)
    copies = size // len(text.encode("utf-8")) + 1
    return "\n\n".join([text] * copies).encode("utf-8")[:size].decode("utf-8", "ignore")


def one_line(size: int) -> str:
    rng = random.Random(2)
    pieces: list[str] = []
    total = 0
    while total < size:
        piece = " ".join(rng.choice(WORDS) for _ in range(10_000)) + " "
        pieces.append(piece)
        total += len(piece)
    return "".join(pieces)[:size]


SHAPES = {"news": news, "one-line": one_line}


# Runs the command line in this process's child and prints that child's own peak memory
# last, so that each brief is measured alone.
MEASURED = """
import resource, runpy, sys
sys.argv = ["briefer", "brief", sys.argv[1], "--language", "en"]
try:
    runpy.run_module("briefer", run_name="__main__")
except SystemExit as end:
    code = end.code
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, code, file=sys.stderr)
"""


# Presses Cancel a given number of seconds into the ranking and prints how late it stopped.
CANCELLED = """
import sys, time
from pathlib import Path
from briefer.errors import Cancelled
from briefer.options import BriefOptions
from briefer.pipeline import brief_inputs

after, pressed = float(sys.argv[2]), []
def progress(step):
    if step.stage == "ranking" and not pressed:
        pressed.append(time.monotonic() + after)
def cancel():
    return bool(pressed) and time.monotonic() >= pressed[0]
try:
    brief_inputs([Path(sys.argv[1])], BriefOptions(language="en"), None, progress, cancel)
    print("finished before Cancel")
except Cancelled:
    print(f"stopped {time.monotonic() - pressed[0]:.2f} s after Cancel")
"""


def cancel_latency(path: Path, after: float) -> str:
    """Brief one file in a fresh process, pressing Cancel `after` s into the ranking."""
    done = subprocess.run(
        [sys.executable, "-c", CANCELLED, str(path), str(after)],
        capture_output=True,
        text=True,
        check=False,
    )
    return (done.stdout.strip() or done.stderr.strip()).splitlines()[-1]


def brief(path: Path) -> tuple[float, float, int]:
    """Brief one file in a fresh process; return (seconds, peak MB, exit code)."""
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", MEASURED, str(path)], capture_output=True, text=True, check=False
    )
    seconds = time.perf_counter() - started
    peak_kb, code = done.stderr.strip().splitlines()[-1].split()
    return seconds, int(peak_kb) / 1024, int(code)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=49)
    parser.add_argument("--shapes", default="news,one-line")
    parser.add_argument("--cancel-after", type=float, metavar="S")
    args = parser.parse_args()
    size = int(args.megabytes * 1e6)
    with tempfile.TemporaryDirectory() as folder:
        for shape in args.shapes.split(","):
            path = Path(folder) / f"{shape}.txt"
            path.write_text(SHAPES[shape](size), encoding="utf-8")
            megabytes = path.stat().st_size / 1e6
            if args.cancel_after is not None:
                stopped = cancel_latency(path, args.cancel_after)
                print(
                    f"{shape:9s} {megabytes:5.1f} MB: Cancel {args.cancel_after:g} s "
                    f"into ranking, {stopped}"
                )
                continue
            seconds, peak, code = brief(path)
            print(
                f"{shape:9s} {megabytes:5.1f} MB: exit {code}, {seconds:6.1f} s, "
                f"peak {peak:,.0f} MB"
            )


if __name__ == "__main__":
    main()
