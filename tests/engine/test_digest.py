"""The digest: articles grouped by story, each story briefed on its own, every point
traceable to its own story's sources."""

from __future__ import annotations

import json
import shutil
import time
from collections import Counter
from pathlib import Path

import pytest

from briefer import digest as digest_module
from briefer.cli import main
from briefer.digest import digest_inputs
from briefer.errors import Cancelled
from briefer.render.digest import render_digest_markdown
from briefer.stories import StoryText, group_stories

DATA = Path(__file__).resolve().parent.parent / "data"
STRIKE = [DATA / "stories" / f"harbour_strike_{outlet}.txt" for outlet in ("wire", "local")]
SPORT = DATA / "themes" / "sport.txt"
MARKETS = DATA / "themes" / "markets.txt"


@pytest.fixture
def folder(tmp_path) -> Path:
    """A folder as a user drops it: two reports of one strike, a match, a bank's results."""
    for path in [*STRIKE, SPORT, MARKETS]:
        shutil.copy(path, tmp_path / path.name)
    return tmp_path


def test_articles_on_one_event_are_one_story_and_the_others_their_own(folder):
    # the match is won by "Harbour City": one shared word does not join it to the strike
    digest = digest_inputs([folder])
    stories = [sorted(Path(a.path).name for a in s.articles) for s in digest.stories]
    assert stories == [
        ["harbour_strike_local.txt", "harbour_strike_wire.txt"],
        ["markets.txt"],
        ["sport.txt"],
    ] or stories == [
        ["harbour_strike_local.txt", "harbour_strike_wire.txt"],
        ["sport.txt"],
        ["markets.txt"],
    ]
    assert "4 articles grouped into 3 stories" in [n.text for n in digest.notes]


def test_each_story_cites_its_own_sources_and_every_point_slices_back(folder):
    digest = digest_inputs([folder])
    strike = digest.stories[0]
    assert [s.id for s in strike.brief.sources] == [1, 2]
    assert "Aldmere" in strike.brief.title
    for story in digest.stories:
        texts = {i + 1: article.text for i, article in enumerate(story.articles)}
        assert story.brief.points
        for point in story.brief.points:
            assert texts[point.source][point.start : point.end] == point.text
            assert set(point.citations) <= set(texts)


def test_stories_get_packs_of_their_own(folder):
    packs = {
        Path(s.articles[0].path).name: s.brief.theme_pack for s in digest_inputs([folder]).stories
    }
    assert packs["sport.txt"] == "sport"
    assert packs["markets.txt"] == "economy"


def test_one_story_is_one_brief_with_every_note(tmp_path):
    for path in STRIKE:
        shutil.copy(path, tmp_path / path.name)
    digest = digest_inputs([tmp_path])
    assert len(digest.stories) == 1 and digest.notes == ()
    brief = digest.stories[0].brief
    assert len(brief.sources) == 2
    assert f"{tmp_path}: 2 article files read" in [n.text for n in brief.notes]


def test_articles_in_two_languages_are_never_one_story():
    words = Counter(["port", "strike", "union", "aldmer"] * 10)
    texts = [
        StoryText("en", words, Counter(["aldmer"])),
        StoryText("fr", words, Counter(["aldmer"])),
    ]
    assert group_stories(texts) == [[0], [1]]


def test_two_companies_results_are_two_stories(tmp_path):
    # both speak of profit, revenue, shares and analysts; they name different companies
    for name in ("airline.txt", "markets.txt"):
        shutil.copy(DATA / "themes" / name, tmp_path / name)
    assert len(digest_inputs([tmp_path]).stories) == 2


def test_the_cores_give_the_same_digest_as_one(folder, monkeypatch):
    alone = render_digest_markdown(digest_inputs([folder]))
    monkeypatch.setattr(digest_module, "PARALLEL_FROM", 2)
    monkeypatch.setattr(digest_module, "cores", lambda: 2)
    seen = []
    shared = digest_inputs([folder], progress=seen.append)
    assert render_digest_markdown(shared) == alone
    fractions = [step.fraction for step in seen]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    assert "briefing" in {step.stage for step in seen}


def test_cancel_stops_the_workers_at_once(folder, monkeypatch):
    monkeypatch.setattr(digest_module, "PARALLEL_FROM", 2)
    monkeypatch.setattr(digest_module, "cores", lambda: 2)
    started = time.monotonic()
    with pytest.raises(Cancelled):
        digest_inputs([folder], cancel=lambda: time.monotonic() - started > 0.3)
    assert time.monotonic() - started < 3.0


def test_command_line_writes_a_digest_of_a_folder(folder, capsys):
    assert main(["brief", str(folder)]) == 0
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert lines[0] == "# Digest: 3 stories from 4 articles"
    assert lines[4].startswith("1. ") and lines[4].endswith("(2 articles)")
    story_titles = [line for line in lines if line.startswith("## ")]
    assert len(story_titles) == 3
    assert lines.count("### Bottom line") == 3 and lines.count("### Sources") == 3
    assert "briefer: 4 articles grouped into 3 stories" in captured.err


def test_command_line_json_digest_keeps_each_story_in_the_brief_shape(folder, capsys):
    assert main(["brief", str(folder), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["digest"] is True and data["articles"] == 4
    assert [len(s["sources"]) for s in data["stories"]] == [2, 1, 1]
    assert all(s["sections"][0]["heading"] == "Bottom line" for s in data["stories"])


def test_one_brief_asks_for_the_old_combined_brief(folder, capsys):
    assert main(["brief", str(folder), "--format", "json", "--one-brief"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert "digest" not in data and len(data["sources"]) == 4


def test_digest_metadata_remakes_the_digest(folder, tmp_path_factory, capsys):
    out = tmp_path_factory.mktemp("out") / "digest.md"
    assert main(["brief", str(folder), "--metadata", "-o", str(out)]) == 0
    first = out.read_text("utf-8")
    again = tmp_path_factory.mktemp("again") / "digest.md"
    assert main(["brief", "--from-metadata", str(out), "-o", str(again)]) == 0
    strip = lambda text: text.split("<!-- briefer-metadata")[0].rstrip()  # noqa: E731
    assert strip(again.read_text("utf-8")) == strip(first)


def test_a_storys_uncertain_language_says_how_to_change_it(folder, capsys):
    (folder / "short.txt").write_text("Das ist gut, said Marta. Bueno.\n", "utf-8")
    assert main(["brief", str(folder)]) == 0
    said = [line for line in capsys.readouterr().err.splitlines() if "Language of" in line]
    assert said and all(line.startswith("briefer: story ") for line in said)
    assert all("--language" in line for line in said)
