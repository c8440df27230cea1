"""Speed benchmark: the sample in process and as a command, and scaling against sumy.

Usage: python benchmarks/speed.py [--sizes 1000,10000,30000] [--sumy-limit SECONDS]

1. Seed to brief in process, after start-up (median of 20 runs), and the first run.
2. `briefer brief seeds/...` as a whole process (median of 5).
3. For documents of 1k, 10k and 30k words (the benchmark articles of
   benchmarks/data/news, concatenated and cycled), each algorithm's ranking time in
   Briefer and in sumy's own implementation on the same sentences. sumy is skipped for
   an algorithm once it took longer than --sumy-limit seconds at a smaller size.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

SEED = ROOT / "seeds" / "000_8fe7a225eed57f9e.txt"


def in_process() -> None:
    from briefer.pipeline import make_brief

    started = time.perf_counter()
    make_brief([SEED])
    first = time.perf_counter() - started
    runs = []
    for _ in range(20):
        started = time.perf_counter()
        make_brief([SEED])
        runs.append(time.perf_counter() - started)
    print(
        f"seed to brief, in process: first run {first * 1000:.0f} ms (loads models), "
        f"then median {statistics.median(runs) * 1000:.1f} ms"
    )


def whole_process() -> None:
    runs = []
    for _ in range(5):
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "briefer", "brief", str(SEED)], check=True, capture_output=True
        )
        runs.append(time.perf_counter() - started)
    print(f"`briefer brief` on the seed, whole process: median {statistics.median(runs):.2f} s")


def build_text(words: int) -> str:
    paragraphs: list[str] = []
    count = 0
    items = [
        json.loads(p.read_text("utf-8")) for p in sorted((HERE / "data" / "news").glob("*.json"))
    ]
    while count < words:
        for item in items:
            for paragraph in item["text"].split("\n\n"):
                paragraphs.append(paragraph)
                count += len(paragraph.split())
                if count >= words:
                    return "\n\n".join(paragraphs)
    return "\n\n".join(paragraphs)


def scaling(sizes: list[int], sumy_limit: float) -> None:
    from briefer.rank import rank_sentences, top_indices
    from briefer.rank.inputs import rank_document
    from briefer.rank.sumy_reference import SUMY_CLASSES, sumy_top
    from briefer.read.plain import read_plain
    from briefer.text.languages import get_language
    from briefer.text.split import split_sentences
    from briefer.text.words import lexicon_for

    english = get_language("en")
    too_slow: set[str] = set()
    for module, _ in SUMY_CLASSES.values():  # sumy's import (NLTK) is not ranking time
        __import__(module)
    print("\nranking time (s) on the same sentences: Briefer vs sumy; top-k agreement")
    header = ("words", "sent.", "algorithm", "briefer", "sumy", "ratio", "agree")
    print("  {:>7s} {:>6s}  {:10s} {:>8s} {:>8s} {:>7s} {:>6s}".format(*header))
    for size in sizes:
        article = read_plain(build_text(size))
        sentences = split_sentences(article, english)
        doc = rank_document(
            [(article, sentences)], lexicon_for(english), frozenset({"attack", "talks"})
        )
        k = max(3, len(sentences) // 10)
        for algorithm in ["briefer", *SUMY_CLASSES]:
            started = time.perf_counter()
            ours = top_indices(rank_sentences(doc, algorithm), k)
            mine = time.perf_counter() - started
            theirs, agree = "skipped", ""
            if algorithm in SUMY_CLASSES and algorithm not in too_slow:
                started = time.perf_counter()
                picked = sumy_top(doc, algorithm, k)
                spent = time.perf_counter() - started
                theirs = f"{spent:8.2f}"
                agree = f"{len(set(picked) & set(ours)) / k:6.0%}"
                ratio = f"{spent / max(mine, 1e-9):6.0f}x"
                if spent > sumy_limit:
                    too_slow.add(algorithm)
            else:
                ratio = ""
            if algorithm == "briefer":
                theirs = "-"
            row = (size, len(sentences), algorithm, mine, theirs, ratio, agree)
            print("  {:7d} {:6d}  {:10s} {:8.3f} {:>8s} {:>7s} {:>6s}".format(*row))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,30000")
    parser.add_argument("--sumy-limit", type=float, default=60.0)
    args = parser.parse_args()
    in_process()
    whole_process()
    scaling([int(s) for s in args.sizes.split(",")], args.sumy_limit)


if __name__ == "__main__":
    main()
