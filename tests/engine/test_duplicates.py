"""Several articles, one brief: duplicates merged and cited, a Sources list."""

from __future__ import annotations

import json
import random
import time

import pytest

from briefer.cli import main
from briefer.duplicates import MIN_WORDS, THRESHOLD, duplicate_groups, similarity, word_set
from briefer.pipeline import BriefOptions, make_brief
from tests.conftest import DATA


def test_copy_and_unrelated_article_give_one_brief_citing_both_copies(
    tmp_path, sample_path, capsys
):
    copy = tmp_path / "copy.txt"
    copy.write_bytes(sample_path.read_bytes())
    other = DATA / "noisy_paste.txt"
    files = [str(sample_path), str(copy), str(other)]
    assert main(["brief", *files, "--points", "12", "--format", "json", "--one-brief"]) == 0
    brief = json.loads(capsys.readouterr().out)
    assert [s["id"] for s in brief["sources"]] == [1, 2, 3]
    assert [s["path"] for s in brief["sources"]] == [str(sample_path), str(copy), str(other)]
    points = [p for s in brief["sections"] for p in s["points"]]
    texts = [p["text"] for p in points]
    assert len(texts) == len(set(texts))
    sample_text = sample_path.read_text(encoding="utf-8")
    for point in points:
        if point["text"] in sample_text:
            assert point["citations"] == [1, 2] and point["source"] == 1
            assert sample_text[point["start"] : point["end"]] == point["text"]
        else:
            assert point["citations"] == [3]
    assert any(p["citations"] == [3] for p in points)


def test_markdown_cites_sources_and_lists_them(tmp_path, sample_path, capsys):
    copy = tmp_path / "copy.txt"
    copy.write_bytes(sample_path.read_bytes())
    assert main(["brief", str(sample_path), str(copy), "--points", "6"]) == 0
    text = capsys.readouterr().out
    assert "[1, 2]" in text
    sources = text.split("## Sources")[1]
    assert "1. " in sources and "2. " in sources and "`copy.txt`" in sources


def test_light_rewording_and_quote_marks_are_merged(tmp_path):
    first = tmp_path / "wire.txt"
    first.write_text(
        "Rebels shelled the northern city of Kador overnight, killing nine civilians, "
        "officials said.\nThe defence minister said “the army will respond” to the attack.\n"
        "Talks in Geneva are due to resume next week.\n",
        encoding="utf-8",
    )
    second = tmp_path / "outlet.txt"
    second.write_text(
        "Rebel fighters shelled the northern city of Kador overnight, killing nine "
        'civilians, local officials said.\nThe defence minister said "the army will '
        'respond" to the attack.\nMarkets in the capital were calm on Tuesday morning.\n',
        encoding="utf-8",
    )
    brief = make_brief([first, second], BriefOptions(ratio=1.0))
    kador = [p for p in brief.points if "Kador" in p.text]
    assert len(kador) == 1 and kador[0].citations == (1, 2)
    minister = [p for p in brief.points if "defence minister" in p.text]
    assert len(minister) == 1 and minister[0].citations == (1, 2)


def test_sentences_of_one_source_are_never_merged():
    texts = ["The army shelled the city of Kador on Monday night."] * 2
    assert duplicate_groups(texts, [1, 1]) == [0, 1]
    assert duplicate_groups(texts, [1, 2]) == [0, 0]


def test_points_keep_source_order_within_a_heading(tmp_path, sample_path):
    copy = tmp_path / "copy.txt"
    copy.write_bytes(sample_path.read_bytes())
    brief = make_brief([sample_path, copy, DATA / "noisy_paste.txt"], BriefOptions(points=14))
    for section in brief.sections:
        keys = [(p.source, p.start) for p in section.points]
        assert keys == sorted(keys)


def every_pair_groups(texts: list[str], sources: list[int]) -> list[int]:
    """The definition, pair by pair: each sentence joins the earliest most similar
    earlier sentence of another source at the threshold."""
    words = [word_set(t) for t in texts]
    first = list(range(len(texts)))
    for i, mine in enumerate(words):
        if len(mine) < MIN_WORDS:
            continue
        scores = [(similarity(mine, words[j]), -j) for j in range(i) if sources[j] != sources[i]]
        best = max((s for s in scores if s[0] >= THRESHOLD), default=None)
        if best is not None:
            first[i] = first[-best[1]]
    return first


@pytest.mark.parametrize("seed", range(20))
def test_rare_word_candidates_group_exactly_as_every_pair_would(seed):
    chance = random.Random(seed)
    vocabulary = [f"w{k}" for k in range(chance.choice([12, 40, 200]))]
    base = [" ".join(chance.choices(vocabulary, k=chance.randint(2, 14))) for _ in range(30)]
    texts, sources = [], []
    for _ in range(300):
        words = chance.choice(base).split()
        for _ in range(chance.randint(0, 3)):  # a light rewording
            words[chance.randrange(len(words))] = chance.choice(vocabulary)
        texts.append(" ".join(words))
        sources.append(chance.randint(1, 3))
    assert duplicate_groups(texts, sources) == every_pair_groups(texts, sources)


def test_grouping_a_long_input_stays_near_linear():
    sentence = "The army shelled the northern city of Kador on Monday night, officials said"
    texts = [f"{sentence} {k % 997} and {k % 1009}." for k in range(40_000)]
    started = time.perf_counter()
    group = duplicate_groups(texts, [k % 2 for k in range(40_000)])
    assert time.perf_counter() - started < 20
    assert group[1] == 0 and len(set(group)) < 40_000
