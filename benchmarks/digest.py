"""Digest speed and memory: a folder of public news articles, briefed story by story.

    python benchmarks/digest.py [--articles 1000] [--no-sumy]

The folder is made of the public articles of benchmarks/public_sets.py and
benchmarks/story_sets.py (English, French and Portuguese news), in a fixed order
(SHA-1 of their ids), the first --articles of them with at least --least-words words
(1,000 of 350 words or more: about 670,000 words), written as .txt files with their
titles. Each line is one whole process, start-up included, as a user runs it:
  digest     `briefer brief FOLDER -o digest.md`: read on every core, grouped by story,
             a brief for each story
  one brief  `briefer brief FOLDER --one-brief -o brief.md`: every article in one brief
  sumy       sumy's LexRank (the library a user would pick instead), three sentences of
             each article on its own, in one process, on Briefer's reading and splitting
             (sumy's own splitter needs NLTK data that cannot be downloaded offline)
with its wall time, the CPU time of the process and every process it started, and the
peak memory of them all together (resident memory summed over the process tree,
sampled every 50 ms), and of the largest one.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))


def build_folder(folder: Path, count: int, least: int = 0) -> tuple[int, int]:
    """Write `count` public articles of at least `least` words into folder; return how
    many and their words."""
    import public_sets
    import story_sets

    records = public_sets.load_all() + [
        r for name in story_sets.available() for r in story_sets.load(name)
    ]
    records.sort(key=lambda r: hashlib.sha1(r["id"].encode()).hexdigest())
    chosen = [r for r in records if len(r["text"].split()) >= least][:count]
    words = 0
    for number, record in enumerate(chosen):
        title = record.get("title") or ""
        text = (title + "\n\n" if title else "") + record["text"]
        (folder / f"{number:04d}.txt").write_text(text, encoding="utf-8")
        words += len(text.split())
    return len(chosen), words


def tree_memory(pid: int) -> tuple[int, int]:
    """Return the resident memory of a process and all its descendants, summed and the
    largest, in bytes (Linux /proc)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as stat:
                fields = stat.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(entry))
        rss[int(entry)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
    total = largest = 0
    waiting = [pid]
    while waiting:
        current = waiting.pop()
        total += rss.get(current, 0)
        largest = max(largest, rss.get(current, 0))
        waiting += children.get(current, [])
    return total, largest


def measure(command: list[str]) -> tuple[float, float, int, int]:
    """Run a command; return its wall time, CPU time (with its children), and peak tree
    memory, summed and largest."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak_total = peak_one = 0
    while process.poll() is None:
        total, largest = tree_memory(process.pid)
        peak_total, peak_one = max(peak_total, total), max(peak_one, largest)
        time.sleep(0.05)
    wall = time.perf_counter() - started
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{process.stderr.read().decode()}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, peak_total, peak_one


def sumy_worker(folder: str) -> None:
    """Three LexRank sentences of each article, by sumy, on Briefer's sentences."""
    from briefer.as_read import read_as_briefed
    from briefer.errors import BrieferError
    from briefer.options import BriefOptions
    from briefer.rank.inputs import rank_document
    from briefer.rank.sumy_reference import sumy_top
    from briefer.text.languages import get_language
    from briefer.text.words import lexicon_for

    for path in sorted(Path(folder).iterdir()):
        try:
            reading = read_as_briefed([path], BriefOptions().validated())
        except BrieferError:  # left out, as the digest leaves it out
            continue
        lexicon = lexicon_for(get_language(reading.language.code))
        for article, sentences in reading.articles:
            doc = rank_document([(article, list(sentences))], lexicon, ())
            sumy_top(doc, "lex-rank", min(3, len(doc)))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument(
        "--least-words", type=int, default=350, help="leave out shorter articles (briefs)"
    )
    parser.add_argument("--no-sumy", action="store_true", help="leave out the sumy line")
    parser.add_argument("--sumy-worker", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.sumy_worker:
        sumy_worker(args.sumy_worker)
        return 0
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work) / "articles"
        folder.mkdir()
        count, words = build_folder(folder, args.articles, args.least_words)
        print(f"{count} articles, {words:,} words; {os.cpu_count()} cores")
        print(f"  {'':<10} {'wall s':>8} {'CPU s':>8} {'peak MB (all)':>14} {'largest MB':>11}")
        briefer = [sys.executable, "-m", "briefer", "brief", str(folder)]
        runs = [
            ("digest", briefer + ["-o", str(Path(work) / "digest.md")]),
            ("one brief", briefer + ["--one-brief", "-o", str(Path(work) / "brief.md")]),
        ]
        if not args.no_sumy:
            runs.append(("sumy", [sys.executable, __file__, "--sumy-worker", str(folder)]))
        for name, command in runs:
            wall, cpu, total, largest = measure(command)
            print(f"  {name:<10} {wall:8.2f} {cpu:8.2f} {total / 1e6:14.0f} {largest / 1e6:11.0f}")
        digest = (Path(work) / "digest.md").read_text("utf-8").splitlines()[0]
        print(f"  digest: {digest.lstrip('# ')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
