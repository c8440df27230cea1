"""The Briefer window: panes, menus and the brief's life cycle. No ranking or theme logic."""

from __future__ import annotations

import dataclasses
import re
import time
from pathlib import Path

from briefer import __version__
from briefer.app.article_view import ArticleView
from briefer.app.autosave import INTERVAL_MS, Autosave
from briefer.app.brief_text import BriefText, keep_user_lines
from briefer.app.editor import BriefEditor, FindBar
from briefer.app.file_types import open_filter
from briefer.app.leftout import LeftOutList
from briefer.app.limits import ReadingLimitsDialog, with_hint
from briefer.app.preview import Preview
from briefer.app.printing import preview_pages, print_pages
from briefer.app.qt import (
    QAction,
    QFileDialog,
    QGuiApplication,
    QKeySequence,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    Qt,
    QTabWidget,
    QThreadPool,
    QTimer,
    QVBoxLayout,
    QWidget,
)
from briefer.app.settings import Settings
from briefer.app.tuning import TuningBar
from briefer.app.worker import BriefJob
from briefer.article import Article
from briefer.brief import Point
from briefer.config import Paths
from briefer.errors import BrieferError, OutputError
from briefer.fileio import refuse_inputs, write_atomic
from briefer.read import read_pasted, read_pasted_html
from briefer.render.export import export_bytes
from briefer.render.markdown import point_text


class MainWindow(QMainWindow):
    """Open articles, show the brief beside its sources, edit, save, never lose edits."""

    def __init__(self, paths: Paths | None = None):
        super().__init__()
        self.paths = paths or Paths.from_environment()
        self.settings = Settings(self.paths.config_dir)
        self.autosave = Autosave(self.paths.data_dir)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.inputs: list[Path | Article] = []
        self.current: BriefText | None = None
        self.pinned: set[str] = set()
        self.save_path: Path | None = None
        self.job: BriefJob | None = None
        self._job_inputs: list[Path | Article] = []
        self._keep_editor = False  # the next brief leaves the editor's text as it is
        self._showing = False
        self._crashed = False
        self._autosave_failed = False
        self._build()
        self._menus()
        self._restore()
        self.setAcceptDrops(True)
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.autosave_now)
        self._timer.start()
        self._update_title()

    # -- layout ---------------------------------------------------------------

    def _build(self) -> None:
        self.tuning = TuningBar(self.paths.themes_dir)
        self.tuning.regenerate.connect(self.regenerate)
        self.article_view = ArticleView()
        self.editor = BriefEditor()
        self.editor.describe = self.describe_point
        self.editor.cursorPositionChanged.connect(self._follow_cursor)
        self.editor.textChanged.connect(self._text_changed)
        self.editor.document().modificationChanged.connect(self.setWindowModified)
        self.find_bar = FindBar(self.editor)
        self.preview = Preview()
        self.preview.clickedText.connect(self._show_point_in_line)
        self.left_out = LeftOutList()
        self.left_out.swapRequested.connect(self.swap_in)
        editor_pane = QWidget()
        column = QVBoxLayout(editor_pane)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.editor)
        column.addWidget(self.find_bar)
        self.side = QTabWidget()
        self.side.addTab(self.preview, "Preview")
        self.side.addTab(self.left_out, "Left out")
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        for pane in (self.article_view, editor_pane, self.side):
            self.splitter.addWidget(pane)
        self.splitter.setSizes([380, 480, 420])
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tuning)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.words = QLabel("0 words")
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(220)
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.clicked.connect(self.cancel)
        self.editor.wordsChanged.connect(lambda n: self.words.setText(f"{n} words"))
        bar = self.statusBar()
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.cancel_button)
        bar.addPermanentWidget(self.words)
        self._busy(False)
        self.resize(1280, 800)

    def _menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self._action(file_menu, "&Open…", self.choose_files, QKeySequence.StandardKey.Open)
        self.recent_menu = file_menu.addMenu("Open &Recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self._action(file_menu, "&Paste as Article", self.paste_article, "Ctrl+Shift+V")
        file_menu.addSeparator()
        self._action(file_menu, "&Save Brief", self.save, QKeySequence.StandardKey.Save)
        self._action(file_menu, "Save Brief &As…", self.save_as, "Ctrl+Shift+S")
        export = file_menu.addMenu("&Export")
        self._action(export, "&Markdown…", lambda: self.export("md"))
        self._action(export, "&HTML…", lambda: self.export("html"))
        self._action(export, "&PDF…", lambda: self.export("pdf"), "Ctrl+E")
        self._action(file_menu, "&Print…", self.print_brief, QKeySequence.StandardKey.Print)
        self._action(file_menu, "Print Pre&view…", self.print_preview)
        file_menu.addSeparator()
        self._action(file_menu, "&Quit", self.close, "Ctrl+Q")
        edit = self.menuBar().addMenu("&Edit")
        self._action(edit, "&Undo", self.editor.undo, QKeySequence.StandardKey.Undo)
        redo = self._action(edit, "&Redo", self.editor.redo, QKeySequence.StandardKey.Redo)
        redo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Y")])
        edit.addSeparator()
        self._action(edit, "&Find and Replace…", self.find_bar.open, QKeySequence.StandardKey.Find)
        brief = self.menuBar().addMenu("&Brief")
        self._action(brief, "&Regenerate", self.regenerate, "F5")
        self._action(brief, "&Cancel", self.cancel, "Esc")
        self._action(brief, "&Pin Point at Cursor", self.toggle_pin, "Ctrl+P")
        self._action(brief, "&Swap In Left-out Sentence", self.swap_selected, "Ctrl+Shift+W")
        brief.addSeparator()
        self._action(brief, "Reading &Limits…", self.choose_reading_limits)
        help_menu = self.menuBar().addMenu("&Help")
        self._action(help_menu, "&About Briefer", self.about)

    def _action(self, menu, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda checked=False: slot())
        menu.addAction(action)
        return action

    def _restore(self) -> None:
        self.tuning.set_options(self.settings.options())
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.value("window/splitter")
        if state is not None:
            self.splitter.restoreState(state)

    # -- opening ----------------------------------------------------------------

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, "Open articles", "", open_filter())
        if names:
            self.open_files([Path(n) for n in names])

    def open_files(self, paths: list[Path | Article], keep_editor: bool = False) -> bool:
        """Brief these articles, after asking to save unsaved edits; False if cancelled."""
        if not keep_editor and not self.confirm_discard():
            return False
        files = [str(p) for p in paths if isinstance(p, Path)]
        if files:
            self.settings.add_recent(files)
        self._keep_editor = keep_editor
        self.start(list(paths), fresh=True)
        return True

    def paste_article(self) -> None:
        """Brief the clipboard: HTML copied from a browser keeps its headings."""
        mime = QGuiApplication.clipboard().mimeData()
        try:
            if mime is not None and mime.hasHtml() and mime.html().strip():
                article = read_pasted_html(mime.html(), title="Pasted text")
            else:
                article = read_pasted(QGuiApplication.clipboard().text(), title="Pasted text")
        except BrieferError as error:
            self.report(str(error))
            return
        self.open_files([article])

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for name in self.settings.recent():
            action = self.recent_menu.addAction(name)
            action.triggered.connect(lambda checked=False, n=name: self.open_recent(n))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction("(none)").setEnabled(False)

    def open_recent(self, name: str) -> None:
        if not Path(name).exists():
            self.settings.set_recent([r for r in self.settings.recent() if r != name])
            self.report(f"{name}: no such file any more; removed from Open Recent")
            return
        self.open_files([Path(name)])

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt's name
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.open_files(paths)

    # -- briefing ---------------------------------------------------------------

    def regenerate(self) -> None:
        if self.inputs:
            self.start(self.inputs, fresh=False)

    def start(self, inputs: list[Path | Article], fresh: bool) -> None:
        """Run the pipeline off the UI thread with the current options."""
        if self.job is not None:
            self.job.cancel()
        options = self.tuning.options()
        self.settings.set_options(options)
        options = dataclasses.replace(options, **self.settings.reading_limits())
        job = BriefJob(inputs, options)
        job.signals.progress.connect(self._progress)
        job.signals.finished.connect(lambda result, j=job: self._finished(j, result, fresh))
        job.signals.failed.connect(lambda message, j=job: self._failed(j, message))
        job.signals.cancelled.connect(lambda j=job: self._cancelled(j))
        self.job = job
        self._job_inputs = inputs
        self._busy(True)
        self.pool.start(job)

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _progress(self, stage: str, fraction: float) -> None:
        self.progress.setValue(int(fraction * 100))
        self.progress.setFormat(f"{stage} %p%")

    def _finished(self, job: BriefJob, result, fresh: bool) -> None:
        """Show a finished brief in steps, so no single step blocks the UI for long."""
        if job is not self.job:
            return
        new, articles = result
        self.job = None
        self._busy(False)
        self.inputs = self._job_inputs
        self.article_view.set_articles(articles)
        self._showing = True
        QTimer.singleShot(0, lambda: self._show_brief(new, fresh))
        for note in new.brief.notes:
            self.statusBar().showMessage(note, 10000)
        skipped = [n for n in new.brief.notes if n.startswith("Skipped ")]
        if skipped:
            self.report("\n".join(skipped))

    def _show_brief(self, new: BriefText, fresh: bool) -> None:
        was_modified = self.editor.document().isModified()
        if self._keep_editor:  # a recovered text, perhaps typed in since
            text, modified = self.editor.toPlainText(), True
            self._keep_editor = False
        elif not fresh and self.current is not None and was_modified:
            text = keep_user_lines(self.editor.toPlainText(), self.current, self.pinned, new)
            modified = True
        else:
            text, modified = new.markdown, False
            if fresh:
                self.pinned.clear()
                self.save_path = None
        self.current = new
        if text != self.editor.toPlainText():
            self.editor.setPlainText(text)
        self.editor.document().setModified(modified)
        self._update_title()
        QTimer.singleShot(0, lambda: self.left_out.set_points(list(new.brief.left_out)))
        self.preview.schedule(text)
        self._showing = False

    def is_idle(self) -> bool:
        """Tell whether no brief is being made or put on screen."""
        return self.job is None and not self._showing

    def _failed(self, job: BriefJob, message: str) -> None:
        if job is self.job:
            self.job = None
            self._busy(False)
            self._keep_editor = False
            self.report(message)

    def _cancelled(self, job: BriefJob) -> None:
        if job is self.job:
            self.job = None
            self._busy(False)
            self.statusBar().showMessage("Cancelled; the previous brief is unchanged", 5000)

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        if busy:
            self.progress.setValue(0)

    def report(self, message: str) -> None:
        """Tell the user something went wrong; what is open stays open."""
        QMessageBox.warning(self, "Briefer", with_hint(message))

    def choose_reading_limits(self) -> None:
        limits = self.settings.reading_limits()
        dialog = ReadingLimitsDialog(self, limits["max_bytes"], limits["read_seconds"])
        if dialog.exec():
            self.settings.set_reading_limits(*dialog.values())

    # -- provenance ---------------------------------------------------------------

    def point_under_cursor(self) -> Point | None:
        if self.current is None:
            return None
        line, column = self.editor.cursor_line()
        return self.current.point_at(line, column)

    def _follow_cursor(self) -> None:
        point = self.point_under_cursor()
        if point is not None:
            self.article_view.show_span(point.source, point.start, point.end)

    def _show_point_in_line(self, line: str, column: int) -> None:
        """Show the sentence of the point clicked; on a citation "[2]", its copy in [2]."""
        if self.current is None:
            return
        point = self.current.point_at(line, column)
        if point is None:
            return
        source = point.source
        sentence = point_text(point, cite=False)
        end = line.find(sentence) + len(sentence)
        if column > end:  # on the citation "[1, 2]" after the sentence
            for match in re.finditer(r"\d+", line[end:]):
                if match.start() <= column - end <= match.end():
                    source = int(match.group())
        span = point.span_in(source) or (point.start, point.end)
        self.article_view.show_span(source, *span)

    def describe_point(self, line: str, column: int) -> str:
        point = self.current.point_at(line, column) if self.current else None
        if point is None:
            return ""
        source = self.current.brief.sources[point.source - 1]
        pinned = " · pinned" if point.text in self.pinned else ""
        return (
            f"score {point.score:.2f} · rank {point.rank} · source [{point.source}] "
            f"{source.title}{pinned}"
        )

    def toggle_pin(self) -> None:
        point = self.point_under_cursor()
        if point is not None:
            self.pinned ^= {self.current.line_of(point)}
            state = "Pinned" if self.current.line_of(point) in self.pinned else "Unpinned"
            self.statusBar().showMessage(f"{state}: {point.text[:60]}…", 4000)

    def swap_selected(self) -> None:
        point = self.left_out.current_point()
        if point is not None:
            self.swap_in(point)

    def swap_in(self, incoming: Point) -> None:
        """Replace the point under the editor's cursor with a left-out sentence."""
        outgoing = self.point_under_cursor()
        if outgoing is None or self.current is None:
            self.statusBar().showMessage("Put the cursor on a point to swap it out", 4000)
            return
        old, new = self.current.line_of(outgoing), self.current.line_of(incoming)
        cursor = self.editor.textCursor()
        line = cursor.block().text()
        cursor.movePosition(cursor.MoveOperation.StartOfBlock)
        cursor.movePosition(cursor.MoveOperation.EndOfBlock, cursor.MoveMode.KeepAnchor)
        cursor.insertText(line.replace(old, new, 1))
        self.pinned.add(new)

    # -- saving and closing -------------------------------------------------------

    def save(self) -> bool:
        if self.save_path is None:
            return self.save_as()
        return self._write(self.save_path)

    def save_as(self) -> bool:
        name, _ = QFileDialog.getSaveFileName(self, "Save brief", "brief.md", "Markdown (*.md)")
        if not name:
            return False
        return self._write(Path(name))

    def _write(self, path: Path) -> bool:
        try:
            refuse_inputs(path, self._source_files())
            write_atomic(path, self.editor.toPlainText().encode("utf-8"))
        except OutputError as error:
            self.report(f"Could not save: {error}")
            return False
        self.save_path = path
        self.editor.document().setModified(False)
        self.autosave.clear()
        self._update_title()
        return True

    def export(self, fmt: str, path: Path | None = None) -> bool:
        """Write what the editor holds now (the user's edits included) as md, html or pdf."""
        filters = {"md": "Markdown (*.md)", "html": "HTML (*.html)", "pdf": "PDF (*.pdf)"}
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self, "Export brief", f"brief.{fmt}", filters[fmt]
            )
            if not name:
                return False
            path = Path(name)
        text, title = self.editor.toPlainText(), self._brief_title()
        try:
            refuse_inputs(path, self._source_files())
            write_atomic(path, export_bytes(text, title, fmt))
        except OutputError as error:
            self.report(f"Could not export: {error}")
            return False
        self.statusBar().showMessage(f"Exported {path}", 5000)
        return True

    def print_brief(self) -> None:
        print_pages(self, self.editor.toPlainText(), self._brief_title())

    def print_preview(self) -> None:
        preview_pages(self, self.editor.toPlainText(), self._brief_title())

    def _brief_title(self) -> str:
        for line in self.editor.toPlainText().splitlines():
            if line.startswith("# "):
                return line[2:].strip()
        return self.current.brief.title if self.current else "Brief"

    def autosave_now(self) -> None:
        """Autosave unsaved edits; say once, visibly, when the disk refuses."""
        if not self.editor.document().isModified():
            return
        if self.autosave.write(self.editor.toPlainText(), self._source_files()):
            self._autosave_failed = False
        elif not self._autosave_failed:
            self._autosave_failed = True
            self.report(
                f"Autosave cannot write to {self.autosave.root}: save the brief yourself"
                " (Ctrl+S) to keep your edits."
            )

    def _source_files(self) -> list[str]:
        return [str(p) for p in self.inputs if isinstance(p, Path)]

    def keep_for_recovery(self) -> bool | None:
        """After a crash: autosave the editor's text and keep it past closing.

        Return True if a brief is kept for the next start, False if the disk refused,
        None if there was nothing to keep.
        """
        self._crashed = True
        text = self.editor.toPlainText()
        if not text.strip():
            kept = True if self.autosave.has_text() else None
        else:
            kept = self.autosave.write(text, self._source_files())
        self.autosave.hand_over()
        return kept

    def confirm_discard(self) -> bool:
        """Ask about unsaved edits: Save, Discard or Cancel. True when it is safe to go on."""
        if not self.editor.document().isModified():
            return True
        answer = QMessageBox.question(
            self,
            "Unsaved brief",
            "The brief has changes that are not saved. Save them?",
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.editor.document().setModified(False)
            self.autosave.clear()
            return True
        return False

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self._crashed:  # close at once, keeping the autosave for the next start
            self.cancel()
            event.accept()
            return
        if not self.confirm_discard():
            event.ignore()
            return
        self.cancel()
        self.settings.set_value("window/geometry", self.saveGeometry())
        self.settings.set_value("window/splitter", self.splitter.saveState())
        self.settings.set_options(self.tuning.options())
        self.settings.sync()
        self.autosave.clear()
        self.pool.waitForDone(5000)
        event.accept()

    def offer_recovery(self) -> bool:
        """Offer back what a window that ended without saving left; True if taken."""
        found = self.autosave.pending()
        if found is None:
            return False
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(found.saved_at))
        answer = QMessageBox.question(
            self,
            "Recover brief",
            f"Briefer closed without saving a brief (autosaved {when}). Recover it?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            self.autosave.discard(found)
            return False
        self.editor.setPlainText(found.text)
        self.editor.document().setModified(True)
        self.preview.schedule(found.text)
        sources = [Path(s) for s in found.sources if Path(s).exists()]
        if sources:
            self.open_files(sources, keep_editor=True)
        if self.autosave.adopt(found, found.text, [str(s) for s in sources]):
            self._autosave_failed = False
        return True

    # -- misc ---------------------------------------------------------------------

    def _text_changed(self) -> None:
        self.preview.schedule(self.editor.toPlainText())

    def _update_title(self) -> None:
        title = self.current.brief.title if self.current else "No article"
        self.setWindowTitle(f"{title}[*] — Briefer")

    def about(self) -> None:
        QMessageBox.about(
            self,
            "About Briefer",
            f"<b>Briefer {__version__}</b><p>Turns news articles into a short, structured,"
            " cited brief, offline.</p>",
        )
