"""LexRank (Erkan and Radev, 2004) as sumy computes it, vectorised.

Sentences are tf-idf vectors (tf divided by the sentence's largest tf, idf =
log(n / (1 + df))); two sentences are linked when their cosine exceeds 0.1; each row is
divided by its degree; the power method runs from the uniform vector until the L2 change
of the normalised vector is at most 0.1.
"""

from __future__ import annotations

import numpy as np

from briefer.progress import CheckFn, never
from briefer.rank.document import RankDocument, TermMatrix
from briefer.rank.pairwise import EdgeList, row_products, transpose_times

THRESHOLD = 0.1
EPSILON = 0.1


def rank(doc: RankDocument) -> np.ndarray:
    """Return each sentence's LexRank score."""
    n = len(doc)
    if n == 0:
        return np.zeros(0)
    matrix = TermMatrix.build(doc.content_stems, check=doc.check)
    tf = matrix.counts / np.maximum(matrix.row_max(matrix.counts), 1)[matrix.row_of_entry]
    idf = np.log(n / (1.0 + matrix.document_frequency()))
    weights = tf * idf[matrix.indices]
    norms = np.sqrt(matrix.row_sums(weights**2))
    graph = EdgeList(n)
    for start, stop, first, block in row_products(matrix, weights):
        doc.check()
        denominator = norms[start:stop, None] * norms[None, first : first + block.shape[1]]
        with np.errstate(divide="ignore", invalid="ignore"):
            cosine = np.where(denominator > 0, block / denominator, 0.0)
        graph.add(start, (cosine > THRESHOLD).astype(np.float64), first)
    rows, cols, links = graph.arrays(doc.check)
    degree = np.bincount(rows, minlength=n).astype(np.float64)
    degree[degree == 0] = 1
    doc.check()
    return power_method(rows, cols, links / degree[rows], n, EPSILON, doc.check)


def power_method(
    rows: np.ndarray,
    cols: np.ndarray,
    weights: np.ndarray,
    n: int,
    epsilon: float,
    check: CheckFn = never,
) -> np.ndarray:
    """Iterate p <- normalise(M.T p) from the uniform vector, as sumy's LexRank does."""
    p = np.full(n, 1.0 / n)
    change = 1.0
    while change > epsilon:
        check()
        nxt = transpose_times(rows, cols, weights, p)
        norm = np.linalg.norm(nxt)
        if norm == 0:
            return nxt
        nxt /= norm
        change = np.linalg.norm(nxt - p)
        p = nxt
    return p
