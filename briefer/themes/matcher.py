"""Filing sentences under a pack's headings: a scored classifier on word stems.

A sentence's evidence for a heading adds up four things:
- the heading's keywords found in it (matched on stems; a keyword shared by several
  headings is split between them);
- its words that occur in the heading's example sentences and description, each word
  voting for the headings whose examples use it;
- the article's own section heading above it, scored the same way;
- the evidence of the sentences beside it in the same section, since themes run in
  paragraphs.
The best heading takes the sentence when its evidence reaches MIN_SCORE; otherwise the
sentence goes under the pack's catch-all heading.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from briefer.text.words import Lexicon, normalize, tokenize
from briefer.themes.packs import ThemePack

MIN_SCORE = 1.0  # evidence from which a heading takes a sentence
OTHER_MASS = 1.0  # the catch-all's share in a filing's confidence


@dataclass(frozen=True)
class Weights:
    """How much each kind of evidence counts, against one keyword's 1.0."""

    example: float = 0.35  # one example word's vote
    section: float = 1.0  # the article's own heading above a sentence, at its best
    neighbour: float = 0.3  # share of each neighbour's evidence a sentence takes


KEYWORDS_ONLY = Weights(example=0.0, section=0.0, neighbour=0.0)


@dataclass(frozen=True)
class Filing:
    """Where a sentence goes: its best heading (-1: the catch-all), and how sure."""

    heading: int
    score: float
    confidence: float
    scores: tuple[float, ...]

    def ranked(self) -> list[int]:
        """Return heading indices from best to worst evidence, ties in pack order."""
        return sorted(range(len(self.scores)), key=lambda h: -self.scores[h])


class ThemeMatcher:
    """Score sentences against a pack's headings for one language."""

    def __init__(self, pack: ThemePack, lexicon: Lexicon, weights: Weights = Weights()):
        self.pack = pack
        self.weights = weights
        self.lexicon = lexicon
        self.language = lexicon.language.code
        self._by_first = self._keyword_index()
        self._votes = self._example_votes()

    def _stems(self, text: str) -> tuple[str, ...]:
        return tuple(self.lexicon.stem(normalize(t)) for t in tokenize(text))

    def _keyword_index(self) -> dict[str, list[tuple[tuple[str, ...], dict[int, float]]]]:
        """Map a keyword's first stem to (its stems, heading -> weight)."""
        owners: dict[tuple[str, ...], set[int]] = {}
        for h, heading in enumerate(self.pack.headings):
            for keyword in heading.keywords.get(self.language, ()):
                stems = self._stems(keyword)
                if stems:
                    owners.setdefault(stems, set()).add(h)
        index: dict[str, list[tuple[tuple[str, ...], dict[int, float]]]] = {}
        for stems, heads in owners.items():
            share = {h: 1.0 / len(heads) for h in heads}
            index.setdefault(stems[0], []).append((stems, share))
        return index

    def _example_votes(self) -> dict[str, dict[int, float]]:
        """Map a content stem to the headings whose examples use it, as vote shares."""
        counts: dict[str, dict[int, int]] = {}
        for h, heading in enumerate(self.pack.headings):
            texts = list(heading.examples.get(self.language, ()))
            if self.language == "en":
                texts += [heading.name, heading.description]
            seen = {s for text in texts for s in self.lexicon.content_stems(text)}
            for stem in seen:
                if len(stem) > 1 and not stem.isdigit():
                    counts.setdefault(stem, {}).setdefault(h, 0)
                    counts[stem][h] += 1
        votes = {}
        for stem, by_heading in counts.items():
            total = sum(by_heading.values())
            votes[stem] = {h: n / total for h, n in by_heading.items()}
        return votes

    def hits(self, text: str) -> list[float]:
        """Return, per heading, the weight of its distinct keywords found in text."""
        return self.hits_in(self._stems(text))

    def hits_in(self, stems: Sequence[str]) -> list[float]:
        """Return, per heading, the weight of its distinct keywords in a stem sequence."""
        stems = tuple(stems)
        found: dict[tuple[str, ...], dict[int, float]] = {}
        for i, stem in enumerate(stems):
            for keyword, share in self._by_first.get(stem, ()):
                if stems[i : i + len(keyword)] == keyword:
                    found[keyword] = share
        scores = [0.0] * len(self.pack.headings)
        for share in found.values():
            for heading, weight in share.items():
                scores[heading] += weight
        return scores

    def evidence(self, text: str, stems: Sequence[str] | None = None) -> list[float]:
        """Return per-heading evidence from the sentence alone: keywords and examples."""
        scores = self.hits(text) if stems is None else self.hits_in(stems)
        if self._votes and self.weights.example:
            words = set(stems) if stems is not None else set(self._stems(text))
            for stem in words - self.lexicon.stop_words:
                for heading, share in self._votes.get(stem, {}).items():
                    scores[heading] += self.weights.example * share
        return scores

    def scores(
        self, text: str, section: str = "", stems: Sequence[str] | None = None
    ) -> list[float]:
        """Return per-heading scores: the sentence's evidence plus its section's.

        `stems`, when given, are the sentence's word stems already computed.
        """
        scores = self.evidence(text, stems)
        return [s + e for s, e in zip(scores, self._section_evidence(section))]

    @lru_cache(maxsize=256)  # noqa: B019 - a matcher lives for one brief
    def _section_evidence(self, section: str) -> tuple[float, ...]:
        """Return the section heading's evidence, its best heading scaled to the weight."""
        evidence = self.evidence(section) if section else [0.0] * len(self.pack.headings)
        top = max(evidence, default=0.0)
        return tuple(self.weights.section * e / top if top > 0 else 0.0 for e in evidence)

    def best(
        self, text: str, section: str = "", stems: Sequence[str] | None = None
    ) -> tuple[int, float, float]:
        """Return the best heading's index, its score, and its share of all headings' scores.

        The share tells a sentence mainly about one theme (close to 1) from one that
        touches several. (-1, 0, 0) when no heading fits.
        """
        scores = self.scores(text, section, stems)
        if not scores or max(scores) <= 0:
            return -1, 0.0, 0.0
        best = max(range(len(scores)), key=lambda h: (scores[h], -h))
        return best, scores[best], scores[best] / sum(scores)

    def file(self, sentences: Sequence[tuple[str, str]]) -> list[Filing]:
        """File (text, section) sentences given in reading order, using their neighbours."""
        own = [self.evidence(text) for text, _ in sentences]
        filings = []
        for i, (_, section) in enumerate(sentences):
            total = [a + b for a, b in zip(own[i], self._section_evidence(section))]
            for j in (i - 1, i + 1):
                if 0 <= j < len(sentences) and sentences[j][1] == section:
                    total = [t + self.weights.neighbour * n for t, n in zip(total, own[j])]
            filings.append(_filing(total))
        return filings


def _filing(scores: list[float]) -> Filing:
    if not scores:
        return Filing(-1, 0.0, 0.0, ())
    best = max(range(len(scores)), key=lambda h: (scores[h], -h))
    top = scores[best]
    confidence = top / (sum(scores) + OTHER_MASS)
    heading = best if top >= MIN_SCORE else -1
    return Filing(heading, top, confidence, tuple(scores))
