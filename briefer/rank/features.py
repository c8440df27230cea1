"""What the learned ranking knows about a sentence: one row of numbers per sentence.

Every feature is language-independent or has a list per language (the leaning words),
and is scaled within its article where raw values would differ between articles (a
percentile), so that weights learned on one set of news carry to another.
"""

from __future__ import annotations

import re

import numpy as np

from briefer.rank import percentile, reduction
from briefer.rank.document import RankDocument, run_starts
from briefer.text.leaning import OPENING_QUOTES, leans_back

NAMES = (
    "first",  # the article's first sentence
    "position",  # 1 / (1 + i) for the i-th sentence of its article
    "relative",  # i / sentences of its article: 0 at the start, near 1 at the end
    "paragraph_first",  # opens its paragraph
    "paragraph_rank",  # 1 / (1 + p) for a sentence of the p-th paragraph
    "centrality",  # Reduction's word-overlap centrality, as a percentile
    "substance",  # content words, as a percentile
    "log_words",  # log(1 + words)
    "short",  # under 8 words
    "title",  # share of the title's content stems it contains
    "lead_overlap",  # share of its content stems found in the article's first sentence
    "frequency",  # mean document frequency of its content stems, as a percentile
    "opens_quote",  # opens with a quotation mark
    "has_quote",  # holds a quotation mark
    "leaning",  # opens with a pronoun or connective that needs the sentence before
    "digits",  # holds a number
    "question",  # ends with a question mark
    "names",  # share of its words after the first that are capitalised, as a percentile
)
_QUOTES = re.compile(f"[{re.escape(OPENING_QUOTES)}”’]")


def feature_matrix(doc: RankDocument) -> np.ndarray:
    """Return a (sentences x features) matrix in the order of NAMES."""
    n = len(doc)
    if n == 0:
        return np.zeros((0, len(NAMES)))
    texts = doc.texts or [" ".join(w) for w in doc.each(doc.words)]
    article = np.asarray(doc.article or [0] * n)
    order = doc.order.astype(float)
    sizes = np.bincount(article)[article].astype(float)
    words = np.array([len(w) for w in doc.words], dtype=float)
    language = doc.lexicon.language.code
    columns = {
        "first": order == 0,
        "position": 1.0 / (1.0 + order),
        "relative": order / np.maximum(sizes, 1.0),
        "paragraph_first": _paragraph_first(doc.paragraph),
        "paragraph_rank": 1.0 / (1.0 + _paragraph_rank(doc.paragraph, article)),
        "centrality": percentile(reduction.rank(doc)),
        "substance": percentile(np.array([len(s) for s in doc.content_stems], dtype=float)),
        "log_words": np.log1p(words),
        "short": words < 8,
        "title": _title_overlap(doc, article),
        "lead_overlap": _lead_overlap(doc, article, order),
        "frequency": percentile(_mean_frequency(doc)),
        "opens_quote": doc.opens_quote or [t[:1] in OPENING_QUOTES for t in doc.each(texts)],
        "has_quote": [bool(_QUOTES.search(t)) for t in doc.each(texts)],
        "leaning": [leans_back(t, language) for t in doc.each(texts)],
        "digits": [any(map(str.isdigit, t)) for t in doc.each(texts)],
        "question": [t.rstrip(' ”’"»)').endswith("?") for t in doc.each(texts)],
        "names": percentile(np.array([_capitalised_share(t) for t in doc.each(texts)])),
    }
    return np.column_stack([np.asarray(columns[name], dtype=float) for name in NAMES])


def _capitalised_share(text: str) -> float:
    """Return the share of words after the first that start with a capital (names)."""
    words = text.split()[1:]
    return sum(w[:1].isupper() for w in words) / len(words) if words else 0.0


def _paragraph_first(paragraph: list[int]) -> np.ndarray:
    values = np.asarray(paragraph)
    return np.concatenate([[1.0], values[1:] != values[:-1]]).astype(float)[: len(values)]


def _paragraph_rank(paragraph: list[int], article: np.ndarray) -> np.ndarray:
    """Return the ordinal of each sentence's paragraph within its own article."""
    opened = _paragraph_first(paragraph)
    starts = run_starts(article)
    opened[starts == np.arange(len(article))] = 0.0  # an article's first paragraph is 0
    total = np.cumsum(opened)
    return total - total[starts]


def _title_overlap(doc: RankDocument, article: np.ndarray) -> np.ndarray:
    stop = doc.stop_words
    titles = [{doc.stem(w) for w in title if w not in stop} for title in doc.titles]
    out = np.zeros(len(doc))
    for i, stems in enumerate(doc.each(doc.content_stems)):
        title = titles[article[i]] if titles else set()
        if title:
            out[i] = len(title & set(stems)) / len(title)
    return out


def _lead_overlap(doc: RankDocument, article: np.ndarray, order: np.ndarray) -> np.ndarray:
    leads: dict[int, set[str]] = {}
    for i in np.flatnonzero(order == 0):
        leads[int(article[i])] = set(doc.content_stems[i])
    out = np.zeros(len(doc))
    for i, stems in enumerate(doc.each(doc.content_stems)):
        if order[i] and stems:
            lead = leads.get(int(article[i]), set())
            out[i] = sum(s in lead for s in stems) / len(stems)
        elif stems:
            out[i] = 1.0
    return out


def _mean_frequency(doc: RankDocument) -> np.ndarray:
    counts: dict[str, int] = {}
    for stems in doc.each(doc.content_stems):
        for stem in set(stems):
            counts[stem] = counts.get(stem, 0) + 1
    return np.array(
        [
            sum(counts[s] for s in stems) / len(stems) if stems else 0.0
            for stems in doc.each(doc.content_stems)
        ]
    )
