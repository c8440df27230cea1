"""Where the window's articles come from: the Open dialog, Open Recent, the clipboard and
files dropped on the window. Each asks the window to open what it found."""

from __future__ import annotations

from pathlib import Path

from briefer.app.file_types import open_filter
from briefer.app.qt import QFileDialog, QGuiApplication, QObject, Signal
from briefer.app.settings import Settings, can_reopen


class Opener(QObject):
    """Find articles to open; `chosen` carries them (file paths or a pasted Article)."""

    chosen = Signal(list)
    failed = Signal(str)

    def __init__(self, window, settings: Settings):
        super().__init__(window)
        self.window = window
        self.settings = settings

    def choose_files(self) -> None:
        folder = str(self.settings.last_folder() or Path.home())
        names, _ = QFileDialog.getOpenFileNames(self.window, "Open articles", folder, open_filter())
        if names:
            self.chosen.emit([Path(n) for n in names])

    def paste(self) -> None:
        """Open the clipboard as an article: HTML copied from a browser keeps its headings."""
        from briefer.pipeline import Pasted

        clipboard = QGuiApplication.clipboard()
        mime = clipboard.mimeData()
        html = mime.html() if mime is not None and mime.hasHtml() else ""
        if not (clipboard.text().strip() or html.strip()):
            self.failed.emit("The clipboard holds no text to brief.")
            return
        self.chosen.emit([Pasted(clipboard.text(), html)])  # read with the brief, off this thread

    def fill_recent(self, menu) -> None:
        menu.clear()
        for name in self.settings.recent():
            action = menu.addAction(name)
            action.setData(name)
            action.triggered.connect(self._open_recent_action)
        if menu.isEmpty():
            menu.addAction("(none)").setEnabled(False)

    def _open_recent_action(self) -> None:
        self.open_recent(self.sender().data())

    def open_recent(self, name: str) -> None:
        if not can_reopen(name):
            self.settings.set_recent([r for r in self.settings.recent() if r != name])
            gone = "no such file any more" if not Path(name).exists() else "not a file"
            self.failed.emit(f"{name}: {gone}; removed from Open Recent")
            return
        self.chosen.emit([Path(name)])

    @staticmethod
    def accepts(mime) -> bool:
        """Tell whether a drag holds files the window can open."""
        return mime.hasUrls() and any(url.isLocalFile() for url in mime.urls())

    def drop(self, mime) -> bool:
        """Open the files dropped; False when the drop held none."""
        paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
        if paths:
            self.chosen.emit(paths)
        return bool(paths)
