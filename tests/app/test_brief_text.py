"""The brief as the editor holds it, without a window: points under the cursor, citations,
and Regenerate's three-way merge of the old brief, the user's edits and the new brief."""

from __future__ import annotations

import pytest

from briefer.app.brief_text import BriefText, merge_regenerated
from briefer.pipeline import BriefOptions, make_brief


@pytest.fixture(scope="module")
def briefs(request):
    from tests.conftest import SAMPLE

    return {
        points: BriefText.of(make_brief([SAMPLE], BriefOptions(points=points, themes="conflict")))
        for points in (5, 8)
    }


def point_lines(text: BriefText) -> list[str]:
    return [line for line in text.markdown.splitlines() if line.startswith("- ")]


def section_of(text: str, line: str) -> str:
    """Return the heading a line is under."""
    heading = ""
    for each in text.splitlines():
        if each.startswith("#"):
            heading = each
        if each == line:
            return heading
    raise AssertionError(f"{line!r} is not in the text")


def test_an_untouched_brief_becomes_the_new_brief(briefs):
    old, new = briefs[8], briefs[5]
    assert merge_regenerated(old.markdown, old, new, set()).text == new.markdown


def test_an_edited_point_takes_the_place_of_its_original_once(briefs):
    old = briefs[8]
    original = point_lines(old)[1]
    edited_line = original.replace("- ", "- CHECKED: ", 1)
    edited = old.markdown.replace(original, edited_line)
    merged = merge_regenerated(edited, old, old, set()).text
    assert merged == edited  # the same brief again: nothing moves, nothing doubles
    lines = merged.splitlines()
    assert lines.count(edited_line) == 1 and original not in lines


def test_an_edited_point_keeps_its_heading_when_the_brief_gets_shorter(briefs):
    old, new = briefs[8], briefs[5]
    dropped = [line for line in point_lines(old) if line not in new.markdown.splitlines()]
    assert dropped, "the shorter brief leaves some points out"
    edited_line = dropped[0] + " (confirmed by a second source)"
    edited = old.markdown.replace(dropped[0], edited_line)
    merged = merge_regenerated(edited, old, new, set()).text
    assert merged.splitlines().count(edited_line) == 1
    assert section_of(merged, edited_line) == section_of(old.markdown, dropped[0])


def test_typed_lines_stay_where_they_were_typed(briefs):
    old, new = briefs[8], briefs[5]
    lines = old.markdown.splitlines()
    under_title = "Prepared for the Tuesday meeting."
    under_bottom_line = "Analyst: the talks matter more than the strikes."
    after_sources = "Checked against the wire copy at 10:00."
    bottom = lines.index("## Bottom line")
    lines[bottom + 3 : bottom + 3] = [under_bottom_line, ""]
    lines.insert(1, under_title)
    lines += ["", after_sources]
    merged = merge_regenerated("\n".join(lines) + "\n", old, new, set()).text.splitlines()
    assert merged[1] == under_title
    assert merged.index(under_bottom_line) < merged.index(new.markdown.splitlines()[8])
    assert section_of("\n".join(merged), under_bottom_line) == "## Bottom line"
    assert merged[-1] == after_sources and merged[-3].startswith("1. ")
    assert all(merged.count(line) == 1 for line in (under_title, under_bottom_line))


def test_a_pinned_point_stays_when_the_new_brief_leaves_it_out(briefs):
    old, new = briefs[8], briefs[5]
    dropped = next(line for line in point_lines(old) if line not in new.markdown.splitlines())
    pinned = {dropped[2:]}
    merged = merge_regenerated(old.markdown, old, new, pinned).text
    assert merged.splitlines().count(dropped) == 1
    assert section_of(merged, dropped) == section_of(old.markdown, dropped)


def test_a_deleted_point_stays_deleted(briefs):
    old = briefs[8]
    gone = point_lines(old)[0]
    edited = old.markdown.replace(gone + "\n", "")
    assert gone not in merge_regenerated(edited, old, old, set()).text.splitlines()


def test_a_second_regenerate_keeps_everything_once(briefs):
    old, new = briefs[8], briefs[5]
    note = "My own note under the sources."
    edited_line = point_lines(old)[0] + " [verified]"
    edited = old.markdown.replace(point_lines(old)[0], edited_line) + "\n" + note + "\n"
    first = merge_regenerated(edited, old, new, set()).text
    second = merge_regenerated(first, new, old, set()).text
    third = merge_regenerated(second, old, old, set()).text
    for text in (first, second, third):
        lines = text.splitlines()
        assert lines.count(note) == 1 and lines.count(edited_line) == 1
    assert second == third


def test_the_cursor_line_moves_with_its_text(briefs):
    old, new = briefs[8], briefs[5]
    edited = old.markdown + "\nA line of my own.\n"
    ours = edited.splitlines()
    merged = merge_regenerated(edited, old, new, set())
    after = merged.text.splitlines()
    for before, now in merged.moved.items():
        assert after[now] == ours[before] or not ours[before].strip()
    assert after[merged.moved[len(ours) - 1]] == "A line of my own."


def test_a_citation_leads_to_the_copy_in_that_source(briefs):
    text = briefs[8]
    point = text.brief.points[1]
    line = f"- {text.line_of(point)}"
    assert text.span_at(line, 5) == (point.source, point.start, point.end)
    assert text.point_at(line, 5) == point
    assert "rank" in text.describe(point, pinned=True) and "pinned" in text.describe(point, True)


def test_quotations_speakers_figures_and_names_lead_to_their_text(briefs):
    from tests.conftest import SAMPLE

    text = briefs[8]
    article = SAMPLE.read_text("utf-8")
    lines = text.markdown.splitlines()
    quote = text.brief.quotes[0]
    quote_line = next(line for line in lines if line.startswith(f"- **{quote.name}:**"))
    source, start, end = text.span_at(quote_line, quote_line.index("“") + 3)
    assert (source, article[start:end]) == (quote.source, quote.text)
    _, start, end = text.span_at(quote_line, 4)  # on the speaker's name
    assert article[start:end] == article[quote.speaker_start : quote.speaker_end]
    figure = next(f for f in text.brief.figures if "drones" in f.text)
    _, start, end = text.span_at(f"- {figure.text}", 4)
    assert "728 drones" in article[start:end]
    people = next(line for line in lines if line.startswith("- **People:**"))
    _, start, end = text.span_at(people, people.index("Sergei Lavrov") + 2)
    assert "Lavrov" in article[start:end]
    assert text.span_at("- **People:** ", 3) is None


def test_random_edits_survive_any_regenerate_exactly_once():
    import random

    from tests.conftest import SAMPLE

    options = [(8, "briefer"), (5, "lex-rank"), (3, "briefer"), (12, "text-rank")]
    texts = [
        BriefText.of(make_brief([SAMPLE], BriefOptions(points=p, algorithm=a))) for p, a in options
    ]
    rng = random.Random(7)
    for trial in range(150):
        old, new = rng.choice(texts), rng.choice(texts)
        lines = old.markdown.splitlines()
        mine = []
        for _ in range(rng.randint(1, 4)):
            at = rng.randrange(len(lines))
            if rng.random() < 0.5:
                lines.insert(at, f"My line {trial}.{len(mine)}")
                mine.append(lines[at])
            elif lines[at].strip() and not lines[at].startswith("#"):
                lines[at] += f" (checked {trial})"
                mine.append(lines[at])
            else:
                del lines[at]
        edited = "\n".join(lines) + "\n"
        merged = merge_regenerated(edited, old, new, set()).text
        kept = merged.splitlines()
        for line in mine:
            if line in lines:
                assert kept.count(line) == 1, (trial, line)
        assert merge_regenerated(merged, new, new, set()).text == merged
