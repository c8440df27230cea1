"""The default ranking suits the brief's length: position for short briefs, centrality for long."""

from __future__ import annotations

from briefer.options import BriefOptions
from briefer.pipeline import brief_inputs
from briefer.rank import rank_sentences, top_indices
from briefer.rank.briefer import long_model, model, model_for
from briefer.rank.features import NAMES
from briefer.rank.inputs import rank_document
from briefer.text.languages import get_language
from briefer.text.split import split_sentences
from briefer.text.words import lexicon_for
from tests.conftest import ROOT

CONFLICT = ROOT / "tests" / "data" / "themes" / "conflict.txt"
RED_CRESCENT = "The Red Crescent said power and running water had been cut"


def test_three_point_briefs_and_briefs_of_most_of_the_article_keep_the_short_model():
    assert model_for(None, 30) is model()
    assert model_for(3, 10) is model()
    assert model_for(12, 40) is long_model()  # 30 % of the sentences
    assert model_for(8, 30) is model()  # below the long model's share
    assert model_for(20, 30) is model()  # most of the article


def test_a_long_brief_takes_the_central_sentences_that_position_alone_would_leave_out():
    briefing = brief_inputs([CONFLICT], BriefOptions(points=6, themes="none"))
    article = briefing.articles[0]
    sentences = split_sentences(article, get_language("en"))
    doc = rank_document([(article, sentences)], lexicon_for(get_language("en")), ())
    central = set(top_indices(rank_sentences(doc, "reduction"), 6))
    chosen = {p.sentence for p in briefing.brief.points}
    # the lead holds two of the six most central sentences, the long brief five
    assert len(central & set(range(6))) == 2
    assert len(central & chosen) >= 5
    # the loss of power and water to the city: ninth in the article, central, now a point
    ninth = sentences[8].text
    assert ninth.startswith(RED_CRESCENT) and 8 in central
    assert any(p.text == ninth for p in briefing.brief.points)


def test_the_long_model_weighs_length_and_centrality_over_position():
    wide = dict(zip((NAMES[c] for c in long_model().columns), long_model().weights))
    short = dict(zip((NAMES[c] for c in model().columns), model().weights))
    assert short["position"] > 4 * wide["position"]
    assert wide["log_words"] + wide["centrality"] > 2 * wide["position"]
