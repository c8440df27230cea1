"""The window's three panes side by side: the article (under a digest's stories), the
brief's editor (with its find bar) and, in tabs, the preview and the sentences left out."""

from __future__ import annotations

from briefer.app.article_view import ArticleView
from briefer.app.editor import BriefEditor, FindBar
from briefer.app.leftout import LeftOutList
from briefer.app.preview import Preview
from briefer.app.qt import QLabel, QSplitter, QStackedWidget, Qt, QTabWidget, QVBoxLayout, QWidget
from briefer.app.stories import StoriesList


class Panes(QSplitter):
    """Article | editor | preview and left-out, each pane wide enough to read."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.article_view = ArticleView()
        self.stories = StoriesList()
        self.editor = BriefEditor()
        self.find_bar = FindBar(self.editor)
        self.preview = Preview()
        self.left_out = LeftOutList()
        self.side = QTabWidget()
        self.side.addTab(self.preview, "Preview")
        self.side.addTab(self.left_out, "Left out")
        self.addWidget(_titled("Article", self.article_view, above=self.stories))
        self.addWidget(_titled("Brief (Markdown, yours to edit)", self.editor, self.find_bar))
        self.addWidget(self.side)
        self.setSizes([380, 480, 420])


def _titled(title: str, *widgets: QWidget, above: QWidget | None = None) -> QWidget:
    """Return the widgets in one column under a small title that says what the pane is
    (and `above` that title, when given)."""
    pane = QWidget()
    column = QVBoxLayout(pane)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    if above is not None:
        column.addWidget(above)
    label = QLabel(title)
    label.setObjectName("paneTitle")
    label.setContentsMargins(4, 2, 4, 0)
    column.addWidget(label)
    for widget in widgets:
        column.addWidget(widget)
    return pane


class Workspace(QWidget):
    """The tuning bar above either the welcome page (nothing open) or the panes."""

    def __init__(self, tuning, welcome, panes: Panes, parent: QWidget | None = None):
        super().__init__(parent)
        self.tuning, self.welcome, self.panes = tuning, welcome, panes
        self.pages = QStackedWidget()
        self.pages.addWidget(welcome)
        self.pages.addWidget(panes)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(tuning)
        layout.addWidget(self.pages, 1)

    def show_welcome(self, empty: bool, recent: list[str]) -> None:
        """Show the welcome page while nothing is open, with the recent files."""
        if empty:
            self.welcome.set_recent(recent)
        self.pages.setCurrentWidget(self.welcome if empty else self.panes)
