"""Reduction as sumy computes it, vectorised: a sentence scores the sum of its edges.

The edge between two different sentences is their shared content stems (counted with
repetition) over the sum of the logs of their lengths, as in TextRank.
"""

from __future__ import annotations

import numpy as np

from briefer.rank.document import RankDocument
from briefer.rank.textrank import overlap_blocks


def rank(doc: RankDocument) -> np.ndarray:
    """Return each sentence's Reduction score: its edges summed, a block at a time."""
    scores = np.zeros(len(doc))
    for start, first, block in overlap_blocks(doc, zero_norm_keeps_overlap=False):
        rows = np.arange(block.shape[0])
        block[rows, rows + start - first] = 0.0  # no edge from a sentence to itself
        scores[start : start + block.shape[0]] = block.sum(axis=1)
    return scores
