"""The window's menus and their shortcuts, each shortcut bound to one action only."""

from __future__ import annotations

from functools import partial

from briefer import __version__
from briefer.app.colors import CHOICES
from briefer.app.limits import choose_reading_limits
from briefer.app.qt import QAction, QActionGroup, QKeySequence, QMessageBox, QStyle, Qt

PIN_SHORTCUT = "Ctrl+D"  # Ctrl+P prints, as everywhere


def build_menus(window, document, opener, links, look) -> dict[str, QAction]:
    """Add File, Edit, Brief and Help to the window's menu bar; return the actions by name.

    Actions that need a brief start disabled; the window enables them once one shows.
    """
    actions: dict[str, QAction] = {}
    bar = window.menuBar()

    def add(menu, name: str, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        actions[name] = action
        return action

    file_menu = bar.addMenu("&File")
    add(file_menu, "open", "&Open…", opener.choose_files, QKeySequence.StandardKey.Open)
    recent = file_menu.addMenu("Open &Recent")
    recent.aboutToShow.connect(partial(opener.fill_recent, recent))
    window.recent_menu = recent
    add(file_menu, "paste", "&Paste as Article", opener.paste, "Ctrl+Shift+V")
    file_menu.addSeparator()
    add(file_menu, "save", "&Save Brief", document.save, QKeySequence.StandardKey.Save)
    add(file_menu, "save_as", "Save Brief &As…", document.save_as, "Ctrl+Shift+S")
    export = file_menu.addMenu("&Export")
    add(export, "export_md", "&Markdown…", document.export_markdown)
    add(export, "export_html", "&HTML…", document.export_html)
    add(export, "export_pdf", "&PDF…", document.export_pdf, "Ctrl+E")
    add(export, "export_digest", "Whole &Digest (every story)…", window.export_digest)
    export.addSeparator()
    papers = QActionGroup(window)
    for paper, text in (("a4", "PDF Paper: &A4"), ("letter", "PDF Paper: US &Letter")):
        action = add(export, f"paper_{paper}", text, partial(window.settings.set_paper, paper))
        action.setCheckable(True)
        action.setChecked(window.settings.paper() == paper)
        papers.addAction(action)
    add(file_menu, "print", "&Print…", document.print, QKeySequence.StandardKey.Print)
    add(file_menu, "print_preview", "Print Pre&view…", document.print_preview)
    file_menu.addSeparator()
    add(file_menu, "quit", "&Quit", window.close, "Ctrl+Q")

    edit = bar.addMenu("&Edit")
    editor = window.editor
    add(edit, "undo", "&Undo", editor.undo, QKeySequence.StandardKey.Undo)
    redo = add(edit, "redo", "&Redo", editor.redo, QKeySequence.StandardKey.Redo)
    redo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Y")])
    for name, available in (("undo", editor.undoAvailable), ("redo", editor.redoAvailable)):
        actions[name].setEnabled(False)
        available.connect(actions[name].setEnabled)
    edit.addSeparator()
    add(edit, "find", "&Find and Replace…", window.find_bar.open, QKeySequence.StandardKey.Find)

    brief = bar.addMenu("&Brief")
    add(brief, "regenerate", "&Regenerate", window.regenerate, "F5")
    add(brief, "cancel", "&Cancel", window.cancel, "Esc")
    add(brief, "pin", "&Pin Point at Cursor", links.toggle_pin, PIN_SHORTCUT)
    add(brief, "swap", "&Swap In Left-out Sentence", links.swap_selected, "Ctrl+Shift+W")
    brief.addSeparator()
    add(
        brief, "limits", "Reading &Limits…", partial(choose_reading_limits, window, window.settings)
    )

    view = bar.addMenu("&View")
    zoom_in = add(view, "zoom_in", "Zoom &In", look.zoom_in, QKeySequence.StandardKey.ZoomIn)
    zoom_in.setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")])
    add(view, "zoom_out", "Zoom &Out", look.zoom_out, QKeySequence.StandardKey.ZoomOut)
    add(view, "zoom_reset", "&Actual Size", look.reset, "Ctrl+0")
    view.addSeparator()
    appearance = view.addMenu("A&ppearance")
    group = QActionGroup(window)
    for choice, text in CHOICES.items():
        action = add(appearance, f"scheme_{choice}", text, partial(look.appearance.choose, choice))
        action.setCheckable(True)
        action.setChecked(look.appearance.choice == choice)
        group.addAction(action)

    help_menu = bar.addMenu("&Help")
    add(help_menu, "shortcuts", "&Keyboard Shortcuts", partial(show_shortcuts, window, actions))
    add(help_menu, "about", "&About Briefer", partial(show_about, window))
    _toolbar(window, actions)
    return actions


def _toolbar(window, actions: dict[str, QAction]) -> None:
    """Open, Regenerate and Export PDF, one click away."""
    bar = window.addToolBar("Main")
    bar.setObjectName("mainToolbar")
    bar.setMovable(False)
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    style = window.style()
    for name, icon, text in (
        ("open", QStyle.StandardPixmap.SP_DialogOpenButton, "Open"),
        ("regenerate", QStyle.StandardPixmap.SP_BrowserReload, "Regenerate"),
        ("export_pdf", QStyle.StandardPixmap.SP_FileIcon, "Export PDF"),
    ):
        action = actions[name]
        action.setIcon(style.standardIcon(icon))
        action.setIconText(text)
        bar.addAction(action)


def shortcut_rows(actions: dict[str, QAction]) -> list[tuple[str, str]]:
    """Return (what, keys) for every action that has a shortcut, in menu order."""
    rows = []
    for action in actions.values():
        keys = ", ".join(
            k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()
        )
        if keys:
            rows.append((action.text().replace("&", "").rstrip("…"), keys))
    return rows


def show_shortcuts(window, actions: dict[str, QAction], _checked: bool = False) -> None:
    rows = "".join(
        f"<tr><td>{what}</td><td>&nbsp;&nbsp;<b>{keys}</b></td></tr>"
        for what, keys in shortcut_rows(actions)
    )
    extra = "<tr><td>Zoom with the mouse</td><td>&nbsp;&nbsp;<b>Ctrl+wheel</b></td></tr>"
    QMessageBox.information(window, "Keyboard Shortcuts", f"<table>{rows}{extra}</table>")


def show_about(window, _checked: bool = False) -> None:
    QMessageBox.about(
        window,
        "About Briefer",
        f"<b>Briefer {__version__}</b><p>Turns news articles into a short, structured,"
        " cited brief, offline.</p>",
    )


NEEDS_TEXT = ("save", "save_as", "export_md", "export_html", "export_pdf", "print", "print_preview")
NEEDS_POINTS = ("regenerate", "pin", "swap")


def enable_actions(actions: dict[str, QAction], has_text: bool, has_brief: bool) -> None:
    """Enable what can act now: saving and printing need text, point actions a brief."""
    for name in NEEDS_TEXT:
        actions[name].setEnabled(has_text)
    for name in NEEDS_POINTS:
        actions[name].setEnabled(has_brief)
