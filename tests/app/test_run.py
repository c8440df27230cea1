"""`briefer.app.run`: the application's identity, its icon, its crash handler."""

from __future__ import annotations

import sys

from briefer import app
from briefer.app.crash import CrashHandler
from briefer.app.qt import QApplication
from briefer.desktop import DESKTOP_ID, ICON_SIZES


def test_window_icon_has_every_packaged_size():
    sizes = {(s.width(), s.height()) for s in app.window_icon().availableSizes()}
    assert sizes == {(n, n) for n in ICON_SIZES}


def test_run_names_the_desktop_entry_sets_the_icon_and_restores_the_hooks(
    qapp, monkeypatch, dialogs
):
    seen = {}

    def exec_(self=None):
        seen["hook"] = sys.excepthook
        return 0

    monkeypatch.setattr(QApplication, "exec", exec_)
    hook = sys.excepthook
    assert app.run([]) == 0
    assert qapp.desktopFileName() == DESKTOP_ID == app.DESKTOP_ID
    assert {(s.width(), s.height()) for s in QApplication.windowIcon().availableSizes()} >= {
        (16, 16),
        (512, 512),
    }
    assert isinstance(seen["hook"].__self__, CrashHandler)  # installed while the loop ran
    assert sys.excepthook is hook
