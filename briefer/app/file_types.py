"""The Open dialog's file filters: every article format Briefer reads, by name."""

from __future__ import annotations

FILTER_LABELS = {
    "text": "Text",
    "markdown": "Markdown",
    "html": "Web pages",
    "pdf": "PDF",
    "docx": "Word",
    "odt": "OpenDocument text",
    "epub": "EPUB",
    "rtf": "Rich Text",
    "eml": "E-mail",
}


def open_filter() -> str:
    """Return the Open dialog's filters: every article format, then one per format."""
    from briefer.pipeline import SUFFIX_FORMATS, SUPPORTED_SUFFIXES

    groups = [f"Articles ({' '.join(f'*{s}' for s in SUPPORTED_SUFFIXES)})"]
    for fmt, label in FILTER_LABELS.items():
        patterns = " ".join(f"*{s}" for s, f in SUFFIX_FORMATS.items() if f == fmt and s)
        groups.append(f"{label} ({patterns})")
    return ";;".join([*groups, "All files (*)"])
