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
from functools import cache
from importlib.resources import files

import numpy as np

from briefer.rank.document import RankDocument
from briefer.rank.features import NAMES, feature_matrix

LEAD = 3  # sentences of an article that get the lead bonus


@cache
def model() -> dict[str, np.ndarray]:
    """Load the shipped weights, in the order of the feature names."""
    data = json.loads((files("briefer.resources") / "ranking" / "briefer.json").read_text("utf-8"))
    index = [data["features"].index(name) for name in NAMES]
    weights = {k: np.asarray(data[k], dtype=float)[index] for k in ("mean", "scale", "weights")}
    weights["lead_bonus"] = np.asarray(float(data.get("lead_bonus", 0.0)))
    weights["bottom_line_bonus"] = np.asarray(float(data.get("bottom_line_bonus", 0.0)))
    return weights


def opening_bonus() -> float:
    """Return how much the bottom line favours an article's opening sentence."""
    return float(model()["bottom_line_bonus"])


def rank(doc: RankDocument) -> np.ndarray:
    """Return each sentence's score."""
    weights = model()
    x = feature_matrix(doc)
    linear = ((x - weights["mean"]) / weights["scale"]) @ weights["weights"]
    return linear + float(weights["lead_bonus"]) * (doc.order < LEAD)
