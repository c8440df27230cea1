"""Filing sentences under a pack's headings: a scored classifier on word stems.

A sentence's evidence for a heading adds up:
- the heading's keywords found in it (matched on stems; a keyword shared by several
  headings is split between them);
- its words that occur in the heading's example sentences and description, each word
  voting for the headings whose examples use it
(in both, words after a subordinating conjunction count less: the main clause decides);
- the article's own section heading above it, scored the same way;
- the theme mix of the sentences around it in the same section and of the whole
  article, since themes run in paragraphs (a fragment of a few words takes none).
The pack's catch-all heading may have keywords and examples too (captions, page
furniture, biography): they are evidence that a sentence belongs to none of the themes.
A heading may also name words a sentence needs to be filed under it at all ("needs":
an outlook needs a word of the future, such as will, plans or next week): a sentence
holding none of them is not filed there, whatever its section and neighbours say.
The best heading takes the sentence when its evidence reaches the pack's min_score
(MIN_SCORE by default) and beats the catch-all's; otherwise the catch-all takes it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from briefer.progress import CheckFn, checked, never
from briefer.text.words import Lexicon, phrases_in, tokenize
from briefer.themes.kept import KeptForPacks
from briefer.themes.packs import ThemePack

MIN_SCORE = 1.0  # evidence from which a heading takes a sentence, unless the pack says
OTHER_MASS = 1.0  # the catch-all's share in a filing's confidence
KEPT_EVIDENCE = 65_536  # sentences whose evidence a matcher keeps
FRAGMENT_WORDS = 4  # a line of fewer words takes no evidence from its context
MAIN_CLAUSE_MIN = 3  # words before a conjunction can end a sentence's main clause
# Words that open a subordinate clause ("Revenue fell 4% as interest rates squeezed
# margins" reports revenue); only English is measured (benchmarks/themes.py).
CLAUSE_WORDS = {
    "en": frozenset(
        "as after while which who because since when although though whereas where with but"
        " amid despite before until if".split()
    ),
}


@dataclass(frozen=True)
class Weights:
    """How much each kind of evidence counts, against one keyword's 1.0."""

    example: float = 0.7  # one example word's vote
    section: float = 2.0  # the article's own heading above a sentence, at its best
    neighbour: float = 0.3  # weight of each neighbour's theme mix
    reach: float = 0.2  # the same for the sentences two places away
    other: float = 1.0  # how much the catch-all's own evidence counts
    clause: float = 0.5  # weight of words after a subordinating conjunction
    min_score: float | None = None  # evidence a heading needs (None: the pack's bar)
    article: float = 2.0  # weight of the article's mix of themes, for every sentence


KEYWORDS_ONLY = Weights(
    example=0.0,
    section=0.0,
    neighbour=0.0,
    reach=0.0,
    article=0.0,
    other=0.0,
    clause=1.0,
    min_score=1.0,
)


@dataclass(frozen=True)
class Filing:
    """Where a sentence goes: its best heading (-1: the catch-all), and how sure."""

    heading: int
    score: float
    confidence: float
    scores: tuple[float, ...]
    other: float = 0.0  # the catch-all's evidence

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
        self._count = len(pack.headings)  # the catch-all's index in evidence lists
        bar = weights.min_score
        bar = pack.min_score_for(self.language) if bar is None else bar
        self.min_score = MIN_SCORE if bar is None else bar
        self._by_first = self._keyword_index()
        self._needs = self._needed_words()
        clause_words = CLAUSE_WORDS.get(self.language, ())
        self._clause_stems = {lexicon.stem(w) for w in clause_words}
        self._votes = self._example_votes()
        self._evidence_of: dict[tuple[str, ...], tuple[float, ...]] = {}

    def _stems(self, text: str) -> tuple[str, ...]:
        return self.lexicon.stems(text)

    def _keyword_lists(self) -> list[tuple[str, ...]]:
        """Return each heading's keywords, the catch-all's last."""
        lists = [h.keywords.get(self.language, ()) for h in self.pack.headings]
        return lists + [self.pack.other_keywords.get(self.language, ())]

    def _keyword_index(self) -> dict[str, list[tuple[tuple[str, ...], dict[int, float]]]]:
        """Map a keyword's first stem to (its stems, heading -> weight)."""
        owners: dict[tuple[str, ...], set[int]] = {}
        for h, keywords in enumerate(self._keyword_lists()):
            for keyword in keywords:
                stems = self._stems(keyword)
                if stems:
                    owners.setdefault(stems, set()).add(h)
        index: dict[str, list[tuple[tuple[str, ...], dict[int, float]]]] = {}
        for stems, heads in owners.items():
            share = {h: 1.0 / len(heads) for h in heads}
            index.setdefault(stems[0], []).append((stems, share))
        return index

    def _needed_words(self) -> list[tuple[int, dict[str, list[tuple[tuple[str, ...]]]]]]:
        """Return (heading, first stem -> (stems,)) for each heading that needs words."""
        needs = []
        for h, heading in enumerate(self.pack.headings):
            index: dict[str, list[tuple[tuple[str, ...]]]] = {}
            for word in heading.needs.get(self.language, ()):
                stems = self._stems(word)
                if stems:
                    index.setdefault(stems[0], []).append((stems,))
            if index:
                needs.append((h, index))
        return needs

    def _lacking(self, stems: Sequence[str]) -> list[int]:
        """Return the headings whose needed words the stems hold none of."""
        stems = tuple(stems)
        return [h for h, index in self._needs if not any(phrases_in(stems, index))]

    def _example_texts(self) -> list[list[str]]:
        """Return each heading's example sentences (in English with its name and
        description), the catch-all's last."""
        texts = []
        for heading in self.pack.headings:
            own = list(heading.examples.get(self.language, ()))
            if self.language == "en":
                own += [heading.name, heading.description]
            texts.append(own)
        return texts + [list(self.pack.other_examples.get(self.language, ()))]

    def _example_votes(self) -> dict[str, dict[int, float]]:
        """Map a content stem to the headings whose examples use it, as vote shares.

        A heading's claim on a stem is the share of its examples that use it, so a word
        in most of one heading's examples and in one of another's votes mostly for the
        first, however many examples each heading has.
        """
        rates: dict[str, dict[int, float]] = {}
        for h, texts in enumerate(self._example_texts()):
            for text in texts:
                for stem in set(self.lexicon.content_stems(text)):
                    if len(stem) > 1 and not stem.isdigit():
                        by_heading = rates.setdefault(stem, {})
                        by_heading[h] = by_heading.get(h, 0.0) + 1.0 / len(texts)
        votes = {}
        for stem, by_heading in rates.items():
            total = sum(by_heading.values())
            votes[stem] = {h: n / total for h, n in by_heading.items()}
        return votes

    def hits(self, text: str) -> list[float]:
        """Return, per heading, the weight of its distinct keywords found in text."""
        return self.hits_in(self._stems(text))[: self._count]

    def hits_in(self, stems: Sequence[str]) -> list[float]:
        """Return, per heading and then the catch-all, the weight of distinct keywords."""
        found: dict[tuple[str, ...], dict[int, float]] = {}
        for keyword, share in phrases_in(tuple(stems), self._by_first):
            found[keyword] = share
        scores = [0.0] * (self._count + 1)
        for share in found.values():
            for heading, weight in share.items():
                scores[heading] += weight
        return scores

    def _evidence(self, text: str, stems: Sequence[str] | None = None) -> tuple[float, ...]:
        """Return the sentence's own evidence per heading, the catch-all's last.

        Words after the first subordinating conjunction (see CLAUSE_WORDS) count
        `weights.clause` times: a sentence reports what its main clause reports. Kept
        for the sentences seen last: choosing the points and filing them both ask.
        """
        stems = self._stems(text) if stems is None else tuple(stems)
        found = self._evidence_of.get(stems)
        if found is None:
            if len(self._evidence_of) > KEPT_EVIDENCE:
                self._evidence_of.clear()
            found = self._evidence_of[stems] = self._stem_evidence(stems)
        return found

    def _stem_evidence(self, stems: tuple[str, ...]) -> tuple[float, ...]:
        cut = next(
            (i for i in range(MAIN_CLAUSE_MIN, len(stems)) if stems[i] in self._clause_stems),
            len(stems),
        )
        scores = self._part_evidence(stems[:cut])
        if cut < len(stems):
            rest = self._part_evidence(stems[cut:])
            scores = [s + self.weights.clause * r for s, r in zip(scores, rest)]
        scores[-1] *= self.weights.other
        return tuple(scores)

    def _part_evidence(self, stems: Sequence[str]) -> list[float]:
        """Return the keyword and example evidence of a run of stems."""
        scores = self.hits_in(stems)
        if self._votes and self.weights.example:
            for stem in set(stems) - self.lexicon.stop_words:
                for heading, share in self._votes.get(stem, {}).items():
                    scores[heading] += self.weights.example * share
        return scores

    def evidence(self, text: str, stems: Sequence[str] | None = None) -> list[float]:
        """Return per-heading evidence from the sentence alone: keywords and examples."""
        return list(self._evidence(text, stems)[: self._count])

    def scores(
        self, text: str, section: str = "", stems: Sequence[str] | None = None
    ) -> list[float]:
        """Return per-heading scores: the sentence's evidence plus its section's.

        `stems`, when given, are the sentence's word stems already computed.
        """
        scores = self.evidence(text, stems)
        scores = [s + e for s, e in zip(scores, self._section_evidence(section))]
        return self._needs_met(scores, self._stems(text) if stems is None else stems)

    def _needs_met(self, scores: list[float], stems: Sequence[str]) -> list[float]:
        """Return the scores with those of headings whose needed words are lacking at 0."""
        for heading in self._lacking(stems):
            scores[heading] = 0.0
        return scores

    @lru_cache(maxsize=256)  # noqa: B019 - a matcher lives for one brief
    def _section_evidence(self, section: str) -> tuple[float, ...]:
        """Return the section heading's evidence, its best heading scaled to the weight."""
        evidence = self.evidence(section) if section else [0.0] * self._count
        top = max(evidence, default=0.0)
        return tuple(self.weights.section * e / top if top > 0 else 0.0 for e in evidence)

    def best(
        self, text: str, section: str = "", stems: Sequence[str] | None = None
    ) -> tuple[int, float, float]:
        """Return the best heading's index, its score, and its share of the keywords found.

        The share tells a sentence mainly about one theme (close to 1) from one that
        touches several; it is taken from the keywords, the precise evidence, and from
        all the evidence when the sentence has none. (-1, 0, 0) when no heading fits.
        """
        scores = self.scores(text, section, stems)
        if not scores or max(scores) <= 0:
            return -1, 0.0, 0.0
        best = max(range(len(scores)), key=lambda h: (scores[h], -h))
        hits = self.hits(text) if stems is None else self.hits_in(stems)[: self._count]
        basis = hits if sum(hits) > 0 else scores
        return best, scores[best], basis[best] / sum(basis)

    def file(self, sentences: Sequence[tuple[str, str]], check: CheckFn = never) -> list[Filing]:
        """File (text, section) sentences given in reading order, using their context.

        Each sentence takes, besides its own and its section heading's evidence, a
        share of the theme mix of the sentences around it in the same section and of
        the whole article; a fragment of a few words takes only its own. `check()` may
        stop the work.
        """
        own = [self._evidence(text) for text, _ in checked(sentences, check)]
        mix = [_mix(e) for e in own]
        article = [sum(m[h] for m in mix) / max(len(mix), 1) for h in range(self._count + 1)]
        near = ((-1, self.weights.neighbour), (1, self.weights.neighbour))
        near += ((-2, self.weights.reach), (2, self.weights.reach))
        filings = []
        for i, (text, section) in enumerate(checked(sentences, check)):
            total = list(own[i])
            if len(tokenize(text)) >= FRAGMENT_WORDS:
                for step, weight in near:
                    j = i + step
                    if weight and 0 <= j < len(sentences) and sentences[j][1] == section:
                        total = [t + weight * m for t, m in zip(total, mix[j])]
                total = [t + self.weights.article * a for t, a in zip(total, article)]
            section_scores = self._section_evidence(section)
            scores = [a + b for a, b in zip(total, section_scores)]
            scores = self._needs_met(scores, self._stems(text))  # whatever the context says
            filings.append(_filing(scores, total[-1], self.min_score))
        return filings


def _mix(evidence: Sequence[float]) -> Sequence[float]:
    """Return a sentence's evidence as shares of its total, the catch-all's included."""
    total = sum(evidence)
    return [e / total for e in evidence] if total > 0 else evidence


def _filing(scores: list[float], other: float, min_score: float) -> Filing:
    if not scores:
        return Filing(-1, 0.0, 0.0, (), other)
    best = max(range(len(scores)), key=lambda h: (scores[h], -h))
    top = scores[best]
    confidence = top / (sum(scores) + other + OTHER_MASS)
    heading = best if top >= min_score and top > other else -1
    return Filing(heading, top, confidence, tuple(scores), other)


_matchers = KeptForPacks()


def matcher_for(pack: ThemePack, lexicon: Lexicon) -> ThemeMatcher:
    """Return the pack's matcher in this language, made once (see themes.kept)."""
    return _matchers.get([pack], lexicon.language.code, lambda: ThemeMatcher(pack, lexicon))
