"""Near-duplicate sentences across sources: the same wire sentence in two outlets.

Two sentences from different sources are near-duplicates when the Jaccard similarity of
their sets of normalised words (lower case, one kind of apostrophe, no punctuation, so
quote marks and spacing do not count) is at least THRESHOLD, both having at least
MIN_WORDS words. benchmarks/duplicates.py measured it on the benchmark articles: at 0.5,
97.6% of light rewordings (one to four words changed, quote marks swapped) merge, and
none of 15,934 pairs of different sentences of one story does (the most similar such
pair scores 0.27).
"""

from __future__ import annotations

from collections.abc import Sequence

from briefer.text.words import normalize, tokenize

THRESHOLD = 0.5
MIN_WORDS = 6


def word_set(text: str) -> frozenset[str]:
    """Return the normalised words of a sentence."""
    return frozenset(normalize(t) for t in tokenize(text))


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """Return the Jaccard similarity of two word sets."""
    return len(a & b) / len(a | b) if a and b else 0.0


def duplicate_groups(texts: Sequence[str], sources: Sequence[int]) -> list[int]:
    """Return, for every sentence, the index of the first sentence it duplicates (itself
    when it is the first). Only sentences of different sources are compared."""
    words = [word_set(t) for t in texts]
    first = list(range(len(texts)))
    seen_by_word: dict[str, list[int]] = {}
    for i, mine in enumerate(words):
        if len(mine) >= MIN_WORDS:
            candidates = {j for w in mine for j in seen_by_word.get(w, ())}
            best, best_score = -1, THRESHOLD
            for j in sorted(candidates):
                if sources[j] != sources[i]:
                    score = similarity(mine, words[j])
                    if score >= best_score and (best < 0 or score > best_score):
                        best, best_score = j, score
            if best >= 0:
                first[i] = first[best]
        for w in mine:
            seen_by_word.setdefault(w, []).append(i)
    return first
