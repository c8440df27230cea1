"""Work put off to a later turn: in order, and never on a window closed meanwhile."""

from __future__ import annotations

from functools import partial

from briefer.app.qt import QApplication, QObject
from briefer.app.turns import next_turn


class Worker(QObject):
    def __init__(self, done: list):
        super().__init__()
        self.done = done

    def step(self, name: str = "step") -> None:
        self.done.append(name)


def test_steps_run_in_the_order_they_were_put_off(qtbot):
    done: list[str] = []
    worker = Worker(done)
    next_turn(partial(worker.step, "first"))
    next_turn(partial(worker.step, "second"))
    next_turn(lambda: done.append("third"))
    qtbot.waitUntil(lambda: len(done) == 3)
    assert done == ["first", "second", "third"]


def test_a_step_of_an_object_deleted_meanwhile_is_dropped(qtbot):
    done: list[str] = []
    gone, kept = Worker(done), Worker(done)
    next_turn(gone.step)
    next_turn(partial(gone.step, "partial"))
    next_turn(partial(kept.step, "kept"))
    gone.deleteLater()
    QApplication.sendPostedEvents(None, 0)  # delete it now, before the steps' turn
    qtbot.waitUntil(lambda: "kept" in done)
    assert done == ["kept"]
