"""Quality benchmark: Briefer's default brief against LEAD-k and every sumy algorithm.

Usage: python benchmarks/quality.py [--split dev|test] [--sets NAME,...] [--no-sumy]

For every public set (benchmarks/public_sets.py) and the project's own articles
(benchmarks/data/news), each system picks k sentences from the same sentences, split as
Briefer splits them:
  short - k = 3, scored against the human summary: ROUGE-1/2/L F1, and sentence F1
          against the ROUGE oracle's 3 sentences
  long  - (sets with a long extractive reference: temario_pt, own) k = its size, about a
          third of the sentences: ROUGE and sentence F1 against that reference
"briefer" is the whole pipeline a user runs, `briefer brief FILE --points k` with the
default algorithm and theme pack; "lead-k" the first k sentences; "sumy NAME" sumy's own
summarizer (its code, imported here) given Briefer's sentences, stems and stop words.
The test splits were never used to fit anything: report them apart.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import public_sets  # noqa: E402
from metrics import rouge_l, rouge_n, sentence_f1  # noqa: E402
from news_items import Prepared, oracle, own_set, prepare  # noqa: E402

from briefer.pipeline import BriefOptions, make_brief  # noqa: E402
from briefer.rank.sumy_reference import SUMY_CLASSES, sumy_top  # noqa: E402

Scores = dict[str, list[list[float]]]


def systems(prepared: Prepared, k: int, with_sumy: bool) -> dict[str, list[str]]:
    """Return each system's k sentences for one article."""
    texts = prepared.texts
    out = {"lead-k": texts[:k]}
    if with_sumy:
        for name in SUMY_CLASSES:
            if name == "edmundson" and not (prepared.doc.bonus_words and prepared.doc.stigma_words):
                continue  # sumy refuses to run without cue words (none for Portuguese)
            out[f"sumy {name}"] = [texts[i] for i in sumy_top(prepared.doc, name, k)]
    language = prepared.item.get("language", "en")
    brief = make_brief([prepared.article], BriefOptions(points=k, language=language))
    out["briefer"] = [p.text for p in brief.points]
    return out


def score(chosen: list[str], summary: list[str], extract: list[str]) -> list[float]:
    joined, reference = " ".join(chosen), " ".join(summary)
    return [
        rouge_n(joined, reference, 1),
        rouge_n(joined, reference, 2),
        rouge_l(chosen, summary),
        sentence_f1(chosen, extract),
    ]


def run_set(items: list[dict], with_sumy: bool) -> tuple[Scores, Scores, int]:
    short: Scores = {}
    long: Scores = {}
    used = 0
    for item in items:
        prepared = prepare(item)
        if len(prepared.texts) < 4 or not item["summary"]:
            continue
        used += 1
        best = [prepared.texts[i] for i in oracle(prepared.texts, item["summary"], 3)]
        for name, chosen in systems(prepared, 3, with_sumy).items():
            short.setdefault(name, []).append(score(chosen, item["summary"], best))
        extract = item.get("extract")
        if extract:
            for name, chosen in systems(prepared, len(extract), with_sumy).items():
                long.setdefault(name, []).append(score(chosen, extract, extract))
    return short, long, used


def table(title: str, scores: Scores, by: int = 1) -> None:
    """Print mean scores, best first by column `by` (1: ROUGE-2, 3: sentence F1)."""
    print(title)
    print(f"  {'system':16s}" + "".join(f"{c:>9s}" for c in ("R-1", "R-2", "R-L", "sent-F1")))
    rows = {n: [100 * sum(c) / len(c) for c in zip(*v)] for n, v in scores.items()}
    for name, means in sorted(rows.items(), key=lambda kv: -kv[1][by]):
        print(f"  {name:16s}" + "".join(f"{m:9.2f}" for m in means))
    print()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["dev", "test"], default="test")
    parser.add_argument("--sets", help="comma-separated set names (default: all present)")
    parser.add_argument("--no-sumy", action="store_true", help="leave sumy's algorithms out")
    args = parser.parse_args()
    names = args.sets.split(",") if args.sets else [*public_sets.available(), "own"]
    for name in names:
        started = time.perf_counter()
        items = own_set(args.split) if name == "own" else public_sets.load(name, args.split)
        short, long, used = run_set(items, not args.no_sumy)
        took = time.perf_counter() - started
        print(f"== {name} ({args.split}): {used} articles, {took:.0f} s\n")
        table("short briefs: 3 points against the human summary", short)
        if long:
            table("long briefs: k = the extractive reference's size", long, by=3)


if __name__ == "__main__":
    main()
