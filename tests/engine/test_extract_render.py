"""The quotations, figures and names in every export, with spans that slice back."""

from __future__ import annotations

import json

import pytest

from briefer.cli import main
from briefer.pipeline import BriefOptions, brief_inputs
from briefer.render.export import export_bytes
from briefer.render.json_brief import render_json
from briefer.render.markdown import render_markdown
from tests.conftest import SAMPLE


@pytest.fixture(scope="module")
def sample():
    return brief_inputs([SAMPLE])


def test_markdown_has_the_sections_between_points_and_sources(sample):
    text = render_markdown(sample.brief)
    order = [text.index(h) for h in ("## Who said what", "## Key figures", "## Names")]
    assert order == sorted(order)
    last_points = text.index(f"## {sample.brief.sections[-1].heading}")
    assert last_points < order[0] and order[-1] < text.index("## Sources")
    assert "- **Marco Rubio:** “There’s not been more flexibility" in text
    assert "- 728 drones and missiles" in text
    assert "Kuala Lumpur (2)" in text


def test_markdown_escapes_what_it_quotes(sample):
    brief = sample.brief
    odd = brief.quotes[0].__class__(**{**brief.quotes[0].__dict__, "text": "<b>*bold*</b>"})
    text = render_markdown(brief.__class__(**{**brief.__dict__, "quotes": (odd,)}))
    assert "&lt;b>\\*bold\\*&lt;/b>" in text


def test_html_and_pdf_carry_the_sections(sample):
    markdown_text = render_markdown(sample.brief)
    html = export_bytes(markdown_text, "Brief", "html").decode()
    assert "<h2>Who said what</h2>" in html and "<h2>Key figures</h2>" in html
    pdf = export_bytes(markdown_text, "Brief", "pdf", "a4")
    from tests.engine.test_render import pdf_text

    _, text = pdf_text(pdf)
    assert "Who said what" in text and "728 drones and missiles" in text


def test_json_spans_slice_back(sample):
    data = json.loads(render_json(sample.brief))
    text = sample.articles[0].text
    assert data["quotes"] and data["figures"] and data["names"]
    for quote in data["quotes"]:
        assert text[quote["start"] : quote["end"]] == quote["text"]
        assert text[quote["speaker_start"] : quote["speaker_end"]] == quote["speaker"]
    for figure in data["figures"]:
        assert text[figure["start"] : figure["end"]] == figure["text"]
        assert text[figure["value_start"] : figure["value_end"]] == figure["value"]
    for name in data["names"]:
        assert text[name["start"] : name["end"]] == name["text"]
        assert [name["source"], name["start"], name["end"]] == name["mentions"][0]


def test_sections_off_leave_no_trace(tmp_path):
    brief = brief_inputs([SAMPLE], BriefOptions(quotes=False, figures=False, names=False))
    text = render_markdown(brief.brief)
    assert "## Who said what" not in text and "## Names" not in text
    data = json.loads(render_json(brief.brief))
    assert data["quotes"] == data["figures"] == data["names"] == []


def test_command_line_turns_sections_off(tmp_path, capsys):
    out = tmp_path / "brief.md"
    assert main(["brief", str(SAMPLE), "--no-quotes", "--no-names", "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert "## Key figures" in text
    assert "## Who said what" not in text and "## Names" not in text
    assert main(["brief", str(SAMPLE), "--no-extras", "-o", str(out)]) == 0
    assert "## Key figures" not in out.read_text(encoding="utf-8")


def test_a_remade_brief_keeps_the_sections_it_had(tmp_path):
    first = tmp_path / "brief.md"
    assert main(["brief", str(SAMPLE), "--no-quotes", "--metadata", "-o", str(first)]) == 0
    remade = tmp_path / "again.md"
    assert main(["brief", "--from-metadata", str(first), "-o", str(remade)]) == 0
    text = remade.read_text(encoding="utf-8")
    assert "## Who said what" not in text and "## Key figures" in text


def test_several_sources_cite_their_quotes_and_figures_and_count_names_in_all(tmp_path):
    from tests.engine.test_extract import REPORT

    other = tmp_path / "harbour.txt"
    other.write_text(REPORT + "\n\nMarco Rubio was not in Portmere.", encoding="utf-8")
    briefing = brief_inputs([SAMPLE, other])
    brief = briefing.brief
    assert {q.source for q in brief.quotes} == {1, 2}
    for item in (*brief.quotes, *brief.figures):
        assert briefing.articles[item.source - 1].text[item.start : item.end] == item.text
    rubio = next(n for n in brief.names if n.name == "Marco Rubio")
    assert {source for source, _, _ in rubio.mentions} == {1, 2}
    assert rubio.count == len(rubio.mentions)
    text = render_markdown(brief)
    assert "- **Thomas Okafor:** “We have been patient" in text and "insult” [2]" in text
    assert "- 728 drones and missiles [1]" in text
