"""File the chosen key points under the theme pack's headings, within each heading's cap.

Which sentences become points is briefer.points' job; this module only files them.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefer.points import Candidate
from briefer.progress import CheckFn, never
from briefer.themes import ThemeMatcher, ThemePack

NEXT_SHARE = 0.5  # a full heading's point goes to the next best only if it fits half as well


def assign_headings(
    candidates: Sequence[Candidate],
    chosen: Sequence[int],
    pack: ThemePack,
    matcher: ThemeMatcher | None,
    language: str,
    check: CheckFn = never,
) -> dict[int, str]:
    """File each chosen candidate under the pack heading it fits best, within caps.

    Every sentence is scored with its neighbours' evidence (see ThemeMatcher.file);
    points are placed best-ranked first, a point whose best heading is full goes to its
    next best that fits (enough evidence, more than the catch-all's, and at least
    NEXT_SHARE of the best heading's), and one that fits none goes under the pack's
    catch-all heading: a wrong heading misleads more than the catch-all.
    """
    other = pack.other_label(language)
    if matcher is None or not pack.headings:
        return {c: other for c in chosen}
    filings = matcher.file([(c.text, c.section) for c in candidates], check)
    filled = {h.name: 0 for h in pack.headings}
    placed: dict[int, str] = {}
    for c in chosen:
        filing = filings[c]
        placed[c] = other
        for h in filing.ranked() if filing.heading >= 0 else ():
            heading = pack.headings[h]
            score = filing.scores[h]
            if score < max(matcher.min_score, NEXT_SHARE * filing.score) or score <= filing.other:
                break
            cap = heading.cap or pack.cap
            if cap is None or filled[heading.name] < cap:
                filled[heading.name] += 1
                placed[c] = heading.label(language)
                break
    return placed
