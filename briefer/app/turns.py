"""Work put off to a later turn of the event loop, so that the window stays responsive.

Steps wait in one queue and run one per turn, in the order they were put off: two
pieces of work going on at once (an article being built, the left-out list being
filled) then take turns, rather than both running in the same turn, while input,
painting and other timers wait for them. A step of an object that Qt has deleted
meanwhile (its window was closed) is dropped: its widgets are gone.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable

from briefer.app.qt import QObject, QTimer, isValid

# A timer of 0 ms is a posted event, which Qt may run in the same pass as the one that
# posted it: a chain of them holds up input, painting and other timers until it ends.
# A 1 ms timer waits for the next pass, where whatever else is due comes first.
NEXT_TURN_MS = 1

_steps: deque[Callable[[], object]] = deque()
_timer: QTimer | None = None


def next_turn(step: Callable[[], object]) -> None:
    """Run `step` in a later turn of the event loop, after what is due meanwhile and
    after the steps put off before it."""
    global _timer
    if _timer is None:
        _timer = QTimer()
        _timer.setSingleShot(True)
        _timer.setInterval(NEXT_TURN_MS)
        _timer.timeout.connect(_run_one)
    _steps.append(step)
    if not _timer.isActive():
        _timer.start()


def _run_one() -> None:
    step = _steps.popleft()
    if _steps:
        _timer.start()
    if _owner_alive(step):
        step()


def _owner_alive(step: Callable[[], object]) -> bool:
    """Tell whether the object a step is a method of (perhaps through functools.partial)
    still exists on Qt's side; a step of no Qt object always runs."""
    owner = getattr(step, "__self__", None) or getattr(
        getattr(step, "func", None), "__self__", None
    )
    return not isinstance(owner, QObject) or isValid(owner)
