"""Brief Markdown -> PDF with QtGui (QPdfWriter + QTextDocument), no window needed.

The text is real text in the bundled DejaVu Serif (Latin, Greek, Cyrillic), embedded as
subsets; pages are A4 or Letter with the title and page numbers in the footer; a heading
is never left alone at the bottom of a page.
"""

from __future__ import annotations

import datetime
from functools import cache
from importlib.resources import files

from briefer.errors import OutputError
from briefer.render.html import markdown_to_html
from briefer.text.clean import one_line

PAPERS = ("a4", "letter")
FONT_FAMILY = "DejaVu Serif"
FONT_FILES = (
    "DejaVuSerif.ttf",
    "DejaVuSerif-Bold.ttf",
    "DejaVuSerif-Italic.ttf",
    "DejaVuSerif-BoldItalic.ttf",
)
RESOLUTION = 300
MARGINS_MM = (22, 20, 22, 24)  # left, top, right, bottom
FOOTER_MM = 8
KEEP_WITH_NEXT_MM = 18  # a heading needs this much room below it, or it moves on

PRINT_STYLE = """
body { color: #1d1d1d; }
h1 { font-size: 17pt; color: #14324f; margin-bottom: 2pt; }
h2 { font-size: 12.5pt; color: #1f4e79; margin-top: 14pt; margin-bottom: 3pt; }
p { margin-top: 3pt; margin-bottom: 5pt; line-height: 125%; }
li { margin-top: 2pt; margin-bottom: 3pt; line-height: 125%; }
ol, ul { margin-left: 0; }
"""


def default_paper() -> str:
    """Return Letter in the Americas' locales that use it, A4 elsewhere."""
    import locale

    name = (
        locale.getlocale(locale.LC_PAPER if hasattr(locale, "LC_PAPER") else locale.LC_CTYPE)[0]
        or ""
    )
    return "letter" if name.split(".")[0] in {"en_US", "en_CA", "es_MX", "fr_CA"} else "a4"


def render_pdf(markdown_text: str, title: str, paper: str = "a4", date: str | None = None) -> bytes:
    """Return the brief's Markdown laid out as a PDF document."""
    _gui_application()
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    size = QPageSize.PageSizeId.Letter if paper == "letter" else QPageSize.PageSizeId.A4
    writer.setPageSize(QPageSize(size))
    writer.setPageMargins(QMarginsF(*MARGINS_MM), QPageLayout.Unit.Millimeter)
    writer.setResolution(RESOLUTION)
    writer.setTitle(one_line(title))
    writer.setCreator("Briefer")
    paint_pages(writer, markdown_text, title, date)
    buffer.close()
    return bytes(data)


def paint_pages(device, markdown_text: str, title: str, date: str | None = None) -> int:
    """Lay the Markdown out on a paged device (a PDF writer or a printer); return pages."""
    from PySide6.QtCore import QRectF, QSizeF
    from PySide6.QtGui import QFont, QPainter

    title = one_line(title)
    family = _font_family()
    dpi = device.resolution()
    area = device.pageLayout().paintRectPixels(dpi)
    footer = _mm(FOOTER_MM, dpi)
    body = QSizeF(area.width(), area.height() - footer)
    document = _inert_document_class()()
    document.documentLayout().setPaintDevice(device)
    font = QFont(family, 10)
    font.setFeature(QFont.Tag("liga"), 0)  # "conflict", not "conﬂict", when text is copied
    document.setDefaultFont(font)
    document.setHtml(markdown_to_html(markdown_text, title, style=PRINT_STYLE))
    document.setTextWidth(body.width())
    starts = page_starts(document, body.height(), _mm(KEEP_WITH_NEXT_MM, dpi))
    height = document.size().height()
    painter = QPainter(device)
    stamp = date or datetime.date.today().isoformat()
    for page, top in enumerate(starts):
        if page:
            device.newPage()
        bottom = starts[page + 1] if page + 1 < len(starts) else height
        painter.save()
        painter.translate(0, -top)
        # Up to just above the next page's first block, which must not be drawn here.
        page_rect = QRectF(0, top, body.width(), bottom - top - 1)
        painter.setClipRect(page_rect)  # drawContents draws whole blocks that touch the rect
        document.drawContents(painter, page_rect)
        painter.restore()
        _footer(
            painter,
            QRectF(0, body.height(), body.width(), footer),
            family,
            title,
            f"{stamp} · page {page + 1} of {len(starts)}",
            dpi,
        )
    painter.end()
    return len(starts)


def page_starts(document, page_height: float, keep: float) -> list[float]:
    """Return where each page starts in the laid-out document.

    Pages break between blocks (a point is never split over two pages, unless it is
    taller than a page, when it breaks between lines); a heading with less than `keep`
    room below it moves to the next page with what follows.
    """
    layout = document.documentLayout()
    starts = [0.0]
    block = document.begin()
    while block.isValid():
        box = layout.blockBoundingRect(block)
        end = starts[-1] + page_height
        heading = bool(block.blockFormat().headingLevel())
        if box.top() > starts[-1] and (
            box.bottom() > end or (heading and box.bottom() + keep > end)
        ):
            starts.append(box.top())
        if box.height() > page_height:
            _break_lines(block, starts, page_height)
        block = block.next()
    return starts


def _break_lines(block, starts: list[float], page_height: float) -> None:
    """Break a block taller than a page between its lines."""
    lines = block.layout()
    origin = lines.position().y()
    for index in range(lines.lineCount()):
        line = lines.lineAt(index)
        top = origin + line.y()
        if top + line.height() > starts[-1] + page_height and top > starts[-1]:
            starts.append(top)


def _footer(painter, rect, family: str, title: str, right: str, dpi: int) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QFont, QFontMetrics

    font = QFont(family, 8)
    painter.setFont(font)
    painter.setPen(QColor("#6b6b6b"))
    line = rect.top() + _mm(2, dpi)
    painter.drawLine(rect.left(), line, rect.right(), line)
    text_rect = rect.adjusted(0, _mm(3, dpi), 0, 0)
    metrics = QFontMetrics(font, painter.device())
    room = int(text_rect.width() - metrics.horizontalAdvance(right) - _mm(6, dpi))
    short = metrics.elidedText(title, Qt.TextElideMode.ElideRight, room)
    painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, short)
    painter.drawText(text_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, right)


def _mm(millimetres: float, dpi: int = RESOLUTION) -> float:
    return millimetres / 25.4 * dpi


def _gui_application():
    """Return the running Qt application, or start an offscreen QGuiApplication.

    The window's QApplication is used as it is. Without one, the application started
    here is a QGuiApplication (QtGui only, never QtWidgets) on the offscreen platform,
    so the command line needs no display; it lasts as long as the process.
    """
    try:
        from PySide6.QtGui import QGuiApplication
    except ImportError:
        raise OutputError("PDF output needs PySide6 (Qt), which is not installed") from None
    app = QGuiApplication.instance()
    if app is None:
        return QGuiApplication(["briefer", "-platform", "offscreen"])
    if not isinstance(app, QGuiApplication):
        raise OutputError("PDF output needs a Qt GUI application; a core application runs")
    return app


@cache
def _inert_document_class():
    """Return a QTextDocument that loads no resource: no image or style sheet, local or not.

    Qt reads an image file itself when a resource comes back empty, so every image is
    answered with one blank pixel.
    """
    from PySide6.QtGui import QImage, QTextDocument

    class InertDocument(QTextDocument):
        def loadResource(self, kind, url):  # noqa: N802 - Qt's name
            if getattr(kind, "value", kind) == QTextDocument.ResourceType.ImageResource.value:
                blank = QImage(1, 1, QImage.Format.Format_ARGB32)
                blank.fill(0)
                return blank
            return b""

    return InertDocument


@cache
def _font_family() -> str:
    """Register the bundled fonts once; return the family to set text in."""
    from PySide6.QtGui import QFontDatabase

    folder = files("briefer.resources") / "fonts"
    families = set()
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(folder / name))
        families.update(QFontDatabase.applicationFontFamilies(font_id))
    return FONT_FAMILY if FONT_FAMILY in families or not families else sorted(families)[0]


def bundled_font_family() -> str:
    """Return the family of the fonts Briefer ships (DejaVu Serif), registered with Qt."""
    return _font_family()
