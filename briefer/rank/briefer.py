"""Briefer's own ranking: a linear model learned from public news with human summaries.

    score = sum over features of weight * (value - mean) / scale
            + lead bonus for each article's first three sentences

The features are those of briefer.rank.features (position, paragraph, centrality,
substance, title and lead overlap, quotes, leaning openers...). There are two sets of
weights: resources/ranking/briefer.json for short briefs, fitted to the few sentences of
a human summary, where position weighs most; and resources/ranking/briefer_long.json,
fitted to long extracts (about a third of the sentences), where length and centrality
weigh more than position. The long one ranks a brief of at least its `from_points`
points that takes from its `from_share` to its `to_share` of the sentences; 3-point
briefs, and briefs of most of the article, keep the short one.
benchmarks/train_ranking.py fits both on the development splits of the public sets and
reproduces the files. Cost: Reduction's centrality plus linear work.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

import numpy as np

from briefer.rank.document import RankDocument
from briefer.rank.features import NAMES, feature_matrix

LEAD = 3  # sentences of an article that get the lead bonus


@dataclass(frozen=True)
class Model:
    """The learned weights of the features a model uses (columns of NAMES), its bonuses,
    and the briefs it ranks: from how many points and what share of the sentences."""

    columns: tuple[int, ...]
    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray
    lead_bonus: float = 0.0
    bottom_line_bonus: float = 0.0
    from_points: int = 0
    from_share: float = 0.0
    to_share: float = 1.0

    @classmethod
    def from_dict(cls, data: dict) -> Model:
        """Build a model from its JSON form, whatever order its features are stored in."""
        return cls(
            tuple(NAMES.index(name) for name in data["features"]),
            *(np.asarray(data[k], dtype=float) for k in ("mean", "scale", "weights")),
            lead_bonus=float(data.get("lead_bonus", 0.0)),
            bottom_line_bonus=float(data.get("bottom_line_bonus", 0.0)),
            from_points=int(data.get("from_points", 0)),
            from_share=float(data.get("from_share", 0.0)),
            to_share=float(data.get("to_share", 1.0)),
        )

    def score(self, features: np.ndarray, order: np.ndarray) -> np.ndarray:
        """Score sentences from their feature rows and their positions in their articles."""
        linear = ((features[:, self.columns] - self.mean) / self.scale) @ self.weights
        return linear + self.lead_bonus * (order < LEAD)


def _load(name: str) -> Model:
    path = files("briefer.resources") / "ranking" / name
    return Model.from_dict(json.loads(path.read_text("utf-8")))


@cache
def model() -> Model:
    """Load the shipped model for short briefs."""
    return _load("briefer.json")


@cache
def long_model() -> Model:
    """Load the shipped model for long briefs."""
    return _load("briefer_long.json")


def model_for(points: int | None, sentences: int) -> Model:
    """Return the model for a brief of `points` points (None: short) of `sentences`."""
    wide = long_model()
    if points is None or points < wide.from_points:
        return model()
    return wide if wide.from_share * sentences <= points <= wide.to_share * sentences else model()


def opening_bonus() -> float:
    """Return how much the bottom line favours an article's opening sentence."""
    return model().bottom_line_bonus


def rank(doc: RankDocument, points: int | None = None) -> np.ndarray:
    """Return each sentence's score for a brief of `points` points."""
    return model_for(points, len(doc)).score(feature_matrix(doc), doc.order)
