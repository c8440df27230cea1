"""Gather the quotations, figures and names of every article of a brief, and keep the
ones a brief has room for."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from briefer.article import Article
from briefer.extract import OTHER, Figure, Name, Quote
from briefer.extract.figures import find_figures
from briefer.extract.names import find_mentions, name_list
from briefer.extract.quotes import find_quotes
from briefer.progress import CheckFn, never
from briefer.text.split import Sentence

MAX_QUOTES = 12
MAX_FIGURES = 12
MAX_NAMES = 30


@dataclass(frozen=True)
class Extracts:
    """What the extraction found, for the brief's own sections."""

    quotes: tuple[Quote, ...] = ()
    figures: tuple[Figure, ...] = ()
    names: tuple[Name, ...] = ()


def extract_articles(
    articles: Sequence[tuple[int, Article, Sequence[Sentence]]],
    language: str,
    stop_words: frozenset[str],
    rank: Callable[[int, int], int] | None = None,
    wanted: tuple[bool, bool, bool] = (True, True, True),
    check: CheckFn = never,
) -> Extracts:
    """Return the quotations, key figures and names of (source, article, sentences).

    `rank(source, sentence)` says how well a sentence ranks (1 is best): the figures of
    the best sentences are kept when there are more than a brief shows. `wanted` says
    which of quotes, figures and names to find; `check()` may stop the work.
    """
    want_quotes, want_figures, want_names = wanted
    quotes: list[Quote] = []
    figures: list[Figure] = []
    names: list[Name] = []
    for source, article, sentences in articles:
        mentions = (
            find_mentions(article, sentences, stop_words, check, language)
            if want_quotes or want_names
            else []
        )
        if want_quotes:
            quotes.extend(find_quotes(article, sentences, mentions, language, source, check))
        if want_figures:
            figures.extend(find_figures(article, sentences, source, stop_words, check))
        if want_names:
            names.extend(name_list(mentions, source, article.text))
    return Extracts(
        tuple(quotes[:MAX_QUOTES]),
        tuple(key_figures(figures, rank)),
        tuple(merged_names(names)[:MAX_NAMES]),
    )


def key_figures(figures: Sequence[Figure], rank: Callable[[int, int], int] | None) -> list[Figure]:
    """Return the figures of the best-ranked sentences, each phrase once, in reading order.

    When there are too many, dates give way first: a date says when, not how much.
    """
    seen: set[str] = set()
    unique = []
    for figure in figures:
        key = figure.text.lower()
        if key not in seen:
            seen.add(key)
            unique.append(figure)
    if rank is not None and len(unique) > MAX_FIGURES:
        ordered = sorted(unique, key=lambda f: (f.kind == "date", rank(f.source, f.sentence)))
        best = ordered[:MAX_FIGURES]
        unique = [f for f in unique if f in best]
    return unique[:MAX_FIGURES]


def merged_names(names: Sequence[Name]) -> list[Name]:
    """Return one entry per name over all sources, the most mentioned first."""
    merged: dict[str, Name] = {}
    for name in names:
        if name.name in merged:
            kept = merged[name.name]
            merged[name.name] = replace(
                kept, count=kept.count + name.count, mentions=kept.mentions + name.mentions
            )
        else:
            merged[name.name] = name
    ordered = sorted(merged.values(), key=lambda n: (-n.count, n.source, n.start))
    return [n for n in ordered if n.kind != OTHER or n.count > 1]
