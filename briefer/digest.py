"""A digest: many articles grouped by story, each story briefed on its own.

The engine's entry for several articles at once, which the command line and the window
both call. The articles are read once, grouped by story (briefer/stories.py), and every
story becomes a brief of its own, with its own pack, bottom line, points and sources; a
story of one article is briefed as that article alone would be.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from contextlib import nullcontext
from dataclasses import dataclass, replace

from briefer.article import Article
from briefer.as_read import (
    Input,
    Read,
    gathered,
    list_inputs,
    read_in_turn,
    read_one,
    split_read,
)
from briefer.brief import READING, SKIPPED, Briefing, Digest, Note
from briefer.config import Paths
from briefer.errors import InputError
from briefer.options import BriefOptions
from briefer.pipeline import brief_reading
from briefer.progress import READING_SHARE, CancelFn, ProgressFn, Stepper
from briefer.stories import StoryText, central, group_stories, load_maths, story_text
from briefer.text.languages import Language, get_language
from briefer.text.words import lexicon_for
from briefer.workers import Workers, can_start, cores

GROUPING_SHARE = 0.05  # of the digest's progress, after reading
PARALLEL_FROM = 24  # articles from which the work is shared out over the cores
READ_CHUNK = 4  # articles a worker reads at a time: progress moves every few files
BRIEF_CHUNK = 8  # stories a worker briefs at a time
_Reading = tuple[Read, StoryText | None]


def digest_inputs(
    inputs: Sequence[Input],
    options: BriefOptions | None = None,
    paths: Paths | None = None,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> Digest:
    """Read the articles, group them by story and brief every story.

    Errors, progress and cancelling work as for `pipeline.brief_inputs`; a story whose
    articles hold no sentence is left out with a note. From PARALLEL_FROM articles on, the
    reading and the stories' briefs are shared out over the machine's cores.
    """
    options = (options or BriefOptions()).validated()
    paths = paths or Paths.from_environment()
    step = Stepper(progress, cancel, options.brief_seconds)
    items, listed = list_inputs(inputs)
    spread = len(items) >= PARALLEL_FROM and cores() > 1 and can_start()
    workers = Workers(len(items)) if spread else None
    with workers or nullcontext():
        return _digest(items, listed, options, paths, step, workers)


def _digest(
    items: Sequence[Input],
    listed: Sequence[Note],
    options: BriefOptions,
    paths: Paths,
    step: Stepper,
    workers: Workers | None,
) -> Digest:
    reads = _read_shared(items, options, step, workers) if workers else _read(items, options, step)
    articles, detected, notes = gathered([r for r, _ in reads], listed)
    texts = [text for read, text in reads if read.article is not None]
    step("grouping", READING_SHARE)
    groups = _most_reported_first(group_stories(texts))
    step.check()
    shared = [n for n in notes if not _about(n, articles)]
    if len(groups) > 1:
        shared.append(Note(READING, f"{len(articles)} articles grouped into {len(groups)} stories"))
    jobs = [
        _Story(
            tuple(articles[i] for i in group),
            tuple(detected[i] for i in group) if detected else (),
            tuple(n for n in notes if _about(n, [articles[i] for i in group])),
            central([texts[i] for i in group]),
            options,
            paths,
        )
        for group in groups
    ]
    made = _brief_shared(jobs, step, workers) if workers else _brief(jobs, step)
    stories = [_named(story, job) for story, job in zip(made, jobs) if isinstance(story, Briefing)]
    shared += [
        Note(SKIPPED, f"Skipped a story: {error}", error.path or "")
        for error in made
        if isinstance(error, InputError)
    ]
    if not stories:
        raise InputError("no sentences found", articles[0].path)
    step("done", 1.0)
    if len(stories) == 1:  # one story is one brief, which says all there is to say
        only = next(story for story in made if isinstance(story, Briefing))
        brief = replace(only.brief, notes=tuple(shared) + only.brief.notes)
        return Digest((Briefing(brief, only.articles),))
    return Digest(tuple(stories), tuple(shared))


def _named(briefing: Briefing, job: _Story) -> Briefing:
    """Title a story of a digest after its most central article."""
    title = briefing.brief.sources[job.central].title
    return replace(briefing, brief=replace(briefing.brief, title=title))


@dataclass(frozen=True)
class _Story:
    """One story to brief: its articles read, their detected languages and their notes."""

    articles: tuple[Article, ...]
    detected: tuple[tuple[Language, float], ...]
    notes: tuple[Note, ...]
    central: int  # the article whose title names the story
    options: BriefOptions
    paths: Paths

    def brief(self, step: Stepper) -> Briefing | InputError:
        try:
            reading = split_read(self.articles, self.detected, self.options, self.notes, step.check)
        except InputError as error:
            return error
        return brief_reading(reading, self.options, self.paths, step)


def _read(items: Sequence[Input], options: BriefOptions, step: Stepper) -> list[_Reading]:
    return [_with_text(read, options) for read in read_in_turn(items, options, step)]


def _read_shared(
    items: Sequence[Input], options: BriefOptions, step: Stepper, workers: Workers
) -> list[_Reading]:
    chunks = [items[i : i + READ_CHUNK] for i in range(0, len(items), READ_CHUNK)]
    step.reading(0, len(items), "")
    # this process only waits meanwhile: it imports what grouping needs after the reading
    threading.Thread(target=load_maths, daemon=True, name="briefer-load-maths").start()

    def done(count: int) -> None:
        step.reading(min(count * READ_CHUNK, len(items)), len(items), "")

    read = workers.run(_read_chunk, [(chunk, options) for chunk in chunks], step.check, done)
    return [reading for chunk in read for reading in chunk]


def _read_chunk(job: tuple[Sequence[Input], BriefOptions]) -> list[_Reading]:
    items, options = job
    return [_with_text(read_one(item, options), options) for item in items]


def _with_text(read: Read, options: BriefOptions) -> _Reading:
    """Return an input read with what grouping reads of it (None when it was left out)."""
    if read.article is None:
        return read, None
    language = read.detected[0] if read.detected else get_language(options.language)
    return read, _story_text(read.article, language)


def _brief(jobs: Sequence[_Story], step: Stepper) -> list[Briefing | InputError]:
    return [
        job.brief(_StoryStep(step, number, len(jobs), job.articles[0].name))
        for number, job in enumerate(jobs)
    ]


def _brief_shared(
    jobs: Sequence[_Story], step: Stepper, workers: Workers
) -> list[Briefing | InputError]:
    chunks = [jobs[i : i + BRIEF_CHUNK] for i in range(0, len(jobs), BRIEF_CHUNK)]
    start = READING_SHARE + GROUPING_SHARE

    def done(count: int) -> None:
        step("briefing", start + (1 - start) * count / len(chunks), done=count, total=len(chunks))

    briefed = workers.run(_brief_chunk, chunks, step.check, done)
    return [story for chunk in briefed for story in chunk]


def _brief_chunk(jobs: Sequence[_Story]) -> list[Briefing | InputError]:
    return [job.brief(Stepper()) for job in jobs]


def _story_text(article: Article, language: Language) -> StoryText:
    return story_text(lexicon_for(language), article.title, article.body)


def _most_reported_first(groups: list[list[int]]) -> list[list[int]]:
    return sorted(groups, key=lambda group: (-len(group), group[0]))


def _about(note: Note, articles: Sequence[Article]) -> bool:
    """Tell whether a note is about one of these articles (by its path)."""
    return bool(note.path) and any(str(a.path or "") == note.path for a in articles)


class _StoryStep(Stepper):
    """The steps of one story's brief, reported as a share of the whole digest."""

    def __init__(self, parent: Stepper, number: int, total: int, name: str):
        super().__init__()
        self._parent = parent
        self._number, self._total, self._name = number, total, name

    def __call__(self, stage: str, fraction: float, **detail) -> None:
        start = READING_SHARE + GROUPING_SHARE
        whole = start + (1.0 - start) * (self._number + fraction) / self._total
        self._parent(stage, min(whole, 0.99), file=self._name, done=self._number, total=self._total)

    def check(self) -> None:
        self._parent.check()
