"""The rankings a brief can use, by id: the one registry the command line, the options and
the window list, and the ranking package loads from. Nothing here imports numpy, so the
window can show its Algorithm box before any ranking code is loaded."""

from __future__ import annotations

from dataclasses import dataclass

from briefer.errors import OptionError

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
