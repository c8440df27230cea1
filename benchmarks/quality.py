"""Quality benchmark: Briefer's default against every sumy algorithm and LEAD-k.

Usage: python benchmarks/quality.py [DATA_DIR]

Two tracks on the news articles in benchmarks/data/news (written and labelled for
this project; see its README):
  long  - k = size of the extractive reference; ROUGE-1/2/L F1 and sentence F1
  short - 3 points against the abstractive highlights; ROUGE-1/2/L F1
sumy's algorithms run as sumy itself (its own code, imported here) on the sentences
Briefer splits, with Briefer's stemmer and stop words. "briefer (brief)" is the whole
pipeline a user runs: `briefer brief FILE --points k`, default algorithm and themes.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from metrics import rouge_l, rouge_n, sentence_f1  # noqa: E402

from briefer.pipeline import BriefOptions, make_brief  # noqa: E402
from briefer.rank import rank_sentences, top_indices  # noqa: E402
from briefer.rank.inputs import rank_document  # noqa: E402
from briefer.rank.sumy_reference import SUMY_CLASSES, sumy_top  # noqa: E402
from briefer.read.plain import read_plain  # noqa: E402
from briefer.text.languages import get_language  # noqa: E402
from briefer.text.split import split_sentences  # noqa: E402
from briefer.text.words import lexicon_for  # noqa: E402
from briefer.themes import load_pack  # noqa: E402

SUMY = list(SUMY_CLASSES)


def load_set(folder: Path) -> list[dict]:
    return [json.loads(p.read_text("utf-8")) for p in sorted(folder.glob("*.json"))]


def article_of(item: dict):
    article = read_plain(item["text"])
    article.title = article.title or item["title"]
    return article


def systems(item: dict, k: int) -> dict[str, list[str]]:
    """Return each system's k sentences for one article."""
    english = get_language("en")
    article = article_of(item)
    sentences = split_sentences(article, english)
    keywords = load_pack("conflict").keywords("en")
    doc = rank_document([(article, sentences)], lexicon_for(english), keywords)
    texts = [s.text for s in sentences]
    out = {"lead-k": texts[:k]}
    for name in SUMY:
        out[f"sumy {name}"] = [texts[i] for i in sumy_top(doc, name, k)]
    out["briefer (rank)"] = [
        texts[i] for i in sorted(top_indices(rank_sentences(doc, "briefer"), k))
    ]
    brief = make_brief([article_of(item)], BriefOptions(points=k, language="en"))
    out["briefer (brief)"] = [p.text for p in brief.points]
    return out


def run(folder: Path) -> None:
    items = load_set(folder)
    long_scores: dict[str, list[list[float]]] = {}
    short_scores: dict[str, list[list[float]]] = {}
    started = time.perf_counter()
    for item in items:
        reference = item["extractive_summary"]
        for name, chosen in systems(item, len(reference)).items():
            joined, ref = " ".join(chosen), " ".join(reference)
            long_scores.setdefault(name, []).append(
                [
                    rouge_n(joined, ref, 1),
                    rouge_n(joined, ref, 2),
                    rouge_l(chosen, reference),
                    sentence_f1(chosen, reference),
                ]
            )
        highlights = " ".join(item["highlights"])
        for name, chosen in systems(item, 3).items():
            joined = " ".join(chosen)
            short_scores.setdefault(name, []).append(
                [
                    rouge_n(joined, highlights, 1),
                    rouge_n(joined, highlights, 2),
                    rouge_l(chosen, item["highlights"]),
                ]
            )
    print(f"{len(items)} articles from {folder} ({time.perf_counter() - started:.1f} s)\n")
    _table("Long briefs (k = reference size)", ["R-1", "R-2", "R-L", "sent-F1"], long_scores)
    _table("Short briefs (3 points vs highlights)", ["R-1", "R-2", "R-L"], short_scores)


def _table(title: str, columns: list[str], scores: dict[str, list[list[float]]]) -> None:
    print(title)
    print(f"  {'system':18s}" + "".join(f"{c:>9s}" for c in columns))
    rows = {
        name: [100 * sum(col) / len(col) for col in zip(*values)] for name, values in scores.items()
    }
    for name, means in sorted(rows.items(), key=lambda kv: -kv[1][-1]):
        print(f"  {name:18s}" + "".join(f"{m:9.2f}" for m in means))
    print()


if __name__ == "__main__":
    run(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "data" / "news")
