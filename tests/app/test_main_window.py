"""The window as a user drives it: open, drop, edit, regenerate, cancel, recover."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from briefer.app.main_window import MainWindow
from briefer.app.qt import (
    QApplication,
    QDragEnterEvent,
    QDropEvent,
    QMessageBox,
    QMimeData,
    QPoint,
    QPointF,
    Qt,
    QTextCursor,
    QUrl,
)
from tests.app.conftest import wait_brief
from tests.conftest import DATA


def line_with(win, fragment: str):
    doc = win.editor.document()
    for number in range(doc.blockCount()):
        block = doc.findBlockByNumber(number)
        if fragment in block.text():
            return block
    raise AssertionError(f"no line with {fragment!r}")


def put_cursor(win, fragment: str, column: int = 5) -> None:
    block = line_with(win, fragment)
    cursor = win.editor.textCursor()
    cursor.setPosition(block.position() + column)
    win.editor.setTextCursor(cursor)


def drop(win, *paths) -> None:
    """Drop files or folders on the window, as a file manager does."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    win.dropEvent(event)


def test_file_open_briefs_the_sample(qtbot, window, monkeypatch, sample_path):
    from briefer.app.qt import QFileDialog

    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(sample_path)], "Articles")
    )
    window.opener.choose_files()
    wait_brief(qtbot, window)
    text = window.editor.toPlainText()
    assert "## Bottom line" in text and "## Escalation" in text and "## Diplomatic track" in text
    assert "728 drones" in window.article_view.text.toPlainText()
    assert window.windowTitle().startswith("U.S. Secretary of State Marco Rubio")
    assert not window.editor.document().isModified()
    qtbot.waitUntil(lambda: "Escalation" in window.preview.toPlainText(), timeout=3000)


def drop_on_editor(win, path) -> None:
    """Drag a file over the brief editor and drop it there, as a file manager does."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    at, copy = QPoint(20, 20), Qt.DropAction.CopyAction
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    target = win.editor.viewport()
    QApplication.sendEvent(target, QDragEnterEvent(at, copy, mime, buttons, keys))
    QApplication.sendEvent(target, QDropEvent(QPointF(at), copy, mime, buttons, keys))


def test_a_file_dropped_on_the_editor_is_opened_not_typed_into_the_brief(
    qtbot, window, sample_path
):
    window.open_files([sample_path])
    wait_brief(qtbot, window)
    other = DATA / "stories" / "harbour_strike_wire.txt"
    drop_on_editor(window, other)
    wait_brief(qtbot, window)
    assert window.current.brief.sources[0].path == str(other)
    assert window.editor.toPlainText() == window.current.markdown
    assert "file://" not in window.editor.toPlainText()
    assert not window.editor.document().isModified()


def test_dropping_two_reports_of_one_story_briefs_both(qtbot, window):
    drop(window, *sorted((DATA / "stories").glob("harbour_strike_*.txt")))
    wait_brief(qtbot, window)
    assert len(window.current.brief.sources) == 2
    assert window.article_view.chooser.count() == 2
    assert "## Sources" in window.editor.toPlainText()
    assert window.stories.isHidden()  # one story: no list of stories


def test_closing_with_edits_asks_save_discard_cancel(qtbot, window, dialogs, sample_path):
    window.open_files([sample_path])
    wait_brief(qtbot, window)
    window.editor.appendPlainText("My own note.")
    dialogs.answer = QMessageBox.StandardButton.Cancel
    assert window.close() is False
    assert window.isVisible()
    assert "not saved" in dialogs.questions[-1]
    assert window.windowTitle().startswith(window.current.brief.title)
    dialogs.answer = QMessageBox.StandardButton.Discard
    assert window.close() is True


@pytest.mark.parametrize("answer", ["Cancel", "Discard"])
def test_edits_typed_while_new_articles_are_briefed_are_asked_about_not_replaced(
    qtbot, window, dialogs, sample_path, held, answer
):
    held.set()
    window.open_files([sample_path])
    wait_brief(qtbot, window)
    held.clear()
    other = DATA / "stories" / "harbour_strike_wire.txt"
    window.open_files([other])
    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    window.editor.insertPlainText("\nMy note, typed while the next brief was made.")
    typed = window.editor.toPlainText()
    dialogs.answer = getattr(QMessageBox.StandardButton, answer)
    held.set()
    qtbot.waitUntil(lambda: window.is_idle() and bool(dialogs.questions), timeout=30000)
    assert dialogs.questions == ["The brief has changes that are not saved. Save them?"]
    if answer == "Cancel":
        assert window.editor.toPlainText() == typed
        assert window.editor.document().isModified()
        assert window.current.brief.sources[0].path == str(sample_path)
        assert window.status.currentMessage() == (
            "The new brief was not shown; the brief you edited stays"
        )
    else:
        qtbot.waitUntil(lambda: window.current.brief.sources[0].path == str(other))
        assert window.editor.toPlainText() == window.current.markdown


def test_save_writes_the_edited_text(qtbot, window, sample_path, tmp_path, monkeypatch):
    from briefer.app.qt import QFileDialog

    window.open_files([sample_path])
    wait_brief(qtbot, window)
    window.editor.appendPlainText("Edited by hand.")
    target = tmp_path / "brief.md"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert window.document.save() is True
    assert target.read_text(encoding="utf-8").endswith(
        "Edited by hand.\n"
    ) or "Edited by hand." in target.read_text(encoding="utf-8")
    assert not window.editor.document().isModified()


def test_clicking_a_point_selects_its_sentence(qtbot, window, sample_path):
    window.open_files([sample_path])
    wait_brief(qtbot, window)
    put_cursor(window, "728 drones", column=20)
    point = window.links.point_under_cursor()
    assert "728 drones" in point.text
    assert window.article_view.selected_text() == point.text
    tip = window.links.describe_at(*window.editor.cursor_line())
    assert "score" in tip and "rank" in tip and "source [1]" in tip
    window.article_view.text.setTextCursor(window.article_view.text.textCursor())
    window.links.show_in_line(line_with(window, "500% tariffs").text(), 10)
    assert "500% tariffs" in window.article_view.selected_text()


def test_swap_in_a_left_out_sentence(qtbot, window, sample_path):
    window.open_files([sample_path])
    wait_brief(qtbot, window)
    put_cursor(window, "500% tariffs")
    incoming = window.current.brief.left_out[0]
    outgoing = window.links.point_under_cursor()
    window.links.swap_in(incoming)
    lines = window.editor.toPlainText().splitlines()
    assert f"- {window.current.line_of(outgoing)}" not in lines
    assert f"- {window.current.line_of(incoming)}" in lines


def test_cancel_keeps_the_previous_brief(qtbot, window, sample_path, tmp_path):
    window.open_files([sample_path])
    wait_brief(qtbot, window)
    before = window.editor.toPlainText()
    report = tmp_path / "report.txt"
    report.write_text((sample_path.read_text(encoding="utf-8") + "\n") * 150, encoding="utf-8")
    window.open_files([report])
    window.cancel()
    qtbot.waitUntil(lambda: window.is_idle(), timeout=30000)
    assert window.editor.toPlainText() == before
    assert window.current.brief.sources[0].path.endswith("000_8fe7a225eed57f9e.txt")


def test_unreadable_file_is_reported_and_the_article_stays(
    qtbot, window, dialogs, sample_path, tmp_path
):
    window.open_files([sample_path])
    wait_brief(qtbot, window)
    before = window.editor.toPlainText()
    bad = tmp_path / "broken.txt"
    bad.write_bytes(b"\x00\x01\x02" * 100)
    window.open_files([bad])
    qtbot.waitUntil(lambda: window.is_idle() and bool(dialogs.warnings), timeout=10000)
    assert "broken.txt" in dialogs.warnings[-1] and "binary" in dialogs.warnings[-1]
    assert window.editor.toPlainText() == before
    assert "728 drones" in window.article_view.text.toPlainText()


def test_find_and_replace(qtbot, window, sample_path):
    window.open_files([sample_path])
    wait_brief(qtbot, window)
    window.find_bar.open()
    window.find_bar.find_edit.setText("Rubio")
    assert window.find_bar.find()
    window.find_bar.replace_edit.setText("RUBIO")
    count = window.find_bar.replace_all()
    assert count >= 2 and "Rubio" not in window.editor.toPlainText()
    window.editor.undo()
    assert "Rubio" in window.editor.toPlainText()


def test_paste_as_article(qtbot, window):
    from briefer.app.qt import QGuiApplication

    QGuiApplication.clipboard().setText(
        "Drones struck the port city overnight, officials said.\n"
        "The foreign minister flew to Geneva for ceasefire talks on Monday.\n"
        "Aid agencies warned that water supplies were running low.\n"
    )
    window.opener.paste()
    wait_brief(qtbot, window)
    assert window.current.brief.sources[0].title == "Pasted text"
    assert type(window.inputs[0]).__name__ == "Pasted"  # read in the briefing thread


def test_pasting_an_empty_clipboard_says_so(qtbot, window, dialogs):
    from briefer.app.qt import QGuiApplication

    QGuiApplication.clipboard().setText("   \n")
    window.opener.paste()
    assert dialogs.warnings == ["The clipboard holds no text to brief."]
    assert window.is_idle() and window.current is None


def test_pasting_html_from_a_browser_keeps_its_headings(qtbot, window):
    from briefer.app.qt import QGuiApplication
    from tests import documents

    selection = "".join(
        (f"<h2>{heading}</h2>" if heading else "") + f"<p>{' '.join(paragraph)}</p>"
        for heading, paragraph in documents.SECTIONS
    )
    mime = QMimeData()
    mime.setHtml(f"<html><body><!--StartFragment-->{selection}<!--EndFragment--></body></html>")
    mime.setText("plain text that the HTML should win over")
    QGuiApplication.clipboard().setMimeData(mime)
    window.opener.paste()
    QGuiApplication.clipboard().clear()  # the clipboard owns the data; let Qt free it now
    wait_brief(qtbot, window)
    article = window.article_view.articles[0]
    assert article.headings == documents.headings()
    assert "forty million euros" in window.editor.toPlainText()


def test_missing_recent_file_is_pruned_with_a_message(qtbot, window, dialogs, tmp_path):
    gone = tmp_path / "gone.txt"
    window.settings.add_recent([str(gone)])
    window.opener.open_recent(str(gone))
    assert "no such file" in dialogs.warnings[-1]
    assert str(gone) not in window.settings.recent()


def test_settings_are_remembered(qtbot, dialogs, sample_path):
    first = MainWindow()
    qtbot.addWidget(first)
    first.tuning.algorithm.setCurrentIndex(first.tuning.algorithm.findData("text-rank"))
    first.tuning.points.setValue(6)
    first.open_files([sample_path])
    wait_brief(qtbot, first)
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    assert second.tuning.options().algorithm == "text-rank"
    assert second.tuning.options().points == 6
    assert str(sample_path) in second.settings.recent()


def test_autosave_is_recovered_after_a_kill(qtbot, dialogs, sample_path, private_dirs):
    child = textwrap.dedent(
        f"""
        import os, signal, time
        from pathlib import Path
        from briefer.app.qt import QApplication
        from briefer.app.main_window import MainWindow
        app = QApplication([])
        win = MainWindow()
        win.show()
        win.open_files([Path({str(sample_path)!r})])
        deadline = time.time() + 60
        while win.current is None and time.time() < deadline:
            app.processEvents(); time.sleep(0.02)
        win.editor.appendPlainText("Typed just before the crash.")
        while not win.document.autosave.text_path.exists() and time.time() < deadline:
            app.processEvents(); time.sleep(0.05)
        os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", child], env=env, timeout=120)
    assert result.returncode == -9
    dialogs.answer = QMessageBox.StandardButton.Yes
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.offer_recovery() is True
    assert "Recover" in dialogs.questions[-1] or "recover" in dialogs.questions[-1].lower()
    assert "Typed just before the crash." in win.editor.toPlainText()
    qtbot.waitUntil(lambda: win.is_idle(), timeout=30000)
    assert "Typed just before the crash." in win.editor.toPlainText()
    assert win.editor.document().isModified()
    assert Path(win.current.brief.sources[0].path) == sample_path
    win.editor.document().setModified(False)


def test_share_of_the_article_sets_the_length(qtbot, window, sample_path):
    window.tuning.share.setValue(50)
    assert window.tuning.points.value() == 0
    window.open_files([sample_path])
    wait_brief(qtbot, window)
    assert len(window.current.brief.points) == 12
    window.tuning.points.setValue(4)
    assert window.tuning.share.value() == 0


def test_shortcuts_users_expect(window):
    shortcuts = {
        action.text().replace("&", ""): [s.toString() for s in action.shortcuts()]
        for menu in window.menuBar().findChildren(type(window.recent_menu))
        for action in menu.actions()
    }
    assert "Ctrl+O" in shortcuts["Open…"]
    assert "Ctrl+S" in shortcuts["Save Brief"]
    assert "Ctrl+Shift+S" in shortcuts["Save Brief As…"]
    assert "Ctrl+F" in shortcuts["Find and Replace…"]
    assert "Ctrl+Z" in shortcuts["Undo"]
    assert "Ctrl+Y" in shortcuts["Redo"]
    assert "Ctrl+Q" in shortcuts["Quit"]
    assert "F5" in shortcuts["Regenerate"]


def test_export_writes_what_the_editor_holds(qtbot, window, sample_path, tmp_path):
    from pypdf import PdfReader

    window.open_files([sample_path])
    wait_brief(qtbot, window)
    window.editor.appendPlainText("\nAnalyst's comment: watch the Senate vote.")
    for fmt in ("md", "html", "pdf"):
        target = tmp_path / f"out.{fmt}"
        assert window.document.export(fmt, target)
        if fmt == "pdf":
            text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(target).pages)
        else:
            text = target.read_text(encoding="utf-8")
        assert "watch the Senate vote" in text, fmt


def test_three_dropped_files_cite_their_sources_and_citations_lead_to_them(
    qtbot, window, sample_path, tmp_path
):
    copy = tmp_path / "copy.txt"
    copy.write_bytes(sample_path.read_bytes())
    window.tuning.themes.setCurrentIndex(window.tuning.themes.findData("conflict"))
    drop(window, sample_path, copy, DATA / "noisy_paste.txt")
    wait_brief(qtbot, window)
    # the war report and its copy are one story, the flood report another
    assert window.stories.list.count() == 2
    assert len(window.current.brief.sources) == 2
    line = line_with(window, "728 drones").text()
    assert line.endswith("[1, 2]")
    qtbot.waitUntil(lambda: "[1, 2]" in window.preview.toPlainText(), timeout=3000)
    window.links.show_in_line(line, len(line) - 2)  # on the "2"
    assert window.article_view.chooser.currentIndex() == 1
    assert "728 drones" in window.article_view.selected_text()
    window.links.show_in_line(line, 10)  # on the sentence itself: the first source
    assert window.article_view.chooser.currentIndex() == 0


def test_a_word_document_and_a_damaged_pdf_dropped_together(qtbot, window, dialogs, tmp_path):
    from tests import documents

    good = documents.make_docx(tmp_path / "harbour.docx")
    bad = tmp_path / "scan.pdf"
    bad.write_bytes(documents.make_pdf(tmp_path / "whole.pdf", [["Some text."]]).read_bytes()[:200])
    drop(window, good, bad)
    wait_brief(qtbot, window)
    qtbot.waitUntil(lambda: bool(dialogs.warnings), timeout=3000)
    assert f"{bad}: damaged PDF file" in dialogs.warnings[-1]
    assert "Salvage Costs" in window.article_view.text.toPlainText()
    assert "forty million euros" in window.editor.toPlainText()


def test_cancel_stops_a_file_that_is_slow_to_parse(qtbot, window, dialogs, tmp_path):
    from tests import documents

    slow = tmp_path / "slow.html"
    slow.write_text(documents.stalling_html())
    window.open_files([slow])
    qtbot.wait(1500)  # the reader process is well into the page
    assert not window.is_idle()
    window.cancel()
    qtbot.waitUntil(window.is_idle, timeout=5000)
    assert window.current is None and not dialogs.warnings


def test_reading_limits_are_chosen_kept_and_named_in_the_message(
    qtbot, window, dialogs, tmp_path, monkeypatch
):
    from briefer.app.limits import ReadingLimitsDialog

    def choose(dialog):
        dialog.megabytes.setValue(1)
        dialog.seconds.setValue(30)
        return True

    monkeypatch.setattr(ReadingLimitsDialog, "exec", choose)
    window.actions_by_name["limits"].trigger()
    assert window.settings.reading_limits() == {
        "max_bytes": 1_000_000,
        "read_seconds": 30.0,
        "brief_seconds": 600.0,
    }
    big = tmp_path / "big.txt"
    big.write_text("The talks resumed on Tuesday in Geneva. " * 30000, encoding="utf-8")
    window.open_files([big])
    qtbot.waitUntil(lambda: window.is_idle() and bool(dialogs.warnings), timeout=10000)
    assert "file too large (1.2 MB; the limit is 1.0 MB)" in dialogs.warnings[-1]
    assert "Brief ▸ Reading Limits" in dialogs.warnings[-1]


def test_the_largest_size_the_limits_dialog_takes_still_briefs(
    qtbot, window, dialogs, sample_path, monkeypatch
):
    from briefer.app.limits import ReadingLimitsDialog

    def choose(dialog):
        dialog.megabytes.setValue(5000)  # once taken, and every brief then refused
        return True

    monkeypatch.setattr(ReadingLimitsDialog, "exec", choose)
    window.actions_by_name["limits"].trigger()
    assert window.settings.reading_limits()["max_bytes"] == 2_000_000_000
    window.open_files([sample_path])
    wait_brief(qtbot, window)
    assert dialogs.warnings == []
    assert "## Bottom line" in window.editor.toPlainText()


def test_reading_limits_dialog_restores_the_defaults(window):
    from briefer.app.limits import ReadingLimitsDialog

    dialog = ReadingLimitsDialog(window, 5_000_000, 10, 120)
    assert dialog.values() == (5_000_000, 10.0, 120.0)
    dialog.restore_defaults()
    assert dialog.values() == (50_000_000, 60.0, 600.0)


def test_the_article_highlight_goes_when_the_cursor_leaves_the_points(qtbot, window, sample_path):
    window.open_files([sample_path])
    wait_brief(qtbot, window)
    point = window.current.brief.points[-1]
    put_cursor(window, window.current.line_of(point)[:30])
    assert window.article_view.text.extraSelections()
    put_cursor(window, "## Sources", column=3)
    assert not window.article_view.text.extraSelections()


def test_a_name_in_the_names_section_leads_to_its_first_mention(qtbot, window, sample_path):
    window.open_files([sample_path])
    wait_brief(qtbot, window)
    line = line_with(window, "**People:**").text()
    put_cursor(window, "**People:**", column=line.index("Keith Kellogg") + 2)
    assert window.article_view.selected_text() == "Keith Kellogg"


def test_a_dropped_folder_briefs_every_article_in_it(qtbot, window, sample_path, tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "one.txt").write_text(sample_path.read_text("utf-8"), encoding="utf-8")
    (folder / "two.txt").write_text((DATA / "noisy_paste.txt").read_text("utf-8"), "utf-8")
    drop(window, folder)
    wait_brief(qtbot, window)
    # a war report and a flood report: two stories, each with its own brief
    opened = [[Path(a.path).name for a in s.articles] for s in window.digest.stories]
    assert sorted(opened) == [["one.txt"], ["two.txt"]]
    assert window.stories.list.count() == 2
    assert window.article_view.chooser.count() == 1
