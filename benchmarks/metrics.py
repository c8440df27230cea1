"""Scores for extractive summaries: ROUGE-1/2/L F1 and sentence-level F1.

ROUGE is computed on lower-cased word tokens (no stemming, stop words kept), as
F-measures of clipped n-gram overlap (ROUGE-N) and of the union longest common subsequences
of each reference sentence with the summary's sentences (summary-level ROUGE-L).
"""

from __future__ import annotations

import re
from collections import Counter

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def words(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


def _f1(overlap: float, predicted: int, reference: int) -> float:
    if not overlap or not predicted or not reference:
        return 0.0
    precision, recall = overlap / predicted, overlap / reference
    return 2 * precision * recall / (precision + recall)


def rouge_n(predicted: str, reference: str, n: int) -> float:
    p, r = words(predicted), words(reference)
    pg = Counter(tuple(p[i : i + n]) for i in range(len(p) - n + 1))
    rg = Counter(tuple(r[i : i + n]) for i in range(len(r) - n + 1))
    return _f1(sum((pg & rg).values()), sum(pg.values()), sum(rg.values()))


def _lcs_positions(a: list[str], b: list[str]) -> set[int]:
    """Return the positions in `a` of one longest common subsequence of a and b."""
    table = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i, x in enumerate(a):
        for j, y in enumerate(b):
            table[i + 1][j + 1] = (
                table[i][j] + 1 if x == y else max(table[i][j + 1], table[i + 1][j])
            )
    i, j, hits = len(a), len(b), set()
    while i and j:
        if a[i - 1] == b[j - 1]:
            hits.add(i - 1)
            i, j = i - 1, j - 1
        elif table[i - 1][j] >= table[i][j - 1]:
            i -= 1
        else:
            j -= 1
    return hits


def rouge_l(predicted: list[str], reference: list[str]) -> float:
    """Summary-level ROUGE-L (Lin, 2004): union LCS of each reference sentence with all
    predicted sentences, so the order of the predicted sentences does not matter."""
    pred = [words(s) for s in predicted]
    total = 0
    for ref_sentence in reference:
        ref_words = words(ref_sentence)
        union: set[int] = set()
        for sentence in pred:
            union |= _lcs_positions(ref_words, sentence)
        total += len(union)
    return _f1(total, sum(map(len, pred)), sum(len(words(r)) for r in reference))


def same_sentence(a: str, b: str) -> bool:
    """Tell whether two sentences are the same, allowing for different split points."""
    wa, wb = set(words(a)), set(words(b))
    if not wa or not wb:
        return False
    return (
        len(wa & wb) / min(len(wa), len(wb)) >= 0.9 and len(wa & wb) / max(len(wa), len(wb)) >= 0.6
    )


def sentence_f1(predicted: list[str], reference: list[str]) -> float:
    """F1 of sentences chosen, each reference sentence matched at most once."""
    unmatched = list(reference)
    hits = 0
    for sentence in predicted:
        for i, ref in enumerate(unmatched):
            if same_sentence(sentence, ref):
                hits += 1
                del unmatched[i]
                break
    return _f1(hits, len(predicted), len(reference))
