"""Choosing the pack that fits an article (`--themes auto`).

Every pack that may be chosen (all but the general one) scores how densely an
article uses its vocabulary: its headings' keywords and its subject words. A word
that several packs share counts for each a share of one. The best pack is chosen
when its density reaches the pack's `min_fit` (MIN_FIT unless the pack sets its own)
and it leads the runner-up by the pack's `min_lead`, by enough to be MIN_SURE sure;
otherwise, and when several articles on different subjects are briefed together, the
general pack is. A pack whose headings would mislead on other news (conflict) sets a
stricter bar, and when it fails that bar the next best pack is tried (an article on a
war's politics gets politics), its sureness measured against the packs below it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from briefer.progress import CheckFn, checked, never
from briefer.text.words import Lexicon, phrases_in
from briefer.themes.kept import KeptForPacks
from briefer.themes.packs import AUTO_PACK, GENERAL_PACK, ThemePack, load_all, load_pack

MIN_FIT = 0.2  # subject evidence per sentence from which a pack suits an article
MIN_LEAD = 1.0  # how many times the runner-up's evidence the best pack needs
# How sure a subject pack must be to be chosen: below it, the general pack. A wrong
# subject pack misleads ("Markets" over a museum's reopening); the general one fits
# any news. benchmarks/themes.py prints the trade on topic-labelled news.
MIN_SURE = 0.5
TITLE_WEIGHT = 3.0  # the title counts as this many sentences
SUBJECT_WEIGHT = 2.0  # a subject word against a heading keyword's 1.0


@dataclass(frozen=True)
class PackChoice:
    """The pack chosen for the articles, how sure the choice is, and the next best."""

    pack: ThemePack
    confidence: float
    runner_up: str = ""
    fits: tuple[tuple[str, float], ...] = ()
    unsure: str = ""  # the subject pack that fit best but not surely enough (then general)

    def note(self) -> str:
        """Say which pack was chosen and how sure, for the brief's notes."""
        if self.unsure:
            return (
                f"Theme pack chosen automatically: {self.pack.name} (no subject pack was sure "
                f"enough; the best, {self.unsure}, was {self.confidence:.0%} sure)"
            )
        text = f"Theme pack chosen automatically: {self.pack.name} ({self.confidence:.0%} sure"
        if self.runner_up:
            text += f"; next best: {self.runner_up}"
        return text + ")"


class PackChooser:
    """Score articles against every choosable pack in one language."""

    def __init__(self, packs: Sequence[ThemePack], lexicon: Lexicon, min_sure: float = MIN_SURE):
        self.lexicon = lexicon
        self.min_sure = min_sure
        self.general = next((p for p in packs if p.id == GENERAL_PACK), None)
        language = lexicon.language.code
        self.packs = [p for p in packs if p.choosable and p.id != GENERAL_PACK]
        self.packs = [p for p in self.packs if p.languages() and language in p.languages()]
        common = self._vocabulary(self.general, language) if self.general else {}
        vocab = [self._vocabulary(p, language) for p in self.packs]
        spread: dict[tuple[str, ...], int] = {}
        for words in vocab:
            for stems in words:
                spread[stems] = spread.get(stems, 0) + 1
        self._index: dict[str, list[tuple[tuple[str, ...], int, float]]] = {}
        for p, words in enumerate(vocab):
            for stems, weight in words.items():
                if stems not in common:
                    entry = (stems, p, weight / spread[stems])
                    self._index.setdefault(stems[0], []).append(entry)

    def _stems(self, text: str) -> tuple[str, ...]:
        return self.lexicon.stems(text)

    def _vocabulary(self, pack: ThemePack, language: str) -> dict[tuple[str, ...], float]:
        """Return a pack's words as stems: subject words weigh SUBJECT_WEIGHT."""
        words: dict[tuple[str, ...], float] = {}
        for heading in pack.headings:
            for word in heading.keywords.get(language, ()):
                words[self._stems(word)] = 1.0
        for word in pack.subject.get(language, ()):
            words[self._stems(word)] = SUBJECT_WEIGHT
        words.pop((), None)
        return words

    def sentence_fit(self, text: str) -> list[float]:
        """Return each pack's subject evidence in one sentence (distinct words only)."""
        found: dict[tuple[tuple[str, ...], int], float] = {}
        for words, pack, weight in phrases_in(self._stems(text), self._index):
            found[(words, pack)] = weight
        fit = [0.0] * len(self.packs)
        for (_, pack), weight in found.items():
            fit[pack] += weight
        return fit

    def article_fit(
        self, title: str, sentences: Sequence[str], check: CheckFn = never
    ) -> list[float]:
        """Return each pack's evidence per sentence over an article, its title weighted."""
        total = [TITLE_WEIGHT * f for f in self.sentence_fit(title)] if title else None
        total = total or [0.0] * len(self.packs)
        for text in checked(sentences, check):
            total = [t + f for t, f in zip(total, self.sentence_fit(text))]
        count = len(sentences) + (TITLE_WEIGHT if title else 0.0)
        return [t / max(count, 1.0) for t in total]

    def choose(
        self, articles: Sequence[tuple[str, Sequence[str]]], check: CheckFn = never
    ) -> PackChoice:
        """Return the pack for (title, sentences) articles: one that fits all, or general;
        `check()` may stop the work."""
        fits = [self.article_fit(title, sentences, check) for title, sentences in articles]
        picks = [self._pick(fit) for fit in fits]
        mean = [sum(f[p] for f in fits) / len(fits) for p in range(len(self.packs))]
        ranked = sorted(range(len(self.packs)), key=lambda p: -mean[p])
        scored = tuple((self.packs[p].id, round(mean[p], 3)) for p in ranked)
        if picks and picks[0] is not None and all(p == picks[0] for p in picks):
            best = picks[0]
            others = [p for p in ranked if p != best]
            second = mean[others[0]] if others else 0.0
            sure = _sureness(mean[best], second)
            runner = self.packs[others[0]].name if others and second > 0 else ""
            below = ranked[ranked.index(best) + 1 :]  # the packs a stricter one gave way over
            if _sureness(mean[best], mean[below[0]] if below else 0.0) >= self.min_sure:
                return PackChoice(self.packs[best], sure, runner, scored)
            return PackChoice(self._general(), sure, runner, scored, self.packs[best].name)
        top = mean[ranked[0]] if ranked else 0.0
        sure = MIN_FIT / (MIN_FIT + top) if top > 0 else 1.0
        runner = self.packs[ranked[0]].name if ranked and top > 0 else ""
        return PackChoice(self._general(), sure, runner, scored)

    def _pick(self, fit: list[float]) -> int | None:
        """Return the best pack that clears its bars; one that fails a bar of its own
        (stricter than the defaults) gives way to the next best."""
        ranked = sorted(range(len(fit)), key=lambda p: -fit[p])
        for place, index in enumerate(ranked):
            pack = self.packs[index]
            second = fit[ranked[place + 1]] if place + 1 < len(ranked) else 0.0
            least = MIN_FIT if pack.min_fit is None else pack.min_fit
            lead = MIN_LEAD if pack.min_lead is None else pack.min_lead
            if fit[index] >= least and fit[index] >= lead * second:
                return index
            if pack.min_fit is None and pack.min_lead is None:
                return None
        return None

    def _general(self) -> ThemePack:
        return self.general if self.general is not None else load_pack(GENERAL_PACK)


def _sureness(fit: float, next_fit: float) -> float:
    """Return how sure a pack of this fit is against a next pack of `next_fit`."""
    return fit / (fit + next_fit + MIN_FIT / 2)


def resolve_pack(
    name: str,
    themes_dir: Path | None,
    articles: Sequence[tuple[str, Sequence[str]]],
    lexicon: Lexicon,
    check: CheckFn = never,
) -> tuple[ThemePack, str]:
    """Return the pack a brief uses and a note on how it was chosen ("" when asked for)."""
    if name != AUTO_PACK:
        return load_pack(name, themes_dir), ""
    choice = _chooser(load_all(themes_dir), lexicon).choose(articles, check)
    return choice.pack, choice.note()


_choosers = KeptForPacks()


def _chooser(packs: Sequence[ThemePack], lexicon: Lexicon) -> PackChooser:
    """Return the chooser of these packs in this language, made once (see themes.kept)."""
    return _choosers.get(packs, lexicon.language.code, lambda: PackChooser(packs, lexicon))
