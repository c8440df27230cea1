"""The articles as a brief sees them: read, their language chosen, split into sentences.

The first stage of every brief (briefer.pipeline.make_brief), and all that `briefer
read` shows.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from briefer.article import Article
from briefer.brief import LANGUAGE, READING, SKIPPED, Note
from briefer.errors import InputError, LanguageError
from briefer.progress import CheckFn, Stepper, never
from briefer.read import SUPPORTED_SUFFIXES, read_article, read_pasted, read_pasted_html
from briefer.text.language import CONFIDENT, detect_with_probability
from briefer.text.languages import Language, get_language
from briefer.text.split import Sentence, split_sentences

if TYPE_CHECKING:
    from briefer.options import BriefOptions


@dataclass(frozen=True)
class Pasted:
    """Text from the clipboard, read as an article with the files (so never on the thread
    that pastes it): its HTML, headings kept, when there is any."""

    text: str
    html: str = ""
    title: str = "Pasted text"
    name: str = "pasted text"

    def read(self, check: CheckFn = never) -> Article:
        if self.html.strip():
            return read_pasted_html(self.html, self.title)
        return read_pasted(self.text, self.title, check)


Input = str | Path | Article | Pasted


@dataclass(frozen=True)
class Reading:
    """What `briefer read` shows: every article with its sentences, and the notes."""

    articles: tuple[tuple[Article, tuple[Sentence, ...]], ...]
    language: Language  # the language every article was split in
    notes: tuple[Note, ...]


def read_as_briefed(
    inputs: Sequence[Input],
    options: BriefOptions,
    step: Stepper | None = None,
) -> Reading:
    """Read the inputs, choose their language and split them, with validated options.

    A file that cannot be read is left out with a note when others can be; with none
    left, or no sentence in any, an InputError (or LanguageError) is raised. `step`
    hears of every file read and of the split, and may cancel between them.
    """
    step = step or Stepper()
    articles, detected, notes = read_articles(inputs, options, step)
    step("splitting", 0.2)
    return split_read(articles, detected, options, notes, step.check)


def split_read(
    articles: Sequence[Article],
    detected: Sequence[tuple[Language, float]],
    options: BriefOptions,
    notes: Sequence[Note] = (),
    check: CheckFn = never,
) -> Reading:
    """Choose the language of articles read by `read_articles` and split them.

    `detected` holds each article's detected language (empty when one was asked for);
    an InputError says when no article has a sentence. `check()` may stop the split.
    """
    articles, notes = list(articles), list(notes)
    language = _choose_language(articles, list(detected), options.language, notes)
    split = []
    for article in articles:  # each keeps its detected language, or takes the one asked for
        given = options.language != "auto" or not article.language
        article = article.with_(language=language.code) if given else article
        split.append((article, tuple(split_sentences(article, language, check))))
    if not any(sentences for _, sentences in split):
        raise InputError("no sentences found", articles[0].path)
    return Reading(tuple(split), language, tuple(notes))


@dataclass(frozen=True)
class Read:
    """One input read: the article and its detected language (None when a language was
    asked for), or the error that leaves it out."""

    article: Article | None
    detected: tuple[Language, float] | None = None
    error: InputError | LanguageError | None = None


def read_articles(
    inputs: Sequence[Input], options: BriefOptions, step: Stepper
) -> tuple[list[Article], list[tuple[Language, float]], list[Note]]:
    """Read every input, detecting its language once when it is to be detected.

    Returns the articles, their detected languages with probabilities (empty when the
    language was given), and the notes: what the readers noticed, then a note for every
    input left out.
    """
    items, notes = list_inputs(inputs)
    return gathered(read_in_turn(items, options, step), notes)


def read_in_turn(items: Sequence[Input], options: BriefOptions, step: Stepper) -> list[Read]:
    """Read listed inputs one after the other, telling `step` of each file."""
    reads = []
    for done, item in enumerate(items):
        step.reading(done, len(items), input_name(item))
        reads.append(read_one(item, options, step.check))
        if reads[-1].error is not None:
            step.check()  # a file stopped by a cancel is no file to skip
    step.reading(len(items), len(items), "")
    return reads


def list_inputs(inputs: Sequence[Input]) -> tuple[list[Input], list[Note]]:
    """Return the inputs to read, each folder opened and each file once, with notes on
    what was done to them."""
    if not inputs:
        raise InputError("no article given")
    inputs, folder_notes = _folders_opened(inputs)
    inputs, notes = _once_each(inputs)
    return inputs, folder_notes + notes


def read_one(item: Input, options: BriefOptions, check: CheckFn = never) -> Read:
    """Read one input and detect its language when it is to be detected; `check()` may
    stop the reading of a long text (Cancel, the time limit)."""
    try:
        article = _read_one(item, options, check)
        if options.language != "auto":
            return Read(article)
        return Read(article, detect_with_probability(article.body, article.path))
    except (InputError, LanguageError) as error:
        return Read(None, error=error)


def gathered(
    reads: Sequence[Read], notes: Sequence[Note]
) -> tuple[list[Article], list[tuple[Language, float]], list[Note]]:
    """Return what `read_articles` returns from the inputs read one by one; with no
    article read, the first input's error is raised."""
    articles = [r.article for r in reads if r.article is not None]
    if not articles:
        raise next(r.error for r in reads if r.error is not None)
    detected = [r.detected for r in reads if r.article is not None and r.detected is not None]
    found = [_reader_note(article, note) for article in articles for note in article.notes]
    skipped = [_skipped(r.error) for r in reads if r.error is not None]
    return articles, detected, list(notes) + found + skipped


def _folders_opened(inputs: Sequence[Input]) -> tuple[list[Input], list[Note]]:
    """Return the inputs with each folder replaced by the article files in it.

    A folder gives its files of the formats Briefer reads, by name, not those in its
    sub-folders nor hidden ones; a folder with none is an InputError.
    """
    opened: list[Input] = []
    notes: list[Note] = []
    for item in inputs:
        if isinstance(item, (Article, Pasted)) or not os.path.isdir(item):
            opened.append(item)
            continue
        folder = Path(item)
        files = sorted(
            path
            for path in folder.iterdir()
            if path.suffix.lower() in SUPPORTED_SUFFIXES
            and not path.name.startswith(".")
            and path.is_file()
        )
        if not files:
            kinds = ", ".join(SUPPORTED_SUFFIXES)
            raise InputError(f"the folder holds no article files ({kinds})", folder)
        notes.append(Note(READING, f"{folder}: {len(files)} article files read", str(folder)))
        opened.extend(files)
    return opened, notes


def _once_each(
    inputs: Sequence[Input],
) -> tuple[list[Input], list[Note]]:
    """Return the inputs with a file given twice (by any name or link) kept once."""
    seen: set[str] = set()
    kept: list[Input] = []
    notes: list[Note] = []
    for item in inputs:
        if isinstance(item, (Article, Pasted)):
            kept.append(item)
            continue
        key = os.path.realpath(item)
        if key in seen:
            notes.append(Note(READING, f"{item}: given more than once; briefed once", str(item)))
            continue
        seen.add(key)
        kept.append(item)
    return kept, notes


def input_name(item: Input) -> str:
    return item.name if isinstance(item, (Article, Pasted)) else str(item)


def _read_one(item: Input, options: BriefOptions, check: CheckFn) -> Article:
    if isinstance(item, Article):
        return item
    if isinstance(item, Pasted):
        return item.read(check)
    return read_article(item, options.max_bytes, options.read_limits, check)


def _reader_note(article: Article, text: str) -> Note:
    return Note(READING, text, str(article.path or ""))


def _skipped(error: InputError | LanguageError) -> Note:
    return Note(SKIPPED, f"Skipped {error}", error.path or "", error.option)


def _choose_language(
    articles: list[Article],
    detected: list[tuple[Language, float]],
    requested: str,
    notes: list[Note],
) -> Language:
    """Return the requested language, or the detected language of most of the text."""
    if requested != "auto":
        return get_language(requested)
    weights: dict[str, int] = {}
    found: dict[str, Language] = {}
    for index, (article, (language, probability)) in enumerate(
        zip(articles, detected, strict=True)
    ):
        if probability < CONFIDENT:
            notes.append(
                Note(
                    LANGUAGE,
                    f"Language of {article.name} uncertain ({language.label}, {probability:.0%})",
                    str(article.path or ""),
                    "language",
                )
            )
        articles[index] = article.with_(language=language.code)
        found[language.code] = language
        weights[language.code] = weights.get(language.code, 0) + len(article.body)
    best = max(weights, key=lambda code: weights[code])
    if len(weights) > 1:
        others = ", ".join(sorted(set(weights) - {best}))
        notes.append(
            Note(
                LANGUAGE,
                f"Articles in several languages; briefed as {found[best].label} (also: {others})",
                option="language",
            )
        )
    return found[best]
