"""The Qt binding in use keeps None alive: a long session must not abort.

PySide6 6.12.0 drops a reference to None on every call of a method that returns
nothing. Before Python 3.12 (where None cannot die) the interpreter aborts once the
count reaches zero: after a few tens of thousands of such calls, a matter of minutes
of typing in the highlighted editor.
"""

from __future__ import annotations

import sys

from briefer.app.qt import QFont


def test_methods_returning_nothing_leave_none_alone(qapp):
    font = QFont()
    before = sys.getrefcount(None)
    for _ in range(2000):
        font.setPixelSize(11)
        qapp.processEvents()
    assert sys.getrefcount(None) - before > -100
