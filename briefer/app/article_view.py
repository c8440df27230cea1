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
from briefer.app.turns import next_turn
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
        self._stale = False  # the text shown is not yet that of the articles set
        self._built: QTextDocument | None = None  # built for them, not yet shown
        self._shown: QTextDocument | None = None  # built and shown
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
        """Show these articles (a chooser appears when there are several).

        The first is shown in two turns of the event loop of their own, one building its
        document, one laying it out, so that a long report and the brief that comes with
        it never hold up the window together; a span asked for before then is shown at
        once, its article with it.
        """
        self.articles = list(articles)
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for number, article in enumerate(self.articles, start=1):
            self.chooser.addItem(f"[{number}] {article.title or article.name}")
        self.chooser.blockSignals(False)
        self.chooser.setVisible(len(self.articles) > 1)
        self._drop_built()
        self._stale = True
        next_turn(self._build_stale)

    def is_current(self) -> bool:
        """Tell whether the text shown is that of the articles set (it follows them by
        two turns of the event loop)."""
        return not self._stale

    def _build_stale(self) -> None:
        if self._stale and self.articles:
            self._drop_built()
            self._built = self._document(self.articles[max(self.chooser.currentIndex(), 0)])
            next_turn(self._attach_built)

    def _attach_built(self) -> None:
        if self._stale and self._built is not None:
            self._attach(self._built)

    def _drop_built(self) -> None:
        """Let go of a document built for articles no longer to be shown."""
        if self._built is not None:
            self._built.deleteLater()
            self._built = None

    def _show(self, index: int) -> None:
        self._drop_built()
        if not 0 <= index < len(self.articles):
            self._stale = False
            self.text.clear()
            return
        self._attach(self._document(self.articles[index]))

    def _attach(self, document: QTextDocument) -> None:
        """Show a document built by `_document`, laid out once, now, and let go of the one
        it replaces (the pane does not own the documents it is given)."""
        self._stale = False
        self._built = None  # now the pane's (when it was built ahead)
        shown, self._shown = self._shown, document
        self.text.setExtraSelections([])
        self.text.setDocument(document)
        self.text.moveCursor(QTextCursor.MoveOperation.Start)
        if shown is not None:
            shown.deleteLater()

    def _document(self, article: Article) -> QTextDocument:
        """Return a document of the article's text, inserted piece by piece with its
        formats, in one edit.

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
        return document

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
        if self._stale or len(self.articles) == 1 and self.text.document().isEmpty():
            self._show(index)
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
