"""What an empty window shows: where to drop articles, how to open one, recent files."""

from __future__ import annotations

from briefer.app.qt import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from briefer.app.settings import can_reopen

GUIDANCE = (
    "Briefer turns news articles into a short brief of key points under headings, "
    "each point a sentence of its article. Your edits are kept when you regenerate."
)


class Welcome(QWidget):
    """A drop zone with Open, Paste and the recent files, until an article is open."""

    open_clicked = Signal()
    paste_clicked = Signal()
    recent_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("welcome")
        title = QLabel("<h2>Drop articles here</h2>")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        kinds = QLabel("Text, Markdown, web pages, PDF, Word, OpenDocument, EPUB, RTF, e-mail")
        kinds.setAlignment(Qt.AlignmentFlag.AlignCenter)
        guidance = QLabel(GUIDANCE)
        guidance.setWordWrap(True)
        guidance.setAlignment(Qt.AlignmentFlag.AlignCenter)
        open_button = QPushButton("Open Articles…  (Ctrl+O)")
        open_button.clicked.connect(self.open_clicked)
        paste_button = QPushButton("Paste as Article  (Ctrl+Shift+V)")
        paste_button.clicked.connect(self.paste_clicked)
        self.recent_label = QLabel("Recent articles")
        self.recent = QListWidget()
        self.recent.setMaximumHeight(180)
        self.recent.itemActivated.connect(self._activated)
        self.recent.itemClicked.connect(self._activated)
        content = QWidget()  # one column of fixed width, centred
        content.setFixedWidth(560)
        column = QVBoxLayout(content)
        for widget in (title, kinds, open_button, paste_button, guidance):
            column.addWidget(widget)
        column.addSpacing(16)
        column.addWidget(self.recent_label)
        column.addWidget(self.recent)
        middle = QHBoxLayout()  # stretches, not an alignment: wrapped text keeps its height
        middle.addStretch(1)
        middle.addWidget(content)
        middle.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(middle)
        outer.addStretch(2)

    def set_recent(self, names: list[str]) -> None:
        """List the recent files that can still be opened, most recent first."""
        self.recent.clear()
        for name in names:
            if can_reopen(name):
                self.recent.addItem(name)
        shown = self.recent.count() > 0
        self.recent.setVisible(shown)
        self.recent_label.setVisible(shown)

    def _activated(self, item) -> None:
        self.recent_chosen.emit(item.text())
