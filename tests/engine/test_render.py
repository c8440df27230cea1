"""Export: Markdown with metadata, self-contained HTML, PDF with embedded fonts."""

from __future__ import annotations

import errno
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from briefer.cli import main
from briefer.errors import OutputError
from briefer.fileio import write_atomic
from briefer.pipeline import BriefOptions, make_brief
from briefer.render.markdown import render_markdown
from briefer.render.pdf import render_pdf
from tests.conftest import DATA


def pdf_text(data: bytes) -> tuple[PdfReader, str]:
    reader = PdfReader(io.BytesIO(data))
    text = "\n".join(page.extract_text() for page in reader.pages)
    return reader, re.sub(r"[ \t]+", " ", text)


def embedded_fonts(reader: PdfReader) -> set[str]:
    found = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendant = font["/DescendantFonts"][0].get_object()
            descriptor = descendant["/FontDescriptor"].get_object()
            if "/FontFile2" in descriptor or "/FontFile3" in descriptor:
                found.add(str(font["/BaseFont"]))
    return found


@pytest.mark.qt_gui
def test_sample_pdf_has_the_brief_as_text_with_embedded_fonts(tmp_path, sample_path):
    out = tmp_path / "brief.pdf"
    assert main(["brief", str(sample_path), "-o", str(out), "--paper", "a4"]) == 0
    reader, text = pdf_text(out.read_bytes())
    for heading in ("Bottom line", "Escalation", "Diplomatic track", "Sources"):
        assert heading in text
    flat = " ".join(text.split())
    assert "Ukrainian officials reported that 728 drones and missiles" in flat
    assert "conflict" in flat  # no ligature glyphs in the copied text
    assert "page 1 of" in flat
    assert any("DejaVuSerif" in name for name in embedded_fonts(reader))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    assert reader.metadata.title.startswith("U.S. Secretary of State")


@pytest.mark.qt_gui
def test_letter_paper(tmp_path, sample_path):
    out = tmp_path / "brief.pdf"
    assert main(["brief", str(sample_path), "-o", str(out), "--paper", "letter"]) == 0
    box = PdfReader(out).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


@pytest.mark.qt_gui
@pytest.mark.parametrize("code, words", [("uk", 2), ("el", 2), ("ru", 2)])
def test_cyrillic_and_greek_briefs_keep_their_text_in_pdf(tmp_path, code, words):
    item = json.loads((DATA / "lang" / f"{code}.json").read_text("utf-8"))
    article = tmp_path / f"{code}.txt"
    article.write_text(item["text"], encoding="utf-8")
    brief = make_brief([article], BriefOptions(ratio=1.0))
    _, text = pdf_text(render_pdf(render_markdown(brief), brief.title))
    flat = " ".join(text.split())
    for sentence in (item["escalation"], item["diplomatic"]):
        assert " ".join(sentence.split()[:6]) in flat


@pytest.mark.qt_gui
def test_long_pdf_numbers_pages_and_never_ends_a_page_on_a_heading():
    headings = [f"Heading number {i}" for i in range(40)]
    body = "\n\n".join(
        f"## {h}\n\n"
        + "\n".join(f"- Point {j} under {h} with enough words to wrap." for j in range(4))
        for h in headings
    )
    data = render_pdf(f"# Long brief\n\n{body}\n", "Long brief")
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) >= 3
    for number, page in enumerate(reader.pages, start=1):
        lines = [
            " ".join(line.split()) for line in page.extract_text().splitlines() if line.strip()
        ]
        assert f"page {number} of {len(reader.pages)}" in " ".join(lines)
        body_lines = [line for line in lines if "page" not in line and line != "Long brief"]
        assert body_lines[-1] not in headings, (number, body_lines[-1])


def test_html_is_one_self_contained_file(tmp_path, sample_path):
    out = tmp_path / "brief.html"
    assert main(["brief", str(sample_path), "-o", str(out)]) == 0
    html = out.read_text(encoding="utf-8")
    assert "<style>" in html and "<h2>Escalation</h2>" in html
    assert "<script" not in html and "http://" not in html and "https://" not in html
    assert "728 drones" in html


def test_format_overrides_the_extension(tmp_path, sample_path):
    out = tmp_path / "brief.txt"
    assert main(["brief", str(sample_path), "-o", str(out), "--format", "json"]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["algorithm"] == "briefer"


def test_metadata_remakes_the_same_brief(tmp_path, sample_path, capsys):
    first = tmp_path / "first.md"
    assert (
        main(
            [
                "brief",
                str(sample_path),
                "--points",
                "6",
                "--algorithm",
                "text-rank",
                "--metadata",
                "-o",
                str(first),
            ]
        )
        == 0
    )
    text = first.read_text(encoding="utf-8")
    assert "<!-- briefer-metadata" in text and "text-rank" in text
    second = tmp_path / "second.md"
    assert main(["brief", "--from-metadata", str(first), "--metadata", "-o", str(second)]) == 0

    def without_date(body: str) -> str:
        return "\n".join(line for line in body.splitlines() if '"date"' not in line)

    assert without_date(second.read_text(encoding="utf-8")) == without_date(text)
    plain = tmp_path / "plain.md"
    plain.write_text("# A brief\n", encoding="utf-8")
    assert main(["brief", "--from-metadata", str(plain)]) == 3
    assert "no Briefer metadata" in capsys.readouterr().err


def test_a_failed_write_keeps_the_old_file_and_leaves_no_half_file(tmp_path, monkeypatch):
    target = tmp_path / "brief.pdf"
    target.write_bytes(b"the old brief")

    def full_disk(*args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(OutputError, match="No space left on device"):
        write_atomic(target, b"the new brief")
    assert target.read_bytes() == b"the old brief"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.pdf"]


@pytest.mark.qt_gui
def test_export_to_a_directory_or_a_missing_folder_fails_cleanly(tmp_path, sample_path, capsys):
    assert main(["brief", str(sample_path), "-o", str(tmp_path)]) == 5
    assert "is a directory" in capsys.readouterr().err
    assert main(["brief", str(sample_path), "-o", str(tmp_path / "nope" / "b.pdf")]) == 5
    assert "does not exist" in capsys.readouterr().err


# A folder's permission bits stop a user but not root, so root gets a real refusal too: a
# mount namespace of its own where the folder is bind-mounted read-only.
READ_ONLY_MOUNT = 'mount --bind "$0" "$0" && mount -o remount,ro,bind "$0" && exec "$@"'


def run_with_read_only_folder(folder: Path, *args: str) -> subprocess.CompletedProcess:
    """Run `python -m briefer ARGS` where nothing can be written into `folder`."""
    command = [sys.executable, "-m", "briefer", *args]
    if os.geteuid() == 0:
        made = subprocess.run(["unshare", "-rm", "true"], capture_output=True)
        if made.returncode != 0:
            pytest.skip(f"root, and no mount namespace to make: {made.stderr.decode().strip()}")
        command = ["unshare", "-rm", "sh", "-c", READ_ONLY_MOUNT, str(folder), *command]
    folder.chmod(0o555)
    try:
        return subprocess.run(command, capture_output=True, text=True, timeout=120)
    finally:
        folder.chmod(0o755)


def test_export_into_a_read_only_folder_fails_and_keeps_the_old_file(tmp_path, sample_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    old = folder / "brief.md"
    old.write_text("old", encoding="utf-8")
    result = run_with_read_only_folder(folder, "brief", str(sample_path), "-o", str(old))
    assert result.returncode == 5, result.stderr
    assert str(old) in result.stderr
    assert old.read_text(encoding="utf-8") == "old"
    assert [p.name for p in folder.iterdir()] == ["brief.md"]


def test_options_given_with_from_metadata_win_over_the_recorded_ones(tmp_path, sample_path):
    first = tmp_path / "first.md"
    args = ["brief", str(sample_path), "--points", "6", "--algorithm", "text-rank"]
    assert main([*args, "--metadata", "-o", str(first)]) == 0
    again = tmp_path / "again.json"
    assert main(["brief", "--from-metadata", str(first), "--points", "4", "-o", str(again)]) == 0
    remade = json.loads(again.read_text(encoding="utf-8"))
    assert sum(len(s["points"]) for s in remade["sections"]) == 4
    assert remade["algorithm"] == "text-rank"  # not given again: the recorded one
    too_small = ["brief", "--from-metadata", str(first), "--max-size", "0.001"]
    assert main([*too_small, "-o", str(tmp_path / "x.md")]) == 3  # the limit given applies


def test_html_names_the_briefs_language(tmp_path, sample_path):
    out = tmp_path / "brief.html"
    assert main(["brief", str(sample_path), "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith('<!DOCTYPE html>\n<html lang="en">')
