"""Learn the default ranking's weights from public news with human summaries.

Usage: python benchmarks/train_ranking.py [--write]

Every article of the development splits (benchmarks/public_sets.py, and the project's
own articles a01-b12) is read and split as Briefer reads it; a sentence is labelled 1
when a greedy ROUGE oracle against the human summary picks it. A logistic model over
briefer.rank.features, each article weighing the same, is fitted by Newton's method.
A bonus for the article's first three sentences (the lead of a news story, which a
sentence-by-sentence model undervalues) is then chosen among LEAD_BONUSES by five-fold
cross-validation: the one whose briefs beat LEAD-3 by the most, each set counting the same. The
script prints the cross-validated ROUGE-2 of 3-sentence briefs for every bonus, then
(with --write) stores the weights fitted on all of it, and the bonus, in
resources/ranking/briefer.json. The test splits are never read here.
"""

from __future__ import annotations

import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import public_sets  # noqa: E402
from metrics import rouge_n  # noqa: E402
from news_items import Prepared, oracle, own_set, prepare  # noqa: E402

from briefer.points import build_candidates, choose  # noqa: E402
from briefer.rank.briefer import Model  # noqa: E402
from briefer.rank.features import NAMES, feature_matrix  # noqa: E402

OUT = HERE.parent / "resources" / "ranking" / "briefer.json"
L2 = 1.0  # ridge penalty on the standardised weights
FOLDS = 5
LEAD_BONUSES = (0.0, 0.25, 0.5, 0.75, 1.0, 1.5)
OPENING_BONUSES = (0.0, 0.05, 0.1, 0.2, 0.3, 0.5)


@dataclass(frozen=True)
class Example:
    """One development article: its sentences' features and oracle labels."""

    features: np.ndarray
    labels: np.ndarray
    prepared: Prepared

    @property
    def texts(self) -> list[str]:
        return self.prepared.texts

    @property
    def item(self) -> dict:
        return self.prepared.item


def examples(items: list[dict]) -> list[Example]:
    """Return an Example for every usable article."""
    out = []
    for item in items:
        prepared = prepare(item)
        texts = prepared.texts
        if len(texts) < 4 or not item["summary"]:
            continue
        labels = np.zeros(len(texts))
        labels[oracle(texts, item["summary"], min(max(len(item["summary"]), 1), 4))] = 1.0
        out.append(Example(feature_matrix(prepared.doc), labels, prepared))
    return out


def fit(rows: list[Example]) -> dict:
    """Fit the logistic model; each article's sentences share a weight of one."""
    x = np.vstack([r.features for r in rows])
    y = np.concatenate([r.labels for r in rows])
    weight = np.concatenate([np.full(len(r.labels), 1.0 / len(r.labels)) for r in rows])
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    z = np.column_stack([(x - mean) / scale, np.ones(len(x))])
    beta = np.zeros(z.shape[1])
    penalty = np.full(z.shape[1], L2)
    penalty[-1] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-(z @ beta)))
        gradient = z.T @ (weight * (p - y)) + penalty * beta
        hessian = (z * (weight * p * (1 - p))[:, None]).T @ z + np.diag(penalty)
        step = np.linalg.solve(hessian, gradient)
        beta -= step
        if np.abs(step).max() < 1e-8:
            break
    return {
        "features": list(NAMES),
        "mean": mean.round(6).tolist(),
        "scale": scale.round(6).tolist(),
        "weights": beta[:-1].round(6).tolist(),
        "bias": round(float(beta[-1]), 6),
    }


def scores_of(model: dict, row: Example) -> np.ndarray:
    """Score an article's sentences as Briefer's ranking does with these weights."""
    return Model.from_dict(model).score(row.features, row.prepared.doc.order)


def evaluate(model: dict, rows, k: int = 3) -> tuple[float, float]:
    """Return mean ROUGE-2 F1 of the model's and LEAD-k's k sentences."""
    mine, lead = [], []
    for row in rows:
        texts, reference = row.texts, " ".join(row.item["summary"])
        top = sorted(np.argsort(-scores_of(model, row), kind="stable")[:k])
        mine.append(rouge_n(" ".join(texts[i] for i in top), reference, 2))
        lead.append(rouge_n(" ".join(texts[:k]), reference, 2))
    return 100 * float(np.mean(mine)), 100 * float(np.mean(lead))


def choose_opening_bonus(model: dict, rows: list[Example]) -> float:
    """Pick the bonus that makes the bottom line the article's opening sentence.

    Each article's one-sentence bottom line is chosen as a brief chooses it
    (briefer.points.choose), and scored by ROUGE-2 against the first sentence of the
    human summary.
    """
    results: dict[float, dict[str, list[float]]] = {b: {} for b in OPENING_BONUSES}
    for row in rows:
        doc = row.prepared.doc
        n = len(row.texts)
        candidates = build_candidates(
            row.prepared.sentences, [0] * n, doc.content_stems, range(n), "en"
        )
        scores = scores_of(model, row)
        for bonus in OPENING_BONUSES:
            top = choose(candidates, scores, 1, 1, opening_bonus=bonus) or [0]
            score = 100 * rouge_n(row.texts[top[0]], row.item["summary"][0], 2)
            results[bonus].setdefault(row.item["set"], []).append(score)
    print("\nbottom line: ROUGE-2 F1 against the summary's first sentence, by opening bonus")
    print(f"  {'set':16s}" + "".join(f"{b:8.2f}" for b in OPENING_BONUSES))
    for name in sorted(results[0.0]):
        line = "".join(f"{np.mean(results[b][name]):8.2f}" for b in OPENING_BONUSES)
        print(f"  {name:16s}{line}")
    means = {b: np.mean([np.mean(v) for v in results[b].values()]) for b in OPENING_BONUSES}
    chosen = max(OPENING_BONUSES, key=lambda b: means[b])
    print(f"  opening bonus chosen: {chosen} (mean over sets {means[chosen]:.2f})")
    return chosen


def main(write: bool) -> None:
    started = time.perf_counter()
    items = public_sets.load_all("dev") + own_set("dev")
    rows = examples(items)
    print(f"{len(rows)} development articles read in {time.perf_counter() - started:.1f} s")
    order = np.random.default_rng(0).permutation(len(rows))
    results: dict[float, dict[str, list[tuple[float, float]]]] = {b: {} for b in LEAD_BONUSES}
    for fold in range(FOLDS):
        held = set(order[fold::FOLDS].tolist())
        model = fit([r for i, r in enumerate(rows) if i not in held])
        for bonus in LEAD_BONUSES:
            model["lead_bonus"] = bonus
            for i in held:
                scores = evaluate(model, [rows[i]])
                results[bonus].setdefault(rows[i].item["set"], []).append(scores)
    sets = sorted(results[0.0])
    print(f"\n{FOLDS}-fold cross-validated ROUGE-2 F1 of 3-sentence briefs, by lead bonus")
    print(
        f"  {'set':16s}{'articles':>9s}{'LEAD-3':>8s}" + "".join(f"{b:8.2f}" for b in LEAD_BONUSES)
    )
    margins = {b: [] for b in LEAD_BONUSES}
    for name in sets:
        lead = np.mean([p[1] for p in results[0.0][name]])
        line = f"  {name:16s}{len(results[0.0][name]):9d}{lead:8.2f}"
        for bonus in LEAD_BONUSES:
            learned = np.mean([p[0] for p in results[bonus][name]])
            margins[bonus].append(learned - lead)
            line += f"{learned:8.2f}"
        print(line)
    chosen = max(LEAD_BONUSES, key=lambda b: np.mean(margins[b]))
    print(
        f"  lead bonus chosen: {chosen} (mean margin over LEAD-3 {np.mean(margins[chosen]):+.2f})"
    )
    model = fit(rows)
    model["lead_bonus"] = chosen
    print("\nweights on standardised features (all development articles)")
    for name, w in sorted(zip(NAMES, model["weights"]), key=lambda kv: -abs(kv[1])):
        print(f"  {name:16s}{w:+.3f}")
    model["bottom_line_bonus"] = choose_opening_bonus(model, rows)
    if write:
        model["trained_on"] = sorted({r.item["set"] for r in rows})
        model["articles"] = len(rows)
        OUT.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
        print(f"\nwrote {OUT.relative_to(HERE.parent)}")


if __name__ == "__main__":
    main("--write" in sys.argv[1:])
