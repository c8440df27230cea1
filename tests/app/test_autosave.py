"""Autosave with several windows: each keeps its own, only a closed window's is offered."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from briefer import app
from briefer.app.autosave import Autosave
from briefer.app.main_window import MainWindow
from briefer.app.qt import QApplication, QMessageBox
from briefer.config import Paths


def new_window(qtbot) -> MainWindow:
    win = MainWindow()
    qtbot.addWidget(win)
    return win


def type_and_autosave(win, text: str) -> None:
    win.editor.setPlainText(text)
    win.editor.document().setModified(True)
    win.document.autosave_now()


def data_dir():
    return Paths.from_environment().data_dir


def test_a_live_windows_autosave_is_never_offered_to_another(qtbot, dialogs):
    first, second = new_window(qtbot), new_window(qtbot)
    type_and_autosave(first, "First window's unsaved note.")
    dialogs.answer = QMessageBox.StandardButton.No
    assert second.offer_recovery() is False
    assert dialogs.questions == []
    assert first.document.autosave.text_path.read_text() == "First window's unsaved note."
    first.editor.document().setModified(False)


def test_closing_one_window_keeps_the_others_autosave(qtbot, dialogs):
    busy, idle = new_window(qtbot), new_window(qtbot)
    type_and_autosave(busy, "Typed in the busy window.")
    assert idle.close()
    assert busy.document.autosave.text_path.read_text() == "Typed in the busy window."
    busy.editor.document().setModified(False)


def test_a_killed_windows_autosave_is_offered_once_and_declining_removes_only_it(qtbot, dialogs):
    child = textwrap.dedent(
        """
        import os, signal
        from briefer.app.qt import QApplication
        from briefer.app.main_window import MainWindow
        app = QApplication([])
        win = MainWindow()
        win.editor.setPlainText("Left by a killed window.")
        win.editor.document().setModified(True)
        win.document.autosave_now()
        os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    live = new_window(qtbot)
    type_and_autosave(live, "Still being typed.")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    assert subprocess.run([sys.executable, "-c", child], env=env, timeout=60).returncode == -9
    dialogs.answer = QMessageBox.StandardButton.No
    starting = new_window(qtbot)
    assert starting.offer_recovery() is False
    assert len(dialogs.questions) == 1
    assert Autosave(data_dir()).pending() is None
    assert live.document.autosave.text_path.read_text() == "Still being typed."
    live.editor.document().setModified(False)


def test_text_typed_after_accepting_a_recovery_survives_the_rebrief(qtbot, dialogs, sample_path):
    left = Autosave(data_dir())
    assert left.write("# Recovered brief\n", [str(sample_path)])
    left.hand_over()
    dialogs.answer = QMessageBox.StandardButton.Yes
    win = new_window(qtbot)
    assert win.offer_recovery() is True
    win.editor.appendPlainText("Typed while the article was read again.")
    qtbot.waitUntil(lambda: win.is_idle() and win.current is not None, timeout=30000)
    assert win.editor.toPlainText() == (
        "# Recovered brief\n\nTyped while the article was read again."
    )
    assert win.document.autosave.text_path.is_file() and not left.text_path.exists()
    win.editor.document().setModified(False)


def test_a_damaged_autosave_is_still_offered(qtbot, dialogs):
    slot = data_dir() / "autosave" / "gone-window"
    slot.mkdir(parents=True)
    (slot / "brief.md").write_bytes(b"# Brief\n\nA caf\xe9 note.\n")
    (slot / "session.json").write_text("{not json")
    found = Autosave(data_dir()).pending()
    assert found is not None and found.text == "# Brief\n\nA caf\ufffd note.\n"


def test_autosave_that_cannot_write_says_so_once(qtbot, dialogs, tmp_path):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the data folder should be")
    usual = Paths.from_environment()
    win = MainWindow(Paths(usual.config_dir, blocked, usual.cache_dir))
    qtbot.addWidget(win)
    type_and_autosave(win, "Unsaved.")
    win.document.autosave_now()
    assert len(dialogs.warnings) == 1 and "Autosave cannot write" in dialogs.warnings[0]
    win.editor.document().setModified(False)
    assert win.close()


DAMAGED_SESSIONS = {
    "not JSON": (b"{not json", "it is not valid JSON"),
    "empty": (b"", "the file is empty"),
    "not UTF-8": (b'{"sources": ["caf\xe9"]}', "it is not UTF-8 text"),
    "a list": (b"[]", "it is not a JSON object"),
    "nested deep": (b"[" * 100_000, "it is nested too deeply"),
    "sources a string": (b'{"sources": "a.txt"}', "'sources' is not a list of file names"),
    "sources numbers": (b'{"sources": [1, 2]}', "'sources' is not a list of file names"),
    "time too far": (b'{"sources": [], "saved_at": 1e308}', "'saved_at' is not a time"),
    "time a word": (b'{"sources": [], "saved_at": "noon"}', "'saved_at' is not a time"),
    "time true": (b'{"sources": [], "saved_at": true}', "'saved_at' is not a time"),
    "too large": (b" " * 1_000_001, "file too large (1,000,001 bytes; the limit is 1.0 MB)"),
}


def left_behind(session: bytes | None) -> Path:
    """Leave a gone window's slot with a brief and this session file; return the slot."""
    slot = data_dir() / "autosave" / "gone-window"
    slot.mkdir(parents=True)
    (slot / "brief.md").write_text("# Left behind\n\nStill wanted.\n", encoding="utf-8")
    if session is not None:
        (slot / "session.json").write_bytes(session)
    return slot


@pytest.mark.parametrize("session, reason", DAMAGED_SESSIONS.values(), ids=DAMAGED_SESSIONS)
def test_a_damaged_session_file_is_set_aside_and_the_text_offered(qtbot, dialogs, session, reason):
    left_behind(session)
    dialogs.answer = QMessageBox.StandardButton.Yes
    win = new_window(qtbot)
    assert win.offer_recovery() is True
    assert win.editor.toPlainText() == "# Left behind\n\nStill wanted.\n"
    [aside] = (data_dir() / "autosave").glob("session.json.corrupt-*")
    assert aside.read_bytes() == session
    note = (
        f"An autosave's session file was damaged ({reason}); it was set aside as {aside},"
        " and the brief is offered without its list of sources."
    )
    assert dialogs.questions[-1].endswith(f"Recover it?\n\n{note}")  # said in the question
    assert win.document.autosave.notes == []  # and not again
    win.editor.document().setModified(False)
    assert win.close()
    assert aside.read_bytes() == session  # closing clears the window's slot, never this


def test_a_session_path_that_is_a_folder_is_set_aside(qtbot, dialogs):
    slot = left_behind(None)
    (slot / "session.json").mkdir()
    found = Autosave(data_dir()).pending()
    assert found is not None and found.sources == []
    assert [p.is_dir() for p in (data_dir() / "autosave").glob("session.json.corrupt-*")] == [True]


def test_a_sound_session_file_without_a_time_is_not_damaged(qtbot, dialogs):
    left_behind(b'{"sources": ["/tmp/a.txt"]}')
    autosave = Autosave(data_dir())
    found = autosave.pending()
    assert found is not None and found.sources == ["/tmp/a.txt"] and autosave.notes == []


def test_the_window_names_a_set_aside_session_file_once(qapp, monkeypatch, dialogs):
    left_behind(b"{not json")
    dialogs.answer = QMessageBox.StandardButton.No
    monkeypatch.setattr(QApplication, "exec", lambda self=None: 0)
    assert app.run([]) == 0
    assert len(dialogs.questions) == 1 and "session file was damaged" in dialogs.questions[0]
    assert dialogs.warnings == []  # said in the recovery question, not after it
    assert app.run([]) == 0
    assert len(dialogs.questions) == 1 and dialogs.warnings == []


def test_an_autosave_too_large_to_be_a_brief_is_set_aside_unread(qapp, monkeypatch, dialogs):
    """A crash can leave a file of zeros: 300 MB of them once took the window past 6 GB."""
    slot = data_dir() / "autosave" / "gone-window"
    slot.mkdir(parents=True)
    with open(slot / "brief.md", "wb") as text:
        text.truncate(20_000_000)  # sparse: no disk used
    monkeypatch.setattr(QApplication, "exec", lambda self=None: 0)
    assert app.run([]) == 0
    [aside] = (data_dir() / "autosave").glob("brief.md.corrupt-*")
    assert aside.stat().st_size == 20_000_000
    assert dialogs.questions == []  # nothing to recover is offered
    assert dialogs.warnings == [
        "An autosaved brief could not be offered (file too large (20 MB; the limit is 10 MB));"
        f" it was set aside as {aside}, so that you can open it yourself."
    ]
    assert app.run([]) == 0
    assert dialogs.questions == [] and len(dialogs.warnings) == 1
