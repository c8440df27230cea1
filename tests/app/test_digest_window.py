"""A folder of articles on several stories in the window: the stories listed, the most
reported first, each opened as its own brief, edits never lost on the way."""

from __future__ import annotations

import shutil

import pytest

from briefer.app.qt import QMessageBox
from tests.app.conftest import wait_brief
from tests.app.test_main_window import drop
from tests.conftest import DATA


@pytest.fixture
def folder(tmp_path):
    for path in [*(DATA / "stories").glob("harbour_strike_*.txt"), DATA / "themes" / "sport.txt"]:
        shutil.copy(path, tmp_path / path.name)
    return tmp_path


def story_rows(window) -> list[str]:
    return [window.stories.list.item(row).text() for row in range(window.stories.list.count())]


def test_a_dropped_folder_lists_its_stories_and_opens_the_most_reported(qtbot, window, folder):
    drop(window, folder)
    wait_brief(qtbot, window)
    assert window.stories.isVisible()
    rows = story_rows(window)
    assert len(rows) == 2 and rows[0].startswith("1. ") and rows[0].endswith("(2 articles)")
    assert rows[1].startswith("2. Harbour City") and rows[1].endswith("(1 article)")
    text = window.editor.toPlainText()
    assert text.startswith("# ") and "Aldmere" in text.splitlines()[0]
    assert len(window.current.brief.sources) == 2
    assert window.article_view.chooser.count() == 2


def test_choosing_a_story_opens_its_brief_and_regenerate_stays_in_it(qtbot, window, folder):
    drop(window, folder)
    wait_brief(qtbot, window)
    window.stories.list.setCurrentRow(1)
    qtbot.waitUntil(lambda: "Harbour City" in window.editor.toPlainText().splitlines()[0])
    assert len(window.current.brief.sources) == 1
    assert window.article_view.chooser.count() == 1
    window.editor.appendPlainText("My note on the match.")
    window.regenerate()
    wait_brief(qtbot, window)
    text = window.editor.toPlainText()
    assert "My note on the match." in text and "Harbour City" in text.splitlines()[0]
    assert len(window.current.brief.sources) == 1
    assert story_rows(window)[1].startswith("2. ")  # the list stays, on the same story


def test_leaving_an_edited_story_asks_first_and_cancel_keeps_it(qtbot, window, dialogs, folder):
    drop(window, folder)
    wait_brief(qtbot, window)
    window.editor.appendPlainText("My own line.")
    dialogs.answer = QMessageBox.StandardButton.Cancel
    window.stories.list.setCurrentRow(1)
    assert "not saved" in dialogs.questions[-1]
    assert "My own line." in window.editor.toPlainText()
    assert window.stories.list.currentRow() == 0
    dialogs.answer = QMessageBox.StandardButton.Discard
    window.stories.list.setCurrentRow(1)
    qtbot.waitUntil(lambda: "Harbour City" in window.editor.toPlainText().splitlines()[0])
    assert "My own line." not in window.editor.toPlainText()


def test_opening_one_article_after_a_digest_hides_the_stories(qtbot, window, folder, sample_path):
    drop(window, folder)
    wait_brief(qtbot, window)
    window.open_files([sample_path])
    qtbot.waitUntil(lambda: "Rubio" in window.editor.toPlainText().splitlines()[0])
    assert window.stories.isHidden() and window.digest is None


def test_export_digest_writes_every_story_with_the_open_one_as_edited(
    qtbot, window, folder, tmp_path_factory
):
    assert not window.actions_by_name["export_digest"].isEnabled()
    drop(window, folder)
    wait_brief(qtbot, window)
    assert window.actions_by_name["export_digest"].isEnabled()
    window.editor.appendPlainText("Analyst's note: the court hears the case on Thursday.")
    out = tmp_path_factory.mktemp("out") / "digest.md"
    assert window.document.export_digest(window.digest, window.story, out)
    lines = out.read_text("utf-8").splitlines()
    assert lines[0] == "# Digest: 2 stories from 3 articles"
    titles = [line for line in lines if line.startswith("## ")]
    assert len(titles) == 2 and "Harbour City" in titles[1]
    assert "Analyst's note: the court hears the case on Thursday." in lines
    assert lines.count("### Sources") == 2
