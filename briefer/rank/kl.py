"""KL-Sum (Haghighi and Vanderwende, 2009) as sumy computes it, updated incrementally.

Greedily add the sentence that makes the summary's word distribution closest (in sumy's
KL sum) to the document's. sumy recomputes every candidate against the whole summary at
every step; here the divergence of candidate s is kept as

    KL_s = A + E_s + log(l_s + L) * (D + F_s)

where the summary-only parts (A, D, L) are scalars and each candidate's parts (E_s, F_s)
change only for the words the last chosen sentence added, so each step costs the number
of sentences sharing a word with it. Words are lower-cased, not stemmed; the summary
counts all of its words, stop words included, as sumy does. Past greedy.GREEDY_PICKS
sentences taken, the rest follow in order of their divergence then.
"""

from __future__ import annotations

import numpy as np

from briefer.rank import greedy
from briefer.rank.document import RankDocument, TermMatrix


def rank(doc: RankDocument) -> np.ndarray:
    """Return -(order of selection): the first sentence taken scores 0, the next -1, ..."""
    n = len(doc)
    matrix = TermMatrix.build(doc.content_words, check=doc.check)
    total = matrix.counts.sum()
    if total == 0:
        return -np.arange(n, dtype=np.float64)
    d = np.bincount(matrix.indices, weights=matrix.counts, minlength=matrix.shape[1]) / total
    log_d = np.log(d)
    c = matrix.counts
    entry_d = d[matrix.indices]
    entry = entry_d * (log_d[matrix.indices] - np.log(c))  # e(s, w) while S_w = 0
    fresh = entry_d.copy()  # d_w while w is not yet in the summary
    e_sum = matrix.row_sums(entry)
    f_sum = matrix.row_sums(fresh)
    length = np.array([len(s) for s in doc.content_words], dtype=np.float64)
    colptr, entries_by_column, rows_by_column = matrix.columns()

    summary = np.zeros(matrix.shape[1])
    a_part = d_part = summary_length = 0.0
    taken = np.zeros(n, dtype=bool)
    ratings = np.zeros(n)
    for order in range(n):
        doc.check()
        size = length + summary_length
        with np.errstate(divide="ignore"):
            spread = np.where(size > 0, np.log(np.where(size > 0, size, 1)) * (d_part + f_sum), 0.0)
        kl = np.where(taken, np.inf, a_part + e_sum + spread)
        if order == greedy.GREEDY_PICKS:
            greedy.finish_in_order(ratings, taken, order, kl)
            break
        best = int(np.argmin(kl))
        taken[best] = True
        ratings[best] = -order
        summary_length += len(doc.words[best])
        added = TermMatrix.build([doc.words[best]], vocabulary=matrix.vocabulary)
        for term, count in zip(added.indices, added.counts):
            old = summary[term]
            new = old + count
            if old > 0:
                a_part -= d[term] * (log_d[term] - np.log(old))
            else:
                d_part += d[term]
            a_part += d[term] * (log_d[term] - np.log(new))
            summary[term] = new
            ids = entries_by_column[colptr[term] : colptr[term + 1]]
            rows = rows_by_column[colptr[term] : colptr[term + 1]]
            updated = d[term] * (np.log(new) - np.log(c[ids] + new))
            np.add.at(e_sum, rows, updated - entry[ids])
            np.add.at(f_sum, rows, -fresh[ids])
            entry[ids] = updated
            fresh[ids] = 0.0
    return ratings
