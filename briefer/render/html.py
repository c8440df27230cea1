"""Brief Markdown -> HTML with the `markdown` package: the live preview and HTML export."""

from __future__ import annotations

import bisect
import html
import re

from briefer.render.sanitize import sanitize_html
from briefer.text.clean import one_line

STYLE = """
body { font-family: 'DejaVu Serif', Georgia, serif; font-size: 11pt; line-height: 1.45;
       color: #1d1d1d; max-width: 46em; margin: 1.2em auto; padding: 0 1em; }
h1 { font-size: 16pt; margin: 0 0 0.2em; color: #14324f; }
h2 { font-size: 13pt; margin: 1.1em 0 0.3em; color: #1f4e79;
     border-bottom: 1px solid #d5dde6; padding-bottom: 2px; }
ul { margin: 0.2em 0 0.6em 1.2em; padding: 0; }
li { margin: 0.25em 0; }
ol { color: #444; }
code { font-family: 'DejaVu Sans Mono', monospace; font-size: 9.5pt; }
"""


# The live preview follows the widget's font and size: Qt's rich text scales points
# differently from a browser, so only relative sizes are given.
def screen_style(text: str = "#1d1d1d", title: str = "#14324f", heading: str = "#1f4e79") -> str:
    """Return the style of the window's preview, in the colours of its palette."""
    return f"""
body {{ font-family: 'DejaVu Serif', Georgia, serif; color: {text}; }}
h1 {{ font-size: x-large; color: {title}; margin-bottom: 4px; }}
h2 {{ font-size: large; color: {heading}; margin-top: 14px; margin-bottom: 4px; }}
li {{ margin-top: 3px; margin-bottom: 3px; }}
"""


SCREEN_STYLE = screen_style()


# An escaped character ("\[", "&lt;") becomes one private-use character while Markdown
# runs and the character itself after: Markdown keeps each escape apart in a way that
# costs time in proportion to the whole paragraph, so that a point of a few thousand
# escaped brackets took seconds. Code spans keep their backslashes as written.
_PRIVATE = 0xF0000  # Supplementary Private Use Area-A
_TOKEN = re.compile(r"`+|\\([!-/:-@\[-`{-~])|&(lt|amp);")
_ENTITY_CHARS = {"lt": "<", "amp": "&"}
_PRIVATE_CHAR = re.compile(f"[{chr(_PRIVATE + 33)}-{chr(_PRIVATE + 126)}]")


def _set_aside_escapes(text: str) -> str:
    text = _PRIVATE_CHAR.sub("\ufffd", text)  # no text may bring its own
    runs: dict[int, list[int]] = {}  # backtick runs by length: where code spans end
    for run in re.finditer(r"`+", text):
        runs.setdefault(len(run.group()), []).append(run.start())
    pieces: list[str] = []
    done = code_end = 0
    for token in _TOKEN.finditer(text):
        if token.start() < code_end:
            continue
        if token.group().startswith("`"):  # a code span runs to the next run as long
            ends = runs[len(token.group())]
            after = bisect.bisect_right(ends, token.start())
            if after < len(ends):
                code_end = ends[after] + len(token.group())
            continue
        char = token.group(1) or _ENTITY_CHARS[token.group(2)]
        pieces += [text[done : token.start()], chr(_PRIVATE + ord(char))]
        done = token.end()
    return "".join([*pieces, text[done:]])


def _put_back_escapes(body: str) -> str:
    return _PRIVATE_CHAR.sub(lambda m: html.escape(chr(ord(m.group()) - _PRIVATE)), body)


def _lang(language: str) -> str:
    return f' lang="{language}"' if re.fullmatch(r"[a-z]{2,3}", language or "") else ""


def markdown_to_html(
    text: str, title: str = "Brief", style: str = STYLE, language: str = ""
) -> str:
    """Return a self-contained HTML page for Markdown text (no scripts, no remote assets),
    in `language` (a code such as "en") for screen readers and hyphenation when given.

    The rendered body is sanitized: whatever HTML the text holds, only inert text markup
    and links to safe schemes are kept.
    """
    import markdown

    body = markdown.markdown(_set_aside_escapes(text), extensions=["sane_lists"])
    return (
        f'<!DOCTYPE html>\n<html{_lang(language)}><head><meta charset="utf-8">'
        f"<title>{html.escape(one_line(title))}</title><style>{style}</style></head>"
        f"<body>\n{sanitize_html(_put_back_escapes(body))}\n</body></html>\n"
    )
