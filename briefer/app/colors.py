"""Light and dark: the colours of the panes for either palette, a dark palette of our
own, and the user's choice (the system's, light or dark), remembered between runs."""

from __future__ import annotations

from dataclasses import dataclass

from briefer.app.qt import QColor, QGuiApplication, QObject, QPalette, Qt, Signal

CHOICES = {"system": "Follow the System", "light": "Light", "dark": "Dark"}


@dataclass(frozen=True)
class PaneColors:
    """The colours the panes draw with, fit for one palette."""

    text: str
    title: str
    heading: str
    bullet: str
    muted: str
    mark: str  # behind the sentence of the point under the cursor
    pinned: str  # behind a pinned point in the editor

    def qt(self, name: str) -> QColor:
        return QColor(getattr(self, name))


LIGHT = PaneColors("#1d1d1d", "#14324f", "#1f4e79", "#8a5a00", "#6b6b6b", "#fff1a8", "#e3edf9")
DARK = PaneColors("#e8e8e8", "#a9cdf2", "#8cb8e8", "#e0b050", "#a3a3a3", "#6a5a14", "#2b3a4e")


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def dark_palette() -> QPalette:
    """Return a dark palette for the Fusion style, text light on dark grey."""
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, "#2b2b2b"),
        (roles.WindowText, "#e8e8e8"),
        (roles.Base, "#1f1f1f"),
        (roles.AlternateBase, "#272727"),
        (roles.Text, "#e8e8e8"),
        (roles.Button, "#353535"),
        (roles.ButtonText, "#e8e8e8"),
        (roles.Highlight, "#3d6fa8"),
        (roles.HighlightedText, "#ffffff"),
        (roles.ToolTipBase, "#353535"),
        (roles.ToolTipText, "#e8e8e8"),
        (roles.PlaceholderText, "#8c8c8c"),
        (roles.Link, "#8cb8e8"),
    ):
        palette.setColor(role, QColor(colour))
    for role in (roles.Text, roles.WindowText, roles.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
    return palette


class Appearance(QObject):
    """Apply the user's choice of light or dark to the whole application."""

    changed = Signal(object)  # the PaneColors now in use

    def __init__(self, settings, parent: QObject | None = None):
        super().__init__(parent)
        self.settings = settings
        self.choice = settings.color_scheme()
        self._light = QGuiApplication.palette()
        QGuiApplication.styleHints().colorSchemeChanged.connect(self.apply)

    def choose(self, choice: str, _checked: bool = False) -> None:
        self.choice = choice if choice in CHOICES else "system"
        self.settings.set_color_scheme(self.choice)
        self.apply()

    def wants_dark(self) -> bool:
        if self.choice == "system":
            return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark or (
                is_dark(self._light)
            )
        return self.choice == "dark"

    def apply(self, *_) -> None:
        dark = self.wants_dark()
        if dark != is_dark(QGuiApplication.palette()):
            QGuiApplication.setPalette(dark_palette() if dark else self._light)
        self.changed.emit(DARK if dark else LIGHT)
