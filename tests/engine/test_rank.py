"""The vectorised algorithms rank like sumy's own code on the same sentences."""

from __future__ import annotations

import json

import numpy as np
import pytest

from briefer.rank import ALGORITHMS, algorithm_name, rank_sentences, top_indices
from briefer.rank.inputs import rank_document
from briefer.rank.sumy_reference import sumy_top
from briefer.read import read_article
from briefer.read.plain import read_plain
from briefer.text.languages import get_language
from briefer.text.split import split_sentences
from briefer.text.words import lexicon_for
from briefer.themes import load_pack
from tests.conftest import ROOT, SAMPLE

ENGLISH = get_language("en")
ARTICLES = sorted((ROOT / "benchmarks" / "data" / "news").glob("*.json"))[::3]


def documents():
    keywords = load_pack("conflict").keywords("en")
    articles = [read_article(SAMPLE)]
    for path in ARTICLES:
        item = json.loads(path.read_text("utf-8"))
        articles.append(read_plain(item["text"]).with_(title=item["title"]))
    lexicon = lexicon_for(ENGLISH)
    return [rank_document([(a, split_sentences(a, ENGLISH))], lexicon, keywords) for a in articles]


@pytest.fixture(scope="module")
def docs():
    return documents()


SCORED = ["lex-rank", "lsa", "text-rank", "luhn", "reduction", "edmundson"]
GREEDY = ["kl", "sum-basic"]


@pytest.mark.parametrize("algorithm", SCORED)
def test_top_third_matches_sumy_up_to_exact_ties(docs, algorithm):
    """Where the picks differ, the sentences swapped must score the same (a tie sumy's
    floating-point noise broke one way and document order the other)."""
    for doc in docs:
        k = max(3, len(doc) // 3)
        scores = rank_sentences(doc, algorithm)
        ours = set(top_indices(scores, k))
        theirs = set(sumy_top(doc, algorithm, k))
        for mine, other in zip(sorted(ours - theirs), sorted(theirs - ours), strict=True):
            assert np.isclose(scores[mine], scores[other], rtol=1e-9), (algorithm, mine, other)


@pytest.mark.parametrize("algorithm", GREEDY)
def test_greedy_selection_agrees_with_sumy(docs, algorithm):
    """Greedy orders tie-break on 1e-17 differences of float sums: allow 3% of picks."""
    agree = total = 0
    for doc in docs:
        k = max(3, len(doc) // 3)
        ours = set(top_indices(rank_sentences(doc, algorithm), k))
        agree += len(ours & set(sumy_top(doc, algorithm, k)))
        total += k
    assert agree / total >= 0.97, f"{algorithm}: {agree}/{total}"


@pytest.mark.parametrize("algorithm", list(ALGORITHMS))
def test_rankings_are_deterministic_and_complete(docs, algorithm):
    doc = docs[0]
    first = rank_sentences(doc, algorithm)
    assert len(first) == len(doc)
    assert np.all(np.isfinite(first))
    assert np.array_equal(first, rank_sentences(doc, algorithm))


def test_algorithm_names_accept_common_spellings():
    assert algorithm_name("LexRank") == "lex-rank"
    assert algorithm_name("text_rank") == "text-rank"
    assert algorithm_name("SumBasic") == "sum-basic"


def test_large_documents_take_the_sparse_path(monkeypatch, docs):
    """The blockwise sparse products give the same ranking as the dense one."""
    from briefer.rank import pairwise

    doc = docs[1]
    dense = {a: rank_sentences(doc, a) for a in ("lex-rank", "text-rank", "reduction")}
    monkeypatch.setattr(pairwise, "DENSE_LIMIT", 0)
    monkeypatch.setattr(pairwise, "BLOCK_ROWS", 7)
    for algorithm, scores in dense.items():
        assert np.allclose(rank_sentences(doc, algorithm), scores), algorithm
