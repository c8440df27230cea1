"""The Briefer window: it lays out the panes and wires them to the briefing runner, the
document and the links between points and sources. No ranking, reading or file logic."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from briefer.app.brief_text import BriefText, merge_regenerated, title_of
from briefer.app.document import BriefDocument
from briefer.app.menus import build_menus, enable_actions
from briefer.app.opening import Opener
from briefer.app.panes import Panes, Workspace
from briefer.app.provenance import PointLinks
from briefer.app.qt import QMainWindow, QMessageBox
from briefer.app.runner import BriefingRunner
from briefer.app.settings import Settings
from briefer.app.shown import Shown
from briefer.app.status import BriefStatus
from briefer.app.tuning import TuningBar
from briefer.app.turns import next_turn
from briefer.app.view import PaneLook
from briefer.app.welcome import Welcome
from briefer.app.wording import describe_error, tell_notes
from briefer.article import Article
from briefer.config import Paths
from briefer.errors import BrieferError


def _several(inputs: list[Path | Article]) -> bool:
    """Tell whether the inputs may hold several articles, and so several stories."""
    return len(inputs) > 1 or any(isinstance(p, Path) and p.is_dir() for p in inputs)


def _inputs_of(briefing) -> list[Path | Article]:
    """What a story of a digest is made from, to regenerate it: its files, or the
    articles themselves when they came from no file."""
    return [Path(a.path) if a.path else a for a in briefing.articles]


class MainWindow(QMainWindow):
    """Open articles, show the brief beside its sources, edit, save, never lose edits."""

    def __init__(self, paths: Paths | None = None):
        super().__init__()
        self.paths = paths or Paths.from_environment()
        self.settings = Settings(self.paths.config_dir)
        self.runner = BriefingRunner(self.paths, self)
        self.inputs: list[Path | Article] = []  # what the brief on screen was made from
        self.digest = None  # the stories, when the articles opened tell several
        self.story = 0  # which of them is open
        self._asked: tuple[list[Path | Article], bool] = ([], True)  # the run under way
        self._keep_editor = False  # the next brief leaves the editor's text as it is
        self._showing = False
        self._crashed = False
        self._build()
        self.document = BriefDocument(self, self.editor, self.settings, self.paths.data_dir)
        self.document.sources = self._source_files
        self.document.in_use = self._files_in_use
        self.document.title = self._brief_title
        self.document.language = lambda: self.current.brief.language if self.current else ""
        self.document.saved.connect(self._saved)
        self.document.failed.connect(self.report)
        self.opener = Opener(self, self.settings)
        self.look = PaneLook(self.splitter, self.settings, self)
        self.actions_by_name = build_menus(self, self.document, self.opener, self.links, self.look)
        self._wire()
        self.tuning.set_options(self.settings.options())
        self.settings.restore_layout(self, self.splitter)
        self._busy(False)
        self._update_state()

    def _build(self) -> None:
        self.workspace = Workspace(TuningBar(self.paths.themes_dir), Welcome(), Panes())
        self.setCentralWidget(self.workspace)
        self.tuning, self.welcome = self.workspace.tuning, self.workspace.welcome
        self.splitter = panes = self.workspace.panes
        self.article_view, self.editor = panes.article_view, panes.editor
        self.find_bar, self.preview, self.left_out = panes.find_bar, panes.preview, panes.left_out
        self.stories = panes.stories
        self.links = PointLinks(self.editor, self.article_view, self.left_out, self)
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
        self.welcome.open_clicked.connect(self.opener.choose_files)
        self.welcome.paste_clicked.connect(self.opener.paste)
        self.welcome.recent_chosen.connect(self.opener.open_recent)
        self.opener.failed.connect(self.report)
        self.runner.progress.connect(self.status.show_progress)
        self.runner.finished.connect(self._finished)
        self.runner.failed.connect(self._failed)
        self.runner.cancelled.connect(self._failed)
        self.stories.chosen.connect(self.open_story)
        self.setAcceptDrops(True)

    # -- opening ----------------------------------------------------------------

    def open_files(self, paths: list[Path | Article], keep_editor: bool = False) -> bool:
        """Brief these articles, after asking to save unsaved edits; False if cancelled."""
        if not keep_editor and not self.document.confirm_discard():
            return False
        paths = [p.absolute() if isinstance(p, Path) else p for p in paths]
        files = [str(p) for p in paths if isinstance(p, Path)]
        if files:
            self.settings.add_recent(files)
        reopen = partial(self.open_files, keep_editor=True)
        if len(paths) == 1 and not keep_editor and self.document.open_brief(paths[0], reopen):
            return True
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
        if self.inputs:  # else disabled, as are its button and shortcut
            self.start(self.inputs, fresh=False)

    def start(self, inputs: list[Path | Article], fresh: bool) -> None:
        """Brief the inputs in the engine's process with the options the controls show."""
        options = self.tuning.options()
        self.settings.set_options(options)
        self._asked = (inputs, fresh)
        digest = fresh and _several(inputs)
        self.runner.start(inputs, options.with_(**self.settings.reading_limits()), digest)
        self._busy(True)
        self._update_state()

    def cancel(self) -> None:
        self.runner.cancel()

    def _finished(self, shown) -> None:
        """Show a finished brief in a step of its own, so the UI stays responsive."""
        self._busy(False)
        inputs, fresh = self._asked
        if fresh and not self._keep_editor and not self.document.confirm_discard():
            self._update_state()  # edits typed while it was made stay, with their brief
            self.status.say("The new brief was not shown; the brief you edited stays", 8000)
            return
        if fresh:  # a digest lists its stories and opens the first; a brief hides the list
            self.digest, self.story = shown.digest, 0
            stories = shown.digest.stories if shown.digest else ()
            self.stories.set_stories([(s.brief.title, len(s.articles)) for s in stories])
        if shown.digest is not None:
            inputs = _inputs_of(shown.briefing)
        self._present(shown, inputs, fresh)

    def open_story(self, number: int) -> None:
        """Open one story of the digest, after asking to save edits to the one open."""
        if self.digest is None or number == self.story or not self.is_idle():
            self.stories.mark(self.story)
            return
        if not self.document.confirm_discard():
            self.stories.mark(self.story)
            return
        self.story = number
        briefing = self.digest.stories[number]
        self._present(Shown.of(briefing), _inputs_of(briefing), fresh=True)

    def export_digest(self) -> bool:
        """Export every story of the digest open, the open one as edited."""
        return self.digest is not None and self.document.export_digest(self.digest, self.story)

    def _present(self, shown, inputs: list[Path | Article], fresh: bool) -> None:
        self.inputs, briefing = inputs, shown.briefing
        self.article_view.set_articles(list(briefing.articles))
        self._showing = True
        self.preview.prime(shown.text.markdown, shown.html)
        next_turn(partial(self._show_brief, shown.text, fresh))
        tell_notes(shown.notes, self.status.say, self.report)

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

    def _failed(self, error: BrieferError | None = None) -> None:
        """A brief failed (or was cancelled, with no error): the previous one stays."""
        self._busy(False)
        self._keep_editor = False
        self._update_state()  # with nothing shown yet, the welcome page again
        if error is None:
            self.status.say("Cancelled; the previous brief is unchanged", 5000)
        else:
            self.report(describe_error(error))

    def _busy(self, busy: bool) -> None:
        """Show progress and offer Cancel (Esc) only while a brief is being made."""
        self.status.busy(busy)
        self.actions_by_name["cancel"].setEnabled(busy)

    def report(self, message: str) -> None:
        """Tell the user something went wrong; what is open stays open."""
        QMessageBox.warning(self, "Briefer", message)

    # -- the document -------------------------------------------------------------

    def _source_files(self) -> list[str]:
        return [str(p) for p in self.inputs if isinstance(p, Path)]

    def _files_in_use(self) -> list[str]:
        """The article files no save may replace: the brief's, and while a brief is being
        made, those it reads (already read, perhaps, but still the user's)."""
        under_way = self._asked[0] if self.runner.is_busy() else []
        return self._source_files() + [str(p) for p in under_way if isinstance(p, Path)]

    def _brief_title(self) -> str:
        fallback = self.current.brief.title if self.current else "Brief"
        return title_of(self.editor.toPlainText(), fallback)

    def keep_for_recovery(self) -> bool | None:
        """After a crash: keep the editor's text for the next start (see BriefDocument)."""
        self._crashed = True
        return self.document.keep_for_recovery()

    def offer_recovery(self) -> bool:
        """Offer back what a window that ended without saving left; True if taken."""
        taken = self.document.offer_recovery(partial(self.open_files, keep_editor=True))
        if taken:
            self.preview.schedule(self.editor.toPlainText())
            self._update_state()
        return taken

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self._crashed:  # close at once, keeping the autosave for the next start
            self.runner.cancel()
            event.accept()
            return
        if not self.document.confirm_discard():
            event.ignore()
            return
        self.runner.cancel()
        self.settings.remember(self, self.splitter, self.tuning.options())
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
        self.actions_by_name["export_digest"].setEnabled(self.digest is not None)
        self.tuning.button.setEnabled(self.current is not None)
        empty = not has_text and self.current is None and not self.runner.is_busy()
        self.workspace.show_welcome(empty, self.settings.recent())
