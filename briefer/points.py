"""Choose the key points: how many, which, and none that repeats or leans on a missing one.

The bottom line comes first: the best-scored sentences that stand alone. The other
points follow by score, with a bonus for a sentence that clearly treats a heading no
point covers yet. A sentence that leans on the one before it ("He added...", "But...")
is taken only once that sentence is a point too, and is then filed beside it. A
sentence too much like a chosen point is skipped. Asked for every sentence, the brief
gives every sentence that is not page furniture, short ones included.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np

from briefer.progress import CheckFn, checked, never
from briefer.rank import percentile
from briefer.text.furniture import is_furniture
from briefer.text.leaning import leans_back, opens_with_quote
from briefer.text.split import Sentence

MIN_WORDS = 5
MAX_WORDS = 80
# Two points are near-repeats when the cosine of their content-stem sets passes this:
# see benchmarks/redundancy.py, which sets it on real paraphrase pairs.
REDUNDANCY = 0.6
COVER_STRENGTH = 2.0  # theme score from which a sentence clearly treats that theme
COVER_MIN_POINTS = 6  # shorter briefs keep to the best-scored sentences
COVER_SHARE = 0.7  # share of its theme evidence a sentence must give one heading
COVER_BONUS = 0.35  # added to a percentile score to bring an uncovered theme in
BRING_ALONG_POINTS = 4  # from this many points, a leaning sentence brings its antecedent


@dataclass(frozen=True)
class Candidate:
    """A sentence that may become a point: its place in the ranking and its stems."""

    index: int  # position in the ranked document
    text: str
    section: str
    stems: frozenset[str]
    eligible: bool  # can stand as a point of an ordinary brief
    leans_on: int = -1  # the candidate it leans on, or -1 when it stands alone
    opens_quote: bool = False  # needs its speaker: never the bottom line's first choice
    excluded: bool = False  # page furniture, or a copy of an earlier sentence: never a point
    opening: bool = False  # the first sentence of its article that can open a brief


def build_candidates(
    sentences: Sequence[Sentence],
    articles: Sequence[int],
    stems: Sequence[Sequence[str]],
    first_copy: Sequence[int],
    language: str,
    check: CheckFn = never,
) -> list[Candidate]:
    """Return one candidate per sentence of the articles, in reading order.

    `articles` numbers each sentence's article and `first_copy` gives the first of a
    sentence's duplicates (itself when it has none); `check()` may stop the work.
    """
    out: list[Candidate] = []
    opened: set[int] = set()
    for i, sentence in enumerate(checked(sentences, check)):
        text = sentence.text
        excluded = first_copy[i] != i or is_furniture(text)
        same_article = i > 0 and articles[i - 1] == articles[i]
        candidate = Candidate(
            i,
            text,
            sentence.section,
            frozenset(stems[i]),
            not excluded and eligible(text, len(text.split()), sentence.quote_fragment),
            i - 1 if same_article and leans_back(text, language) else -1,
            opens_with_quote(text),
            excluded,
        )
        if articles[i] not in opened and candidate.eligible and _can_open(candidate):
            opened.add(articles[i])
            candidate = replace(candidate, opening=True)
        out.append(candidate)
    return out


def _can_open(candidate: Candidate) -> bool:
    return candidate.leans_on < 0 and not candidate.opens_quote


def plan(candidates: Sequence[Candidate], points: int | None, ratio: float | None) -> int:
    """Return how many points to choose, bottom line included.

    A share counts every sentence that can be a point; asking for more points than an
    ordinary brief can take gives sentences that are short or lean on others too.
    """
    ordinary = sum(c.eligible for c in candidates)
    every = sum(not c.excluded for c in candidates)
    if ratio is not None and points is None:
        return point_count(every, None, ratio)
    return point_count(every if (points or 0) > ordinary else ordinary, points, None)


def point_count(available: int, points: int | None, ratio: float | None) -> int:
    """Return how many points the brief has, bottom line included."""
    if points is not None:
        wanted = points
    elif ratio is not None:
        wanted = round(available * ratio)
    else:
        wanted = min(12, max(4, round(available / 3)))
    return max(1, min(wanted, available))


def bottom_line_size(total: int) -> int:
    """Return how many of the points lead the brief as its bottom line (1 to 3)."""
    if total <= 5:
        return 1
    return 2 if total <= 12 else 3


def eligible(text: str, words: int, quote_fragment: bool) -> bool:
    """Tell whether a sentence can stand as a point of an ordinary brief."""
    if quote_fragment or not MIN_WORDS <= words <= MAX_WORDS:
        return False
    stripped = text.rstrip('”’"»)] ')
    return not stripped.endswith((":", ",", ";"))


def redundant(a: frozenset[str], b: frozenset[str]) -> bool:
    """Tell whether two sentences say nearly the same (symmetric in a and b)."""
    if not a or not b:
        return False
    return len(a & b) / (len(a) * len(b)) ** 0.5 > REDUNDANCY


def choose(
    candidates: Sequence[Candidate],
    scores: np.ndarray,
    count: int,
    lead: int,
    themes: Sequence[tuple[int, float, float]] | None = None,
    opening_bonus: float = 0.0,
) -> list[int]:
    """Return up to `count` candidate positions: the bottom line first, then the rest.

    The bottom line's sentences are scored with `opening_bonus` added for an article's
    opening sentence (measured by benchmarks/train_ranking.py).
    """
    if count > sum(c.eligible for c in candidates):
        return every_sentence(candidates, scores, lead)[:count]
    value = percentile(scores)
    opening = np.array([c.opening for c in candidates], dtype=float) * opening_bonus
    usable = np.array([c.eligible for c in candidates], dtype=bool)
    standalone = np.array([c.leans_on < 0 for c in candidates], dtype=bool)
    opener = np.array([_can_open(c) for c in candidates], dtype=bool)
    heading = np.array([t[0] for t in themes] if themes else [-1] * len(candidates))
    strong = np.array(
        [t[1] >= COVER_STRENGTH and t[2] >= COVER_SHARE for t in themes]
        if themes
        else [False] * len(candidates)
    )
    leans_on = np.array([max(c.leans_on, 0) for c in candidates], dtype=np.int64)
    placed = np.zeros(len(candidates), dtype=bool)  # chosen after the bottom line
    covered: set[int] = set()
    chosen: list[int] = []
    while len(chosen) < count:
        pool = usable & (standalone | placed[leans_on])
        if len(chosen) < lead and (pool & opener).any():
            pool = pool & opener
        elif len(chosen) >= lead and count >= BRING_ALONG_POINTS:
            # a leaning sentence may bring the standalone sentence it leans on along
            pool = pool | (usable & ~standalone & usable[leans_on] & standalone[leans_on])
        if not pool.any():
            break
        bonus = opening if len(chosen) < lead else 0.0
        if len(chosen) >= lead and count >= COVER_MIN_POINTS:
            bonus = np.where(strong & ~np.isin(heading, list(covered)), COVER_BONUS, 0.0)
        # a sentence that brings another along is worth what the two are worth together
        paired = np.where(standalone | placed[leans_on], value, (value + value[leans_on]) / 2)
        pick = int(np.argmax(np.where(pool, paired + bonus, -np.inf)))
        if not standalone[pick] and not placed[leans_on[pick]]:
            pick = int(leans_on[pick])  # its antecedent first; it follows once that is placed
        usable[pick] = False
        if any(redundant(candidates[pick].stems, candidates[c].stems) for c in chosen):
            continue
        chosen.append(pick)
        placed[pick] = len(chosen) > lead
        if len(chosen) > lead and strong[pick]:
            covered.add(int(heading[pick]))
    return chosen


def every_sentence(candidates: Sequence[Candidate], scores: np.ndarray, lead: int) -> list[int]:
    """Return every candidate that can be a point, by score, the bottom line first."""
    order = [int(i) for i in np.argsort(-scores, kind="stable") if not candidates[i].excluded]
    alone = [i for i in order if _can_open(candidates[i])]
    first = (alone or order)[:lead]
    return first + [i for i in order if i not in first]
