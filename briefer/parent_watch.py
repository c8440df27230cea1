"""A child process that outlives the process that started it has no one to report to.

Briefer's child processes (the reader, the window's engine, a digest's workers) wait on
their parent and end themselves when it is gone: else a parent that was killed, by the
user or by the system, would leave a reader busy for minutes on a hostile page.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from multiprocessing.connection import wait

ORPHAN_EXIT = 70  # the exit status of a child whose parent went away


def end_with_parent() -> None:
    """In a child started by multiprocessing: end this process once its parent ends."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return
    threading.Thread(
        target=_wait_for, args=(parent.sentinel,), daemon=True, name="briefer-parent-watch"
    ).start()


def _wait_for(sentinel) -> None:
    wait([sentinel])
    os._exit(ORPHAN_EXIT)
