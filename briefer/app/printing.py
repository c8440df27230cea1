"""Print the brief, or preview its pages, with the same layout as the PDF export."""

from __future__ import annotations

from briefer.render.pdf import paint_pages


def print_pages(parent, markdown_text: str, title: str) -> None:
    """Ask for a printer, then print the brief's pages on it."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if QPrintDialog(printer, parent).exec():
        paint_pages(printer, markdown_text, title)


def preview_pages(parent, markdown_text: str, title: str) -> None:
    """Show the brief's pages in Qt's print preview, from which they can be printed."""
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.paintRequested.connect(lambda device: paint_pages(device, markdown_text, title))
    dialog.exec()
