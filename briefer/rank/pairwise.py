"""Sentence-by-sentence products, computed a block of rows at a time.

Small documents use one dense product (numpy only, nothing more to import). Long ones use
scipy's sparse product one block of rows at a time, so memory stays bounded by the block
and the work by the pairs of sentences that share a term.

While a document has at most GRAPH_PAIRS pairs of sentences (5,000 sentences), every
pair is compared as the algorithm defines. Past it, two sentences are compared only when
at most GRAPH_PAIRS / (2 n) sentences apart in the text (a band around the diagonal), so
the pairs compared, and the graph's edges, stay about GRAPH_PAIRS however long the text.
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np

from briefer.progress import CheckFn, never
from briefer.rank.document import TermMatrix

DENSE_LIMIT = 4_000_000  # cells of the sentence-by-term matrix kept dense
DENSE_ROWS = 600  # above this many sentences, never an n-by-n dense product
BLOCK_ROWS = 256
GRAPH_PAIRS = 25_000_000  # pairs of sentences compared, at most about


def row_products(
    matrix: TermMatrix, values: np.ndarray
) -> Iterator[tuple[int, int, int, np.ndarray]]:
    """Yield (first row, end row, first column, X[rows] @ X[columns].T) for X with
    `values` as its entries: every column, or past GRAPH_PAIRS the band around the rows."""
    rows, cols = matrix.shape
    if rows == 0:
        return
    if rows <= DENSE_ROWS and rows * max(cols, 1) <= DENSE_LIMIT:
        dense = np.zeros((rows, max(cols, 1)))
        dense[matrix.row_of_entry, matrix.indices] = values
        yield 0, rows, 0, dense @ dense.T
        return
    from scipy import sparse

    x = sparse.csr_matrix((values, matrix.indices, matrix.indptr), shape=(rows, cols))
    xt = x.T.tocsr() if rows * rows <= GRAPH_PAIRS else None
    reach = max(1, GRAPH_PAIRS // (2 * rows))
    for start in range(0, rows, BLOCK_ROWS):
        stop = min(start + BLOCK_ROWS, rows)
        if xt is not None:
            yield start, stop, 0, (x[start:stop] @ xt).toarray()
        else:
            first, last = max(0, start - reach), min(rows, stop + reach)
            block = (x[start:stop] @ x[first:last].T).toarray()
            distance = np.arange(start, stop)[:, None] - np.arange(first, last)[None, :]
            block[np.abs(distance) > reach] = 0.0
            yield start, stop, first, block


class EdgeList:
    """A sparse weighted graph over sentences, as parallel arrays of (row, col, weight)."""

    def __init__(self, size: int):
        self.size = size
        self._rows: list[np.ndarray] = []
        self._cols: list[np.ndarray] = []
        self._weights: list[np.ndarray] = []

    def add(self, start: int, block: np.ndarray, first: int = 0) -> None:
        """Keep the nonzero cells of a block whose first row is `start`, first column `first`."""
        r, c = np.nonzero(block)
        self._rows.append((r + start).astype(np.int32))
        self._cols.append((c + first).astype(np.int32))
        self._weights.append(block[r, c].astype(np.float32))

    def arrays(self, check: CheckFn = never) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Return (rows, cols, weights); weights come back as float64 for the arithmetic.
        Each of the three, a pass over up to GRAPH_PAIRS edges, is followed by `check()`."""
        if not self._rows:
            empty = np.zeros(0, dtype=np.int64)
            return empty, empty, np.zeros(0)
        joined = []
        for parts in (self._rows, self._cols, self._weights):
            joined.append(np.concatenate(parts))
            check()
        return joined[0], joined[1], joined[2].astype(np.float64)


def transpose_times(
    rows: np.ndarray, cols: np.ndarray, weights: np.ndarray, vector: np.ndarray
) -> np.ndarray:
    """Return W.T @ vector for the graph W given as (rows, cols, weights)."""
    return np.bincount(cols, weights=weights * vector[rows], minlength=len(vector))
