"""Story grouping for the digest, measured on public news whose grouping is known.

Prints, for the tuning part (dev) and the held-out part of each set in
benchmarks/story_sets.py separately, pairwise precision, recall and F1 (a pair of articles
counts when both the grouping and the truth put it in one story) of:
- Briefer's grouping (briefer/stories.py, at its LINK and MERGE);
- single-link grouping on the same vectors (connected pairs at the threshold that does
  best on dev), the simple method a user would write first;
- one story for every article, and every article a story of its own.
Then "drops": 300 random handfuls of 2 to 8 articles of one language, as a user drops
files on the window, and how often the number of stories found is right.
With --sweep, F1 on dev at several settings (how LINK and MERGE were chosen).

    python benchmarks/stories.py [--sweep]
"""

from __future__ import annotations

import argparse
import math
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))

import story_sets  # noqa: E402
from scipy import sparse  # noqa: E402
from scipy.sparse.csgraph import connected_components  # noqa: E402

from briefer.stories import LINK, MERGE, NAME_LINK, group_stories, similarities, story_text  # noqa: E402
from briefer.text.languages import get_language  # noqa: E402
from briefer.text.words import lexicon_for  # noqa: E402

SPLITS = ("dev", "heldout")
SWEEP = (0.1, 0.125, 0.15, 0.175, 0.2, 0.225, 0.25, 0.3, 0.35, 0.4)
MERGES = (0.08, 0.1, 0.12, 0.14, 0.16)


def pairwise(found: list[list[int]], truth: list[str]) -> tuple[float, float, float]:
    """Pairwise precision, recall and F1 of a grouping against the true story labels."""
    label = {i: n for n, group in enumerate(found) for i in group}
    together = sum(math.comb(len(g), 2) for g in found)
    truly = sum(math.comb(n, 2) for n in Counter(truth).values())
    pairs = Counter((truth[i], label[i]) for i in range(len(truth)))
    both = sum(math.comb(n, 2) for n in pairs.values())
    precision = both / together if together else 1.0
    recall = both / truly if truly else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def texts_of(records: list[dict]):
    return [
        story_text(lexicon_for(get_language(r["language"])), r["title"], r["text"]) for r in records
    ]


def single_link(texts, threshold: float) -> list[list[int]]:
    matrix = similarities([t.terms for t in texts])
    linked = sparse.csr_matrix(matrix >= threshold)
    _, labels = connected_components(linked, directed=False)
    groups: dict[int, list[int]] = {}
    for i, label in enumerate(labels):
        groups.setdefault(int(label), []).append(i)
    return list(groups.values())


def row(name: str, scores: tuple[float, float, float], extra: str = "") -> str:
    p, r, f = scores
    return f"  {name:<34} P {100 * p:5.1f}  R {100 * r:5.1f}  F1 {100 * f:5.1f}{extra}"


def best_single_link(data) -> float:
    """The single-link threshold with the best mean F1 on dev, over the sweep."""

    def mean_f1(t: float) -> float:
        return sum(pairwise(single_link(x, t), y)[2] for x, y in data) / len(data)

    return max(SWEEP + (0.5, 0.6), key=mean_f1)


def drops(records: list[dict], texts, count: int = 300, seed: int = 7) -> tuple[float, float]:
    """Over random handfuls of one language: the share grouped exactly as the truth, and
    the share with the right number of stories."""
    rng = random.Random(seed)
    by_language: dict[str, list[int]] = {}
    for i, rec in enumerate(records):
        by_language.setdefault(rec["language"], []).append(i)
    exact = counted = 0
    for _ in range(count):
        pool = by_language[rng.choice(sorted(by_language))]
        chosen = _handful(rng, pool, records)
        found = group_stories([texts[i] for i in chosen])
        truth: dict[str, list[int]] = {}
        for k, i in enumerate(chosen):
            truth.setdefault(records[i]["story"], []).append(k)
        exact += sorted(found) == sorted(truth.values())
        counted += len(found) == len(truth)
    return exact / count, counted / count


def _handful(rng: random.Random, pool: list[int], records: list[dict]) -> list[int]:
    """2 to 8 articles from one to four stories, as a user's folder might hold."""
    stories: dict[str, list[int]] = {}
    for i in pool:
        stories.setdefault(records[i]["story"], []).append(i)
    names = rng.sample(sorted(stories), min(len(stories), rng.randint(1, 4)))
    chosen: list[int] = []
    for name in names:
        chosen += rng.sample(stories[name], min(len(stories[name]), rng.randint(1, 3)))
    while len(chosen) < 2:
        chosen.append(rng.choice([i for i in pool if i not in chosen]))
    return sorted(chosen[:8])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sweep", action="store_true", help="F1 on dev at several thresholds")
    args = parser.parse_args()
    sets = story_sets.available()
    if not sets:
        print("no story sets found; see benchmarks/data/stories/README.md", file=sys.stderr)
        return 1
    loaded = {(n, s): story_sets.load(n, s) for n in sets for s in SPLITS}
    texts = {key: texts_of(recs) for key, recs in loaded.items()}
    truth = {key: [r["story"] for r in recs] for key, recs in loaded.items()}
    dev = [(texts[(n, "dev")], truth[(n, "dev")]) for n in sets]
    if args.sweep:
        print("Sweep on dev: link, merge, F1 per set, the mean")
        for link in SWEEP[:5]:
            for merge in MERGES:
                f1s = [pairwise(group_stories(x, link, merge), y)[2] for x, y in dev]
                cells = "  ".join(f"{n} {100 * f:5.1f}" for n, f in zip(sets, f1s, strict=True))
                print(f"  {link:5.3f} {merge:5.3f}  {cells}  mean {100 * sum(f1s) / len(f1s):5.1f}")
        print()
    single = best_single_link(dev)
    for split in SPLITS:
        print(f"[{split}]")
        for name in sets:
            key = (name, split)
            recs, x, y = loaded[key], texts[key], truth[key]
            print(f" {name}: {len(recs)} articles, {len(set(y))} stories")
            briefer = f"Briefer ({LINK}, names {NAME_LINK}, {MERGE})"
            print(row(briefer, pairwise(group_stories(x), y)))
            print(row(f"single link ({single} chosen on dev)", pairwise(single_link(x, single), y)))
            print(row("one story for all", pairwise([list(range(len(y)))], y)))
            print(row("each article alone", pairwise([[i] for i in range(len(y))], y)))
        all_recs = [r for n in sets for r in loaded[(n, split)]]
        all_texts = [t for n in sets for t in texts[(n, split)]]
        exact, counted = drops(all_recs, all_texts)
        print(
            f" 300 drops of 2-8 articles: grouped exactly right {100 * exact:.1f}%, "
            f"right number of stories {100 * counted:.1f}%"
        )
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
