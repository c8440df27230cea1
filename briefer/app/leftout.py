"""The left-out sentences: every sentence not in the brief, best first, with its score."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import islice

from briefer.app.qt import (
    QListWidget,
    QListWidgetItem,
    QPainter,
    QRect,
    QSize,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    Qt,
    QWidget,
    Signal,
)
from briefer.app.turns import next_turn
from briefer.brief import Point

CHUNK = 100  # rows added in one step


def _every(point: Point) -> bool:
    return True


class LeftOutList(QListWidget):
    """List the ranked sentences the brief left out; double-click swaps one in."""

    swapRequested = Signal(object)  # noqa: N815 - the Point to bring in

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._pending: Iterator[Point] = iter(())
        self._keep: Callable[[Point], bool] = _every
        self.setObjectName("leftOut")
        self.setWordWrap(True)
        self.setSpacing(3)
        self.setAlternatingRowColors(True)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)  # rows re-wrap when the pane resizes
        self.setUniformItemSizes(False)
        self.setLayoutMode(QListWidget.LayoutMode.Batched)  # rows measured a batch per turn
        self.setBatchSize(CHUNK)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self._rows = _WrappedRows(self)
        self.setItemDelegate(self._rows)
        self.setToolTip(
            "Sentences left out, best first. Double-click one to swap it in "
            "for the point under the editor's cursor."
        )
        self.itemActivated.connect(lambda item: self.swapRequested.emit(item.data(Qt.UserRole)))

    def set_points(self, points: list[Point], keep: Callable[[Point], bool] = _every) -> None:
        """List these points, those `keep` takes, a few hundred at a time so that a long
        report's thousands of sentences never hold up the window."""
        self.clear()
        self._rows.forget()
        self._pending = iter(list(points))
        self._keep = keep
        self._add_some()

    def _add_some(self) -> None:
        batch = list(islice(self._pending, CHUNK))
        for point in filter(self._keep, batch):
            self.addItem(_item(point))
        if len(batch) == CHUNK:  # perhaps more to come
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


class _WrappedRows(QStyledItemDelegate):
    """Rows measured and drawn by one rule: the text wrapped at the list's width.

    Qt's own delegate measured a row at one width and drew it at another, so a sentence
    could be cut short ("cooperation….") above a blank gap.
    """

    PAD = 4

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        # Qt measures every row again whenever rows are added or the pane resizes, so a
        # long report's thousands of rows are wrapped once per width and text.
        self._heights: dict[tuple[int, str, str], int] = {}

    def forget(self) -> None:
        """Let go of the measures of rows no longer listed."""
        self._heights.clear()

    def _text_width(self) -> int:
        view = self.parent()
        return max(view.viewport().width() - 2 * view.spacing() - 2 * self.PAD, 40)

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: N802 - Qt's name
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        width = self._text_width()
        key = (width, option.font.key(), text)
        height = self._heights.get(key)
        if height is None:
            bounds = QRect(0, 0, width, 1_000_000)
            wrapped = option.fontMetrics.boundingRect(bounds, Qt.TextFlag.TextWordWrap, text)
            height = self._heights[key] = wrapped.height()
        return QSize(width + 2 * self.PAD, height + 2 * self.PAD)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        view = QStyleOptionViewItem(option)
        self.initStyleOption(view, index)
        text, view.text = view.text, ""
        widget = option.widget
        widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, view, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = view.palette.ColorRole.HighlightedText if selected else view.palette.ColorRole.Text
        area = QRect(
            option.rect.left() + self.PAD,
            option.rect.top() + self.PAD,
            self._text_width(),
            option.rect.height() - 2 * self.PAD,
        )
        painter.save()
        painter.setPen(view.palette.color(role))
        painter.drawText(area, Qt.TextFlag.TextWordWrap, text)
        painter.restore()
