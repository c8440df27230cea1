"""Briefer's own ranking (first version): Reduction centrality with a lead prior."""

from __future__ import annotations

import numpy as np

from briefer.rank import reduction
from briefer.rank.document import RankDocument


def rank(doc: RankDocument) -> np.ndarray:
    """Return each sentence's score."""
    n = len(doc)
    central = _percentile(reduction.rank(doc))
    position = 1.0 / (1.0 + np.arange(n) / 5.0)
    return 0.7 * central + 0.3 * position


def _percentile(values: np.ndarray) -> np.ndarray:
    order = np.argsort(np.argsort(values, kind="stable"), kind="stable")
    return order / max(len(values) - 1, 1)
