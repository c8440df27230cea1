"""LSA (Steinberger and Jezek, 2004) as sumy computes it, without the SVD.

sumy keeps every singular dimension, so a sentence's score sqrt(sum_i s_i^2 v_ij^2) is
the length of its column in the term-by-sentence matrix: ||S V^T e_j|| = ||U^T A e_j||
= ||A e_j||, because A's columns lie in the span of U. The matrix is sumy's smoothed tf
(0.4 + 0.6 tf / max tf, applied to every cell of a non-empty column, zeros included), so
the length is computed from the nonzero cells in linear time.
"""

from __future__ import annotations

import numpy as np

from briefer.rank.document import RankDocument, TermMatrix

SMOOTH = 0.4


def rank(doc: RankDocument) -> np.ndarray:
    """Return each sentence's LSA score."""
    stop = doc.stop_words
    dictionary: dict[str, int] = {}
    for word in doc.each(doc.all_words):
        if word not in stop:
            dictionary.setdefault(doc.stem(word), len(dictionary))
    if not dictionary:
        return np.zeros(len(doc))
    matrix = TermMatrix.build(doc.stems, vocabulary=dict(dictionary), check=doc.check)
    top = matrix.row_max(matrix.counts)
    cells = SMOOTH + (1.0 - SMOOTH) * matrix.counts / np.maximum(top, 1)[matrix.row_of_entry]
    present = np.diff(matrix.indptr)
    squares = matrix.row_sums(cells**2) + (len(dictionary) - present) * SMOOTH**2
    return np.where(top > 0, np.sqrt(squares), 0.0)
