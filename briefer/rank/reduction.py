"""Reduction as sumy computes it, vectorised: a sentence scores the sum of its edges.

The edge between two different sentences is their shared content stems (counted with
repetition) over the sum of the logs of their lengths, as in TextRank.
"""

from __future__ import annotations

import numpy as np

from briefer.rank.document import RankDocument
from briefer.rank.textrank import overlap_edges


def rank(doc: RankDocument) -> np.ndarray:
    """Return each sentence's Reduction score."""
    n = len(doc)
    rows, cols, weights = overlap_edges(doc, zero_norm_keeps_overlap=False).arrays()
    off_diagonal = rows != cols
    return np.bincount(rows[off_diagonal], weights=weights[off_diagonal], minlength=n)
