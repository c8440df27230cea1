"""Greedy rankings on long texts: step by step up to GREEDY_PICKS, then by score."""

from __future__ import annotations

import time

import numpy as np
import pytest

from briefer.rank import greedy, rank_sentences
from briefer.rank.inputs import rank_document
from briefer.read.plain import read_plain
from briefer.text.languages import get_language
from briefer.text.split import split_sentences
from briefer.text.words import lexicon_for
from tests import documents
from tests.conftest import SAMPLE

ENGLISH = get_language("en")


def document(text: str):
    article = read_plain(text)
    return rank_document([(article, split_sentences(article, ENGLISH))], lexicon_for(ENGLISH))


@pytest.mark.parametrize("algorithm", ["kl", "sum-basic"])
def test_the_first_picks_are_the_greedy_ones_and_the_rest_follow(monkeypatch, algorithm):
    doc = document(SAMPLE.read_text(encoding="utf-8") * 2)
    stepwise = rank_sentences(doc, algorithm)
    monkeypatch.setattr(greedy, "GREEDY_PICKS", 10)
    cut = rank_sentences(doc, algorithm)
    assert sorted(cut) == sorted(stepwise) == list(-np.arange(len(doc))[::-1])
    first = [int(i) for i in np.argsort(-stepwise, kind="stable")[:10]]
    assert [int(i) for i in np.argsort(-cut, kind="stable")[:10]] == first


@pytest.mark.parametrize("algorithm", ["kl", "sum-basic"])
def test_a_long_text_is_ranked_in_bounded_time(algorithm):
    doc = document(documents.long_text(12_000))
    started = time.perf_counter()
    scores = rank_sentences(doc, algorithm)
    assert time.perf_counter() - started < 30
    assert len(set(scores.tolist())) == len(doc)
