"""Learn the default ranking's weights from public news with human summaries.

Usage: python benchmarks/train_ranking.py [--write]

Short briefs:
Every article of the development splits (benchmarks/public_sets.py, and the project's
own articles a01-b12) is read and split as Briefer reads it; a sentence is labelled 1
when a greedy ROUGE oracle against the human summary picks it. A logistic model over
briefer.rank.features, each article weighing the same, is fitted by Newton's method.
A bonus for the article's first three sentences (the lead of a news story, which a
sentence-by-sentence model undervalues) is then chosen among LEAD_BONUSES by five-fold
cross-validation: the one whose briefs beat LEAD-3 by the most, each set counting the same. The
script prints the cross-validated ROUGE-2 of 3-sentence briefs for every bonus, then
(with --write) stores the weights fitted on all of it, and the bonus, in
resources/ranking/briefer.json.

Long briefs: the development articles with a long extractive reference (temario_pt, and
the project's own a01-b12; about a third of their sentences) label a sentence 1 when the
reference holds it. A second model, over the same features, is fitted the same way; the
script prints the five-fold cross-validated sentence F1 of k-sentence briefs (k = the
reference's size) for it, the short model, Reduction's centrality and LEAD-k, then the
share of an article's sentences from which the long model does better, measured on every
development article (long ones at k, short ones at 3 sentences). With --write it stores
the model and that share in resources/ranking/briefer_long.json.

The test splits are never read here.
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
from metrics import rouge_n, same_sentence, sentence_f1  # noqa: E402
from news_items import Prepared, oracle, own_set, prepare  # noqa: E402

from briefer.points import build_candidates, choose  # noqa: E402
from briefer.rank.briefer import Model  # noqa: E402
from briefer.rank.features import NAMES, feature_matrix  # noqa: E402

OUT = HERE.parent / "resources" / "ranking" / "briefer.json"
OUT_LONG = HERE.parent / "resources" / "ranking" / "briefer_long.json"
LONG_SETS = ("temario_pt", "own")
SHARES = (0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 1.01)  # bins of k / sentences
FROM_POINTS = 4  # the short model was fitted for 3-point briefs: they keep it
# The long references take a fifth to half of their articles' sentences (nine in ten
# under 0.45); a brief of more than half the article keeps the short model.
TO_SHARE = 0.5
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


def long_examples(items: list[dict]) -> list[Example]:
    """Return an Example for every article with an extract, labelled by the extract."""
    out = []
    for item in items:
        prepared = prepare(item)
        texts = prepared.texts
        if len(texts) < 4 or not item.get("extract"):
            continue
        labels = np.zeros(len(texts))
        unmatched = list(item["extract"])
        for i, text in enumerate(texts):
            hit = next((j for j, e in enumerate(unmatched) if same_sentence(text, e)), None)
            if hit is not None:
                labels[i] = 1.0
                del unmatched[hit]
        out.append(Example(feature_matrix(prepared.doc), labels, prepared))
    return out


def fit(rows: list[Example], names: tuple[str, ...] = NAMES) -> dict:
    """Fit the logistic model; each article's sentences share a weight of one."""
    columns = [NAMES.index(name) for name in names]
    x = np.vstack([r.features[:, columns] for r in rows])
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
        "features": list(names),
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
    rows = examples([i for i in items if i["set"] not in LONG_SETS[:-1]])
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
    print_weights(model)
    model["bottom_line_bonus"] = choose_opening_bonus(model, rows)
    long_rows = long_examples([i for i in items if i["set"] in LONG_SETS])
    wide = train_long(long_rows, model)
    wide["from_points"] = FROM_POINTS
    wide["to_share"] = TO_SHARE
    wide["from_share"] = choose_share(model, wide, rows, long_rows)
    if write:
        save(OUT, model, rows)
        save(OUT_LONG, wide, long_rows)


def print_weights(model: dict) -> None:
    print("\nweights on standardised features (all development articles)")
    for name, w in sorted(zip(model["features"], model["weights"]), key=lambda kv: -abs(kv[1])):
        print(f"  {name:16s}{w:+.3f}")


def save(path: Path, model: dict, rows: list[Example]) -> None:
    model["trained_on"] = sorted({r.item["set"] for r in rows})
    model["articles"] = len(rows)
    path.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {path.relative_to(HERE.parent)}")


def top_k(scores: np.ndarray, k: int) -> list[int]:
    return sorted(np.argsort(-scores, kind="stable")[:k].tolist())


def long_f1(scores: np.ndarray, row: Example) -> float:
    """Sentence F1 of the k best-scored sentences against the extract (k = its size)."""
    extract = row.item["extract"]
    return 100 * sentence_f1([row.texts[i] for i in top_k(scores, len(extract))], extract)


def train_long(rows: list[Example], short: dict) -> dict:
    """Fit the long-brief model; print cross-validated sentence F1 against the others."""
    order = np.random.default_rng(0).permutation(len(rows))
    systems = ("long model", "short model", "centrality", "LEAD-k")
    results: dict[str, dict[str, list[float]]] = {s: {} for s in systems}
    centrality = NAMES.index("centrality")
    for fold in range(FOLDS):
        held = order[fold::FOLDS].tolist()
        wide = fit([r for i, r in enumerate(rows) if i not in set(held)])
        for i in held:
            row = rows[i]
            n = len(row.texts)
            scores = {
                "long model": scores_of(wide, row),
                "short model": scores_of(short, row),
                "centrality": row.features[:, centrality],
                "LEAD-k": -np.arange(n, dtype=float),
            }
            for name in systems:
                results[name].setdefault(row.item["set"], []).append(long_f1(scores[name], row))
    print(f"\n{FOLDS}-fold cross-validated sentence F1 of long briefs (k = the extract's size)")
    sets = sorted(results[systems[0]])
    print(f"  {'system':14s}" + "".join(f"{s:>12s}" for s in sets))
    for name in systems:
        print(f"  {name:14s}" + "".join(f"{np.mean(results[name][s]):12.2f}" for s in sets))
    print("  articles      " + "".join(f"{len(results[systems[0]][s]):12d}" for s in sets))
    wide = fit(rows)
    print_weights(wide)
    return wide


def choose_share(short: dict, wide: dict, rows: list[Example], long_rows: list[Example]) -> float:
    """Return the share of sentences from which the long model's briefs do better.

    Every development article is briefed by both models: long-reference ones at the
    extract's size (sentence F1), the others at FROM_POINTS sentences (ROUGE-2 against the
    summary, as in `evaluate`). Articles are binned by k / sentences; the share chosen is the lower
    edge of the first bin from which the long model wins in every bin.
    """
    gains: dict[int, list[float]] = {}
    own_ids = {r.item["id"] for r in long_rows}
    for row in long_rows + [r for r in rows if r.item["id"] not in own_ids]:
        n = len(row.texts)
        if row.item.get("extract"):
            k = len(row.item["extract"])
            gain = long_f1(scores_of(wide, row), row) - long_f1(scores_of(short, row), row)
        else:
            k = FROM_POINTS
            gain = evaluate(wide, [row], k)[0] - evaluate(short, [row], k)[0]
        gains.setdefault(int(np.searchsorted(SHARES, k / n, side="right")), []).append(gain)
    print("\nlong model minus short model, by the share of sentences a brief takes")
    print(f"  (sentence F1 at k for long references, ROUGE-2 at {FROM_POINTS} for the others)")
    edges = (0.0, *SHARES)
    chosen = 1.0
    for b in sorted(gains, reverse=True):
        mean = float(np.mean(gains[b]))
        print(f"  {edges[b]:4.2f}-{edges[b + 1]:4.2f} {len(gains[b]):5d} articles {mean:+7.2f}")
    for b in sorted(gains, reverse=True):
        if np.mean(gains[b]) <= 0:
            break
        chosen = edges[b]
    print(f"  long model from a share of {chosen}")
    return chosen


if __name__ == "__main__":
    main("--write" in sys.argv[1:])
