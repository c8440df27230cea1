"""Choose the key points: how many, which (without repeating), and under which heading."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from briefer.rank import percentile
from briefer.themes import ThemeMatcher, ThemePack
from briefer.themes.matcher import MIN_SCORE

MIN_WORDS = 5
MAX_WORDS = 80
REDUNDANCY = 0.55  # share of content stems two points may have in common
COVER_STRENGTH = 2.0  # theme score from which a sentence clearly treats that theme
COVER_MIN_POINTS = 6  # shorter briefs keep to the best-scored sentences
COVER_SHARE = 0.7  # share of its theme evidence a sentence must give one heading
COVER_BONUS = 0.35  # added to a percentile score to bring an uncovered theme in


@dataclass(frozen=True)
class Candidate:
    """A sentence that may become a point: its place in the ranking and its stems."""

    index: int  # position in the ranked document
    text: str
    section: str
    stems: frozenset[str]
    eligible: bool


def point_count(candidates: int, points: int | None, ratio: float | None) -> int:
    """Return how many points the brief has, bottom line included."""
    if points is not None:
        wanted = points
    elif ratio is not None:
        wanted = round(candidates * ratio)
    else:
        wanted = min(12, max(4, round(candidates / 3)))
    return max(1, min(wanted, candidates))


def bottom_line_size(total: int) -> int:
    """Return how many of the points lead the brief as its bottom line (1 to 3)."""
    if total <= 5:
        return 1
    return 2 if total <= 12 else 3


# Words that make a sentence lean on the one before it ("He said...", "But the talks...").
# A bottom line must read on its own, so it never starts with one of these.
_LEANING_STARTS = {
    "en": frozenset(
        "he she it they this that these those his her its their him them there but and or "
        "so yet also however meanwhile still instead then thus hence nevertheless moreover "
        "furthermore besides otherwise later earlier afterwards".split()
    ),
}


def stands_alone(text: str, language: str) -> bool:
    """Tell whether a sentence can open a brief without the sentence before it."""
    if text[:1] in "“\"«„‘'":
        return False  # a quotation needs its speaker
    words = text.split(maxsplit=1)
    first = words[0].strip(",;:").lower() if words else ""
    return first not in _LEANING_STARTS.get(language, frozenset())


def eligible(text: str, words: int, quote_fragment: bool) -> bool:
    """Tell whether a sentence can stand alone as a point."""
    if quote_fragment or not MIN_WORDS <= words <= MAX_WORDS:
        return False
    stripped = text.rstrip('”’"»)] ')
    return not stripped.endswith((":", ",", ";"))


def choose(
    candidates: Sequence[Candidate],
    scores: np.ndarray,
    count: int,
    lead: int,
    themes: Sequence[tuple[int, float, float]] | None = None,
    alone: Sequence[bool] | None = None,
) -> list[int]:
    """Return up to `count` candidate positions: the bottom line first, then the rest.

    The bottom line is the `lead` best-scored sentences among those that stand alone
    (`alone`; see `stands_alone`), or the best ones when too few do. The other points go by score
    too, but a sentence that clearly belongs to a heading no point covers yet gets a
    bonus, so that each theme the article treats is represented. Near-repeats of a
    chosen point are skipped.
    """
    value = percentile(scores)
    open_ = np.array([c.eligible for c in candidates], dtype=bool)
    heading = np.array([t[0] for t in themes] if themes else [-1] * len(candidates))
    strong = np.array(
        [t[1] >= COVER_STRENGTH and t[2] >= COVER_SHARE for t in themes]
        if themes
        else [False] * len(candidates)
    )
    standalone = np.array(alone if alone is not None else [True] * len(candidates), dtype=bool)
    covered: set[int] = set()
    chosen: list[int] = []
    while len(chosen) < count and open_.any():
        bonus = 0.0
        pool = open_
        if len(chosen) < lead and (open_ & standalone).any():
            pool = open_ & standalone
        if len(chosen) >= lead and count >= COVER_MIN_POINTS:
            uncovered = strong & ~np.isin(heading, list(covered))
            bonus = np.where(uncovered, COVER_BONUS, 0.0)
        pick = int(np.argmax(np.where(pool, value + bonus, -np.inf)))
        open_[pick] = False
        mine = candidates[pick].stems
        if any(_overlap(mine, candidates[c].stems) > REDUNDANCY for c in chosen):
            continue
        chosen.append(pick)
        if len(chosen) > lead and strong[pick]:
            covered.add(int(heading[pick]))
    return chosen


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def assign_headings(
    candidates: Sequence[Candidate],
    chosen: Sequence[int],
    pack: ThemePack,
    matcher: ThemeMatcher | None,
    language: str,
) -> dict[int, str]:
    """File each chosen candidate under the pack heading it fits best, within caps.

    Every sentence is scored with its neighbours' evidence (see ThemeMatcher.file);
    points are placed best-ranked first, a point whose best heading is full goes to its
    next best that fits, and one that fits none goes under the pack's catch-all heading.
    """
    other = pack.other_label(language)
    if matcher is None or not pack.headings:
        return {c: other for c in chosen}
    filings = matcher.file([(c.text, c.section) for c in candidates])
    filled = {h.name: 0 for h in pack.headings}
    placed: dict[int, str] = {}
    for c in chosen:
        filing = filings[c]
        placed[c] = other
        for h in filing.ranked() if filing.heading >= 0 else ():
            heading = pack.headings[h]
            if filing.scores[h] < MIN_SCORE:
                break
            cap = heading.cap or pack.cap
            if cap is None or filled[heading.name] < cap:
                filled[heading.name] += 1
                placed[c] = heading.label(language)
                break
    return placed
