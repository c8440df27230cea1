"""The article pane: the source text, headings in bold, a point's sentence highlighted."""

from __future__ import annotations

from briefer.app.colors import LIGHT, PaneColors
from briefer.app.qt import (
    QComboBox,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)
from briefer.article import Article


def qt_position(text: str, offset: int) -> int:
    """Map a Python offset in text to a position in a QTextDocument holding it.

    Qt counts UTF-16 code units and turns "\\r\\n" into one paragraph break.
    """
    head = text[:offset]
    units = len(head.encode("utf-16-le")) // 2
    return units - head.count("\r\n")


def _space_paragraphs(document: QTextDocument) -> None:
    """Set paragraphs apart by one gap whether or not the text has a blank line between
    them: a line of text gets a margin below, a blank line next to no height of its own."""
    gap, blank = QTextBlockFormat(), QTextBlockFormat()
    gap.setBottomMargin(6)
    blank.setLineHeight(1, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
    block = document.firstBlock()
    while block.isValid():
        QTextCursor(block).setBlockFormat(blank if not block.text().strip() else gap)
        block = block.next()


def _crlf_shift(text: str):
    """Return a function mapping offsets in text to offsets once CRLF became LF."""
    if "\r\n" not in text:
        return lambda offset: offset
    return lambda offset: offset - text.count("\r\n", 0, offset)


class ArticleView(QWidget):
    """Show one of the open articles; select and scroll to a span of it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.articles: list[Article] = []
        self.colors = LIGHT
        self.chooser = QComboBox()
        self.chooser.currentIndexChanged.connect(self._show)
        self.text = QTextEdit()
        self.text.setReadOnly(True)
        self.text.setAcceptRichText(False)
        self.text.setObjectName("articleText")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.chooser)
        layout.addWidget(self.text)
        self.chooser.setVisible(False)

    def set_articles(self, articles: list[Article]) -> None:
        """Show these articles (a chooser appears when there are several)."""
        self.articles = list(articles)
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for number, article in enumerate(self.articles, start=1):
            self.chooser.addItem(f"[{number}] {article.title or article.name}")
        self.chooser.blockSignals(False)
        self.chooser.setVisible(len(self.articles) > 1)
        self._show(0)

    def _show(self, index: int) -> None:
        if not 0 <= index < len(self.articles):
            self.text.clear()
            return
        self.text.setExtraSelections([])
        self._fill(self.articles[index])
        self.text.moveCursor(QTextCursor.MoveOperation.Start)

    def _fill(self, article: Article) -> None:
        """Insert the text piece by piece with its formats, in one edit.

        Formatting a shown document relays it out after every change (a quarter of a
        second for a long report); a detached document is laid out once, when shown.
        """
        document = QTextDocument(self.text)
        document.setDefaultFont(self.text.font())
        cursor = QTextCursor(document)
        plain, bold, grey = QTextCharFormat(), QTextCharFormat(), QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        grey.setForeground(self.colors.qt("muted"))
        styles = {"heading": bold, "title": bold, "noise": grey, "meta": grey}
        text = article.text.replace("\r\n", "\n").replace("\r", "\n")
        shift = _crlf_shift(article.text)
        cursor.beginEditBlock()
        done = 0
        for block in article.blocks:
            start, end = shift(block.start), shift(block.end)
            cursor.insertText(text[done:start], plain)
            cursor.insertText(text[start:end], styles.get(block.kind, plain))
            done = end
        cursor.insertText(text[done:], plain)
        _space_paragraphs(document)
        cursor.endEditBlock()
        # Laid out once, when attached; the previous document, a child of the editor,
        # is deleted by Qt.
        self.text.setDocument(document)

    def set_colors(self, colors: PaneColors) -> None:
        """Draw with these colours from now on; the article shown is drawn again."""
        self.colors = colors
        if self.articles:
            self._show(max(self.chooser.currentIndex(), 0))

    def show_span(self, source: int, start: int, end: int) -> None:
        """Select and highlight characters start..end of source number `source` (from 1)."""
        index = source - 1
        if not 0 <= index < len(self.articles):
            return
        if self.chooser.currentIndex() != index:
            self.chooser.setCurrentIndex(index)
        if len(self.articles) == 1 and self.text.document().isEmpty():
            self._show(0)
        text = self.articles[index].text
        cursor = self.text.textCursor()
        cursor.setPosition(qt_position(text, start))
        cursor.setPosition(qt_position(text, end), QTextCursor.MoveMode.KeepAnchor)
        self.text.setTextCursor(cursor)
        self.text.ensureCursorVisible()
        mark = QTextEdit.ExtraSelection()
        mark.cursor = cursor
        mark.format.setBackground(self.colors.qt("mark"))
        self.text.setExtraSelections([mark])

    def clear_mark(self) -> None:
        """Take the highlight off: the cursor left the points."""
        self.text.setExtraSelections([])

    def selected_text(self) -> str:
        """Return the selected text, with Qt's paragraph separators as newlines."""
        return self.text.textCursor().selectedText().replace("\u2029", "\n")
