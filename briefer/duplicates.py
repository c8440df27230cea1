"""Near-duplicate sentences across sources: the same wire sentence in two outlets.

Two sentences from different sources are near-duplicates when the Jaccard similarity of
their sets of normalised words (lower case, one kind of apostrophe, no punctuation, so
quote marks and spacing do not count) is at least THRESHOLD, both having at least
MIN_WORDS words. benchmarks/duplicates.py measured it on the benchmark articles: at 0.5,
97.6% of light rewordings (one to four words changed, quote marks swapped) merge, and
none of 15,934 pairs of different sentences of one story does (the most similar such
pair scores 0.27).

Candidates are found through rare words only. With each set's words in order of
rarity, two sets with a Jaccard similarity of at least t share a word among the first
`size - ceil(t * size) + 1` of each (the prefix filter), so only those words are
indexed, and every pair at the threshold is still found. A sentence repeated within a
source is indexed once. On very long inputs each sentence is compared with at most
`COMPARISONS // sentences` candidates, its rarest words first, so the work stays linear.
`check()`, called every few dozen sentences, stops the work on Cancel or past the
brief's time limit.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

from briefer.progress import CheckFn, checked, never
from briefer.text.words import normal_words

THRESHOLD = 0.5
MIN_WORDS = 6
COMPARISONS = 2_000_000  # in all: up to 1,414 sentences, every candidate is compared
MIN_CANDIDATES = 20  # per sentence, however long the input


def word_set(text: str) -> frozenset[str]:
    """Return the normalised words of a sentence."""
    return frozenset(normal_words(text))


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """Return the Jaccard similarity of two word sets."""
    if not a or not b:
        return 0.0
    shared = len(a & b)
    return shared / (len(a) + len(b) - shared)


def duplicate_groups(
    texts: Sequence[str], sources: Sequence[int], check: CheckFn = never
) -> list[int]:
    """Return, for every sentence, the index of the first sentence it duplicates (itself
    when it is the first). Only sentences of different sources are compared."""
    first = list(range(len(texts)))
    if len(set(sources)) < 2:
        return first
    words = [word_set(t) for t in checked(texts, check)]
    sizes = [len(mine) for mine in words]
    rarity = Counter(w for mine in checked(words, check) for w in mine)
    most = max(MIN_CANDIDATES, COMPARISONS // max(len(texts), 1))
    indexed: dict[str, dict[int, list[int]]] = {}  # word -> source -> sentences
    seen: set[tuple[frozenset[str], int]] = set()
    for i, mine in enumerate(checked(words, check)):
        prefix = _prefix(mine, rarity)
        if sizes[i] >= MIN_WORDS:
            candidates = _candidates(prefix, sources[i], indexed, most)
            best = _most_similar(mine, candidates, words, sizes)
            if best >= 0:
                first[i] = first[best]
        if (mine, sources[i]) not in seen:  # a later copy would only tie with this one
            seen.add((mine, sources[i]))
            for w in prefix:
                indexed.setdefault(w, {}).setdefault(sources[i], []).append(i)
    return first


def _prefix(mine: frozenset[str], rarity: Counter) -> list[str]:
    """Return the rarest words of a set, enough that any near-duplicate shares one."""
    ordered = sorted(sorted(mine), key=rarity.__getitem__)  # by rarity, then by word
    return ordered[: len(ordered) - math.ceil(THRESHOLD * len(ordered) - 1e-9) + 1]


def _candidates(
    prefix: list[str], source: int, indexed: dict[str, dict[int, list[int]]], most: int
) -> set[int]:
    """Return the earlier sentences of other sources that share a word of the prefix, the
    first `most` of them met (rarest words first)."""
    candidates: set[int] = set()
    for w in prefix:
        for other, sentences in indexed.get(w, _NONE).items():
            if other != source:
                room = most - len(candidates)
                candidates.update(sentences if len(sentences) <= room else sentences[:room])
            if len(candidates) >= most:
                return candidates
    return candidates


_NONE: dict[int, list[int]] = {}


def _most_similar(
    mine: frozenset[str], candidates: set[int], words: list[frozenset[str]], sizes: list[int]
) -> int:
    """Return the earliest of the candidates most similar to `mine` at the threshold, or -1."""
    best, best_score = -1, THRESHOLD
    size = len(mine)
    least = THRESHOLD * size
    for j in sorted(candidates):
        other = sizes[j]
        if other < least or size < THRESHOLD * other:
            continue  # sets this unequal in size are never this alike
        shared = len(mine & words[j])
        score = shared / (size + other - shared)  # the Jaccard similarity
        if score >= best_score and (best < 0 or score > best_score):
            best, best_score = j, score
    return best
