"""The window's three panes side by side: the article, the brief's editor (with its find
bar) and, in tabs, the preview and the sentences left out."""

from __future__ import annotations

from briefer.app.article_view import ArticleView
from briefer.app.editor import BriefEditor, FindBar
from briefer.app.leftout import LeftOutList
from briefer.app.preview import Preview
from briefer.app.qt import QSplitter, Qt, QTabWidget, QVBoxLayout, QWidget


class Panes(QSplitter):
    """Article | editor | preview and left-out, each pane wide enough to read."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.article_view = ArticleView()
        self.editor = BriefEditor()
        self.find_bar = FindBar(self.editor)
        self.preview = Preview()
        self.left_out = LeftOutList()
        editor_pane = QWidget()
        column = QVBoxLayout(editor_pane)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.editor)
        column.addWidget(self.find_bar)
        self.side = QTabWidget()
        self.side.addTab(self.preview, "Preview")
        self.side.addTab(self.left_out, "Left out")
        for pane in (self.article_view, editor_pane, self.side):
            self.addWidget(pane)
        self.setSizes([380, 480, 420])
