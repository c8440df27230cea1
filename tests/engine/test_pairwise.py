"""Sentence-by-sentence products: every pair up to GRAPH_PAIRS pairs, a band beyond."""

from __future__ import annotations

import random

import numpy as np
import pytest

from briefer.rank import pairwise, rank_sentences
from briefer.rank.document import TermMatrix
from briefer.rank.inputs import rank_document
from briefer.read.plain import read_plain
from briefer.text.languages import get_language
from briefer.text.split import split_sentences
from briefer.text.words import lexicon_for
from tests.conftest import SAMPLE

GRAPHS = ("lex-rank", "text-rank", "reduction")


def assembled(matrix: TermMatrix) -> np.ndarray:
    rows = matrix.shape[0]
    full = np.zeros((rows, rows))
    for start, stop, first, block in pairwise.row_products(matrix, matrix.counts):
        full[start:stop, first : first + block.shape[1]] = block
    return full


def random_matrix(rows: int, seed: int = 0) -> TermMatrix:
    chance = random.Random(seed)
    vocabulary = [f"w{k}" for k in range(60)]
    return TermMatrix.build(
        [chance.choices(vocabulary, k=chance.randint(0, 9)) for _ in range(rows)]
    )


def test_past_the_limit_only_sentences_near_each_other_are_linked(monkeypatch):
    matrix = random_matrix(300)
    monkeypatch.setattr(pairwise, "DENSE_LIMIT", 0)
    monkeypatch.setattr(pairwise, "BLOCK_ROWS", 7)
    every_pair = assembled(matrix)
    monkeypatch.setattr(pairwise, "GRAPH_PAIRS", 300 * 2 * 20)
    band = assembled(matrix)
    distance = np.abs(np.subtract.outer(np.arange(300), np.arange(300)))
    assert np.array_equal(band, np.where(distance <= 20, every_pair, 0.0))
    assert np.array_equal(band, band.T)


def long_document():
    english = get_language("en")
    article = read_plain(SAMPLE.read_text(encoding="utf-8") * 3)
    return rank_document([(article, split_sentences(article, english))], lexicon_for(english))


@pytest.mark.parametrize("algorithm", GRAPHS)
def test_up_to_the_limit_the_ranking_is_the_same(monkeypatch, algorithm):
    doc = long_document()
    monkeypatch.setattr(pairwise, "DENSE_LIMIT", 0)
    monkeypatch.setattr(pairwise, "BLOCK_ROWS", 7)
    every_pair = rank_sentences(doc, algorithm)
    monkeypatch.setattr(pairwise, "GRAPH_PAIRS", len(doc) ** 2)
    assert np.array_equal(rank_sentences(doc, algorithm), every_pair)
    monkeypatch.setattr(pairwise, "GRAPH_PAIRS", len(doc) ** 2 // 4)
    banded = rank_sentences(doc, algorithm)
    assert len(banded) == len(doc) and np.all(np.isfinite(banded))
