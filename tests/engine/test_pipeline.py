"""The pipeline: progress in order, cancellation without a partial brief, provenance."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from briefer import cli
from briefer.errors import Cancelled, InputError
from briefer.pipeline import BriefOptions, lead_phrase, make_brief
from briefer.read import read_article


def test_progress_arrives_in_order(sample_path):
    seen = []
    make_brief([sample_path], progress=seen.append)
    stages = [step.stage for step in seen]
    assert list(dict.fromkeys(stages)) == ["reading", "splitting", "ranking", "theming", "done"]
    fractions = [step.fraction for step in seen]
    assert fractions == sorted(fractions) and fractions[0] == 0.0 and fractions[-1] == 1.0


def test_progress_names_every_file_as_it_is_read(sample_path, tmp_path):
    other = tmp_path / "other.txt"
    other.write_text(sample_path.read_text("utf-8"), encoding="utf-8")
    seen = []
    make_brief([sample_path, other], progress=seen.append)
    reading = [(s.done, s.total, s.file) for s in seen if s.stage == "reading"]
    assert reading == [(0, 2, str(sample_path)), (1, 2, str(other)), (2, 2, "")]


def test_cancel_between_files_reads_no_further_file(sample_path, tmp_path):
    other = tmp_path / "other.txt"
    other.write_text(sample_path.read_text("utf-8"), encoding="utf-8")
    seen = []
    with pytest.raises(Cancelled):
        make_brief(
            [sample_path, other],
            progress=seen.append,
            cancel=lambda: any(s.done == 1 for s in seen),
        )
    assert [s.file for s in seen] == [str(sample_path), str(other)]  # reported, never read


@pytest.mark.parametrize("stage", ["reading", "splitting", "ranking", "theming"])
def test_cancel_stops_the_work_and_returns_nothing(sample_path, stage):
    reached: list[str] = []

    def progress(step) -> None:
        reached.append(step.stage)

    def cancel() -> bool:
        return stage in reached

    with pytest.raises(Cancelled):
        make_brief([sample_path], progress=progress, cancel=cancel)
    assert reached[-1] == stage  # nothing ran past the stage where the user cancelled


def test_a_bad_file_among_good_ones_is_skipped_with_a_note(sample_path, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    brief = make_brief([sample_path, bad])
    assert len(brief.sources) == 1
    skipped = [note for note in brief.notes if note.kind == "skipped"]
    assert [(n.text, n.path) for n in skipped] == [(f"Skipped {bad}: the file is empty", str(bad))]


def test_only_bad_files_raise_the_first_error(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    with pytest.raises(InputError, match="empty"):
        make_brief([bad, tmp_path / "missing.txt"])


def test_every_point_slices_back_to_its_source(sample_path):
    article = read_article(sample_path)
    brief = make_brief([sample_path], BriefOptions(points=24))
    for point in [*brief.points, *brief.left_out]:
        assert article.text[point.start : point.end] == point.text
    ranks = sorted(p.rank for p in [*brief.points, *brief.left_out])
    assert ranks == sorted(set(ranks))


def test_near_repeats_are_not_both_points(tmp_path):
    path = tmp_path / "repeat.txt"
    path.write_text(
        "Rebel forces shelled the northern city of Kador overnight, killing nine civilians.\n"
        "Overnight, rebel forces shelled the northern city of Kador, killing nine civilians.\n"
        "The government called for talks in Geneva next week.\n"
        "Aid agencies said the city had been without water since Monday.\n"
        "Prices of bread doubled in the capital as supply routes closed.\n",
        encoding="utf-8",
    )
    brief = make_brief([path], BriefOptions(points=5))
    kador = [p for p in brief.points if "Kador" in p.text]
    assert len(kador) == 1


def test_untitled_articles_get_a_short_title_from_their_lead():
    assert (
        lead_phrase(
            "U.S. Secretary of State Marco Rubio met with Russian Foreign Minister "
            "Sergei Lavrov on the sidelines of the ASEAN meeting."
        )
        == "U.S. Secretary of State Marco Rubio met with Russian Foreign Minister Sergei Lavrov"
    )
    assert (
        lead_phrase(
            "The pursuit of journalists for paying public officials was in ruins last night "
            "after prosecutors dropped a raft of cases."
        )
        == "The pursuit of journalists for paying public officials was in ruins last night"
    )
    assert (
        lead_phrase("her hedge stands 40ft tall and, says audrey alexander, has left her in shade.")
        == "Her hedge stands 40ft tall and, says audrey alexander"
    )


def test_a_wire_story_is_titled_and_briefed_without_its_dateline(tmp_path):
    path = tmp_path / "wire.txt"
    path.write_text(
        "Boston (CNN)Jurors found the man guilty on every count after three days of talks. "
        "The judge set sentencing for June, the court said. His lawyers said they would "
        "appeal the verdict. Relatives of the victims wept in the gallery as it was read.",
        encoding="utf-8",
    )
    brief = make_brief([path], BriefOptions(points=2))
    assert brief.title == "Jurors found the man guilty on every count"
    every = [*brief.points, *brief.left_out]
    lead = next(p for p in every if p.sentence == 0)
    assert lead.text.startswith("Jurors found the man guilty")
    text = path.read_text("utf-8")
    assert text[lead.start : lead.end] == lead.text
    assert not any("CNN" in p.text for p in every)


def test_cli_progress_bar_only_on_a_terminal(monkeypatch, sample_path, capsys):
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    terminal = Terminal()
    monkeypatch.setattr(cli.sys, "stderr", terminal)
    assert cli.main(["brief", str(sample_path)]) == 0
    assert "ranking" in terminal.getvalue() and "100%" in terminal.getvalue()
    bar = terminal.getvalue().split("briefer: Theme pack chosen")[0]
    assert bar.endswith("\r")  # the bar is cleared before notes and the brief print
    monkeypatch.undo()
    cli.main(["brief", str(sample_path)])
    assert "ranking" not in capsys.readouterr().err


def test_a_file_given_twice_is_one_source(sample_path, tmp_path):
    link = tmp_path / "same.txt"
    link.symlink_to(sample_path)
    brief = make_brief([sample_path, link, sample_path])
    assert len(brief.sources) == 1
    assert all(point.citations == (1,) for point in brief.points)
    assert [n.text for n in brief.notes if n.kind == "reading"] == [
        f"{link}: given more than once; briefed once",
        f"{sample_path}: given more than once; briefed once",
    ]


def test_pasted_text_and_html_are_read_with_the_brief():
    from briefer.pipeline import Pasted

    text = (
        "Drones struck the port city overnight, officials said.\n"
        "The foreign minister flew to Geneva for ceasefire talks on Monday.\n"
    )
    brief = make_brief([Pasted(text)], BriefOptions(language="en"))
    assert brief.sources[0].title == "Pasted text" and brief.sources[0].path == ""
    html = "<h2>Talks</h2><p>" + text.replace("\n", " ") + "</p>"
    seen = []
    brief = make_brief([Pasted("ignored", html)], BriefOptions(language="en"), progress=seen.append)
    assert any("Drones struck" in point.text for point in brief.points)
    assert seen[0].file == "pasted text"
    with pytest.raises(InputError, match="empty"):
        make_brief([Pasted("  ")])


def test_a_brief_past_its_time_limit_is_given_up_with_a_clear_line(sample_path, capsys):
    from briefer.cli import main
    from briefer.progress import Stepper

    step = Stepper(seconds=0.0)
    with pytest.raises(InputError, match="gave up making the brief after 0 s"):
        step.check()
    assert main(["brief", str(sample_path), "--time-limit", "0.000001"]) == 3
    assert (
        capsys.readouterr()
        .err.strip()
        .endswith(
            "gave up making the brief after 1e-06 s (the text is too long to brief in that "
            "time); raise the limit with --time-limit"
        )
    )
    assert main(["brief", str(sample_path), "--time-limit", "0"]) == 2


def test_a_folder_is_briefed_as_the_article_files_in_it(sample_path, tmp_path):
    folder = tmp_path / "news"
    (folder / "older").mkdir(parents=True)
    (folder / "b.txt").write_text(sample_path.read_text("utf-8"), encoding="utf-8")
    (folder / "a.md").write_text(
        "# Talks resume\n\nThe talks resumed in Geneva on Monday, officials said. Both sides "
        "met for an hour and agreed to meet again next week.\n",
        encoding="utf-8",
    )
    (folder / ".hidden.txt").write_text("not an article", encoding="utf-8")
    (folder / "notes.xyz").write_text("not an article either", encoding="utf-8")
    (folder / "older" / "c.txt").write_text("left alone", encoding="utf-8")
    seen = []
    brief = make_brief([folder], progress=seen.append)
    assert [Path(s.path).name for s in brief.sources] == ["a.md", "b.txt"]
    assert f"{folder}: 2 article files read" in [n.text for n in brief.notes]
    assert [s.file for s in seen if s.stage == "reading" and s.file] == [
        str(folder / "a.md"),
        str(folder / "b.txt"),
    ]


def test_a_very_long_text_is_searched_for_quotes_in_its_best_sentences_only(
    sample_path, monkeypatch
):
    import briefer.pipeline

    whole = make_brief([sample_path])
    monkeypatch.setattr(briefer.pipeline, "EXTRACT_MOST", 5)
    brief = make_brief([sample_path])
    ranks = {p.sentence: p.rank for p in [*brief.points, *brief.left_out]}
    assert all(ranks.get(q.sentence, 0) <= 5 for q in brief.quotes)
    assert len(brief.quotes) < len(whole.quotes)
    assert any("from the 5 best sentences of" in n.text for n in brief.notes)
