"""The stories of a digest: when the articles opened tell several stories, a list of
them above the article, the most reported first; choosing one opens its brief."""

from __future__ import annotations

from functools import partial

from briefer.app.qt import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from briefer.render.counts import counted


class StoriesList(QWidget):
    """List a digest's stories; `chosen` carries the number of the story picked."""

    chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = QLabel("Stories")
        self.title.setObjectName("paneTitle")
        self.title.setContentsMargins(4, 2, 4, 0)
        self.list = QListWidget()
        self.list.setObjectName("stories")
        self.list.setWordWrap(True)
        self.list.setToolTip(
            "The stories the articles tell, the most reported first. Choose one to open its brief."
        )
        self.list.currentRowChanged.connect(self._picked)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.title)
        column.addWidget(self.list)
        self._filling = False
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.hide()

    def set_stories(self, titles: list[tuple[str, int]]) -> None:
        """List (title, articles) for each story and mark the first; no list for one."""
        self._filling = True
        self.list.clear()
        for number, (title, articles) in enumerate(titles, 1):
            item = QListWidgetItem(f"{number}. {title} ({counted(articles, 'article')})")
            item.setToolTip(title)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self._filling = False
        self.title.setText(f"Stories ({len(titles)}): choose one to open its brief")
        self.list.setMaximumHeight(min(220, 26 * len(titles) + 8))
        self.setVisible(len(titles) > 1)

    def clear(self) -> None:
        self.set_stories([])

    def mark(self, number: int) -> None:
        """Show which story is open, without opening it again: now, and once more when
        the click that chose another has ended (its release would select that row)."""
        self._mark_now(number)
        QTimer.singleShot(0, partial(self._mark_now, number))

    def _mark_now(self, number: int) -> None:
        self._filling = True
        self.list.setCurrentRow(number)
        self._filling = False

    def _picked(self, row: int) -> None:
        if not self._filling and row >= 0:
            self.chosen.emit(row)
