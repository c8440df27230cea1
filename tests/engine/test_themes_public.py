"""Real news from the public sets (benchmarks/data/public): a sport, a markets, a
technology and a conflict article each get their pack from `auto`, and sentences a reader
would look for under a heading are filed there. Skipped where the sets are not built."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from briefer.pipeline import BriefOptions, make_brief
from briefer.read.plain import read_plain
from briefer.text.languages import get_language
from briefer.text.words import lexicon_for
from briefer.themes import ThemeMatcher, load_pack

ROOT = Path(__file__).resolve().parent.parent.parent
_spec = importlib.util.spec_from_file_location(
    "public_sets", ROOT / "benchmarks" / "public_sets.py"
)
public_sets = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(public_sets)

# (public set, record id, pack, [(start of a sentence, the heading it belongs under)])
ARTICLES = {
    "sport": (
        "frank_cnndm",
        "frank-cnndm-7c9201a07ffd4647e3c37af77b69571e0fad1c45",
        "sport",
        [
            ("The national team's state of health is good", "Players and form"),
            ("Slovakia are the surprise leaders in qualifying Group C", "Standings and records"),
        ],
    ),
    "markets": (
        "xsum_humaneval",
        "xsum-humaneval-8340",
        "economy",
        [
            ("On the currency markets, the dollar was flat", "Markets"),
            ("Separately, US Labor Department figures showed that claims", "Jobs and workers"),
        ],
    ),
    "technology": (
        "gum_news",
        "gum-news_ie9",
        "technology",
        [
            ("The Internet security firm Secunia.com", "Security and privacy"),
            ("Microsoft says that the latest versions of", "Products and services"),
        ],
    ),
    "conflict": (
        "gum_news",
        "gum-news_korea",
        "conflict",
        [
            ("The South retaliated by firing dozens of rounds of artillery", "Escalation"),
            ("Yesterday, North Korea fired artillery rounds", "Escalation"),
        ],
    ),
}


def record(name: str) -> dict:
    source, record_id, _, _ = ARTICLES[name]
    try:
        records = public_sets.load(source)
    except FileNotFoundError:
        pytest.skip(f"the public set {source} is not built (benchmarks/data/public/README.md)")
    found = [r for r in records if r["id"] == record_id]
    if not found:
        pytest.skip(f"{record_id} is not in {source}")
    return found[0]


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_auto_gives_a_public_article_its_pack_and_the_packs_headings(name):
    item = record(name)
    text = f"{item['title']}\n\n{item['text']}" if item["title"] else item["text"]
    brief = make_brief([read_plain(text)], BriefOptions(points=8))
    pack = load_pack(ARTICLES[name][2])
    assert brief.theme_pack == pack.id
    names = {h.name for h in pack.headings}
    filed = [s for s in brief.sections if s.heading in names]
    assert len(filed) >= 2, [s.heading for s in brief.sections]
    points = sum(len(s.points) for s in brief.sections if s.heading != "Bottom line")
    under_other = sum(len(s.points) for s in brief.sections if s.heading == pack.other)
    assert under_other <= points // 4


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_sentences_of_a_public_article_go_under_the_heading_a_reader_expects(name):
    item = record(name)
    sentences = item["sentences"] or [line for line in item["text"].split("\n") if line.strip()]
    pack = load_pack(ARTICLES[name][2])
    filings = ThemeMatcher(pack, lexicon_for(get_language("en"))).file([(s, "") for s in sentences])
    for start, heading in ARTICLES[name][3]:
        found = [f for s, f in zip(sentences, filings) if s.startswith(start)]
        assert found, f"no sentence starts with {start!r}"
        assert [pack.headings[f.heading].name if f.heading >= 0 else "" for f in found] == [
            heading
        ], start
