"""What ties the brief's text to its sources in the window: the sentence under the
cursor shown in its article, pinned points, and swapping in a left-out sentence."""

from __future__ import annotations

from briefer.app.brief_text import BriefText
from briefer.app.qt import QObject, QTextCursor, Signal
from briefer.app.turns import next_turn
from briefer.brief import Point


class PointLinks(QObject):
    """Follow the editor's cursor to the sentence in its article; pin and swap points."""

    message = Signal(str)  # a status line

    def __init__(self, editor, article_view, left_out, parent: QObject | None = None):
        super().__init__(parent)
        self.editor = editor
        self.article_view = article_view
        self.left_out = left_out
        self.current: BriefText | None = None
        self.pinned: set[str] = set()  # points as written, kept on Regenerate
        editor.describe = self.describe_at
        editor.cursorPositionChanged.connect(self.follow_cursor)
        left_out.swapRequested.connect(self.swap_in)

    def show(self, brief_text: BriefText, fresh: bool) -> None:
        """Take a new brief; a fresh one (new articles) forgets what was pinned."""
        if fresh:
            self.pinned.clear()
            self.editor.highlighter.set_pinned(self.pinned)
        self.current = brief_text
        next_turn(self._fill_left_out)  # a step of its own: the UI stays responsive

    def _fill_left_out(self) -> None:
        """List the sentences left out, but not those the editor shows (pinned, swapped, edited)."""
        shown, text = self.editor.toPlainText(), self.current
        self.left_out.set_points(text.brief.left_out, lambda p: text.line_of(p) not in shown)

    def point_under_cursor(self) -> Point | None:
        if self.current is None:
            return None
        line, column = self.editor.cursor_line()
        return self.current.point_at(line, column)

    def follow_cursor(self) -> None:
        """Show in its article what the cursor is on: a point, a quotation, a figure, a name."""
        span = self.current.span_at(*self.editor.cursor_line()) if self.current else None
        if span is not None:
            self.article_view.show_span(*span)
        else:
            self.article_view.clear_mark()

    def show_in_line(self, line: str, column: int) -> None:
        """Show the sentence clicked in the preview; on a citation "[2]", its copy in [2]."""
        span = self.current.span_at(line, column) if self.current else None
        if span is not None:
            self.article_view.show_span(*span)

    def describe_at(self, line: str, column: int) -> str:
        point = self.current.point_at(line, column) if self.current else None
        if point is None:
            return ""
        return self.current.describe(point, self.current.line_of(point) in self.pinned)

    def toggle_pin(self) -> None:
        point = self.point_under_cursor()
        if point is None:
            self.message.emit("Put the cursor on a point to pin it")
            return
        self.pinned ^= {self.current.line_of(point)}
        self.editor.highlighter.set_pinned(self.pinned)
        state = "Pinned" if self.current.line_of(point) in self.pinned else "Unpinned"
        self.message.emit(f"{state}: {point.text[:60]}…")

    def swap_selected(self) -> None:
        point = self.left_out.current_point()
        if point is not None:
            self.swap_in(point)

    def swap_in(self, incoming: Point) -> None:
        """Replace the point under the editor's cursor with a left-out sentence.

        The sentence goes under its own heading when the brief has that heading (and
        the outgoing point is a bullet), else where the outgoing point was; the
        outgoing point joins the left-out list in its place.
        """
        outgoing = self.point_under_cursor()
        if outgoing is None:
            self.message.emit("Put the cursor on a point to swap it out")
            return
        old, new = self.current.line_of(outgoing), self.current.line_of(incoming)
        cursor = self.editor.textCursor()
        line = cursor.block().text()
        home = self._section_end(incoming.heading) if line.startswith("- ") else None
        cursor.beginEditBlock()
        if home is None or incoming.heading == outgoing.heading:
            _select_block(cursor)
            cursor.insertText(line.replace(old, new, 1))
        else:
            home.insertText(f"\n- {new}")  # first, while the outgoing line still holds
            _select_block(cursor)
            cursor.movePosition(cursor.MoveOperation.NextCharacter, cursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
        cursor.endEditBlock()
        self.pinned.add(new)
        self.editor.highlighter.set_pinned(self.pinned)
        self.left_out.replace(incoming, outgoing)
        self.message.emit(f"Swapped in under {incoming.heading or outgoing.heading}")

    def _section_end(self, heading: str):
        """Return a cursor at the end of the last line of a section of the editor's text."""
        document = self.editor.document()
        block = document.firstBlock()
        while block.isValid() and block.text() != f"## {heading}":
            block = block.next()
        if not heading or not block.isValid():
            return None
        last = block
        block = block.next()
        while block.isValid() and not block.text().startswith("#"):
            if block.text().strip():
                last = block
            block = block.next()
        cursor = QTextCursor(last)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        return cursor


def _select_block(cursor) -> None:
    cursor.movePosition(cursor.MoveOperation.StartOfBlock)
    cursor.movePosition(cursor.MoveOperation.EndOfBlock, cursor.MoveMode.KeepAnchor)
