"""Render Briefer's PNG icons from its SVG: `python packaging/render_icons.py`.

The SVG (resources/icons/org.briefer.Briefer.svg) is the source; the PNGs under
resources/icons/ are made from it with Qt's own SVG renderer, so they can be
remade after any change to the drawing. Runs without a display (offscreen).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from briefer.desktop import DESKTOP_ID, ICON_SIZES

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"


def render(renderer: QSvgRenderer, size: int) -> QImage:
    """Draw the SVG into a transparent square image of size × size pixels."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def main() -> int:
    """Write one PNG per size beside the SVG; print each path."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - kept alive
    renderer = QSvgRenderer(str(ICONS / f"{DESKTOP_ID}.svg"))
    if not renderer.isValid():
        print(f"render_icons: {ICONS / f'{DESKTOP_ID}.svg'}: not a valid SVG", file=sys.stderr)
        return 1
    for size in ICON_SIZES:
        path = ICONS / f"{DESKTOP_ID}-{size}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        if not render(renderer, size).save(str(path), "PNG"):
            print(f"render_icons: {path}: could not write", file=sys.stderr)
            return 1
        print(path.relative_to(ICONS.parent.parent))
    return 0


if __name__ == "__main__":
    sys.exit(main())
