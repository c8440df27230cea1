"""The engine's entry, which the command line and the window both call: inputs in, a
brief and the articles it was made from out."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from briefer.article import Article
from briefer.as_read import Input, Pasted, Reading, read_as_briefed
from briefer.brief import BOTTOM_LINE, LENGTH, THEMES, Brief, Briefing, Note, Point, Section, Source
from briefer.config import Paths
from briefer.duplicates import duplicate_groups
from briefer.extract.collect import Extracts, extract_articles
from briefer.options import BriefOptions
from briefer.points import bottom_line_size, build_candidates, choose, plan, point_count
from briefer.progress import CancelFn, ProgressFn, Stepper, checked
from briefer.rank import rank_sentences
from briefer.rank.briefer import opening_bonus
from briefer.rank.document import RankDocument
from briefer.rank.inputs import rank_document
from briefer.read import SUFFIX_FORMATS, SUPPORTED_SUFFIXES
from briefer.read.isolate import interrupt as stop_reading
from briefer.reproduce import METADATA_OPEN, read_recipe
from briefer.select import assign_headings
from briefer.text.dateline import article_dateline
from briefer.text.languages import Language
from briefer.text.split import Sentence
from briefer.text.words import lexicon_for
from briefer.themes import ThemePack, matcher_for, resolve_pack

__all__ = [
    "SUFFIX_FORMATS",
    "SUPPORTED_SUFFIXES",
    "BriefOptions",
    "Briefing",
    "brief_inputs",
    "make_brief",
    "Input",
    "Pasted",
    "stop_reading",
    "read_recipe",
    "METADATA_OPEN",
]


@dataclass(frozen=True)
class _Part:
    """One article on its way through the pipeline."""

    source: Source
    article: Article
    sentences: list[Sentence]


def brief_inputs(
    inputs: Sequence[Input],
    options: BriefOptions | None = None,
    paths: Paths | None = None,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> Briefing:
    """Read the articles and brief them.

    A file that cannot be read is left out with a note when others can be; with none
    left, its error is raised. `progress(Progress)` hears of every file read and every
    stage; `cancel()` returning True stops the work at the next file or stage by raising
    Cancelled. Theme packs come from `paths.themes_dir` (by default the user's).
    """
    options = (options or BriefOptions()).validated()
    step = Stepper(progress, cancel, options.brief_seconds)
    reading = read_as_briefed(inputs, options, step)
    return brief_reading(reading, options, paths, step)


def brief_reading(
    reading: Reading, options: BriefOptions, paths: Paths | None, step: Stepper
) -> Briefing:
    """Brief articles read and split: choose the pack, rank, choose and file the points."""
    language, notes = reading.language, list(reading.notes)
    parts = [
        _Part(_source(i + 1, article), article, list(sentences))
        for i, (article, sentences) in enumerate(reading.articles)
    ]
    lexicon = lexicon_for(language)
    pack, chosen = resolve_pack(
        options.themes,
        (paths or Paths.from_environment()).themes_dir,
        [(p.article.title, [s.text for s in p.sentences]) for p in parts],
        lexicon,
        step.check,
    )
    notes.extend([Note(THEMES, chosen, option="themes")] if chosen else [])
    step("ranking", 0.35)  # the pack is chosen
    doc = rank_document(
        [(p.article, p.sentences) for p in parts], lexicon, pack.keywords(language.code), step.check
    )
    # about how many points the brief will have, so that the ranking can suit its length
    wanted = point_count(len(doc), options.points, options.ratio)
    step.check()
    scores = rank_sentences(doc, options.algorithm, wanted)
    step("theming", 0.85)
    brief = _assemble(parts, scores, doc, options, pack, language, notes, step.check)
    step("done", 1.0)
    return Briefing(brief, tuple(p.article for p in parts))


def make_brief(
    inputs: Sequence[Input],
    options: BriefOptions | None = None,
    paths: Paths | None = None,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> Brief:
    """Return the brief of the articles (`brief_inputs` without the articles)."""
    return brief_inputs(inputs, options, paths, progress, cancel).brief


def _source(number: int, article: Article) -> Source:
    return Source(
        id=number,
        path=str(article.path) if article.path else "",
        title=article.title or _derived_title(article),
        sha256=article.sha256,
        language=article.language,
        date=article.date,
        byline=article.byline,
    )


def _derived_title(article: Article) -> str:
    """Name an article that has no title: its file name if it reads as words, else its lead."""
    if article.path is not None:
        stem = re.sub(r"[-_]+", " ", article.path.stem).strip()
        words = stem.split()
        if len(words) >= 2 and all(w.isalpha() for w in words):
            return stem[:1].upper() + stem[1:]
    first = next((b for b in article.blocks if b.kind == "paragraph"), None)
    lead = article.text[article_dateline(article).stop : first.end] if first else ""
    return lead_phrase(lead)


_BREAK_WORDS = {
    "on",
    "in",
    "at",
    "for",
    "after",
    "amid",
    "as",
    "while",
    "during",
    "when",
    "which",
    "who",
    "that",
    "over",
    "despite",
    "since",
}


# Words a phrase cannot end on: "… public officials was" needs what follows it.
_OPEN_ENDED = {
    "a",
    "an",
    "the",
    "of",
    "to",
    "and",
    "or",
    "but",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "has",
    "have",
    "had",
    "will",
    "would",
    "could",
    "can",
}


def lead_phrase(text: str, least: int = 7, most: int = 16) -> str:
    """Return the start of a lead sentence up to a natural break, as a stand-in title.

    "Rubio met with Lavrov on the sidelines of ..." gives "Rubio met with Lavrov": the
    phrase stops at a comma or a joining word once it has `least` words, but not after
    a word that needs what follows ("… officials was in ruins" goes on to "ruins").
    """
    words = text.split()
    taken: list[str] = []
    for word in words[:most]:
        if (
            len(taken) >= least
            and (word.lower() in _BREAK_WORDS or taken[-1].endswith((",", ";", ":")))
            and taken[-1].lower().rstrip(",;:") not in _OPEN_ENDED
        ):
            break
        taken.append(word)
    phrase = " ".join(taken).rstrip(",;:—–-.")
    phrase = phrase[:1].upper() + phrase[1:]  # a title, even of a lead written in lower case
    return phrase if len(taken) == len(words) or len(taken) < most else phrase + "…"


def _assemble(
    parts: list[_Part],
    scores: np.ndarray,
    doc: RankDocument,
    options: BriefOptions,
    pack: ThemePack,
    language: Language,
    notes: list[Note],
    check: Callable[[], None],
) -> Brief:
    """Choose the points, file them and build the brief; `check()` between the phases
    stops the work when the user cancels or the time is up."""
    located = [(p, s) for p in parts for s in p.sentences]
    group = duplicate_groups([s.text for _, s in located], [p.source.id for p, _ in located], check)
    check()
    scores = _merge_duplicates(scores, group)
    candidates = build_candidates(
        [s for _, s in located],
        [p.source.id for p, _ in located],
        doc.content_stems,
        group,
        language.code,
        check,
    )
    check()
    count = plan(candidates, options.points, options.ratio)
    matcher = matcher_for(pack, lexicon_for(language)) if pack.headings else None
    themes = (
        [matcher.best(c.text, c.section, doc.stems[c.index]) for c in checked(candidates, check)]
        if matcher
        else None
    )
    check()
    lead_size = bottom_line_size(count)
    chosen = choose(candidates, scores, count, lead_size, themes, opening_bonus())
    notes.extend(_shortfall(options.points, len(chosen)))
    lead = chosen[:lead_size]
    notes.extend(_keyword_gaps(pack, language))
    taken = set(chosen)
    others = [i for i in range(len(candidates)) if i not in taken and candidates[i].eligible]
    check()
    # Left-out sentences are filed after the points, so each says where it would go.
    filed = assign_headings(
        candidates, chosen[len(lead) :] + others, pack, matcher, language.code, check
    )
    homes = {c: filed[c] for c in chosen[len(lead) :]}
    for c in chosen[len(lead) :]:  # a point that leans on another stays beside it
        if candidates[c].leans_on in homes:
            homes[c] = homes[candidates[c].leans_on]
    homes.update({c: BOTTOM_LINE for c in lead})
    scaled, ranks = _scaled(scores)
    copies: dict[int, list[tuple[int, int, int]]] = {}
    for i, first in enumerate(group):
        part, sentence = located[i]
        copies.setdefault(first, []).append((part.source.id, sentence.start, sentence.end))
    point = {
        i: _point(located[i], homes.get(i, ""), scaled[i], ranks[i], copies.get(i))
        for i in checked(range(len(located)), check)
    }
    sections = _sections(
        [point[c] for c in chosen],
        [
            BOTTOM_LINE,
            *(h.label(language.code) for h in pack.headings),
            pack.other_label(language.code),
        ],
    )
    left_out = [
        point[int(i)].with_heading(filed.get(int(i), ""))
        for i in np.argsort(-scores, kind="stable")
        if int(i) not in homes and candidates[int(i)].eligible
    ]
    check()
    extracts = _extracts(parts, located, ranks, options, language, notes, check)
    return Brief(
        title=_brief_title(parts),
        language=language.code,
        algorithm=options.algorithm,
        theme_pack=pack.id,
        sources=tuple(p.source for p in parts),
        sections=tuple(sections),
        left_out=tuple(left_out),
        notes=tuple(notes),
        settings={
            "points": options.points,
            "ratio": options.ratio,
            "language": options.language,
            "themes": options.themes,
            "quotes": options.quotes,
            "figures": options.figures,
            "names": options.names,
        },
        quotes=extracts.quotes,
        figures=extracts.figures,
        names=extracts.names,
    )


EXTRACT_MOST = 20_000  # sentences searched for quotations, figures and names


def _extracts(
    parts: list[_Part],
    located: list[tuple[_Part, Sentence]],
    ranks: np.ndarray,
    options: BriefOptions,
    language: Language,
    notes: list[Note],
    check: Callable[[], None],
) -> Extracts:
    """Find who said what, the key figures and the names, as the options ask.

    In a text of more than EXTRACT_MOST sentences only the best-ranked EXTRACT_MOST are
    searched, with a note, so that the work stays bounded however long the text.
    """
    wanted = (options.quotes, options.figures, options.names)
    if not any(wanted):
        return Extracts()
    rank = {(p.source.id, s.index): int(ranks[i]) for i, (p, s) in enumerate(located)}
    searched = [(p, p.sentences) for p in parts]
    if len(located) > EXTRACT_MOST:
        searched = [
            (p, [s for s in p.sentences if rank[(p.source.id, s.index)] <= EXTRACT_MOST])
            for p in parts
        ]
        notes.append(
            Note(
                LENGTH,
                f"Who said what, key figures and names come from the {EXTRACT_MOST:,} best "
                f"sentences of {len(located):,}",
            )
        )
    return extract_articles(
        [(p.source.id, p.article, sentences) for p, sentences in searched],
        language.code,
        lexicon_for(language).stop_words,
        lambda source, sentence: rank.get((source, sentence), len(rank) + 1),
        wanted,
        check,
    )


def _shortfall(points: int | None, given: int) -> list[Note]:
    """Say when the article has fewer points to give than were asked for."""
    if points is None or given >= points:
        return []
    return [Note(LENGTH, f"Asked for {points} points; the article has {given}, all given")]


def _keyword_gaps(pack: ThemePack, language: Language) -> list[Note]:
    """Say which headings of the pack cannot take points in this language."""
    if not pack.headings:
        return []
    missing = [h.name for h in pack.headings if not h.keywords.get(language.code)]
    if len(missing) == len(pack.headings):
        text = (
            f"Theme pack '{pack.id}' has no keywords for {language.label}; "
            f"points are listed under '{pack.other}'"
        )
        return [Note(THEMES, text, option="themes")]
    if missing:
        text = f"Theme pack '{pack.id}' has no {language.label} keywords for: {', '.join(missing)}"
        return [Note(THEMES, text, option="themes")]
    return []


def _scaled(scores: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return scores mapped to 0..1 (1 is best) and ranks (1 is best)."""
    low, high = (float(scores.min()), float(scores.max())) if len(scores) else (0.0, 0.0)
    scaled = (scores - low) / (high - low) if high > low else np.ones_like(scores)
    ranks = np.empty(len(scores), dtype=int)
    ranks[np.argsort(-scores, kind="stable")] = np.arange(1, len(scores) + 1)
    return scaled, ranks


def _merge_duplicates(scores: np.ndarray, group: list[int]) -> np.ndarray:
    """Give the first copy of a duplicated sentence the best score of all its copies."""
    merged = scores.copy()
    for i, first in enumerate(group):
        if first != i:
            merged[first] = max(merged[first], scores[i])
    return merged


def _point(
    located: tuple[_Part, Sentence],
    heading: str,
    score: float,
    rank: int,
    copies: list[tuple[int, int, int]] | None = None,
) -> Point:
    part, sentence = located
    return Point(
        text=sentence.text,
        heading=heading,
        score=round(float(score), 4),
        source=part.source.id,
        start=sentence.start,
        end=sentence.end,
        rank=int(rank),
        sentence=sentence.index,
        citations=tuple(sorted({c[0] for c in copies or [(part.source.id, 0, 0)]})),
        copies=tuple(copies or ()),
    )


def _sections(points: list[Point], order: list[str]) -> list[Section]:
    """Group points by heading in the given order, each group in reading order."""
    sections = []
    for heading in dict.fromkeys(order):
        members = sorted(
            (p for p in points if p.heading == heading), key=lambda p: (p.source, p.start)
        )
        if members:
            sections.append(Section(heading, tuple(members)))
    return sections


def _brief_title(parts: list[_Part]) -> str:
    first = parts[0].source.title
    return first if len(parts) == 1 else f"{first} (and {len(parts) - 1} more)"
