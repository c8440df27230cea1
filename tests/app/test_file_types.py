"""The Open dialog offers every format Briefer reads, all together and one by one."""

from __future__ import annotations

from briefer.app.file_types import open_filter


def test_open_dialog_filters_list_every_format():
    groups = open_filter().split(";;")
    assert groups[0].startswith("Articles (") and groups[-1] == "All files (*)"
    every = groups[0]
    for pattern in [
        "*.txt",
        "*.md",
        "*.html",
        "*.htm",
        "*.pdf",
        "*.docx",
        "*.odt",
        "*.epub",
        "*.rtf",
        "*.eml",
    ]:
        assert pattern in every, pattern
    assert "PDF (*.pdf)" in groups and "Word (*.docx)" in groups
    assert "Web pages (*.html *.htm *.xhtml)" in groups
