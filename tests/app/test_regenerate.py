"""Regenerate keeps every edit: driven by keys as a user would, the editor's exact text
checked before and after."""

from __future__ import annotations

import pytest

from briefer.app.colors import LIGHT
from briefer.app.qt import QKeySequence, Qt, QTextCursor
from tests.app.conftest import wait_brief


@pytest.fixture
def briefed(qtbot, window, sample_path):
    window.open_files([sample_path])
    wait_brief(qtbot, window)
    window.activateWindow()
    window.editor.setFocus()
    qtbot.waitUntil(window.editor.hasFocus, timeout=3000)
    return window


def lines(win) -> list[str]:
    return win.editor.toPlainText().splitlines()


def go_to_line(qtbot, win, number: int, end: bool = True) -> None:
    """Put the cursor at the end (or start) of a line, as a click there does."""
    block = win.editor.document().findBlockByNumber(number)
    cursor = win.editor.textCursor()
    cursor.setPosition(block.position() + (block.length() - 1 if end else 0))
    win.editor.setTextCursor(cursor)


def press(qtbot, win, keys: str) -> None:
    """Press a shortcut in the window, as a user does (F5, Ctrl+S)."""
    qtbot.keySequence(win, QKeySequence(keys))


def point_lines(win) -> list[int]:
    """Return the line numbers of the brief's key points (not of other bullet lists)."""
    shown = {f"- {win.current.line_of(p)}" for p in win.current.brief.points}
    return [i for i, line in enumerate(lines(win)) if line in shown]


def first_point(win) -> int:
    return point_lines(win)[0]


def regenerate(qtbot, win) -> None:
    press(qtbot, win, "F5")
    qtbot.waitUntil(lambda: not win.is_idle(), timeout=3000)
    wait_brief(qtbot, win)


def test_a_note_after_sources_and_an_edited_point_survive_f5_save_f5(
    qtbot, briefed, monkeypatch, tmp_path
):
    from briefer.app.qt import QFileDialog

    win = briefed
    point = first_point(win)
    go_to_line(qtbot, win, point)
    qtbot.keyClicks(win.editor, " (confirmed)")
    go_to_line(qtbot, win, len(lines(win)) - 1)
    qtbot.keyClick(win.editor, Qt.Key.Key_Return)
    qtbot.keyClick(win.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(win.editor, "Checked against the wire copy.")
    edited = lines(win)
    assert edited[point].endswith(" (confirmed)")
    regenerate(qtbot, win)
    assert lines(win) == edited
    assert win.windowTitle().endswith("[*] — Briefer") and win.isWindowModified()
    saved = tmp_path / "brief.md"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved), ""))
    press(qtbot, win, "Ctrl+S")
    assert saved.read_text("utf-8").splitlines() == edited
    regenerate(qtbot, win)
    assert lines(win) == edited
    assert lines(win).count(edited[point]) == 1
    assert lines(win)[-1] == "Checked against the wire copy."


def test_an_edited_point_replaces_its_original_when_fewer_points_are_asked(qtbot, briefed):
    win = briefed
    before = lines(win)
    point = point_lines(win)[-1]
    go_to_line(qtbot, win, point)
    qtbot.keyClicks(win.editor, " EDITED")
    heading = next(line for line in reversed(before[:point]) if line.startswith("## "))
    win.tuning.points.setValue(4)
    regenerate(qtbot, win)
    after = lines(win)
    assert after.count(before[point] + " EDITED") == 1 and before[point] not in after
    at = after.index(before[point] + " EDITED")
    assert next(line for line in reversed(after[:at]) if line.startswith("## ")) == heading
    points = {f"- {win.current.line_of(p)}" for p in win.current.brief.points}
    shown = sum(1 for line in after if line in points or line.endswith(" EDITED"))
    assert after[2].startswith("*A bottom line and") and shown <= 5


def test_lines_typed_under_the_title_and_the_bottom_line_stay_there(qtbot, briefed):
    win = briefed
    go_to_line(qtbot, win, 0)
    qtbot.keyClick(win.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(win.editor, "For the Tuesday meeting.")
    bottom = lines(win).index("## Bottom line")
    go_to_line(qtbot, win, bottom + 2)
    qtbot.keyClick(win.editor, Qt.Key.Key_Return)
    qtbot.keyClick(win.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(win.editor, "My reading: the talks matter more.")
    win.tuning.algorithm.setCurrentIndex(win.tuning.algorithm.findData("lex-rank"))
    regenerate(qtbot, win)
    after = lines(win)
    assert after[1] == "For the Tuesday meeting."
    mine = after.index("My reading: the talks matter more.")
    assert next(line for line in reversed(after[:mine]) if line.startswith("## ")) == (
        "## Bottom line"
    )
    assert after[mine + 2].startswith("## ")  # still a paragraph of its own, before the next


def test_regenerate_keeps_the_cursor_on_its_line_and_can_be_undone(qtbot, briefed):
    win = briefed
    point = first_point(win)
    go_to_line(qtbot, win, point)
    qtbot.keyClicks(win.editor, " [mine]")
    before = win.editor.toPlainText()
    win.tuning.algorithm.setCurrentIndex(win.tuning.algorithm.findData("lex-rank"))
    regenerate(qtbot, win)
    assert win.editor.textCursor().block().text().endswith(" [mine]")
    assert win.editor.toPlainText() != before  # another ranking, other points
    win.editor.undo()
    assert win.editor.toPlainText() == before


def test_a_pinned_point_stays_through_a_shorter_brief(qtbot, briefed):
    win = briefed
    before = lines(win)
    point = point_lines(win)[-1]
    go_to_line(qtbot, win, point, end=False)
    win.editor.moveCursor(QTextCursor.MoveOperation.Right)
    press(qtbot, win, "Ctrl+D")
    block = win.editor.document().findBlockByNumber(point)
    tints = {f.format.background().color().name() for f in block.layout().formats()}
    assert LIGHT.pinned in tints  # the pinned point shows on a tint
    win.tuning.points.setValue(3)
    regenerate(qtbot, win)
    assert lines(win).count(before[point]) == 1


def test_ctrl_p_prints_and_is_bound_once(briefed):
    shortcuts = [
        action.shortcut().toString()
        for action in briefed.actions_by_name.values()
        if not action.shortcut().isEmpty()
    ]
    assert len(shortcuts) == len(set(shortcuts))
    assert briefed.actions_by_name["print"].shortcut() == QKeySequence(
        QKeySequence.StandardKey.Print
    )


def test_nothing_to_save_or_regenerate_in_an_empty_window(window):
    for name in ("save", "save_as", "export_pdf", "print", "regenerate", "pin", "swap"):
        assert not window.actions_by_name[name].isEnabled(), name
    assert window.actions_by_name["open"].isEnabled()


def test_escape_closes_the_find_bar_and_a_narrow_pane_keeps_it_usable(qtbot, briefed):
    win = briefed
    win.splitter.setSizes([500, 300, 500])
    press(qtbot, win, "Ctrl+F")
    bar = win.find_bar
    qtbot.waitUntil(bar.find_edit.hasFocus, timeout=3000)
    assert bar.find_edit.width() >= 100
    assert win.splitter.sizes()[1] <= 320  # opening the bar does not widen the pane
    qtbot.keyClicks(bar.find_edit, "Rubio")
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Escape)
    assert not bar.isVisible() and win.editor.hasFocus()


def test_a_swapped_in_sentence_goes_under_its_own_heading_and_leaves_the_list(qtbot, briefed):
    win = briefed
    text = win.current
    points = {p.heading: p for p in text.brief.points}
    incoming = next(
        p for p in text.brief.left_out if p.heading in points and p.heading != "Bottom line"
    )
    outgoing = next(
        p for p in text.brief.points if p.heading not in (incoming.heading, "Bottom line")
    )
    go_to_line(qtbot, win, lines(win).index(f"- {text.line_of(outgoing)}"))
    win.links.swap_in(incoming)
    after = lines(win)
    assert f"- {text.line_of(outgoing)}" not in after
    at = after.index(f"- {text.line_of(incoming)}")
    assert next(line for line in reversed(after[:at]) if line.startswith("## ")) == (
        f"## {incoming.heading}"
    )
    listed = [
        win.left_out.item(i).data(Qt.ItemDataRole.UserRole) for i in range(win.left_out.count())
    ]
    assert incoming not in listed and outgoing in listed
    assert any(
        f"→  {p.heading}" in win.left_out.item(i).text() for i, p in enumerate(listed) if p.heading
    )
    win.editor.undo()
    assert f"- {text.line_of(outgoing)}" in lines(win)
