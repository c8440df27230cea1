"""Briefer's own ranking: centrality, substance, position, title, and quotes held back.

    score = 0.5 centrality + 0.75 substance + 0.6 position + 0.5 title - 0.3 quote

centrality  Reduction's word-overlap centrality (sumy's strongest algorithm on news),
            as a percentile within the document, so it mixes with the rest on one scale.
substance   the number of content words, as a percentile: in news, short sentences
            are transitions and reactions, long ones carry who, what, where and when.
position    1 / (1 + i / 3) for the i-th sentence of its own article: the lead of a
            news story states its core (the inverted pyramid).
title       the share of the article title's content stems the sentence contains.
quote       1 for a sentence that opens with a quotation mark: a reaction, rarely
            the news itself.

The weights were set on benchmarks/data/news and checked on its two halves separately
(see benchmarks/quality.py and the README's table). Cost: Reduction's, plus linear work.
"""

from __future__ import annotations

import numpy as np

from briefer.rank import percentile, reduction
from briefer.rank.document import RankDocument

WEIGHTS = {"centrality": 0.5, "substance": 0.75, "position": 0.6, "title": 0.5, "quote": -0.3}


def rank(doc: RankDocument) -> np.ndarray:
    """Return each sentence's score."""
    features = {
        "centrality": percentile(reduction.rank(doc)),
        "substance": percentile(np.array([len(s) for s in doc.content_stems], dtype=float)),
        "position": 1.0 / (1.0 + doc.order / 3.0),
        "title": _title_overlap(doc),
        "quote": np.array(doc.opens_quote or [False] * len(doc), dtype=float),
    }
    return sum(WEIGHTS[name] * values for name, values in features.items())


def _title_overlap(doc: RankDocument) -> np.ndarray:
    stop = doc.stop_words
    titles = [{doc.stem(w) for w in title if w not in stop} for title in doc.titles]
    article = doc.article or [0] * len(doc)
    out = np.zeros(len(doc))
    for i, stems in enumerate(doc.content_stems):
        title = titles[article[i]] if titles else set()
        if title:
            out[i] = len(title & set(stems)) / len(title)
    return out
