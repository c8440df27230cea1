"""The tail of a greedy ranking (KL-Sum, SumBasic) on very long texts.

A greedy ranking takes one sentence per step and re-scores the others, so ordering every
sentence of a long report costs n steps over n sentences. Only the first GREEDY_PICKS
sentences are taken step by step; the rest follow in the order of their scores at that
point, so work grows linearly past it and rankings up to that many sentences are
unchanged.
"""

from __future__ import annotations

import numpy as np

GREEDY_PICKS = 1_000


def finish_in_order(ratings: np.ndarray, taken: np.ndarray, order: int, keys: np.ndarray) -> None:
    """Rate the sentences not taken yet after the `order` taken: lowest key first, ties
    in document order."""
    rest = np.flatnonzero(~taken)
    ranked = rest[np.argsort(keys[rest], kind="stable")]
    ratings[ranked] = -np.arange(order, order + len(ranked), dtype=np.float64)
