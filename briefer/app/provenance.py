"""What ties the brief's text to its sources in the window: the sentence under the
cursor shown in its article, pinned points, and swapping in a left-out sentence."""

from __future__ import annotations

from briefer.app.brief_text import BriefText
from briefer.app.qt import QObject, Signal
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
        self.current = brief_text
        self.left_out.set_points(list(brief_text.brief.left_out))

    def point_under_cursor(self) -> Point | None:
        if self.current is None:
            return None
        line, column = self.editor.cursor_line()
        return self.current.point_at(line, column)

    def follow_cursor(self) -> None:
        point = self.point_under_cursor()
        if point is not None:
            self.article_view.show_span(point.source, point.start, point.end)

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
        state = "Pinned" if self.current.line_of(point) in self.pinned else "Unpinned"
        self.message.emit(f"{state}: {point.text[:60]}…")

    def swap_selected(self) -> None:
        point = self.left_out.current_point()
        if point is not None:
            self.swap_in(point)

    def swap_in(self, incoming: Point) -> None:
        """Replace the point under the editor's cursor with a left-out sentence."""
        outgoing = self.point_under_cursor()
        if outgoing is None:
            self.message.emit("Put the cursor on a point to swap it out")
            return
        old, new = self.current.line_of(outgoing), self.current.line_of(incoming)
        cursor = self.editor.textCursor()
        line = cursor.block().text()
        cursor.movePosition(cursor.MoveOperation.StartOfBlock)
        cursor.movePosition(cursor.MoveOperation.EndOfBlock, cursor.MoveMode.KeepAnchor)
        cursor.insertText(line.replace(old, new, 1))
        self.pinned.add(new)
