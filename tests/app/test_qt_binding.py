"""The Qt binding in use keeps the references it owes: a long session must not abort.

PySide6 6.12.0 drops a reference to None on every call of a method that returns
nothing. Before Python 3.12 the interpreter aborts once None's count reaches zero: after
a few tens of thousands of such calls, a matter of minutes of typing in the highlighted
editor. From 3.12 on None is immortal, its count never moves and a check on it cannot
fail; so the binding's counting is also checked on an ordinary object, handed to Qt and
back the way the window's results travel.
"""

from __future__ import annotations

import sys

import pytest

from briefer.app.qt import QFont, QObject, Signal

CALLS = 2000


class Payload:
    """An ordinary object: its reference count moves, and it dies at zero."""


class Sender(QObject):
    done = Signal(object)


def test_an_object_kept_by_qt_comes_back_with_its_reference():
    payload = Payload()
    holder = QObject()
    holder.setProperty("payload", payload)
    before = sys.getrefcount(payload)
    for _ in range(CALLS):
        assert holder.property("payload") is payload
    assert sys.getrefcount(payload) == before


def test_an_object_sent_by_a_signal_keeps_its_references():
    payload, received = Payload(), []
    sender = Sender()
    sender.done.connect(received.append)
    before = sys.getrefcount(payload)
    for _ in range(CALLS):
        sender.done.emit(payload)
    assert len(received) == CALLS and all(item is payload for item in received)
    assert sys.getrefcount(payload) == before + CALLS  # one for each item in the list
    received.clear()
    assert sys.getrefcount(payload) == before


@pytest.mark.skipif(
    sys.version_info >= (3, 12), reason="None is immortal: a dropped reference cannot free it"
)
def test_methods_returning_nothing_leave_none_alone(qapp):
    font = QFont()
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        font.setPixelSize(11)
        qapp.processEvents()
    assert sys.getrefcount(None) - before > -100
