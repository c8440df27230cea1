"""Who said what and key figures, measured on real news labelled by hand.

Prints, for the tuning part (dev) and the held-out part separately:
1. speaker attribution: precision (quotations given a right speaker among all the
   quotations Briefer attributes) and recall (labelled quotations found with the right
   speaker), and how many labelled quotations were found at all;
2. figure extraction: precision and recall of the numbers, and how often the words
   given with a figure hold the word the label says it counts;
each against a simple baseline in the same run (the nearest capitalised words of the
sentence as the speaker; every run of digits and the word after it as a figure).

The labels (benchmarks/data/extract/labels.json, made by following GUIDE.md there)
hold only ids, offsets, SHA-1 prefixes and speaker names; the text is read from the
public sets `frank_cnndm` and `frank_xsum` (benchmarks/data/public/README.md). Each split
is printed whole, then by set.

    python benchmarks/extract.py
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))

import public_sets  # noqa: E402

from briefer.extract.figures import find_figures  # noqa: E402
from briefer.extract.marks import quotation_spans  # noqa: E402
from briefer.extract.names import find_mentions  # noqa: E402
from briefer.extract.quotes import MIN_WORDS, find_quotes  # noqa: E402
from briefer.read.plain import read_plain  # noqa: E402
from briefer.text.languages import get_language  # noqa: E402
from briefer.text.split import split_sentences  # noqa: E402
from briefer.text.words import lexicon_for  # noqa: E402

LABELS = ROOT / "benchmarks" / "data" / "extract" / "labels.json"
SPLITS = ("dev", "heldout")
SETS = ("frank_cnndm", "frank_xsum")  # the public sets the labelled articles come from
ENGLISH = get_language("en")
_DROP = re.compile(r"^(the|a|an|mr|mrs|ms|dr|sister)\s+|['’]s$", re.IGNORECASE)


def main() -> int:
    labels = json.loads(LABELS.read_text(encoding="utf-8"))["articles"]
    try:
        texts = {r["id"]: r["text"] for name in SETS for r in public_sets.load(name)}
    except FileNotFoundError as error:
        print(error, file=sys.stderr)
        return 1
    parts = [(split, name) for split in SPLITS for name in SETS]
    for split, name in [*((split, None) for split in SPLITS), *parts]:
        articles = [a for a in labels if a["split"] == split and name in (None, a["source"])]
        whole = [a for a in labels if a["split"] == split]
        if not articles or name and len(articles) == len(whole):
            continue  # a split from one set is printed once
        quotes, figures = _measure(articles, texts)
        gold_q = sum(len(a["quotes"]) for a in articles)
        gold_f = sum(len(a["figures"]) for a in articles)
        part = f"{split}, {name}" if name else split
        print(f"\n== {part}: {len(articles)} articles, {gold_q} quotations, {gold_f} figures")
        _row("speaker attribution", "precision", "recall", "found")
        for who, (right, given, matched, recalled) in quotes.items():
            _row(f"  {who}", _pct(right, given), _pct(recalled, gold_q), _pct(matched, gold_q))
        _row("figure extraction", "precision", "recall", "counts")
        for who, (right, given, matched, _, said, sayable) in figures.items():
            _row(f"  {who}", _pct(right, given), _pct(matched, gold_f), _pct(said, sayable))
    return 0


def _measure(articles: list[dict], texts: dict[str, str]) -> tuple[dict, dict]:
    """Return the quotation and figure counts of Briefer and of the baselines."""
    quotes = {"briefer": [0, 0, 0, 0], "baseline": [0, 0, 0, 0]}
    figures = {"briefer": [0] * 6, "baseline": [0] * 6}
    stop_words = lexicon_for(ENGLISH).stop_words
    for labelled in articles:
        text = texts[labelled["id"]]
        _check(labelled, text)
        article = read_plain(text)
        sentences = split_sentences(article, ENGLISH)
        mentions = find_mentions(article, sentences, stop_words, language="en")
        found = find_quotes(article, sentences, mentions, "en")
        given = find_figures(article, sentences, 1, stop_words)
        gold_q, gold_f = labelled["quotes"], labelled["figures"]
        _add(quotes["briefer"], _score_quotes([(q.start, q.end, q.name) for q in found], gold_q))
        _add(quotes["baseline"], _score_quotes(_baseline_quotes(text, sentences), gold_q))
        mine = [(f.value_start, f.value_end, f.text) for f in given]
        _add(figures["briefer"], _score_figures(mine, gold_f))
        _add(figures["baseline"], _score_figures(_baseline_figures(text), gold_f))
    return quotes, figures


def _row(name: str, *cells: str) -> None:
    print(f"{name:28}" + "".join(f"{cell:>10}" for cell in cells))


def _check(labelled: dict, text: str) -> None:
    for item in labelled["quotes"] + labelled["figures"]:
        span = text[item["start"] : item["end"]]
        if hashlib.sha1(span.encode()).hexdigest()[:12] != item["sha1"]:
            raise SystemExit(
                f"{labelled['id']}: the text at {item['start']} is not what was labelled"
            )


def _score_quotes(found, gold) -> list[int]:
    """Return [quotations rightly attributed, attributed, labelled ones found, labelled
    ones found with the right speaker]."""

    def overlaps(f, g) -> bool:
        return f[0] <= g["start"] < f[1] or g["start"] <= f[0] < g["end"]

    right = sum(
        any(overlaps(f, g) and _same_speaker(f[2], g["speaker"]) for g in gold) for f in found
    )
    matched = sum(any(overlaps(f, g) for f in found) for g in gold)
    recalled = sum(
        any(overlaps(f, g) and _same_speaker(f[2], g["speaker"]) for f in found) for g in gold
    )
    return [right, len(found), matched, recalled]


def _same_speaker(given: str, labelled: str) -> bool:
    a, b = (_DROP.sub("", s.strip()).lower().split() for s in (given, labelled))
    if not a or not b:
        return False
    if len(a) > 1 and len(b) > 1:
        return a[-1] == b[-1] and a[0] == b[0]
    return a[-1] == b[-1]


def _score_figures(given, gold) -> list[int]:
    """Return [right figures, figures given, labelled found, 0, counts right, counts labelled]."""
    right = sum(any(s < g["end"] and g["start"] < e for g in gold) for s, e, _ in given)
    matched = said = sayable = 0
    for g in gold:
        hit = next((f for f in given if f[0] < g["end"] and g["start"] < f[1]), None)
        if hit is not None:
            matched += 1
        if g["counts"]:
            sayable += 1
            said += hit is not None and g["counts"].lower() in hit[2].lower()
    return [right, len(given), matched, 0, said, sayable]


def _baseline_quotes(text: str, sentences) -> list[tuple[int, int, str]]:
    """Quotations attributed to the capitalised words nearest them in their sentence."""
    found = []
    for sentence in sentences:
        for start, end in quotation_spans(text, sentence.start, sentence.end):
            if len(text[start:end].split()) < MIN_WORDS:
                continue
            outside = [
                m
                for m in re.finditer(r"(?:[A-Z][\w.’']+ ?)+", text[sentence.start : sentence.end])
                if not start <= sentence.start + m.start() < end and m.start() > 0
            ]
            if outside:
                near = min(outside, key=lambda m: abs(sentence.start + m.start() - end))
                found.append((start, end, near.group().strip()))
    return found


def _baseline_figures(text: str) -> list[tuple[int, int, str]]:
    """Every run of digits, with the word after it."""
    return [
        (m.start(1), m.end(1), m.group()) for m in re.finditer(r"(\d[\d,.]*%?)(?:\s+\w+)?", text)
    ]


def _add(total: list[int], scores: list[int]) -> None:
    for i, value in enumerate(scores):
        total[i] += value


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "-"


if __name__ == "__main__":
    sys.exit(main())
