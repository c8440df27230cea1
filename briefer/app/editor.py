"""The brief editor: Markdown with highlighting, word count, tooltips, find and replace."""

from __future__ import annotations

import re

from briefer.app.highlighter import MarkdownHighlighter
from briefer.app.qt import (
    QFont,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    Qt,
    QTextCursor,
    QTextDocument,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
    Signal,
)

_WORD = re.compile(r"\w+", re.UNICODE)


class BriefEditor(QPlainTextEdit):
    """A plain-text Markdown editor that can say which line and column the cursor is on.

    `describe` is set by the window: given a line and a column it returns the text of a
    tooltip (the point's score and source) or "".
    """

    wordsChanged = Signal(int)  # noqa: N815 - Qt naming

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("briefEditor")
        font = QFont("DejaVu Sans Mono")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(10)
        self.setFont(font)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.highlighter = MarkdownHighlighter(self.document())
        self.describe = lambda line, column: ""
        self.textChanged.connect(lambda: self.wordsChanged.emit(self.word_count()))

    def word_count(self) -> int:
        return len(_WORD.findall(self.toPlainText()))

    def cursor_line(self) -> tuple[str, int]:
        """Return the text of the cursor's line and the cursor's column in it."""
        cursor = self.textCursor()
        return cursor.block().text(), cursor.positionInBlock()

    def replace_text(self, text: str, moved: dict[int, int] | None = None) -> None:
        """Put new text in as one undoable step, keeping the cursor's line and the scroll.

        `moved` maps line numbers before to line numbers after; without it (or for a
        line not kept) the cursor stays on the same line number.
        """
        if text == self.toPlainText():
            return
        cursor = self.textCursor()
        line, column = cursor.blockNumber(), cursor.positionInBlock()
        scroll = self.verticalScrollBar().value()
        edit = QTextCursor(self.document())
        edit.beginEditBlock()
        edit.select(QTextCursor.SelectionType.Document)
        edit.insertText(text)
        edit.endEditBlock()
        block = self.document().findBlockByNumber((moved or {}).get(line, line))
        if not block.isValid():
            block = self.document().lastBlock()
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + min(column, block.length() - 1))
        self.setTextCursor(cursor)
        self.verticalScrollBar().setValue(scroll)

    def canInsertFromMimeData(self, source) -> bool:  # noqa: N802 - Qt's name
        """Files dropped here are articles to open, for the window, not text to insert."""
        if source.hasUrls() and any(url.isLocalFile() for url in source.urls()):
            return False
        return super().canInsertFromMimeData(source)

    def event(self, event) -> bool:
        if event.type() == event.Type.ToolTip:
            cursor = self.cursorForPosition(self.viewport().mapFromGlobal(event.globalPos()))
            tip = self.describe(cursor.block().text(), cursor.positionInBlock())
            if tip:
                QToolTip.showText(event.globalPos(), tip, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)


class FindBar(QWidget):
    """Find and replace in the editor (Ctrl+F shows it, Escape hides it)."""

    def __init__(self, editor: BriefEditor, parent: QWidget | None = None):
        super().__init__(parent)
        self.editor = editor
        self.find_edit = QLineEdit(placeholderText="Find")
        self.replace_edit = QLineEdit(placeholderText="Replace with")
        self.found = QLabel("")  # how many matches, or that there is none
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(2)
        for field, buttons in (
            (
                self.find_edit,
                (
                    ("↑", "Find the previous match (Shift+Enter)", self.find_previous),
                    ("↓", "Find the next match (Enter)", self.find),
                    ("✕", "Close the find bar (Esc)", self.close_bar),
                ),
            ),
            (
                self.replace_edit,
                (
                    ("Replace", "Replace this match and find the next", self.replace),
                    ("Replace All", "Replace every match", self.replace_all),
                ),
            ),
        ):
            row = QHBoxLayout()
            row.addWidget(field, 1)
            if field is self.find_edit:
                row.addWidget(self.found)
            for label, tip, slot in buttons:
                button = QToolButton(text=label, toolTip=tip, autoRaise=True)
                button.clicked.connect(slot)
                row.addWidget(button)
            layout.addLayout(row)
        self.find_edit.returnPressed.connect(self.find)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.hide()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and shift:
            self.find_previous()
        else:
            super().keyPressEvent(event)

    def close_bar(self) -> None:
        """Hide the bar and give the editor the keyboard back."""
        self.hide()
        self.editor.setFocus()

    def find_previous(self) -> bool:
        return self.find(backward=True)

    def open(self) -> None:
        selected = self.editor.textCursor().selectedText()
        if selected:
            self.find_edit.setText(selected)
        self.show()
        self.find_edit.setFocus()
        self.find_edit.selectAll()

    def find(self, backward: bool = False) -> bool:
        """Select the next (or previous) match, wrapping around; return whether found."""
        needle = self.find_edit.text()
        if not needle:
            self.found.setText("")
            return False
        count = self.editor.toPlainText().lower().count(needle.lower())
        self.found.setText(f"{count} found" if count else "not found")
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        if self.editor.find(needle, flags):
            return True
        cursor = self.editor.textCursor()
        cursor.movePosition(cursor.MoveOperation.End if backward else cursor.MoveOperation.Start)
        self.editor.setTextCursor(cursor)
        return self.editor.find(needle, flags)

    def replace(self) -> None:
        cursor = self.editor.textCursor()
        if cursor.hasSelection() and cursor.selectedText() == self.find_edit.text():
            cursor.insertText(self.replace_edit.text())
        self.find()

    def replace_all(self) -> int:
        """Replace every match in one undoable step; return how many were replaced."""
        needle, replacement = self.find_edit.text(), self.replace_edit.text()
        text = self.editor.toPlainText()
        count = text.count(needle) if needle else 0
        if count:
            cursor = self.editor.textCursor()
            cursor.beginEditBlock()
            cursor.select(cursor.SelectionType.Document)
            cursor.insertText(text.replace(needle, replacement))
            cursor.endEditBlock()
        return count
