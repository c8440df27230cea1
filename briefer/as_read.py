"""The articles as a brief sees them: read, their language chosen, split into sentences.

The first stage of every brief (briefer.pipeline.make_brief), and all that `briefer
read` shows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from briefer.article import Article
from briefer.errors import BrieferError, InputError, LanguageError
from briefer.read import read_article
from briefer.text.language import CONFIDENT, detect_with_probability
from briefer.text.languages import Language, get_language
from briefer.text.split import Sentence, split_sentences

if TYPE_CHECKING:
    from briefer.pipeline import BriefOptions


@dataclass(frozen=True)
class Reading:
    """What `briefer read` shows: every article with its sentences, and the notes."""

    articles: tuple[tuple[Article, tuple[Sentence, ...]], ...]
    language: Language  # the language every article was split in
    notes: tuple[str, ...]


def read_as_briefed(
    inputs: Sequence[str | Path | Article],
    options: BriefOptions,
    read: Callable[[], None] | None = None,
) -> Reading:
    """Read the inputs, choose their language and split them, with validated options.

    A file that cannot be read is left out with a note when others can be; with none
    left, or no sentence in any, an InputError (or LanguageError) is raised. `read()`
    is called once the files are read, before the split (a progress step).
    """
    articles, detected, notes = _read_all(inputs, options)
    if read is not None:
        read()
    language = _choose_language(articles, detected, options.language, notes)
    split = []
    for article in articles:
        article.language = article.language or language.code
        split.append((article, tuple(split_sentences(article, language))))
    if not any(sentences for _, sentences in split):
        raise InputError("no sentences found", articles[0].path)
    return Reading(tuple(split), language, tuple(notes))


def _read_all(
    inputs: Sequence[str | Path | Article], options: BriefOptions
) -> tuple[list[Article], list[tuple[Language, float]], list[str]]:
    """Read every input, detecting its language once when it is to be detected.

    Returns the articles, their detected languages with probabilities (empty when the
    language was given), and a note for every input left out.
    """
    if not inputs:
        raise InputError("no article given")
    articles: list[Article] = []
    detected: list[tuple[Language, float]] = []
    errors: list[BrieferError] = []
    for item in inputs:
        try:
            article = (
                item
                if isinstance(item, Article)
                else read_article(item, options.max_bytes, options.read_limits)
            )
            if options.language == "auto":
                detected.append(detect_with_probability(article.body, article.path))
            articles.append(article)
        except (InputError, LanguageError) as error:
            errors.append(error)
    if not articles:
        raise errors[0]
    notes = [note for article in articles for note in article.notes]
    return articles, detected, notes + [f"Skipped {e}" for e in errors]


def _choose_language(
    articles: list[Article],
    detected: list[tuple[Language, float]],
    requested: str,
    notes: list[str],
) -> Language:
    """Return the requested language, or the detected language of most of the text."""
    if requested != "auto":
        return get_language(requested)
    weights: dict[str, int] = {}
    found: dict[str, Language] = {}
    for article, (language, probability) in zip(articles, detected, strict=True):
        if probability < CONFIDENT:
            notes.append(
                f"Language of {article.name} uncertain ({language.label}, "
                f"{probability:.0%}); use --language to choose another"
            )
        article.language = language.code
        found[language.code] = language
        weights[language.code] = weights.get(language.code, 0) + len(article.body)
    best = max(weights, key=lambda code: weights[code])
    if len(weights) > 1:
        others = ", ".join(sorted(set(weights) - {best}))
        notes.append(
            f"Articles in several languages; briefed as {found[best].label} (also: {others})"
        )
    return found[best]
