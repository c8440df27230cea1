"""SumBasic (Nenkova and Vanderwende, 2005) as sumy computes it, updated incrementally.

Repeatedly take the sentence whose content stems have the highest mean probability,
then square the probability of each of its stems (once per occurrence). Only the
sentences sharing a stem with the one just taken are re-scored, so the cost follows the
overlap between sentences rather than n squared. Past greedy.GREEDY_PICKS sentences taken,
the rest follow in order of their mean probability then.
"""

from __future__ import annotations

import numpy as np

from briefer.rank import greedy
from briefer.rank.document import RankDocument, TermMatrix


def rank(doc: RankDocument) -> np.ndarray:
    """Return -(order of selection): the first sentence taken scores 0, the next -1, ..."""
    n = len(doc)
    matrix = TermMatrix.build(doc.content_stems, check=doc.check)
    total = matrix.counts.sum()
    if total == 0:
        return -np.arange(n, dtype=np.float64)
    prob = np.bincount(matrix.indices, weights=matrix.counts, minlength=matrix.shape[1]) / total
    length = np.array([len(s) for s in doc.content_stems], dtype=np.float64)
    colptr, _, rows_by_column = matrix.columns()

    def mean_probability(rows: np.ndarray) -> np.ndarray:
        sums = matrix.row_dot(rows, prob)
        return np.divide(sums, length[rows], out=np.zeros(len(rows)), where=length[rows] > 0)

    score = mean_probability(np.arange(n))
    taken = np.zeros(n, dtype=bool)
    ratings = np.zeros(n)
    for order in range(n):
        doc.check()
        if order == greedy.GREEDY_PICKS:
            greedy.finish_in_order(ratings, taken, order, -score)
            break
        best = int(np.argmax(np.where(taken, -np.inf, score)))  # first of equals, as sumy
        taken[best] = True
        ratings[best] = -order
        a, b = matrix.indptr[best], matrix.indptr[best + 1]
        terms = matrix.indices[a:b]
        if not len(terms):
            continue
        prob[terms] = prob[terms] ** (2.0 ** matrix.counts[a:b])
        touched = np.unique(
            np.concatenate([rows_by_column[colptr[t] : colptr[t + 1]] for t in terms])
        )
        touched = touched[~taken[touched]]
        score[touched] = mean_probability(touched)
    return ratings
