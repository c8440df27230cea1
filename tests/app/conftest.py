"""Window tests: one QApplication, offscreen; dialogs answered by the test; pool drained."""

from __future__ import annotations

import threading

import pytest

from briefer.app.engine_process import EngineProcess
from briefer.app.main_window import MainWindow
from briefer.app.qt import QApplication, QMessageBox


@pytest.fixture(scope="session", autouse=True)
def _widgets_application(qapp):
    """Start pytest-qt's QApplication before any window test, and check it can hold widgets.

    Qt allows one application per process: a QGuiApplication that a PDF test started
    first (outside the qt_gui fixture) would abort the first widget.
    """
    assert isinstance(qapp, QApplication), "a QGuiApplication started before the window tests"
    return qapp


class Dialogs:
    """Record every question, warning and error the window shows; answer as told."""

    def __init__(self):
        self.questions: list[str] = []
        self.warnings: list[str] = []
        self.errors: list[str] = []
        self.answer = QMessageBox.StandardButton.Cancel

    def question(self, parent, title, text, buttons=None, default=None):
        self.questions.append(text)
        return self.answer

    def warning(self, parent, title, text, *args):
        self.warnings.append(text)
        return QMessageBox.StandardButton.Ok

    def critical(self, parent, title, text, *args):
        self.errors.append(text)
        return QMessageBox.StandardButton.Ok


@pytest.fixture
def dialogs(monkeypatch) -> Dialogs:
    recorder = Dialogs()
    monkeypatch.setattr(QMessageBox, "question", recorder.question)
    monkeypatch.setattr(QMessageBox, "warning", recorder.warning)
    monkeypatch.setattr(QMessageBox, "critical", recorder.critical)
    return recorder


@pytest.fixture
def window(qtbot, dialogs):
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    yield win
    win.cancel()
    win.runner.wait(10000)
    win.editor.document().setModified(False)


def wait_brief(qtbot, win, timeout=30000):
    qtbot.waitUntil(
        lambda: win.is_idle() and win.current is not None and win.article_view.is_current(),
        timeout=timeout,
    )


@pytest.fixture
def held(monkeypatch):
    """Hold every brief the window starts, on its way to the engine's process, until the
    test sets the event it returns."""
    release = threading.Event()
    send = EngineProcess._send

    def send_when_released(engine, child, job):
        def later():
            assert release.wait(30), "the test never released the brief"
            with engine._lock:  # the process is up: it has made a brief before
                send(engine, engine._child, job)

        threading.Thread(target=later, daemon=True).start()

    monkeypatch.setattr(EngineProcess, "_send", send_when_released)
    yield release
    release.set()
