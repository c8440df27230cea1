"""Briefer's own ranking: a linear model learned from public news with human summaries.

    score = sum over features of weight * (value - mean) / scale
            + lead bonus for each article's first three sentences

The features are those of briefer.rank.features (position, paragraph, centrality,
substance, title and lead overlap, quotes, leaning openers...). The weights, means and
scales live in resources/ranking/briefer.json; benchmarks/train_ranking.py fits them on
the development splits of the public sets and reproduces the file. Cost: Reduction's
centrality plus linear work.
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
    """The learned weights, in the order of the feature names, and the two bonuses."""

    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray
    lead_bonus: float = 0.0
    bottom_line_bonus: float = 0.0

    @classmethod
    def from_dict(cls, data: dict) -> Model:
        """Build a model from its JSON form, whatever order its features are stored in."""
        index = [data["features"].index(name) for name in NAMES]
        arrays = {k: np.asarray(data[k], dtype=float)[index] for k in ("mean", "scale", "weights")}
        return cls(
            **arrays,
            lead_bonus=float(data.get("lead_bonus", 0.0)),
            bottom_line_bonus=float(data.get("bottom_line_bonus", 0.0)),
        )

    def score(self, features: np.ndarray, order: np.ndarray) -> np.ndarray:
        """Score sentences from their feature rows and their positions in their articles."""
        linear = ((features - self.mean) / self.scale) @ self.weights
        return linear + self.lead_bonus * (order < LEAD)


@cache
def model() -> Model:
    """Load the shipped model."""
    path = files("briefer.resources") / "ranking" / "briefer.json"
    return Model.from_dict(json.loads(path.read_text("utf-8")))


def opening_bonus() -> float:
    """Return how much the bottom line favours an article's opening sentence."""
    return model().bottom_line_bonus


def rank(doc: RankDocument) -> np.ndarray:
    """Return each sentence's score."""
    return model().score(feature_matrix(doc), doc.order)
