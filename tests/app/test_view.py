"""What the window shows before and around a brief: the welcome page, the toolbar, the
zoom of every pane, the list of shortcuts, readable names in the boxes."""

from __future__ import annotations

from pathlib import Path

from briefer.app.main_window import MainWindow
from briefer.app.menus import shortcut_rows
from briefer.app.qt import QKeySequence, QMessageBox, Qt, QToolBar
from tests.app.conftest import wait_brief


def sizes(win) -> tuple[int, int, int]:
    return (
        win.editor.font().pointSize(),
        win.article_view.text.font().pointSize(),
        win.preview.document().defaultFont().pointSize(),
    )


def test_an_empty_window_shows_where_to_drop_and_the_recent_files(qtbot, dialogs, sample_path):
    first = MainWindow()
    qtbot.addWidget(first)
    first.settings.add_recent([str(sample_path), "/no/such/file.txt"])
    first.settings.sync()
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    assert win.workspace.pages.currentWidget() is win.welcome
    assert [win.welcome.recent.item(i).text() for i in range(win.welcome.recent.count())] == [
        str(sample_path)
    ]
    qtbot.mouseClick(
        win.welcome.recent.viewport(),
        Qt.MouseButton.LeftButton,
        pos=win.welcome.recent.visualItemRect(win.welcome.recent.item(0)).center(),
    )
    wait_brief(qtbot, win)
    assert win.workspace.pages.currentWidget() is win.splitter
    assert win.editor.toPlainText().startswith("# ")
    win.runner.wait(5000)


def test_the_toolbar_offers_open_regenerate_and_export(window):
    (bar,) = window.findChildren(QToolBar)
    labels = [a.iconText() for a in bar.actions()]
    assert labels == ["Open", "Regenerate", "Export PDF"]


def test_zoom_changes_every_pane_and_is_remembered(qtbot, window, dialogs, sample_path):
    window.open_files([sample_path])
    wait_brief(qtbot, window)
    before = sizes(window)
    assert len(set(before)) == 1
    qtbot.keySequence(window, QKeySequence("Ctrl++"))
    qtbot.keySequence(window, QKeySequence("Ctrl++"))
    assert sizes(window) == tuple(size + 2 for size in before)
    window.settings.sync()
    again = MainWindow()
    qtbot.addWidget(again)
    assert sizes(again) == tuple(size + 2 for size in before)
    qtbot.keySequence(window, QKeySequence("Ctrl+0"))
    assert sizes(window) == before
    again.runner.wait(1000)


def test_help_lists_every_shortcut_once(window, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: shown.append(args[2]))
    window.actions_by_name["shortcuts"].trigger()
    rows = dict(shortcut_rows(window.actions_by_name))
    assert rows["Regenerate"] == "F5" and rows["Pin Point at Cursor"] == "Ctrl+D"
    assert "Print" in rows and "Zoom In" in rows
    assert "Ctrl+wheel" in shown[0] and "F5" in shown[0]


def test_the_boxes_show_readable_names(window):
    algorithms = [
        window.tuning.algorithm.itemText(i) for i in range(window.tuning.algorithm.count())
    ]
    assert algorithms[0] == "Briefer" and "LexRank" in algorithms and "KL-Sum" in algorithms
    themes = [window.tuning.themes.itemText(i) for i in range(window.tuning.themes.count())]
    assert themes[0] == "Auto (fits the article)" and "Conflict and diplomacy" in themes
    assert window.tuning.language.itemText(0) == "Detect"


def test_dark_appearance_recolours_every_pane_and_is_remembered(qtbot, window, sample_path):
    from briefer.app.colors import DARK, LIGHT, is_dark
    from briefer.app.qt import QGuiApplication

    window.open_files([sample_path])
    wait_brief(qtbot, window)
    try:
        window.actions_by_name["scheme_dark"].trigger()
        assert is_dark(QGuiApplication.palette())
        assert DARK.text in window.preview._style
        heading = window.editor.highlighter._formats["heading"].foreground().color().name()
        assert heading == DARK.heading
        assert window.article_view.colors is DARK
        again = MainWindow()
        qtbot.addWidget(again)
        assert again.actions_by_name["scheme_dark"].isChecked()
    finally:
        window.actions_by_name["scheme_light"].trigger()
    assert not is_dark(QGuiApplication.palette())
    assert window.article_view.colors is LIGHT
    window.actions_by_name["scheme_system"].trigger()


def test_pdf_export_uses_the_paper_chosen(qtbot, window, sample_path, tmp_path):
    window.open_files([sample_path])
    wait_brief(qtbot, window)
    window.actions_by_name["paper_letter"].trigger()
    target = tmp_path / "brief.pdf"
    assert window.document.export("pdf", target)
    data = target.read_bytes()
    assert b"/MediaBox [0 0 612.000000 792.000000]" in data  # US Letter, in points
    window.actions_by_name["paper_a4"].trigger()
    assert window.document.export("pdf", target)
    assert b"/MediaBox [0 0 595.000000 842.000000]" in target.read_bytes()  # A4
    assert "Exported" in window.statusBar().currentMessage()


def test_an_html_article_shows_one_blank_line_between_paragraphs(qtbot, window, tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        "<html><body><article><h1>Talks resume</h1>"
        + "".join(f"<p>Paragraph {n} says something about the talks.</p>" for n in range(6))
        + "</article></body></html>",
        encoding="utf-8",
    )
    window.open_files([page])
    wait_brief(qtbot, window)
    shown = window.article_view.text.toPlainText()
    assert "Paragraph 0 says something about the talks.\n\nParagraph 1" in shown
    document = window.article_view.text.document()
    blocks = [document.findBlockByNumber(i) for i in range(6)]
    text_gaps = {b.blockFormat().bottomMargin() for b in blocks if b.text()}
    blank_heights = {b.blockFormat().lineHeight() for b in blocks if not b.text()}
    assert text_gaps == {6.0} and blank_heights == {1.0}  # one gap, not a line and a gap


def test_a_saved_brief_opens_for_editing_with_its_articles(qtbot, window, sample_path, tmp_path):
    from briefer.cli import main

    saved = tmp_path / "brief.md"
    assert main(["brief", str(sample_path), "--metadata", "-o", str(saved)]) == 0
    saved.write_text(saved.read_text("utf-8") + "\nMy note.\n", encoding="utf-8")
    window.open_files([saved])
    wait_brief(qtbot, window)
    assert window.editor.toPlainText() == saved.read_text("utf-8")
    assert window.document.path == saved and not window.editor.document().isModified()
    assert window.current.brief.sources[0].path == str(sample_path)
    plain = tmp_path / "plain.md"
    plain.write_text(saved.read_text("utf-8").split("<!-- briefer-metadata")[0], "utf-8")
    window.open_files([plain])
    assert window.editor.toPlainText().startswith("# ") and window.document.path == plain


def test_recent_files_are_kept_whole_and_pinned_or_edited_points_are_not_left_out(
    qtbot, window, sample_path, monkeypatch
):
    monkeypatch.chdir(sample_path.parent)
    window.open_files([Path(sample_path.name)])
    wait_brief(qtbot, window)
    assert window.settings.recent()[0] == str(sample_path)
    text = window.current
    pinned = text.brief.points[-1]
    window.links.pinned.add(text.line_of(pinned))
    window.tuning.points.setValue(2)  # the new brief leaves the pinned point out
    window.regenerate()
    qtbot.waitUntil(lambda: not window.is_idle(), timeout=3000)
    wait_brief(qtbot, window)
    left_out = window.left_out
    listed = [left_out.item(i).data(Qt.ItemDataRole.UserRole) for i in range(left_out.count())]
    assert pinned.text in window.editor.toPlainText()
    assert pinned.text not in [p.text for p in listed] and len(listed) > 10


def test_export_is_offered_beside_the_saved_brief_and_names_are_cut_between_words(
    qtbot, window, sample_path, tmp_path, monkeypatch
):
    from briefer.app.document import file_name
    from briefer.app.qt import QFileDialog

    name = file_name(
        "U.S. Secretary of State Marco Rubio met with Russian Foreign Minister Sergei Lavrov", "md"
    )
    assert name == "U.S. Secretary of State Marco Rubio met with Russian Foreign.md"
    window.open_files([sample_path])
    wait_brief(qtbot, window)
    offered = []

    def dialog(parent, caption, start, filters):
        offered.append(start)
        return str(tmp_path / "mine.md") if len(offered) == 1 else "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    assert window.document.save()
    window.document.export_pdf()
    assert offered[1] == str(tmp_path / "mine.pdf")


def test_the_find_bar_counts_matches_and_undo_waits_for_an_edit(qtbot, window, sample_path):
    assert not window.actions_by_name["undo"].isEnabled()
    window.open_files([sample_path])
    wait_brief(qtbot, window)
    window.find_bar.open()
    window.find_bar.find_edit.setText("Rubio")
    window.find_bar.find()
    assert (
        window.find_bar.found.text().endswith(" found")
        and window.find_bar.found.text() != "0 found"
    )
    window.find_bar.find_edit.setText("no such words here")
    assert not window.find_bar.find() and window.find_bar.found.text() == "not found"
    window.editor.appendPlainText("x")
    assert window.actions_by_name["undo"].isEnabled()


def test_ctrl_e_exports_even_from_the_points_box(qtbot, window, sample_path, monkeypatch):
    from briefer.app.qt import QFileDialog

    window.open_files([sample_path])
    wait_brief(qtbot, window)
    asked = []

    def dialog(parent, caption, start, filters):
        asked.append(caption)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    window.activateWindow()
    window.tuning.points.setFocus()
    qtbot.waitUntil(window.tuning.points.hasFocus, timeout=3000)
    qtbot.keyClick(
        window.tuning.points.lineEdit(), Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier
    )
    assert asked == ["Export brief"]


def test_sections_can_be_turned_off_and_stay_off(qtbot, window, sample_path):
    window.open_files([sample_path])
    wait_brief(qtbot, window)
    assert "## Who said what" in window.editor.toPlainText()
    actions = dict(window.tuning._section_actions())
    actions["quotes"].trigger()  # unchecked
    window.regenerate()
    qtbot.waitUntil(lambda: not window.is_idle(), timeout=3000)
    wait_brief(qtbot, window)
    text = window.editor.toPlainText()
    assert "## Who said what" not in text and "## Key figures" in text
    assert "“" not in text.split("## Key figures")[1]  # no quotation left behind
    again = MainWindow()
    qtbot.addWidget(again)
    assert again.tuning.options().quotes is False and again.tuning.options().names is True


def test_each_pane_says_what_it_holds(qtbot, window, sample_path):
    from briefer.app.qt import QLabel

    window.open_files([sample_path])
    wait_brief(qtbot, window)
    labels = window.findChildren(QLabel, "paneTitle")
    titles = [label.text() for label in labels if label.isVisibleTo(window)]
    assert sorted(titles) == ["Article", "Brief (Markdown, yours to edit)"]
    tabs = [window.splitter.side.tabText(i) for i in range(window.splitter.side.count())]
    assert tabs == ["Preview", "Left out"]


def test_the_article_pane_keeps_one_document_and_shows_a_span_asked_for_at_once(qtbot, tmp_path):
    from briefer.app.article_view import ArticleView
    from briefer.app.qt import QApplication, QEvent, QTextDocument
    from briefer.read.plain import read_plain

    view = ArticleView()
    qtbot.addWidget(view)
    view.show()
    for number in range(6):
        view.set_articles([read_plain(f"Report {number}\n\nThe port reopened on Monday.")])
        qtbot.waitUntil(view.is_current)
    view.set_articles([read_plain("Last report\n\nShips sailed again on Tuesday.")])
    view.show_span(1, 13, 18)  # before the pane has caught up: shown at once
    assert view.selected_text() == "Ships"
    assert view.text.toPlainText().startswith("Last report")
    qtbot.wait(50)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert len(view.text.findChildren(QTextDocument)) == 1  # those shown before are gone
    assert view.selected_text() == "Ships"  # the pane's own catching up changed nothing


def test_a_long_report_is_built_over_several_turns_whole_spaced_and_bold_where_marked(qtbot):
    from briefer.app.article_view import CHARACTERS_PER_TURN, ArticleView
    from briefer.read.markdown_text import read_markdown

    sections = [f"## Section {n}\n\nThe port of Aldmere reopened on day {n}." for n in range(4000)]
    article = read_markdown("\n\n".join(sections))
    assert len(article.text) > 3 * CHARACTERS_PER_TURN
    view = ArticleView()
    qtbot.addWidget(view)
    view.show()
    view.set_articles([article])
    qtbot.waitUntil(view.is_current, timeout=10000)
    document = view.text.document()
    assert document.toPlainText() == article.text
    blocks = [document.findBlockByNumber(n) for n in range(document.blockCount())]
    assert {b.blockFormat().bottomMargin() for b in blocks if b.text()} == {6}
    assert {b.blockFormat().lineHeight() for b in blocks if not b.text()} == {1}
    last = sections[-1].split("\n")[0].lstrip("# ")
    start = article.text.rindex(last)
    view.show_span(1, start, start + len(last))
    assert view.selected_text() == last
    assert view.text.textCursor().charFormat().fontWeight() == 700  # a heading, in bold


def _laid_out_to(document) -> int:
    """Return the position up to which a document shown for the first time is laid out
    (its blocks are laid out in order, and one never laid out has no lines)."""
    low, high = 0, document.blockCount()
    while low < high:
        middle = (low + high) // 2
        if document.findBlockByNumber(middle).layout().lineCount():
            low = middle + 1
        else:
            high = middle
    return document.findBlockByNumber(low).position() if low < document.blockCount() else -1


def test_a_long_report_is_laid_out_a_bounded_piece_per_turn_and_then_whole(qtbot, monkeypatch):
    from briefer.app import article_view
    from briefer.app.article_view import LAYOUT_CHARACTERS_PER_TURN, ArticleView
    from briefer.app.qt import Qt
    from briefer.read.markdown_text import read_markdown

    paragraph = "The port of Aldmere reopened on day {n}, and the ferries ran again. " * 4
    article = read_markdown("\n\n".join(paragraph.format(n=n) for n in range(800)))
    assert len(article.text) > 10 * LAYOUT_CHARACTERS_PER_TURN
    steps: list[tuple[int, int]] = []  # laid out before and after each of the pane's turns
    original = article_view._PacedLayout._step

    def step(self):
        before = _laid_out_to(view.text.document())
        original(self)
        steps.append((before, _laid_out_to(view.text.document())))

    monkeypatch.setattr(article_view._PacedLayout, "_step", step)
    view = ArticleView()
    qtbot.addWidget(view)
    view.resize(700, 500)
    view.show()
    view.set_articles([article])
    qtbot.waitUntil(lambda: bool(steps) and steps[-1][1] == -1, timeout=10000)
    document = view.text.document()
    assert document.toPlainText() == article.text
    assert len(steps) >= 10
    one_check_point = 20_000  # Qt stops a piece of layout only every 2,000 pixels
    for (_, after), (before, _) in zip(steps, steps[1:]):
        assert before == after  # Qt's own layout, in steps of up to 200,000, waited
    for before, after in steps[:-1]:
        assert 0 < after - before <= LAYOUT_CHARACTERS_PER_TURN + one_check_point
    qtbot.wait(50)
    assert view.text.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAsNeeded
    bar = view.text.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum())  # the end of the report can be scrolled to
    assert view.text.cursorForPosition(view.text.viewport().rect().bottomLeft()).position() > (
        document.characterCount() - 2000
    )


def test_every_left_out_row_shows_its_whole_sentence_and_score_at_any_width(qtbot):
    from briefer.app.leftout import LeftOutList, _WrappedRows
    from briefer.app.qt import QRect, Qt
    from briefer.pipeline import brief_inputs
    from tests.conftest import SAMPLE

    rows = LeftOutList()
    qtbot.addWidget(rows)
    rows.show()
    rows.set_points(list(brief_inputs([SAMPLE]).brief.left_out))
    metrics, pad = rows.fontMetrics(), _WrappedRows.PAD
    for width in (380, 700, 300):
        rows.resize(width, 600)
        qtbot.wait(50)
        for number in range(rows.count()):
            item = rows.item(number)
            box = rows.visualItemRect(item)
            room = QRect(0, 0, box.width() - 2 * pad, 1_000_000)
            needed = metrics.boundingRect(room, Qt.TextFlag.TextWordWrap, item.text()).height()
            assert needed <= box.height() - 2 * pad < needed + metrics.lineSpacing(), item.text()


def test_a_pipe_is_never_offered_again_as_a_recent_file(qtbot, dialogs, sample_path, tmp_path):
    import os

    pipe = tmp_path / "feed"
    os.mkfifo(pipe)
    first = MainWindow()
    qtbot.addWidget(first)
    first.settings.add_recent([str(sample_path)])
    first.open_files([pipe])  # refused: not a regular file
    qtbot.waitUntil(first.is_idle)
    assert "not a regular file" in dialogs.warnings[-1]
    assert first.settings.recent() == [str(sample_path)]
    first.settings.set_recent([str(pipe), str(sample_path)])  # as an older Briefer kept them
    first.settings.sync()
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    shown = [win.welcome.recent.item(i).text() for i in range(win.welcome.recent.count())]
    assert shown == [str(sample_path)]
    win.opener.open_recent(str(pipe))
    assert win.settings.recent() == [str(sample_path)]
    assert dialogs.warnings[-1] == f"{pipe}: not a file; removed from Open Recent"
