"""Ranking algorithms: every sumy summarizer, vectorised, and Briefer's own default.

Each algorithm is a module with `rank(doc: RankDocument) -> numpy array` giving one
score per sentence, higher is better. Modules load on first use.
"""

from __future__ import annotations

from importlib import import_module

import numpy as np

from briefer.errors import OptionError
from briefer.rank.document import RankDocument

DEFAULT_ALGORITHM = "briefer"

ALGORITHMS: dict[str, str] = {
    "briefer": "Briefer's own: a model learned from public news (position, centrality, quotes...)",
    "lex-rank": "LexRank: eigenvector centrality over tf-idf cosine links",
    "lsa": "LSA: weight of the sentence in the latent semantic space",
    "text-rank": "TextRank: PageRank over word-overlap links",
    "luhn": "Luhn: clusters of frequent significant words",
    "kl": "KL-Sum: greedy match of the document's word distribution",
    "sum-basic": "SumBasic: frequent words, discounted once used",
    "reduction": "Reduction: total word overlap with every other sentence",
    "edmundson": "Edmundson: cue words, title words and location",
}

_MODULES = {
    "briefer": "briefer.rank.briefer",
    "lex-rank": "briefer.rank.lexrank",
    "lsa": "briefer.rank.lsa",
    "text-rank": "briefer.rank.textrank",
    "luhn": "briefer.rank.luhn",
    "kl": "briefer.rank.kl",
    "sum-basic": "briefer.rank.sumbasic",
    "reduction": "briefer.rank.reduction",
    "edmundson": "briefer.rank.edmundson",
}


def algorithm_name(name: str) -> str:
    """Return the canonical name of an algorithm ("LexRank" -> "lex-rank"), or raise."""
    key = name.strip().lower().replace("_", "-").replace(" ", "-")
    aliases = {"lexrank": "lex-rank", "textrank": "text-rank", "sumbasic": "sum-basic"}
    key = aliases.get(key, key)
    if key not in _MODULES:
        raise OptionError(f"unknown algorithm '{name}' (choose from {', '.join(ALGORITHMS)})")
    return key


def rank_sentences(doc: RankDocument, algorithm: str) -> np.ndarray:
    """Return one score per sentence of doc by the named algorithm; higher is better."""
    module = import_module(_MODULES[algorithm_name(algorithm)])
    if len(doc) == 0:
        return np.zeros(0)
    return np.asarray(module.rank(doc), dtype=np.float64)


def percentile(values: np.ndarray) -> np.ndarray:
    """Return each value's rank as a share: 0 for the lowest, 1 for the highest."""
    ranks = np.empty(len(values))
    ranks[np.argsort(values, kind="stable")] = np.arange(len(values))
    return ranks / max(len(values) - 1, 1)


def top_indices(scores: np.ndarray, count: int) -> list[int]:
    """Return the indices of the best `count` scores; equal scores keep document order."""
    order = np.argsort(-scores, kind="stable")
    return [int(i) for i in order[:count]]
