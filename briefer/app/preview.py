"""The live preview: the editor's Markdown rendered by `markdown`, debounced."""

from __future__ import annotations

from briefer.app.colors import LIGHT, PaneColors
from briefer.app.preview_text import previewed
from briefer.app.qt import QImage, QTextBrowser, QTextDocument, QTimer, QWidget, Signal
from briefer.render.html import markdown_to_html, screen_style

DEBOUNCE_MS = 250


class Preview(QTextBrowser):
    """Render Markdown a moment after typing stops; report clicks on the text."""

    clickedText = Signal(str, int)  # noqa: N815 - the block's text and the column clicked

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("preview")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self._pending = ""
        self._style = screen_style()
        self._primed = ("", "")  # Markdown and its HTML, rendered ahead elsewhere
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.render_now)

    def schedule(self, markdown_text: str) -> None:
        """Render this text once typing has paused for DEBOUNCE_MS."""
        self._pending = markdown_text
        self._timer.start()

    def prime(self, markdown_text: str, html: str) -> None:
        """Keep HTML rendered ahead, in the engine's process, for this Markdown."""
        self._primed = (markdown_text, html)

    def render_now(self) -> None:
        self._timer.stop()
        bar = self.verticalScrollBar()
        position = bar.value()
        if self._primed[0] == self._pending and self._style == screen_style():
            html = self._primed[1]
        else:
            shown = previewed(self._pending)
            html = markdown_to_html(shown, style=self._style) if shown else ""
        self.setHtml(html)
        bar.setValue(position)

    def set_colors(self, colors: PaneColors = LIGHT) -> None:
        self._style = screen_style(colors.text, colors.title, colors.heading)
        self.render_now()

    def loadResource(self, kind, url):  # noqa: N802 - Qt's name
        """Never fetch anything: HTML in the preview is inert.

        Qt reads an image file itself when a resource comes back empty, so every image
        is answered with one blank pixel.
        """
        if getattr(kind, "value", kind) == QTextDocument.ResourceType.ImageResource.value:
            blank = QImage(1, 1, QImage.Format.Format_ARGB32)
            blank.fill(0)
            return blank
        return b""

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().mouseReleaseEvent(event)
        cursor = self.cursorForPosition(event.position().toPoint())
        self.clickedText.emit(cursor.block().text(), cursor.positionInBlock())
