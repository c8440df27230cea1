"""How the panes look: one font set, zoomed together (Ctrl+plus, Ctrl+minus, Ctrl+0,
Ctrl+wheel over any pane), and colours for the light or dark palette, both remembered
between runs."""

from __future__ import annotations

from briefer.app.colors import Appearance, PaneColors
from briefer.app.qt import QEvent, QFont, QObject, Qt
from briefer.render.pdf import bundled_font_family

DEFAULT_SIZE = 11
SMALLEST, LARGEST = 7, 32


class PaneLook(QObject):
    """Set the article, editor and preview in one font family and size, zoom them, and
    colour them for the palette in use."""

    def __init__(self, panes, settings, parent: QObject | None = None):
        super().__init__(parent)
        self.panes = panes
        self.settings = settings
        self.size = settings.font_size(DEFAULT_SIZE)
        self.family = bundled_font_family()
        for widget in (panes.editor, panes.article_view.text, panes.preview):
            widget.viewport().installEventFilter(self)
        self.appearance = Appearance(settings, self)
        self.appearance.changed.connect(self.paint)
        self.apply()
        self.appearance.apply()

    def paint(self, colors: PaneColors) -> None:
        """Colour the editor's Markdown, the article's marks and the preview."""
        self.panes.editor.highlighter.set_colors(colors)
        self.panes.article_view.set_colors(colors)
        self.panes.preview.set_colors(colors)

    def zoom_in(self) -> None:
        self.set_size(self.size + 1)

    def zoom_out(self) -> None:
        self.set_size(self.size - 1)

    def reset(self) -> None:
        self.set_size(DEFAULT_SIZE)

    def set_size(self, size: int) -> None:
        self.size = max(SMALLEST, min(LARGEST, size))
        self.settings.set_font_size(self.size)
        self.apply()

    def apply(self) -> None:
        """Give every pane the current size: reading panes in the bundled serif, the
        editor in a monospaced font of the same size (Markdown lines up there)."""
        text = QFont(self.family, self.size)
        mono = QFont("DejaVu Sans Mono", self.size)
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.panes.editor.setFont(mono)
        self.panes.article_view.text.setFont(text)
        self.panes.preview.document().setDefaultFont(text)
        self.panes.preview.render_now()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Wheel and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            steps = event.angleDelta().y()
            if steps:
                self.set_size(self.size + (1 if steps > 0 else -1))
            return True
        return super().eventFilter(watched, event)
