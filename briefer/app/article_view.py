"""The article pane: the source text, headings in bold, a point's sentence highlighted."""

from __future__ import annotations

from functools import partial

from briefer.app.colors import LIGHT, PaneColors
from briefer.app.qt import (
    QComboBox,
    QEvent,
    QFont,
    QObject,
    Qt,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextEdit,
    QVBoxLayout,
    QWidget,
    isValid,
)
from briefer.app.turns import next_turn
from briefer.article import Article

# A long report is built over several turns of the event loop, this much text in each.
CHARACTERS_PER_TURN = 40_000
# Once shown, it is laid out this much text a turn (about 4 ms of work).
LAYOUT_CHARACTERS_PER_TURN = 16_000


def qt_position(text: str, offset: int) -> int:
    """Map a Python offset in text to a position in a QTextDocument holding it.

    Qt counts UTF-16 code units and turns "\\r\\n" into one paragraph break.
    """
    head = text[:offset]
    units = len(head.encode("utf-16-le")) // 2
    return units - head.count("\r\n")


class _Build:
    """A detached document of an article's text, inserted a piece at a time with its
    formats, so that a long report can be built over several turns of the event loop.

    Formatting a shown document relays it out after every change (a quarter of a second
    for a long report); a detached document is laid out once, when shown.
    """

    def __init__(self, article: Article, view: QTextEdit, colors: PaneColors):
        self.document = QTextDocument(view)
        self.document.setUndoRedoEnabled(False)  # the pane is read-only
        self.document.setDefaultFont(view.font())
        self._cursor = QTextCursor(self.document)
        plain, bold, grey = QTextCharFormat(), QTextCharFormat(), QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        grey.setForeground(colors.qt("muted"))
        styles = {"heading": bold, "title": bold, "noise": grey, "meta": grey}
        text = article.text.replace("\r\n", "\n").replace("\r", "\n")
        shift = _crlf_shift(article.text)
        self._pieces: list[tuple[str, QTextCharFormat]] = []
        done = 0
        for block in article.blocks:
            start, end = shift(block.start), shift(block.end)
            style = styles.get(block.kind, plain)
            self._pieces += [(text[done:start], plain), (text[start:end], style)]
            done = end
        self._pieces.append((text[done:], plain))
        self._pieces.reverse()  # taken from the end
        self._gap, self._blank = QTextBlockFormat(), QTextBlockFormat()
        self._gap.setBottomMargin(6)
        self._blank.setLineHeight(1, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
        self._spaced = self.document.firstBlock()  # the first block not yet spaced

    def step(self, characters: int) -> bool:
        """Insert about this many characters more; True once the whole text is in."""
        inserted = 0
        while self._pieces and inserted < characters:
            piece, style = self._pieces.pop()
            self._cursor.insertText(piece, style)
            inserted += len(piece)
        self._space(last=not self._pieces)
        return not self._pieces

    def _space(self, last: bool) -> None:
        """Set paragraphs apart by one gap whether or not the text has a blank line
        between them: a line of text gets a margin below, a blank line next to no height
        of its own. The block being written is spaced once it is finished."""
        block, end = self._spaced, self._cursor.block()
        while block.isValid() and (last or block != end):
            spacing = self._gap if block.text().strip() else self._blank
            QTextCursor(block).setBlockFormat(spacing)
            block = block.next()
        self._spaced = block if block.isValid() else end


class _PacedLayout(QObject):
    """Lay out a long document just shown in a view a piece per turn of the event loop.

    Qt lays a long document out on a timer of its own, in steps that double each time
    (up to 200,000 characters): the last steps of a long report held the window for
    20-30 ms at once. While this runs, those timer events wait, and the layout is taken
    a bounded piece at a time instead. Should the view change width meanwhile (Qt then
    lays the whole text out again), or another document be shown, Qt's own way resumes.
    The view's scroll bar is on meanwhile (set before the document is shown), so that
    its showing up does not change the width.
    """

    def __init__(self, view: QTextEdit, document: QTextDocument):
        super().__init__(document)  # gone with the document, as the pane's are
        self._view, self._document = view, document
        self._layout = document.documentLayout()
        self._width = view.viewport().width()
        self._done = 0  # the text laid out so far, by position
        self._layout.installEventFilter(self)
        next_turn(self._step)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return event.type() == QEvent.Type.Timer  # Qt's own steps wait

    def _step(self) -> None:
        if not (isValid(self) and isValid(self._view)):
            return  # the pane was closed, and the document with it
        if self._view.document() is not self._document:
            self._stop()  # the pane shows another document, and sets its own scroll bar
            return
        if self._view.viewport().width() != self._width:
            self._stop()
            self._view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
            return
        last = self._document.characterCount() - 1
        self._done = min(self._done + LAYOUT_CHARACTERS_PER_TURN, last)
        self._layout.blockBoundingRect(self._document.findBlock(self._done))
        if self._done < last:
            next_turn(self._step)
            return
        self._stop()
        # the whole size first, so that the scroll bar, needed, stays as it is
        self._layout.documentSizeChanged.emit(self._layout.documentSize())
        self._view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)

    def _stop(self) -> None:
        """Let Qt's own layout go on, from where this one left it."""
        self._layout.removeEventFilter(self)
        self.deleteLater()


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
        self._build: _Build | None = None  # the document being built for them, not yet shown
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

        The first is shown in turns of the event loop of their own, some building its
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
            article = self.articles[max(self.chooser.currentIndex(), 0)]
            self._build = _Build(article, self.text, self.colors)
            next_turn(partial(self._build_more, self._build))

    def _build_more(self, build: _Build) -> None:
        """Insert the next piece of the article being built, and show it once it is in."""
        if build is not self._build or not self._stale:
            return
        if build.step(CHARACTERS_PER_TURN):
            next_turn(partial(self._attach_built, build))
        else:
            next_turn(partial(self._build_more, build))

    def _attach_built(self, build: _Build) -> None:
        if build is self._build and self._stale:
            self._attach(build.document)

    def _drop_built(self) -> None:
        """Let go of a document built for articles no longer to be shown."""
        if self._build is not None:
            self._build.document.deleteLater()
            self._build = None

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
        self._build = None  # its document is now the pane's (when it was built ahead)
        shown, self._shown = self._shown, document
        self.text.setExtraSelections([])
        paced = document.characterCount() > 2 * LAYOUT_CHARACTERS_PER_TURN
        # the scroll bar first, when paced: its showing up would lay the text out again
        bar = (
            Qt.ScrollBarPolicy.ScrollBarAlwaysOn if paced else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        )
        self.text.setVerticalScrollBarPolicy(bar)
        self.text.setDocument(document)
        self.text.moveCursor(QTextCursor.MoveOperation.Start)
        if paced:
            _PacedLayout(self.text, document)
        if shown is not None:
            shown.deleteLater()

    def _document(self, article: Article) -> QTextDocument:
        """Return a document of the article's text, built at once."""
        build = _Build(article, self.text, self.colors)
        build.step(len(article.text) + 1)
        return build.document

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
