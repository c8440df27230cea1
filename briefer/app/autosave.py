"""Autosave: the editor's text written to the data dir every few seconds, atomically.

The file exists only while there are unsaved edits; a clean save or discard removes it.
Finding it at start-up means the last session ended without saving: it is offered back.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path

from briefer.errors import OutputError
from briefer.fileio import write_atomic

INTERVAL_MS = 3000


@dataclass(frozen=True)
class Recovered:
    """What an earlier session left unsaved."""

    text: str
    sources: list[str]
    saved_at: float


class Autosave:
    """Keep the latest unsaved text in `<data dir>/autosave/`."""

    def __init__(self, data_dir: Path):
        self.folder = data_dir / "autosave"
        self.text_path = self.folder / "brief.md"
        self.info_path = self.folder / "session.json"

    def write(self, text: str, sources: list[str]) -> bool:
        """Save text now; return False (and keep going) if the disk refuses."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            write_atomic(self.text_path, text.encode("utf-8"))
            info = {"sources": sources, "saved_at": time.time()}
            write_atomic(self.info_path, json.dumps(info).encode("utf-8"))
        except (OSError, OutputError):
            return False
        return True

    def clear(self) -> None:
        for path in (self.text_path, self.info_path):
            path.unlink(missing_ok=True)

    def pending(self) -> Recovered | None:
        """Return what the last session left unsaved, if anything."""
        try:
            text = self.text_path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return None
        try:
            info = json.loads(self.info_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            info = {}
        return Recovered(text, list(info.get("sources", [])), float(info.get("saved_at", 0)))
