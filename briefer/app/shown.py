"""A finished brief with what the window shows of it: its Markdown tied to its points and
the preview's HTML, made where the brief was made so the window only has to show them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefer.app.brief_text import BriefText
from briefer.app.preview_text import preview_html

if TYPE_CHECKING:
    from briefer.brief import Briefing, Digest


@dataclass(frozen=True)
class Shown:
    briefing: Briefing
    text: BriefText  # its Markdown, tied to its points
    html: str  # the preview of that Markdown
    digest: Digest | None = None  # the stories, when the articles tell several; the first shown

    @property
    def notes(self) -> tuple:
        """What the reader should know: the brief's notes, and the digest's when new."""
        return self.briefing.brief.notes + (self.digest.notes if self.digest else ())

    @classmethod
    def of(cls, briefing: Briefing, digest: Digest | None = None) -> Shown:
        text = BriefText.of(briefing.brief)
        return cls(briefing, text, preview_html(text.markdown), digest)
