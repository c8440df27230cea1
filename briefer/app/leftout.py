"""The left-out sentences: every sentence not in the brief, best first, with its score."""

from __future__ import annotations

from collections.abc import Callable

from briefer.app.qt import QListWidget, QListWidgetItem, Qt, QWidget, Signal
from briefer.app.turns import next_turn
from briefer.brief import Point

CHUNK = 250  # rows added in one step


class LeftOutList(QListWidget):
    """List the ranked sentences the brief left out; double-click swaps one in."""

    swapRequested = Signal(object)  # noqa: N815 - the Point to bring in

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._pending: list[Point] = []
        self._keep: Callable[[Point], bool] = lambda point: True
        self.setObjectName("leftOut")
        self.setWordWrap(True)
        self.setSpacing(3)
        self.setAlternatingRowColors(True)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)  # rows re-wrap when the pane resizes
        self.setUniformItemSizes(False)
        self.setToolTip(
            "Sentences left out, best first. Double-click one to swap it in "
            "for the point under the editor's cursor."
        )
        self.itemActivated.connect(lambda item: self.swapRequested.emit(item.data(Qt.UserRole)))

    def set_points(
        self, points: list[Point], keep: Callable[[Point], bool] = lambda point: True
    ) -> None:
        """List these points, those `keep` takes, a few hundred at a time so that a long
        report's thousands of sentences never hold up the window."""
        self.clear()
        self._pending = list(points)
        self._keep = keep
        self._add_some()

    def _add_some(self) -> None:
        batch, self._pending = self._pending[:CHUNK], self._pending[CHUNK:]
        for point in filter(self._keep, batch):
            self.addItem(_item(point))
        if self._pending:
            next_turn(self._add_some)

    def replace(self, incoming: Point, outgoing: Point) -> None:
        """A point was swapped in: list the one it replaced in its place."""
        for row in range(self.count()):
            if self.item(row).data(Qt.UserRole) == incoming:
                self.takeItem(row)
                self.insertItem(row, _item(outgoing))
                return

    def current_point(self) -> Point | None:
        item = self.currentItem()
        return item.data(Qt.UserRole) if item else None


def _item(point: Point) -> QListWidgetItem:
    where = f"  →  {point.heading}" if point.heading else ""
    item = QListWidgetItem(f"{point.text}\n{point.score:.2f} · rank {point.rank}{where}")
    item.setData(Qt.UserRole, point)
    item.setToolTip(
        f"score {point.score:.2f}, rank {point.rank}, source [{point.source}]"
        + (f"; would go under {point.heading}" if point.heading else "")
    )
    return item
