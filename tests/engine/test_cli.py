"""`briefer brief` as a user runs it: the sample's brief, JSON provenance, errors."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from briefer import __version__, logs
from briefer.cli import main
from briefer.errors import EXIT_INTERNAL
from briefer.rank import ALGORITHMS


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "briefer", *args], capture_output=True, text=True, timeout=120
    )


def brief_json(capsys, *args: str) -> dict:
    assert main(["brief", *args, "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


def section_of(brief: dict, fragment: str) -> str | None:
    for section in brief["sections"]:
        for point in section["points"]:
            if fragment in point["text"]:
                return section["heading"]
    return None


def test_sample_brief_files_key_facts_under_the_right_headings(capsys, sample_path):
    brief = brief_json(capsys, str(sample_path))
    headings = [s["heading"] for s in brief["sections"]]
    assert headings[0] == "Bottom line"
    assert 1 <= len(brief["sections"][0]["points"]) <= 3
    assert section_of(brief, "728 drones and missiles") == "Escalation"
    assert section_of(brief, "500% tariffs") == "Sanctions and economic pressure"
    assert section_of(brief, "Rubio met with Russian Foreign Minister Sergei Lavrov") in (
        "Bottom line",
        "Diplomatic track",
    )


def test_sample_points_are_whole_sentences_without_headings_or_mid_quote_starts(
    capsys, sample_path, sample_text
):
    brief = brief_json(capsys, str(sample_path), "--points", "20")
    headings = [
        "Escalating Violence",
        "Trump Shifts Tone",
        "Diplomatic Track Still",
        "Looking Ahead",
    ]
    for section in brief["sections"]:
        for point in section["points"]:
            text = point["text"]
            assert not any(h in text for h in headings), text
            assert not text.startswith(("He’s very nice", "He’s disappointed")), text
            assert text[0].isupper() or text[0] in '“"', text
            assert text.rstrip('”"’')[-1] in ".!?…", text


def test_json_offsets_slice_back_to_each_point(capsys, sample_path, sample_text):
    brief = brief_json(capsys, str(sample_path), "--points", "12")
    source = brief["sources"][0]
    assert source["id"] == 1 and len(source["sha256"]) == 64
    points = [p for s in brief["sections"] for p in s["points"]]
    assert len(points) == 12
    for point in points:
        assert sample_text[point["start"] : point["end"]] == point["text"]
        assert point["source"] == 1 and point["citations"] == [1]
        assert 0.0 <= point["score"] <= 1.0
        assert point["heading"] in [s["heading"] for s in brief["sections"]]


def test_points_and_ratio_set_the_length(capsys, sample_path):
    assert (
        len(
            [
                p
                for s in brief_json(capsys, str(sample_path), "--points", "5")["sections"]
                for p in s["points"]
            ]
        )
        == 5
    )
    ratio = brief_json(capsys, str(sample_path), "--ratio", "0.5")
    assert len([p for s in ratio["sections"] for p in s["points"]]) == 12  # half of 24


@pytest.mark.parametrize("algorithm", list(ALGORITHMS))
def test_every_algorithm_gives_a_brief(capsys, sample_path, algorithm):
    brief = brief_json(capsys, str(sample_path), "--algorithm", algorithm, "--points", "6")
    assert brief["algorithm"] == algorithm
    assert sum(len(s["points"]) for s in brief["sections"]) == 6


def test_none_pack_gives_a_plain_list(capsys, sample_path):
    brief = brief_json(capsys, str(sample_path), "--themes", "none", "--points", "7")
    assert [s["heading"] for s in brief["sections"]] == ["Bottom line", "Key points"]


def test_markdown_output_reads_as_a_brief(tmp_path, sample_path):
    out = tmp_path / "brief.md"
    assert main(["brief", str(sample_path), "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# ")
    assert "## Bottom line" in text and "## Escalation" in text and "## Sources" in text
    assert "- Ukrainian officials reported that 728 drones" in text


def test_same_input_gives_the_same_brief_in_separate_processes(sample_path):
    first = run("brief", str(sample_path), "--format", "json")
    second = run("brief", str(sample_path), "--format", "json")
    assert first.returncode == 0
    assert first.stdout == second.stdout


def test_errors_are_one_line_naming_the_file(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "noise.txt"
    binary.write_bytes(bytes(range(256)) * 20)
    finnish = tmp_path / "uutinen.txt"
    finnish.write_text(
        "Ulkoministeri tapasi kollegansa torstaina Helsingissä. Keskustelut jatkuivat "
        "myöhään illalla, ja molemmat osapuolet kertoivat edistyneensä neuvotteluissa. "
        "Seuraava tapaaminen järjestetään ensi kuussa Tukholmassa.",
        encoding="utf-8",
    )
    (tmp_path / "folder").mkdir()
    cases = [
        (tmp_path / "missing.txt", 3, "no such file"),
        (tmp_path / "folder", 3, "the folder holds no article files"),
        (empty, 3, "the file is empty"),
        (binary, 3, "binary file"),
        (finnish, 4, "unsupported language 'fi'"),
    ]
    for path, code, reason in cases:
        result = run("brief", str(path))
        assert result.returncode == code, (path, result.stderr)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1, result.stderr
        assert str(path) in lines[0] and reason in lines[0]
        assert "Traceback" not in result.stderr


def test_bad_options_are_usage_errors(sample_path, capsys):
    assert main(["brief", str(sample_path), "--algorithm", "magic"]) == 2
    assert "unknown algorithm 'magic'" in capsys.readouterr().err
    assert main(["brief", str(sample_path), "--language", "xx"]) == 4
    assert "unsupported language 'xx'" in capsys.readouterr().err
    assert main(["brief", str(sample_path), "--themes", "nope"]) == 2
    assert "unknown theme pack 'nope'" in capsys.readouterr().err


def test_help_documents_exit_codes():
    result = run("brief", "--help")
    assert result.returncode == 0
    assert "exit codes" in result.stdout and "unsupported" in result.stdout


def test_version_prints_the_version(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out == f"briefer {__version__}\n"


def test_help_has_examples_for_the_desktop_and_verbose():
    result = run("--help")
    assert result.returncode == 0
    assert "briefer --install-desktop" in result.stdout
    assert "briefer --verbose brief article.txt" in result.stdout
    assert "briefer -v a.txt b.md" in result.stdout


def test_an_internal_error_is_one_line_and_the_traceback_goes_to_the_log(
    monkeypatch, capsys, sample_path
):
    import briefer.digest

    def broken(*args, **kwargs):
        raise RuntimeError("the ranking went wrong")

    monkeypatch.setattr(briefer.digest, "digest_inputs", broken)
    assert main(["brief", str(sample_path)]) == EXIT_INTERNAL
    log_file = logs.log_file()
    assert capsys.readouterr().err == (
        f"briefer: internal error: RuntimeError: the ranking went wrong (details in {log_file})\n"
    )
    text = log_file.read_text(encoding="utf-8")
    assert "ERROR briefer.cli: internal error\nTraceback (most recent call last):" in text
    assert "RuntimeError: the ranking went wrong" in text
