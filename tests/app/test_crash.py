"""An unexpected error in the window: logged, the brief kept and offered back, the user told."""

from __future__ import annotations

import sys
import threading

import pytest

from briefer import logs
from briefer.app.autosave import Autosave
from briefer.app.crash import CrashHandler
from briefer.app.main_window import MainWindow
from briefer.app.qt import QApplication, QMessageBox
from briefer.config import Paths
from briefer.errors import EXIT_INTERNAL

BRIEF = "# My brief\n\n## Bottom line\n\n- A point I wrote myself.\n"


@pytest.fixture
def crash(window, monkeypatch):
    """A crash handler installed for the window, and the exit codes it asked for."""
    exits: list[int] = []
    monkeypatch.setattr(QApplication, "exit", lambda code=0: exits.append(code))
    handler = CrashHandler(window, logs.setup())
    handler.install()
    yield handler, exits
    handler.uninstall()


def raise_through_excepthook(error: Exception) -> None:
    try:
        raise error
    except type(error):
        sys.excepthook(*sys.exc_info())


def test_crash_logs_the_traceback_keeps_the_brief_and_names_the_log(window, dialogs, crash):
    handler, exits = crash
    window.editor.setPlainText(BRIEF)
    raise_through_excepthook(RuntimeError("the ranking went wrong"))
    log_text = handler.log_file.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in log_text
    assert "RuntimeError: the ranking went wrong" in log_text
    assert Autosave(Paths.from_environment().data_dir).pending().text == BRIEF
    [message] = dialogs.errors
    assert "unexpected error" in message and "the ranking went wrong" in message
    assert "kept and will be offered" in message
    assert str(handler.log_file) in message and handler.log_file.is_absolute()
    assert not window.isVisible() and exits == [EXIT_INTERNAL]
    assert dialogs.questions == []  # closing after a crash asks nothing


def test_the_kept_brief_is_offered_at_the_next_start(qtbot, window, dialogs, crash):
    window.editor.setPlainText(BRIEF)
    raise_through_excepthook(ValueError("oops"))
    dialogs.answer = QMessageBox.StandardButton.Yes
    again = MainWindow()
    qtbot.addWidget(again)
    assert again.offer_recovery()
    assert "Recover it?" in dialogs.questions[-1]
    assert again.editor.toPlainText() == BRIEF
    again.editor.document().setModified(False)


def test_an_error_in_another_thread_is_shown_once_on_the_main_thread(qtbot, window, dialogs, crash):
    handler, exits = crash
    window.editor.setPlainText(BRIEF)
    threads = [threading.Thread(target=lambda: 1 / 0) for _ in range(2)]
    for thread in threads:
        thread.start()
        thread.join()
    qtbot.waitUntil(lambda: len(dialogs.errors) > 0, timeout=5000)
    qtbot.wait(50)
    assert len(dialogs.errors) == 1 and "ZeroDivisionError" in dialogs.errors[0]
    assert handler.log_file.read_text(encoding="utf-8").count("ZeroDivisionError") >= 2
    assert exits == [EXIT_INTERNAL]


def test_an_empty_editor_is_not_claimed_as_kept(window, dialogs, crash):
    raise_through_excepthook(RuntimeError("early"))
    assert "no brief to keep" in dialogs.errors[0]
    assert Autosave(Paths.from_environment().data_dir).pending() is None


def test_uninstall_puts_the_hooks_back(window):
    before = (sys.excepthook, threading.excepthook)
    handler = CrashHandler(window, logs.log_file())
    handler.install()
    assert sys.excepthook == handler.handle
    handler.uninstall()
    assert (sys.excepthook, threading.excepthook) == before
