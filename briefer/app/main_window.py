"""The Briefer window: it lays out the panes and wires them to the briefing runner, the
document and the links between points and sources. No ranking, reading or file logic."""

from __future__ import annotations

from pathlib import Path

from briefer import __version__
from briefer.app.article_view import ArticleView
from briefer.app.autosave import INTERVAL_MS
from briefer.app.brief_text import BriefText, merge_regenerated
from briefer.app.document import BriefDocument
from briefer.app.editor import BriefEditor, FindBar
from briefer.app.leftout import LeftOutList
from briefer.app.limits import ReadingLimitsDialog
from briefer.app.menus import build_menus, enable_actions
from briefer.app.opening import Opener
from briefer.app.preview import Preview
from briefer.app.provenance import PointLinks
from briefer.app.qt import (
    QMainWindow,
    QMessageBox,
    QSplitter,
    Qt,
    QTabWidget,
    QTimer,
    QVBoxLayout,
    QWidget,
)
from briefer.app.runner import BriefingRunner
from briefer.app.settings import Settings
from briefer.app.status import BriefStatus
from briefer.app.tuning import TuningBar
from briefer.app.wording import describe_error, describe_note
from briefer.article import Article
from briefer.brief import SKIPPED
from briefer.config import Paths
from briefer.errors import BrieferError


class MainWindow(QMainWindow):
    """Open articles, show the brief beside its sources, edit, save, never lose edits."""

    def __init__(self, paths: Paths | None = None):
        super().__init__()
        self.paths = paths or Paths.from_environment()
        self.settings = Settings(self.paths.config_dir)
        self.runner = BriefingRunner(self.paths, self)
        self.inputs: list[Path | Article] = []  # what the brief on screen was made from
        self._asked: tuple[list[Path | Article], bool] = ([], True)  # the run under way
        self._keep_editor = False  # the next brief leaves the editor's text as it is
        self._showing = False
        self._crashed = False
        self._build()
        self.document = BriefDocument(self, self.editor, self.settings, self.paths.data_dir)
        self.document.sources = self._source_files
        self.document.title = self._brief_title
        self.document.saved.connect(self._saved)
        self.document.failed.connect(self.report)
        self.autosave = self.document.autosave
        self.opener = Opener(self, self.settings)
        self.actions_by_name = build_menus(self)
        self._wire()
        self._restore()
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.document.autosave_now)
        self._timer.start()
        self._update_state()

    def _build(self) -> None:
        self.tuning = TuningBar(self.paths.themes_dir)
        self.article_view = ArticleView()
        self.editor = BriefEditor()
        self.find_bar = FindBar(self.editor)
        self.preview = Preview()
        self.left_out = LeftOutList()
        self.links = PointLinks(self.editor, self.article_view, self.left_out, self)
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
        self.status = BriefStatus()
        self.setStatusBar(self.status)
        self.resize(1280, 800)

    def _wire(self) -> None:
        self.tuning.regenerate.connect(self.regenerate)
        self.editor.textChanged.connect(self._text_changed)
        self.editor.document().modificationChanged.connect(self.setWindowModified)
        self.editor.wordsChanged.connect(self.status.show_words)
        self.preview.clickedText.connect(self.links.show_in_line)
        self.links.message.connect(self.status.say)
        self.status.cancel_button.clicked.connect(self.runner.cancel)
        self.opener.chosen.connect(self.open_files)
        self.opener.failed.connect(self.report)
        self.runner.progress.connect(self.status.show_progress)
        self.runner.finished.connect(self._finished)
        self.runner.failed.connect(self._failed)
        self.runner.cancelled.connect(self._cancelled)
        self.setAcceptDrops(True)

    def _restore(self) -> None:
        self.tuning.set_options(self.settings.options())
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.value("window/splitter")
        if state is not None:
            self.splitter.restoreState(state)

    # -- opening ----------------------------------------------------------------

    def open_files(self, paths: list[Path | Article], keep_editor: bool = False) -> bool:
        """Brief these articles, after asking to save unsaved edits; False if cancelled."""
        if not keep_editor and not self.document.confirm_discard():
            return False
        files = [str(p) for p in paths if isinstance(p, Path)]
        if files:
            self.settings.add_recent(files)
        self._keep_editor = keep_editor
        self.start(list(paths), fresh=True)
        return True

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self.opener.accepts(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self.opener.drop(event.mimeData()):
            event.acceptProposedAction()

    # -- briefing ---------------------------------------------------------------

    def regenerate(self) -> None:
        if self.inputs:
            self.start(self.inputs, fresh=False)
        else:
            self.status.say("Open an article first (Ctrl+O), or drop one on the window")

    def start(self, inputs: list[Path | Article], fresh: bool) -> None:
        """Brief the inputs off the UI thread with the options the controls show."""
        options = self.tuning.options()
        self.settings.set_options(options)
        self._asked = (inputs, fresh)
        self.runner.start(inputs, options.with_(**self.settings.reading_limits()))
        self.status.busy(True)

    def cancel(self) -> None:
        self.runner.cancel()

    def _finished(self, briefing) -> None:
        """Show a finished brief in a step of its own, so the UI stays responsive."""
        self.status.busy(False)
        inputs, fresh = self._asked
        self.inputs = inputs
        self.article_view.set_articles(list(briefing.articles))
        self._showing = True
        new = BriefText.of(briefing.brief)
        QTimer.singleShot(0, lambda: self._show_brief(new, fresh))
        notes = briefing.brief.notes
        for note in notes:
            self.status.say(describe_note(note), 10000)
        skipped = [describe_note(n) for n in notes if n.kind == SKIPPED]
        if skipped:
            self.report("\n".join(skipped))

    def _show_brief(self, new: BriefText, fresh: bool) -> None:
        """Show a new brief; on Regenerate, keep everything the user changed in place."""
        old, was_modified = self.links.current, self.document.is_modified()
        if self._keep_editor:  # a recovered text, perhaps typed in since
            self._keep_editor = False
        elif fresh or old is None:
            self.document.forget()
            self.editor.setPlainText(new.markdown)
            was_modified = False
        else:
            edited = self.editor.toPlainText()
            merged = merge_regenerated(edited, old, new, self.links.pinned)
            self.editor.replace_text(merged.text, merged.moved)
            was_modified = was_modified or merged.text != edited
        self.links.show(new, fresh)
        self.editor.document().setModified(was_modified)
        self._update_state()
        self.preview.schedule(self.editor.toPlainText())
        self._showing = False

    @property
    def current(self) -> BriefText | None:
        return self.links.current

    def is_idle(self) -> bool:
        """Tell whether no brief is being made or put on screen."""
        return not self.runner.is_busy() and not self._showing

    def _failed(self, error: BrieferError) -> None:
        self.status.busy(False)
        self._keep_editor = False
        self.report(describe_error(error))

    def _cancelled(self) -> None:
        self.status.busy(False)
        self._keep_editor = False
        self.status.say("Cancelled; the previous brief is unchanged", 5000)

    def report(self, message: str) -> None:
        """Tell the user something went wrong; what is open stays open."""
        QMessageBox.warning(self, "Briefer", message)

    def choose_reading_limits(self) -> None:
        limits = self.settings.reading_limits()
        dialog = ReadingLimitsDialog(self, limits["max_bytes"], limits["read_seconds"])
        if dialog.exec():
            self.settings.set_reading_limits(*dialog.values())

    # -- the document -------------------------------------------------------------

    def _source_files(self) -> list[str]:
        return [str(p) for p in self.inputs if isinstance(p, Path)]

    def _brief_title(self) -> str:
        for line in self.editor.toPlainText().splitlines():
            if line.startswith("# "):
                return line[2:].strip()
        return self.current.brief.title if self.current else "Brief"

    def keep_for_recovery(self) -> bool | None:
        """After a crash: keep the editor's text for the next start (see BriefDocument)."""
        self._crashed = True
        return self.document.keep_for_recovery()

    def offer_recovery(self) -> bool:
        """Offer back what a window that ended without saving left; True if taken."""
        taken = self.document.offer_recovery(self._reopen_recovered)
        if taken:
            self.preview.schedule(self.editor.toPlainText())
            self._update_state()
        return taken

    def _reopen_recovered(self, sources: list[Path]) -> None:
        self.open_files(list(sources), keep_editor=True)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self._crashed:  # close at once, keeping the autosave for the next start
            self.runner.cancel()
            event.accept()
            return
        if not self.document.confirm_discard():
            event.ignore()
            return
        self.runner.cancel()
        self.settings.set_value("window/geometry", self.saveGeometry())
        self.settings.set_value("window/splitter", self.splitter.saveState())
        self.settings.set_options(self.tuning.options())
        self.settings.sync()
        self.document.close()
        self.runner.wait(5000)
        event.accept()

    # -- state shown ----------------------------------------------------------------

    def _text_changed(self) -> None:
        self.preview.schedule(self.editor.toPlainText())
        self._update_state()

    def _saved(self, message: str) -> None:
        self.status.say(message, 5000)
        self._update_state()

    def _update_state(self) -> None:
        """Show the brief's title, and enable what can act on what is open."""
        title = self.current.brief.title if self.current else "No article"
        self.setWindowTitle(f"{title}[*] — Briefer")
        has_text = not self.editor.document().isEmpty()
        enable_actions(self.actions_by_name, has_text, self.current is not None)

    def about(self) -> None:
        QMessageBox.about(
            self,
            "About Briefer",
            f"<b>Briefer {__version__}</b><p>Turns news articles into a short, structured,"
            " cited brief, offline.</p>",
        )
