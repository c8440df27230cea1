"""Measure the near-duplicate threshold of briefer.duplicates.

Usage: python benchmarks/duplicates.py

Positives: every sentence of 8+ words of the benchmark articles (benchmarks/data/news)
against a light rewording of itself: k of its words (k = 1..4) replaced by other words
of the same article, curly quotes made straight, spaces doubled. Negatives: every pair of
different sentences within one article (the hardest kind: same story, same names).
Prints recall and the false-merge rate at each threshold.
"""

from __future__ import annotations

import json
import random
import sys
from itertools import combinations
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from briefer.duplicates import similarity, word_set  # noqa: E402
from briefer.read.plain import read_plain  # noqa: E402
from briefer.text.languages import get_language  # noqa: E402
from briefer.text.split import split_sentences  # noqa: E402


def reword(sentence: str, vocabulary: list[str], changes: int, rng: random.Random) -> str:
    words = sentence.split()
    for position in rng.sample(range(len(words)), min(changes, len(words))):
        words[position] = rng.choice(vocabulary)
    text = "  ".join(words) if rng.random() < 0.5 else " ".join(words)
    return text.replace("“", '"').replace("”", '"').replace("’", "'")


def main() -> None:
    rng = random.Random(7)
    english = get_language("en")
    positives: list[float] = []
    negatives: list[float] = []
    for path in sorted((HERE / "data" / "news").glob("*.json")):
        item = json.loads(path.read_text("utf-8"))
        sentences = [s.text for s in split_sentences(read_plain(item["text"]), english)]
        vocabulary = item["text"].split()
        for sentence in sentences:
            if len(sentence.split()) >= 8:
                changed = reword(sentence, vocabulary, rng.randint(1, 4), rng)
                positives.append(similarity(word_set(sentence), word_set(changed)))
        for a, b in combinations(sentences, 2):
            negatives.append(similarity(word_set(a), word_set(b)))
    print(f"{len(positives)} reworded pairs, {len(negatives)} pairs of different sentences")
    print(f"most similar pair of different sentences: {max(negatives):.2f}")
    print("threshold  recall  false merges")
    for threshold in (0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8):
        recall = sum(p >= threshold for p in positives) / len(positives)
        false = sum(n >= threshold for n in negatives)
        print(f"  {threshold:4.2f}    {recall:6.1%}  {false:5d} ({false / len(negatives):.3%})")


if __name__ == "__main__":
    main()
