"""Writing a brief never destroys a file: not the article, not a link, not a pipe."""

from __future__ import annotations

import os
import threading

import pytest

from briefer.cli import main
from briefer.errors import OutputError
from briefer.fileio import refuse_inputs, write_atomic


@pytest.fixture
def article(tmp_path, sample_text):
    path = tmp_path / "article.txt"
    path.write_text(sample_text, encoding="utf-8")
    return path


def test_output_onto_its_own_article_is_refused_and_the_article_kept(article, capsys):
    before = article.read_bytes()
    assert main(["brief", str(article), "-o", str(article)]) == 5
    err = capsys.readouterr().err.strip()
    assert err == (
        f"briefer: {article}: is one of the articles being briefed; choose another output file"
    )
    assert article.read_bytes() == before


def test_output_through_a_link_or_a_second_name_of_an_article_is_refused(article, tmp_path):
    link = tmp_path / "link.md"
    link.symlink_to(article)
    hard = tmp_path / "hard.md"
    os.link(article, hard)
    for output in (link, hard):
        with pytest.raises(OutputError, match="one of the articles"):
            refuse_inputs(output, [article])
    refuse_inputs(tmp_path / "new.md", [article])  # a new file is fine


def test_output_onto_an_article_of_a_folder_being_briefed_is_refused(tmp_path, sample_text, capsys):
    folder = tmp_path / "articles"
    folder.mkdir()
    for name in ("one.txt", "two.txt"):
        (folder / name).write_text(sample_text, encoding="utf-8")
    target = folder / "one.txt"
    assert main(["brief", str(folder), "-o", str(target)]) == 5
    refused = f"briefer: {target}: is one of the articles being briefed; choose another output file"
    assert capsys.readouterr().err.strip().endswith(refused)
    assert target.read_text(encoding="utf-8") == sample_text
    (folder / "notes.json").write_text("{}")
    refuse_inputs(folder / "notes.json", [folder])  # not an article the folder gives


def test_a_symlinked_output_replaces_its_target_and_stays_a_link(tmp_path):
    target = tmp_path / "briefs" / "brief.md"
    target.parent.mkdir()
    target.write_text("old")
    link = tmp_path / "latest.md"
    link.symlink_to(target)
    write_atomic(link, b"new brief")
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert target.read_bytes() == b"new brief"


def test_a_fifo_is_written_in_place_not_replaced(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    write_atomic(fifo, b"through the pipe")
    reader.join(10)
    assert received == [b"through the pipe"]
    assert fifo.is_fifo()


def test_a_regular_file_keeps_its_permissions(tmp_path):
    path = tmp_path / "brief.md"
    path.write_text("old")
    path.chmod(0o640)
    write_atomic(path, b"new")
    assert path.read_bytes() == b"new" and (path.stat().st_mode & 0o777) == 0o640
