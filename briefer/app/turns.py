"""Work put off to a later turn of the event loop, so that the window stays responsive."""

from __future__ import annotations

from collections.abc import Callable

from briefer.app.qt import QTimer

# A timer of 0 ms is a posted event, which Qt may run in the same pass as the one that
# posted it: a chain of them holds up input, painting and other timers until it ends.
# A 1 ms timer waits for the next pass, where whatever else is due comes first.
NEXT_TURN_MS = 1


def next_turn(step: Callable[[], object]) -> None:
    """Run `step` in a later turn of the event loop, after what is due meanwhile."""
    QTimer.singleShot(NEXT_TURN_MS, step)
