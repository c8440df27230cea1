"""Cancel and the time limit stop long work within about a second, whatever its size:
splitting, ranking, every algorithm's own loops, and near-duplicate grouping, not only
between the stages of a brief."""

from __future__ import annotations

import copy
import re
import time

import pytest

from briefer.duplicates import duplicate_groups
from briefer.errors import Cancelled, InputError
from briefer.options import BriefOptions
from briefer.pipeline import brief_inputs
from briefer.progress import Stepper, checked
from briefer.rank import ALGORITHMS, rank_sentences
from briefer.rank.document import RankDocument
from briefer.text.languages import get_language
from briefer.text.words import lexicon_for, normalize, tokenize
from tests import documents

LATENCY = 1.0  # seconds from Cancel (or the deadline) to the work stopped
FLIP = 0.1  # seconds of work before Cancel is pressed


class LateCancel:
    """A Cancel button pressed `after` seconds from the first look (or from press_in)."""

    def __init__(self, after: float | None = FLIP):
        self.at: float | None = None  # when it is pressed
        self._after = after

    def press_in(self, seconds: float) -> None:
        self.at = time.monotonic() + seconds

    def __call__(self) -> bool:
        if self.at is None and self._after is not None:
            self.press_in(self._after)
        return self.at is not None and time.monotonic() >= self.at

    def latency(self) -> float:
        """Return the seconds since the button was pressed (not since the work saw it)."""
        assert self(), "the work ended before Cancel was pressed"
        return time.monotonic() - self.at


def _sentences(count: int) -> list[str]:
    return re.split(r"(?<=\.) ", documents.long_text(count).replace("\n\n", " "))


@pytest.fixture(scope="module")
def big_document() -> RankDocument:
    """60,000 sentences (2,000 dealt anew, 30 times over), with their stems worked out,
    so that a ranking spends its time in its own loops: seconds for every algorithm."""
    texts = _sentences(2000) * 30
    words = [[normalize(t) for t in tokenize(s)] for s in texts[:2000]] * 30
    doc = RankDocument(
        words=words,
        paragraph=[i // 5 for i in range(len(words))],
        lexicon=lexicon_for(get_language("en")),
        texts=texts,
    )
    for worked_out in (doc.stems, doc.content_stems, doc.content_words, doc.all_words):
        assert worked_out
    return doc


@pytest.mark.parametrize("algorithm", sorted(ALGORITHMS))
def test_cancel_stops_every_ranking_within_a_second(algorithm, big_document):
    doc = copy.copy(big_document)  # keeps the worked-out stems
    cancel = LateCancel()
    doc.check = Stepper(cancel=cancel).check
    with pytest.raises(Cancelled):
        rank_sentences(doc, algorithm, 10)
    assert cancel.latency() < LATENCY


def test_the_time_limit_stops_a_ranking_within_a_second(big_document):
    doc = copy.copy(big_document)
    doc.check = Stepper(seconds=FLIP).check
    started = time.monotonic()
    with pytest.raises(InputError) as stopped:
        rank_sentences(doc, "briefer", 10)
    assert time.monotonic() - started < FLIP + LATENCY
    assert stopped.value.option == "brief_seconds"


@pytest.mark.parametrize(
    "stage, words, after",
    [
        ("ranking", 8000, 0.3),  # 1 MB: 3 s of ranking
        ("splitting", 30_000, 0.1),  # 3.7 MB: 2 s to split
    ],
)
def test_cancel_during_a_stage_of_a_large_text_stops_the_brief_quickly(
    tmp_path, stage, words, after
):
    article = tmp_path / "long.txt"
    article.write_text(documents.long_text(words), encoding="utf-8")
    cancel = LateCancel(after=None)
    stages: list[str] = []

    def progress(step) -> None:
        stages.append(step.stage)
        if step.stage == stage:
            cancel.press_in(after)

    with pytest.raises(Cancelled):
        brief_inputs([article], BriefOptions(language="en", themes="none"), None, progress, cancel)
    assert cancel.latency() < LATENCY
    assert stages[-1] == stage


@pytest.mark.parametrize("name, copies", [("long.txt", 8), ("long.md", 4)])
def test_cancel_during_the_reading_of_a_large_text_stops_the_brief_quickly(tmp_path, name, copies):
    article = tmp_path / name  # 30 MB of text, or 15 MB of Markdown: 3.5 s and 5 s to read
    article.write_text("\n\n".join([documents.long_text(30_000)] * copies), encoding="utf-8")
    cancel = LateCancel(after=None)
    stages: list[str] = []

    def progress(step) -> None:
        stages.append(step.stage)
        if step.stage == "reading" and step.file:
            cancel.press_in(0.1)

    with pytest.raises(Cancelled):
        brief_inputs([article], BriefOptions(language="en", themes="none"), None, progress, cancel)
    assert cancel.latency() < LATENCY
    assert stages == ["reading"]


def test_the_time_limit_stops_the_reading_of_a_large_text(tmp_path):
    article = tmp_path / "long.txt"
    article.write_text("\n\n".join([documents.long_text(30_000)] * 8), encoding="utf-8")
    started = time.monotonic()
    with pytest.raises(InputError) as stopped:
        brief_inputs([article], BriefOptions(language="en", themes="none", brief_seconds=0.5))
    assert time.monotonic() - started < 0.5 + LATENCY
    assert stopped.value.option == "brief_seconds"


def test_cancel_stops_near_duplicate_grouping_within_a_second():
    texts = _sentences(2000) * 20
    cancel = LateCancel()
    with pytest.raises(Cancelled):
        duplicate_groups(texts, [i % 2 for i in range(len(texts))], Stepper(cancel=cancel).check)
    assert cancel.latency() < LATENCY


def test_checked_looks_before_the_first_item_and_then_every_so_many():
    calls: list[int] = []
    seen = []
    for item in checked(range(10), lambda: calls.append(len(seen)), every=4):
        seen.append(item)
    assert seen == list(range(10))
    assert calls == [0, 4, 8]


def test_cancel_stops_the_filing_under_headings_within_a_second():
    from briefer.themes import ThemeMatcher, load_pack

    matcher = ThemeMatcher(load_pack("conflict"), lexicon_for(get_language("en")))
    sentences = [(text, "") for text in _sentences(2000) * 30]
    cancel = LateCancel()
    with pytest.raises(Cancelled):
        matcher.file(sentences, Stepper(cancel=cancel).check)
    assert cancel.latency() < LATENCY


def test_cancel_stops_the_listing_of_candidate_points_within_a_second(big_document):
    from briefer.points import build_candidates
    from briefer.text.split import Sentence

    texts = big_document.texts
    sentences = [Sentence(i, 0, len(t), t, i // 5, i % 5, "") for i, t in enumerate(texts)]
    cancel = LateCancel(after=0.02)
    with pytest.raises(Cancelled):
        build_candidates(
            sentences * 3,
            [0] * len(sentences) * 3,
            big_document.content_stems * 3,
            list(range(len(sentences) * 3)),
            "en",
            Stepper(cancel=cancel).check,
        )
    assert cancel.latency() < LATENCY


def test_cancel_stops_the_choice_of_the_pack_within_a_second():
    from briefer.themes import PackChooser, load_all

    chooser = PackChooser(load_all(), lexicon_for(get_language("en")))
    cancel = LateCancel()
    with pytest.raises(Cancelled):
        chooser.choose([("", _sentences(2000) * 30)], Stepper(cancel=cancel).check)
    assert cancel.latency() < LATENCY


def test_cancel_stops_the_search_for_names_figures_and_quotes_within_a_second():
    from briefer.extract.collect import extract_articles
    from briefer.read.plain import read_plain
    from briefer.text.split import split_sentences

    article = read_plain(documents.long_text(8000))
    sentences = split_sentences(article, get_language("en"))
    stop_words = lexicon_for(get_language("en")).stop_words
    for wanted in ((False, False, True), (False, True, False), (True, False, False)):
        cancel = LateCancel(after=0.05)
        with pytest.raises(Cancelled):
            extract_articles(
                [(1, article, sentences * 4)],
                "en",
                stop_words,
                None,
                wanted,
                Stepper(cancel=cancel).check,
            )
        assert cancel.latency() < LATENCY, wanted
