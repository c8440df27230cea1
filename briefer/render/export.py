"""Turn the Markdown of a brief (as generated or as edited) into the bytes of a file."""

from __future__ import annotations


def export_bytes(
    markdown_text: str, title: str, fmt: str, paper: str | None = None, language: str = ""
) -> bytes:
    """Return the brief as Markdown ("md"), self-contained HTML ("html") or PDF ("pdf");
    `language` is the brief's language code, given to the HTML."""
    from briefer.text.clean import valid_unicode

    markdown_text = valid_unicode(markdown_text)
    if fmt == "md":
        return markdown_text.encode("utf-8")
    if fmt == "html":
        from briefer.render.html import markdown_to_html

        page = markdown_to_html(markdown_text, valid_unicode(title), language=language)
        return page.encode("utf-8")
    if fmt == "pdf":
        from briefer.render.pdf import default_paper, render_pdf

        return render_pdf(markdown_text, valid_unicode(title), paper or default_paper())
    raise ValueError(f"unknown export format {fmt}")
