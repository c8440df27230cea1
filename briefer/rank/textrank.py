"""TextRank (Mihalcea and Tarau, 2004) as sumy computes it, vectorised.

The edge between two sentences is the number of shared content stems (counted with
repetition) divided by the sum of the logs of their lengths; rows are normalised, and
PageRank with damping 0.85 runs until the L2 change is at most 1e-4.
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np

from briefer.rank.document import RankDocument, TermMatrix
from briefer.rank.pairwise import EdgeList, row_products, transpose_times

DAMPING = 0.85
EPSILON = 1e-4
_ZERO_DIVISION_PREVENTION = 1e-7


def overlap_blocks(
    doc: RankDocument, zero_norm_keeps_overlap: bool
) -> Iterator[tuple[int, int, np.ndarray]]:
    """Yield (first row, first column, block of edges) of the overlap graph shared with
    Reduction.

    When both sentences have a single content word, log-lengths sum to zero: TextRank
    keeps the raw overlap there, Reduction drops the edge.
    """
    matrix = TermMatrix.build(doc.content_stems, check=doc.check)
    lengths = np.array([len(s) for s in doc.content_stems], dtype=np.float64)
    log_length = np.log(np.maximum(lengths, 1))
    for start, stop, first, overlap in row_products(matrix, matrix.counts):
        doc.check()
        norm = log_length[start:stop, None] + log_length[None, first : first + overlap.shape[1]]
        zero = np.abs(norm) <= 1e-8  # np.isclose(norm, 0.0), without its generic checks
        with np.errstate(divide="ignore", invalid="ignore"):
            edge = np.where(zero, overlap if zero_norm_keeps_overlap else 0.0, overlap / norm)
        edge[overlap == 0] = 0.0
        yield start, first, edge


def rank(doc: RankDocument) -> np.ndarray:
    """Return each sentence's TextRank score."""
    n = len(doc)
    if n == 0:
        return np.zeros(0)
    graph = EdgeList(n)
    for start, first, block in overlap_blocks(doc, zero_norm_keeps_overlap=True):
        graph.add(start, block, first)
    rows, cols, weights = graph.arrays(doc.check)
    row_total = np.bincount(rows, weights=weights, minlength=n)
    doc.check()
    weights = weights / (row_total[rows] + _ZERO_DIVISION_PREVENTION)
    p = np.full(n, 1.0 / n)
    change = 1.0
    while change > EPSILON:
        doc.check()
        nxt = (1.0 - DAMPING) / n * p.sum() + DAMPING * transpose_times(rows, cols, weights, p)
        change = np.linalg.norm(nxt - p)
        p = nxt
    return p
