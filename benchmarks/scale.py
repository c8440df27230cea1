"""Report-scale benchmark: whole-process time and memory of every algorithm, against sumy.

Usage: python benchmarks/scale.py [--sizes 1000,10000,30000,100000] [--sumy-limit 300]
                                  [--algorithms briefer,lex-rank,...]

Reports of 1k, 10k, 30k and 100k words are built from the 24 news articles of
benchmarks/data/news (written for this project), concatenated in order and cycled as
often as needed, so the larger reports repeat the articles: a dense case for the
similarity graphs, since every repeated sentence overlaps with all its copies.

For each size and algorithm it prints:
  briefer  whole-process time of `briefer brief REPORT --algorithm NAME` (start-up,
           imports, reading, splitting, ranking, theming and rendering included)
  sumy     whole-process time of sumy's own summarizer on the same sentences (Briefer
           splits them: sumy's own splitter needs NLTK data that cannot be downloaded
           offline), skipped when the time predicted from the smaller sizes (quadratic
           growth, cubic for KL) exceeds --sumy-limit seconds
  ratio    sumy / briefer
  agree    share of the top-k sentences (k = a tenth) both pick
  peak MB  peak resident memory of each process
"""

from __future__ import annotations

import argparse
import json
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

ALGORITHMS = [
    "briefer",
    "lex-rank",
    "lsa",
    "text-rank",
    "luhn",
    "kl",
    "sum-basic",
    "reduction",
    "edmundson",
]
GROWTH = {"kl": 3.0}  # KL-Sum re-scores every candidate at each of n steps


def _prepare(path: str):
    from briefer.rank.inputs import rank_document
    from briefer.read import read_article
    from briefer.text.languages import get_language
    from briefer.text.split import split_sentences
    from briefer.text.words import lexicon_for
    from briefer.themes import load_pack

    english = get_language("en")
    article = read_article(path)
    sentences = split_sentences(article, english)
    keywords = load_pack("conflict").keywords("en")
    return rank_document([(article, sentences)], lexicon_for(english), keywords)


def worker(kind: str, algorithm: str, path: str, k: int) -> None:
    """Run one measured process and print its picks and peak memory as JSON."""
    if kind == "briefer":
        from briefer.cli import main

        with tempfile.TemporaryDirectory() as folder:
            out = Path(folder) / "brief.json"
            code = main(["brief", path, "--algorithm", algorithm, "-o", str(out)])
            assert code == 0
        picks: list[int] = []
        ranking = 0.0
    else:
        from briefer.rank.sumy_reference import SUMY_CLASSES, sumy_top

        __import__(SUMY_CLASSES[algorithm][0])
        doc = _prepare(path)
        started = time.perf_counter()
        picks = sumy_top(doc, algorithm, k)
        ranking = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"picks": picks, "peak_mb": peak, "ranking_s": ranking}))


def measure(kind: str, algorithm: str, path: Path, k: int) -> tuple[float, dict]:
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, __file__, "--worker", kind, algorithm, str(path), str(k)],
        capture_output=True,
        text=True,
        check=True,
    )
    return time.perf_counter() - started, json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,30000,100000")
    parser.add_argument("--sumy-limit", type=float, default=300.0)
    parser.add_argument("--algorithms", default=",".join(ALGORITHMS))
    args = parser.parse_args()
    algorithms = [a for a in ALGORITHMS if a in args.algorithms.split(",")]

    from speed import build_text

    from briefer.rank import rank_sentences, top_indices

    last: dict[str, tuple[int, float]] = {}
    print("  words  sent.  algorithm   briefer s  peak MB     sumy s  peak MB   ratio  agree")
    with tempfile.TemporaryDirectory() as folder:
        for size in (int(s) for s in args.sizes.split(",")):
            path = Path(folder) / f"report-{size}.txt"
            path.write_text(build_text(size), encoding="utf-8")
            doc = _prepare(str(path))
            n, k = len(doc), max(3, len(doc) // 10)
            for algorithm in algorithms:
                mine, mine_info = measure("briefer", algorithm, path, k)
                cells = [f"{mine:9.2f}", f"{mine_info['peak_mb']:8.0f}"]
                if algorithm == "briefer":
                    cells += ["        -", "       -", "      -", "     -"]
                else:
                    predicted = _predict(last.get(algorithm), n, GROWTH.get(algorithm, 2.0))
                    if predicted > args.sumy_limit:
                        cells += [f"skipped (~{predicted:.0f} s predicted)"]
                    else:
                        theirs, info = measure("sumy", algorithm, path, k)
                        last[algorithm] = (n, info["ranking_s"])
                        ours = set(top_indices(rank_sentences(doc, algorithm), k))
                        agree = len(ours & set(info["picks"])) / k
                        cells += [
                            f"{theirs:10.2f}",
                            f"{info['peak_mb']:8.0f}",
                            f"{theirs / mine:6.1f}x",
                            f"{agree:6.0%}",
                        ]
                print(f"  {size:6d} {n:6d}  {algorithm:10s}" + " ".join(cells), flush=True)


def _predict(previous: tuple[int, float] | None, n: int, exponent: float) -> float:
    """Predict sumy's ranking time at n sentences from its time at a smaller size."""
    if previous is None:
        return 0.0
    size, seconds = previous
    return seconds * (n / size) ** exponent


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--worker":
        worker(sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]))
    else:
        main()
