"""Ranking algorithms: every sumy summarizer, vectorised, and Briefer's own default.

Each algorithm is a module with `rank(doc: RankDocument) -> numpy array` giving one
score per sentence, higher is better; one that weighs things by the brief's length takes
`rank(doc, points)`, the number of points the brief is to have. Modules load on first use.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module

import numpy as np

from briefer.errors import OptionError
from briefer.rank.document import RankDocument

DEFAULT_ALGORITHM = "briefer"


@dataclass(frozen=True)
class Algorithm:
    """One ranking: its id (for the command line and saved settings), the name people
    know it by, what it weighs, and the module that computes it."""

    id: str
    label: str
    summary: str
    module: str
    by_length: bool = False  # its rank() takes the number of points the brief is to have


ALGORITHMS: dict[str, Algorithm] = {
    a.id: a
    for a in (
        Algorithm(
            "briefer",
            "Briefer",
            "Briefer's own: a model learned from public news (position, centrality, quotes...)",
            "briefer.rank.briefer",
            by_length=True,
        ),
        Algorithm(
            "lex-rank",
            "LexRank",
            "LexRank: eigenvector centrality over tf-idf cosine links",
            "briefer.rank.lexrank",
        ),
        Algorithm(
            "lsa",
            "LSA",
            "LSA: weight of the sentence in the latent semantic space",
            "briefer.rank.lsa",
        ),
        Algorithm(
            "text-rank",
            "TextRank",
            "TextRank: PageRank over word-overlap links",
            "briefer.rank.textrank",
        ),
        Algorithm(
            "luhn", "Luhn", "Luhn: clusters of frequent significant words", "briefer.rank.luhn"
        ),
        Algorithm(
            "kl",
            "KL-Sum",
            "KL-Sum: greedy match of the document's word distribution",
            "briefer.rank.kl",
        ),
        Algorithm(
            "sum-basic",
            "SumBasic",
            "SumBasic: frequent words, discounted once used",
            "briefer.rank.sumbasic",
        ),
        Algorithm(
            "reduction",
            "Reduction",
            "Reduction: total word overlap with every other sentence",
            "briefer.rank.reduction",
        ),
        Algorithm(
            "edmundson",
            "Edmundson",
            "Edmundson: cue words, title words and location",
            "briefer.rank.edmundson",
        ),
    )
}


def algorithm_name(name: str) -> str:
    """Return the canonical id of an algorithm ("LexRank" -> "lex-rank"), or raise."""
    key = name.strip().lower().replace("_", "-").replace(" ", "-")
    aliases = {"lexrank": "lex-rank", "textrank": "text-rank", "sumbasic": "sum-basic"}
    key = aliases.get(key, key)
    if key not in ALGORITHMS:
        raise OptionError(
            f"unknown algorithm '{name}' (choose from {', '.join(ALGORITHMS)})",
            option="algorithm",
        )
    return key


def rank_sentences(doc: RankDocument, algorithm: str, points: int | None = None) -> np.ndarray:
    """Return one score per sentence of doc by the named algorithm; higher is better.

    `points` is how many points the brief is to have (None: a short brief).
    """
    chosen = ALGORITHMS[algorithm_name(algorithm)]
    module = import_module(chosen.module)
    if len(doc) == 0:
        return np.zeros(0)
    scores = module.rank(doc, points) if chosen.by_length else module.rank(doc)
    return np.asarray(scores, dtype=np.float64)


def percentile(values: np.ndarray) -> np.ndarray:
    """Return each value's rank as a share: 0 for the lowest, 1 for the highest."""
    ranks = np.empty(len(values))
    ranks[np.argsort(values, kind="stable")] = np.arange(len(values))
    return ranks / max(len(values) - 1, 1)


def top_indices(scores: np.ndarray, count: int) -> list[int]:
    """Return the indices of the best `count` scores; equal scores keep document order."""
    order = np.argsort(-scores, kind="stable")
    return [int(i) for i in order[:count]]
