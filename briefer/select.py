"""File the chosen key points under the theme pack's headings, within each heading's cap.

Which sentences become points is briefer.points' job; this module only files them.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefer.points import Candidate
from briefer.themes import Filing, ThemeMatcher, ThemePack

NEXT_SHARE = 0.5  # a full heading's point goes to the next best only if it fits half as well


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
    next best that fits (enough evidence, more than the catch-all's, and at least
    NEXT_SHARE of the best heading's), and one that fits none goes under the pack's
    catch-all heading: a wrong heading misleads more than the catch-all. A chosen
    sentence that leans on another chosen one is filed beside it, so a heading needs
    room for a point and the sentences that lean on it.
    """
    other = pack.other_label(language)
    if matcher is None or not pack.headings:
        return {c: other for c in chosen}
    filings = matcher.file([(c.text, c.section) for c in candidates])
    followers = _followers(candidates, chosen)
    leaning = {f for group in followers.values() for f in group}
    filled = {h.name: 0 for h in pack.headings}
    placed: dict[int, str] = {}
    for c in chosen:
        if c in leaning:
            continue
        group = [c, *followers.get(c, [])]
        name = _place(filings[c], pack, matcher, filled, len(group))
        label = pack.headings[name].label(language) if name is not None else other
        for member in group:
            placed[member] = label
        if name is not None:
            filled[pack.headings[name].name] += len(group)
    return {c: placed.get(c, other) for c in chosen}


def _followers(candidates: Sequence[Candidate], chosen: Sequence[int]) -> dict[int, list[int]]:
    """Return, for each chosen sentence, the chosen sentences that lean on it (directly
    or through another), in the order given."""
    among = set(chosen)
    groups: dict[int, list[int]] = {}
    for c in chosen:
        root, seen = c, {c}
        while candidates[root].leans_on in among and candidates[root].leans_on not in seen:
            root = candidates[root].leans_on
            seen.add(root)
        if root != c:
            groups.setdefault(root, []).append(c)
    return groups


def _place(
    filing: Filing, pack: ThemePack, matcher: ThemeMatcher, filled: dict[str, int], size: int
) -> int | None:
    """Return the heading with room for `size` points that takes the filing, or None."""
    for h in filing.ranked() if filing.heading >= 0 else ():
        heading = pack.headings[h]
        score = filing.scores[h]
        if score < max(matcher.min_score, NEXT_SHARE * filing.score) or score <= filing.other:
            return None
        cap = heading.cap or pack.cap
        if cap is None or filled[heading.name] + size <= cap:
            return h
    return None
