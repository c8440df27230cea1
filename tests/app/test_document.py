"""Saving and exporting from the window never replace an article, not even one whose
brief is still being made."""

from __future__ import annotations

import pytest

from briefer.app.qt import QFileDialog
from tests.app.conftest import wait_brief


@pytest.mark.parametrize("write", ["save_as", "export_pdf", "export_markdown"])
def test_writing_onto_an_article_being_briefed_is_refused_and_it_is_kept(
    qtbot, window, dialogs, sample_path, sample_text, tmp_path, monkeypatch, held, write
):
    held.set()
    window.open_files([sample_path])
    wait_brief(qtbot, window)
    held.clear()
    article = tmp_path / "next.txt"
    article.write_text(sample_text, encoding="utf-8")
    window.open_files([article])  # its brief is under way, not yet shown
    assert window.runner.is_busy()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(article), ""))
    assert getattr(window.document, write)() is False
    verb = "save" if write == "save_as" else "export"
    assert dialogs.warnings == [
        f"Could not {verb}: {article}: is one of the articles being briefed;"
        " choose another output file"
    ]
    held.set()
    wait_brief(qtbot, window)
    assert article.read_text(encoding="utf-8") == sample_text
    assert window.current.brief.sources[0].path == str(article)
