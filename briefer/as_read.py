"""The articles as a brief sees them: read, their language chosen, split into sentences."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from briefer.article import Article
from briefer.errors import InputError
from briefer.pipeline import BriefOptions, _choose_language, _read_all
from briefer.text.languages import Language
from briefer.text.split import Sentence, split_sentences


@dataclass(frozen=True)
class Reading:
    """What `briefer read` shows: every article with its sentences, and the notes."""

    articles: tuple[tuple[Article, tuple[Sentence, ...]], ...]
    language: Language  # the language every article was split in
    notes: tuple[str, ...]


def read_as_briefed(inputs: Sequence[str | Path], options: BriefOptions) -> Reading:
    """Read the files exactly as `make_brief` does, up to and including the split.

    A file that cannot be read is left out with a note when others can be; with none
    left, or no sentence in any, an InputError (or LanguageError) is raised.
    """
    options = options.validated()
    # The brief's own reading steps, so what is shown is what a brief would see.
    articles, detected, notes = _read_all(inputs, options)
    language = _choose_language(articles, detected, options.language, notes)
    split = []
    for article in articles:
        article.language = article.language or language.code
        split.append((article, tuple(split_sentences(article, language))))
    if not any(sentences for _, sentences in split):
        raise InputError("no sentences found", articles[0].path)
    return Reading(tuple(split), language, tuple(notes))
