"""The window's briefs are made in a process of its own, which gives way to the window
and whose end never takes the window, or what the user typed, with it."""

from __future__ import annotations

import os
import signal

from briefer.app.engine_process import NICENESS, engine
from briefer.app.qt import QTextCursor
from tests import documents
from tests.app.conftest import wait_brief


def engine_pid() -> int:
    child = engine()._child
    assert child is not None and child.process.is_alive()
    return child.process.pid


def children(pid: int) -> list[int]:
    with open(f"/proc/{pid}/task/{pid}/children") as listed:
        return [int(child) for child in listed.read().split()]


def running(pid: int) -> bool:
    """Tell whether a process runs (a zombie, ended but not yet reaped, does not)."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] not in "ZX"
    except FileNotFoundError:
        return False


def test_the_brief_is_made_in_another_process_that_yields_the_cpu_to_the_window(
    qtbot, window, sample_path
):
    window.open_files([sample_path])
    wait_brief(qtbot, window)
    assert "## Escalation" in window.editor.toPlainText()
    pid = engine_pid()
    assert pid != os.getpid()
    ours = os.getpriority(os.PRIO_PROCESS, 0)
    assert os.getpriority(os.PRIO_PROCESS, pid) == min(ours + NICENESS, 19)


def test_an_engine_process_killed_mid_brief_is_reported_and_the_edits_stay(
    qtbot, window, dialogs, sample_path, tmp_path
):
    window.open_files([sample_path])
    wait_brief(qtbot, window)
    slow = tmp_path / "slow.html"
    slow.write_text(documents.stalling_html())
    window.open_files([slow])
    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    window.editor.insertPlainText("\nMy note, typed while the next brief was made.")
    typed = window.editor.toPlainText()
    qtbot.wait(1000)  # its reader is well into the page
    assert not window.is_idle()
    killed = engine_pid()
    readers = children(killed)  # the reader process parsing the page, and the like
    assert readers
    os.kill(killed, signal.SIGKILL)
    qtbot.waitUntil(lambda: window.is_idle() and bool(dialogs.warnings), timeout=10000)
    assert dialogs.warnings == ["briefing stopped: its process was ended (out of memory?)"]
    assert window.editor.toPlainText() == typed
    assert window.editor.document().isModified()
    assert window.current.brief.sources[0].path == str(sample_path)
    qtbot.waitUntil(lambda: not any(map(running, readers)), timeout=5000)  # none left behind
    window.regenerate()  # a fresh process takes the next brief
    wait_brief(qtbot, window)
    assert window.editor.toPlainText().splitlines() == typed.splitlines()


def test_sending_a_long_article_never_waits_for_the_job_before_it(tmp_path):
    import time

    from briefer.config import Paths
    from briefer.options import BriefOptions
    from briefer.read.plain import read_plain
    from tests.conftest import SAMPLE

    text = SAMPLE.read_text(encoding="utf-8")
    long_report = tmp_path / "long.txt"
    long_report.write_text("\n\n".join([text] * 60), encoding="utf-8")
    pasted = read_plain(text * 2000)  # 8 MB: more than the pipe holds
    paths = Paths.from_environment()
    process = engine()
    process.start()
    deadline = time.monotonic() + 10
    while process._child is None and time.monotonic() < deadline:
        time.sleep(0.01)
    first = process.submit([long_report], BriefOptions(), paths, False, lambda *r: None)
    started = time.monotonic()
    second = process.submit([pasted], BriefOptions(), paths, False, lambda *r: None)
    assert time.monotonic() - started < 0.2  # while the first job is still being made
    assert first in engine()._reports
    process.cancel(second)
    assert process.wait([first, second], 60)
