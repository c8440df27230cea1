"""Ranking algorithms: every sumy summarizer, vectorised, and Briefer's own default.

Each algorithm is a module with `rank(doc: RankDocument) -> numpy array` giving one
score per sentence, higher is better; one that weighs things by the brief's length takes
`rank(doc, points)`, the number of points the brief is to have. Modules load on first use.
"""

from __future__ import annotations

from importlib import import_module

import numpy as np

from briefer.algorithms import ALGORITHMS, DEFAULT_ALGORITHM, Algorithm, algorithm_name
from briefer.rank.document import RankDocument

__all__ = [
    "ALGORITHMS",
    "DEFAULT_ALGORITHM",
    "Algorithm",
    "algorithm_name",
    "percentile",
    "rank_sentences",
    "top_indices",
]


def rank_sentences(doc: RankDocument, algorithm: str, points: int | None = None) -> np.ndarray:
    """Return one score per sentence of doc by the named algorithm; higher is better.

    `points` is how many points the brief is to have (None: a short brief).
    """
    chosen = ALGORITHMS[algorithm_name(algorithm)]
    module = import_module(chosen.module)
    if len(doc) == 0:
        return np.zeros(0)
    scores = module.rank(doc, points) if chosen.by_length else module.rank(doc)
    return np.asarray(scores, dtype=np.float64)


def percentile(values: np.ndarray) -> np.ndarray:
    """Return each value's rank as a share: 0 for the lowest, 1 for the highest."""
    ranks = np.empty(len(values))
    ranks[np.argsort(values, kind="stable")] = np.arange(len(values))
    return ranks / max(len(values) - 1, 1)


def top_indices(scores: np.ndarray, count: int) -> list[int]:
    """Return the indices of the best `count` scores; equal scores keep document order."""
    order = np.argsort(-scores, kind="stable")
    return [int(i) for i in order[:count]]
