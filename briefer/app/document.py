"""The brief as a document on disk: save, export, print, autosave and recovery.

The editor holds the text; this module decides where it goes and makes sure that what
the user wrote survives: unsaved edits are asked about before they could be lost,
autosaved while they are unsaved, and offered back after a window ended without saving.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from pathlib import Path

from briefer.app.autosave import INTERVAL_MS, Autosave
from briefer.app.printing import preview_pages, print_pages
from briefer.app.qt import QFileDialog, QMessageBox, QObject, QTimer, Signal
from briefer.app.settings import Settings
from briefer.errors import BrieferError, OutputError
from briefer.fileio import read_regular_file, refuse_inputs, write_atomic
from briefer.render.export import export_bytes
from briefer.render.markdown import looks_like_brief

MAX_BRIEF = 10_000_000  # bytes; a brief is a few KB
FILTERS = {"md": "Markdown (*.md)", "html": "HTML (*.html)", "pdf": "PDF (*.pdf)"}
_UNSAFE_NAME = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def file_name(title: str, suffix: str, most: int = 60) -> str:
    """Return a file name made of a brief's title, cut between words: "Talks in Rome.pdf"."""
    words = _UNSAFE_NAME.sub(" ", title).split()
    name = ""
    for word in words:
        if len(name) + len(word) + 1 > most:
            break
        name = f"{name} {word}".strip()
    name = name.strip(" .") or " ".join(words)[:most].strip(" .")
    return f"{name or 'brief'}.{suffix}"


class BriefDocument(QObject):
    """Where the editor's brief is saved, exported and printed, and its autosave."""

    saved = Signal(str)  # a status line after every save and export
    failed = Signal(str)  # a message the user must see

    def __init__(self, window, editor, settings: Settings, data_dir: Path):
        super().__init__(window)
        self.window = window
        self.editor = editor
        self.settings = settings
        self.autosave = Autosave(data_dir)
        self.path: Path | None = None
        self.sources: Callable[[], list[str]] = list  # the brief's article files
        self.in_use: Callable[[], list[str]] = lambda: self.sources()  # never written
        self.title: Callable[[], str] = lambda: "Brief"
        self.language: Callable[[], str] = str  # the brief's language code, "" if none
        self._autosave_failed = False
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.autosave_now)
        self._timer.start()

    # -- writing ----------------------------------------------------------------

    def is_modified(self) -> bool:
        return self.editor.document().isModified()

    def save(self) -> bool:
        return self._write(self.path) if self.path is not None else self.save_as()

    def save_as(self) -> bool:
        path = self._ask("Save brief", "md")
        return self._write(path) if path is not None else False

    def _write(self, path: Path) -> bool:
        try:
            refuse_inputs(path, self.in_use())
            write_atomic(path, self.editor.toPlainText().encode("utf-8"))
        except OutputError as error:
            self.failed.emit(f"Could not save: {error}")
            return False
        self.path = path
        self.editor.document().setModified(False)
        self.autosave.clear()
        self.saved.emit(f"Saved {path}")
        return True

    def export(self, fmt: str, path: Path | None = None) -> bool:
        """Write what the editor holds now (the user's edits included) as md, html or pdf,
        a PDF on the paper chosen under File ▸ Export."""
        path = path or self._ask("Export brief", fmt)
        if path is None:
            return False
        text = self.editor.toPlainText()
        written = self._written(path, self.sources(), text, self.title(), fmt, self.language())
        if written:
            self.saved.emit(f"Exported {path}")
        return written

    def export_digest(self, digest, story: int, path: Path | None = None) -> bool:
        """Write every story of a digest to one file (md, html or pdf, by its name): each
        story's brief as made, and the open story's as the editor holds it now."""
        from briefer.render.digest import digest_title, render_digest_markdown

        title = digest_title(digest)
        path = path or self._ask_digest(title)
        if path is None:
            return False
        fmt = path.suffix.lower().lstrip(".") if path.suffix.lower() in (".md", ".html") else "pdf"
        sources = [s.path for b in digest.stories for s in b.brief.sources if s.path]
        text = render_digest_markdown(digest, edited={story: self.editor.toPlainText()})
        language = digest.stories[story].brief.language
        written = self._written(path, sources, text, title, fmt, language)
        if written:
            self.saved.emit(f"Exported the digest to {path}")
        return written

    def _written(self, path: Path, sources, text: str, title: str, fmt: str, language: str):
        """Write Markdown text to path as fmt, never onto a source; say so if it fails."""
        try:
            refuse_inputs(path, [*sources, *self.in_use()])
            write_atomic(path, export_bytes(text, title, fmt, self.settings.paper(), language))
        except OutputError as error:
            self.failed.emit(f"Could not export: {error}")
            return False
        return True

    def export_markdown(self) -> bool:
        return self.export("md")

    def export_html(self) -> bool:
        return self.export("html")

    def export_pdf(self) -> bool:
        return self.export("pdf")

    def _ask(self, caption: str, fmt: str) -> Path | None:
        """Ask where to write, starting in the last folder used, named after the brief."""
        if self.path is not None:  # next to the saved brief, under its name
            start = str(self.path.with_suffix(f".{fmt}"))
        else:
            start = self._in_last_folder(self.title(), fmt)
        return self._chosen(caption, start, FILTERS[fmt], fmt)

    def _ask_digest(self, title: str) -> Path | None:
        kinds = ";;".join(FILTERS[fmt] for fmt in ("pdf", "md", "html"))
        return self._chosen("Export digest", self._in_last_folder(title, "pdf"), kinds, "pdf")

    def _in_last_folder(self, title: str, fmt: str) -> str:
        folder = self.settings.last_folder() or Path.home()
        return str(folder / file_name(title, fmt))

    def _chosen(self, caption: str, start: str, kinds: str, fmt: str) -> Path | None:
        """Ask for a file to write; one given without a suffix takes fmt's."""
        name, _ = QFileDialog.getSaveFileName(self.window, caption, start, kinds)
        if not name:
            return None
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix(f".{fmt}")
        self.settings.set_last_folder(path.parent)
        return path

    def print(self) -> None:
        print_pages(self.window, self.editor.toPlainText(), self.title())

    def print_preview(self) -> None:
        preview_pages(self.window, self.editor.toPlainText(), self.title())

    # -- keeping what the user wrote ------------------------------------------------

    def open_brief(self, path, reopen: Callable[[list[Path]], object]) -> bool:
        """Open a brief Briefer wrote (a .md file) for editing, not as an article.

        Its text goes into the editor, saved as it is to the same file; with the
        metadata written by --metadata, `reopen` briefs its articles again, keeping the
        text. False when the file is not such a brief.
        """
        if not isinstance(path, Path) or path.suffix.lower() not in (".md", ".markdown"):
            return False
        try:
            text = read_regular_file(path, MAX_BRIEF).decode("utf-8")
        except (BrieferError, UnicodeDecodeError):
            return False
        if not looks_like_brief(text):
            return False
        # here, not at the top: opening an article must not load the engine on this thread
        from briefer.pipeline import METADATA_OPEN, read_recipe

        self.editor.setPlainText(text)
        self.editor.document().setModified(False)
        self.path = path
        self.saved.emit(f"Opened the brief {path} for editing")
        if METADATA_OPEN in text:
            try:
                sources = [s for s in read_recipe(path).sources if s.exists()]
            except BrieferError:
                sources = []
            if sources:
                reopen(sources)
        return True

    def forget(self) -> None:
        """Start a new brief: no file to save to yet."""
        self.path = None

    def autosave_now(self) -> None:
        """Autosave unsaved edits; say once, visibly, when the disk refuses."""
        if not self.is_modified():
            return
        if self.autosave.write(self.editor.toPlainText(), self.sources()):
            self._autosave_failed = False
        elif not self._autosave_failed:
            self._autosave_failed = True
            self.failed.emit(
                f"Autosave cannot write to {self.autosave.root}: save the brief yourself"
                " (Ctrl+S) to keep your edits."
            )

    def confirm_discard(self) -> bool:
        """Ask about unsaved edits: Save, Discard or Cancel. True when it is safe to go on."""
        if not self.is_modified():
            return True
        answer = QMessageBox.question(
            self.window,
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

    def close(self) -> None:
        """The window closes cleanly: nothing is left to recover."""
        self.autosave.clear()

    def keep_for_recovery(self) -> bool | None:
        """After a crash: autosave the editor's text and keep it past closing.

        Return True if a brief is kept for the next start, False if the disk refused,
        None if there was nothing to keep.
        """
        text = self.editor.toPlainText()
        if not text.strip():
            kept = True if self.autosave.has_text() else None
        else:
            kept = self.autosave.write(text, self.sources())
        self.autosave.hand_over()
        return kept

    def offer_recovery(self, reopen: Callable[[list[Path]], object]) -> bool:
        """Offer back what a window that ended without saving left; True if taken.

        On Yes the text goes into the editor as unsaved and `reopen` briefs its
        articles again (keeping the editor's text).
        """
        found = self.autosave.pending()
        if found is None:
            return False
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(found.saved_at))
        damage = "".join(f"\n\n{note}" for note in self.autosave.notes)
        self.autosave.notes.clear()  # said here, in the question itself
        answer = QMessageBox.question(
            self.window,
            "Recover brief",
            f"Briefer closed without saving a brief (autosaved {when}). Recover it?{damage}",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            self.autosave.discard(found)
            return False
        self.editor.setPlainText(found.text)
        self.editor.document().setModified(True)
        sources = [Path(s) for s in found.sources if Path(s).exists()]
        if sources:
            reopen(sources)
        if self.autosave.adopt(found, found.text, [str(s) for s in sources]):
            self._autosave_failed = False
        return True
