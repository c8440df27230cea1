"""Luhn (1958) as sumy computes it: clusters of significant words within a gap of four.

Significant words are the content stems that occur more than once in the document
(headings included); a sentence scores the best cluster's significant-word count
squared over the cluster's length. Linear in the text already; sets replace sumy's
tuple look-ups.
"""

from __future__ import annotations

from collections import Counter

import numpy as np

from briefer.rank.document import RankDocument

MAX_GAP = 4


def rank(doc: RankDocument) -> np.ndarray:
    """Return each sentence's Luhn score."""
    stop = doc.stop_words
    counts = Counter(doc.stem(w) for w in doc.each(doc.all_words) if w not in stop)
    significant = {stem for stem, count in counts.items() if count > 1}
    rates = [_rate(stems, significant) for stems in doc.each(doc.stems)]
    return np.array(rates, dtype=np.float64)


def _rate(stems: list[str], significant: set[str]) -> float:
    best = 0.0
    chunk: list[int] = []
    in_chunk = False
    for stem in stems:
        hit = stem in significant
        if hit and not in_chunk:
            best = max(best, _chunk_rating(chunk))
            chunk = [1]
            in_chunk = True
        elif in_chunk:
            chunk.append(int(hit))
        if chunk and len(chunk) >= MAX_GAP and not any(chunk[-MAX_GAP:]):
            in_chunk = False
    return max(best, _chunk_rating(chunk))


def _chunk_rating(chunk: list[int]) -> float:
    while chunk and chunk[-1] == 0:
        chunk = chunk[:-1]
    significant = sum(chunk)
    if significant <= 1:
        return 0.0
    return significant**2 / len(chunk)
