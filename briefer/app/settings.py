"""Window settings in an INI file in Briefer's config dir (never created at import).

A damaged file (not text, not INI, a device, unreadable, or a value of the wrong kind)
never stops the window: it is set aside as `briefer.ini.corrupt-<time>`, its sound
values are kept, defaults fill the rest, and one note says what happened.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from pathlib import Path

from briefer.app.qt import QByteArray, QSettings
from briefer.errors import InputError
from briefer.fileio import read_regular_file, set_aside
from briefer.options import (
    DEFAULT_BRIEF_SECONDS,
    DEFAULT_SECONDS,
    MAX_BYTES,
    MAX_MEGABYTES,
    BriefOptions,
)

FILE_NAME = "briefer.ini"
RECENT_LIMIT = 10
MAX_FILE = 1_000_000  # bytes; a real settings file is a few KB
log = logging.getLogger(__name__)


def _number(low: float, high: float, whole: bool = False) -> Callable[[object], bool]:
    def check(value: object) -> bool:
        try:
            number = float(str(value))
        except ValueError:
            return False
        return math.isfinite(number) and low <= number <= high and (not whole or number % 1 == 0)

    return check


def _text(value: object) -> bool:
    return isinstance(value, str)


def _texts(value: object) -> bool:
    return isinstance(value, str) or (
        isinstance(value, list) and all(isinstance(v, str) for v in value)
    )


def _layout(value: object) -> bool:
    return isinstance(value, (QByteArray, bytes))


# What each key may hold, and how to say it when it does not.
CHECKS: dict[str, tuple[Callable[[object], bool], str]] = {
    "brief/points": (_number(0, 99, whole=True), "a whole number from 0 to 99"),
    "brief/ratio": (_number(0, 1), "a share from 0 to 1"),
    "brief/algorithm": (_text, "text"),
    "brief/themes": (_text, "text"),
    "brief/language": (_text, "text"),
    "reading/max_mb": (_number(0, MAX_MEGABYTES), f"a size from 0 to {MAX_MEGABYTES} MB"),
    "reading/timeout_s": (_number(0, 86400), "a time from 0 to 86400 s"),
    "reading/brief_s": (_number(0, 86400), "a time from 0 to 86400 s"),
    "files/recent": (_texts, "a list of file names"),
    "files/last_folder": (_text, "a folder name"),
    "view/font_size": (_number(7, 32, whole=True), "a whole number from 7 to 32"),
    "view/color_scheme": (_text, "system, light or dark"),
    "export/paper": (_text, "a4 or letter"),
    "window/geometry": (_layout, "a saved window layout"),
    "window/splitter": (_layout, "a saved window layout"),
}


def can_reopen(name: str) -> bool:
    """Tell whether a recent path can be opened again: a regular file or a folder."""
    path = Path(name)
    return path.is_file() or path.is_dir()


class Settings:
    """Tuning options, recent files and window layout, remembered between runs."""

    def __init__(self, config_dir: Path):
        self.path = config_dir / FILE_NAME
        self.notes: list[str] = []  # what went wrong with the file, to tell the user once
        self.store = self._open()

    def _open(self):
        """Return the store, after setting a damaged file aside with its sound values kept."""
        damage = _damage_of_bytes(self.path)
        store = None
        if damage is None:
            store = QSettings(str(self.path), QSettings.Format.IniFormat)
            damage = _damage_of_values(store, self.path)
            if damage is None:
                return store
        kept = {} if store is None else {k: store.value(k) for k in _sound_keys(store)}
        del store  # let go of the file before it moves
        moved = set_aside(self.path)
        damaged = f"The settings file {self.path} was damaged ({damage})"
        if moved is None:
            note = f"{damaged} and could not be set aside; defaults are used, not saved."
            fresh = _Memory()
        else:
            note = f"{damaged}; it was set aside as {moved.name} and defaults are used."
            fresh = QSettings(str(self.path), QSettings.Format.IniFormat)
        for key, value in kept.items():
            fresh.setValue(key, value)
        self.notes.append(note)
        log.warning("%s", self.notes[-1])
        return fresh

    def options(self) -> BriefOptions:
        points = int(float(self.store.value("brief/points", 0) or 0))
        ratio = float(self.store.value("brief/ratio", 0) or 0)
        default = BriefOptions()
        return BriefOptions(
            points=points or None,
            ratio=ratio or None,
            algorithm=str(self.store.value("brief/algorithm", default.algorithm)),
            themes=str(self.store.value("brief/themes", default.themes)),
            language=str(self.store.value("brief/language", default.language)),
            **{
                name: str(self.store.value(f"brief/{name}", getattr(default, name))).lower()
                != "false"
                for name in ("quotes", "figures", "names")
            },
        )

    def set_options(self, options: BriefOptions) -> None:
        self.store.setValue("brief/points", options.points or 0)
        self.store.setValue("brief/ratio", options.ratio or 0)
        self.store.setValue("brief/algorithm", options.algorithm)
        self.store.setValue("brief/themes", options.themes)
        self.store.setValue("brief/language", options.language)
        for name in ("quotes", "figures", "names"):
            self.store.setValue(f"brief/{name}", getattr(options, name))

    def reading_limits(self) -> dict[str, float]:
        """Return the limits as BriefOptions fields: max_bytes, read_seconds, brief_seconds."""
        megabytes = float(self.store.value("reading/max_mb", MAX_BYTES / 1e6) or 0)
        seconds = float(self.store.value("reading/timeout_s", DEFAULT_SECONDS) or 0)
        whole = float(self.store.value("reading/brief_s", DEFAULT_BRIEF_SECONDS) or 0)
        return {
            "max_bytes": round(megabytes * 1e6) if megabytes > 0 else MAX_BYTES,
            "read_seconds": seconds if seconds > 0 else DEFAULT_SECONDS,
            "brief_seconds": whole if whole > 0 else DEFAULT_BRIEF_SECONDS,
        }

    def set_reading_limits(self, max_bytes: int, seconds: float, brief_seconds: float) -> None:
        self.store.setValue("reading/max_mb", max_bytes / 1e6)
        self.store.setValue("reading/timeout_s", seconds)
        self.store.setValue("reading/brief_s", brief_seconds)

    def recent(self) -> list[str]:
        value = self.store.value("files/recent", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in value or []]

    def add_recent(self, paths: list[str]) -> None:
        """Put these paths first in Open Recent; a pipe, a device or a path that is gone
        (which Briefer refuses) is never kept."""
        added = [p for p in paths if can_reopen(p)]
        recent = [p for p in self.recent() if p not in paths]
        self.store.setValue("files/recent", (added + recent)[:RECENT_LIMIT])

    def set_recent(self, paths: list[str]) -> None:
        self.store.setValue("files/recent", list(paths))

    def last_folder(self) -> Path | None:
        """Return the folder a brief was last saved or exported to, if it is still there."""
        folder = Path(str(self.store.value("files/last_folder", "") or ""))
        return folder if str(folder) not in ("", ".") and folder.is_dir() else None

    def set_last_folder(self, folder: Path) -> None:
        self.store.setValue("files/last_folder", str(folder))

    def font_size(self, default: int) -> int:
        return int(float(self.store.value("view/font_size", default) or default))

    def set_font_size(self, size: int) -> None:
        self.store.setValue("view/font_size", size)

    def paper(self) -> str:
        """Return the PDF paper size chosen ("a4" or "letter"), the locale's by default."""
        from briefer.render.pdf import default_paper

        chosen = str(self.store.value("export/paper", "") or "")
        return chosen if chosen in ("a4", "letter") else default_paper()

    def set_paper(self, paper: str, _checked: bool = False) -> None:
        self.store.setValue("export/paper", paper)

    def color_scheme(self) -> str:
        return str(self.store.value("view/color_scheme", "system") or "system")

    def set_color_scheme(self, choice: str) -> None:
        self.store.setValue("view/color_scheme", choice)

    def restore_layout(self, window, splitter) -> None:
        """Give the window and its panes the size and place they had when last closed."""
        geometry = self.store.value("window/geometry")
        if geometry is not None:
            window.restoreGeometry(geometry)
        state = self.store.value("window/splitter")
        if state is not None:
            splitter.restoreState(state)

    def remember(self, window, splitter, options: BriefOptions) -> None:
        """Keep the window's layout and options for the next start, on disk now."""
        self.store.setValue("window/geometry", window.saveGeometry())
        self.store.setValue("window/splitter", splitter.saveState())
        self.set_options(options)
        self.store.sync()

    def value(self, key: str):
        return self.store.value(key)

    def set_value(self, key: str, value) -> None:
        self.store.setValue(key, value)

    def sync(self) -> None:
        self.store.sync()


def _damage_of_bytes(path: Path) -> str | None:
    """Say what is wrong with the file as bytes (a device, unreadable, not text), if anything."""
    if not path.exists() and not path.is_symlink():
        return None
    try:
        data = read_regular_file(path, MAX_FILE)
    except InputError as error:
        return None if error.reason == "the file is empty" else error.reason
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return "it is not UTF-8 text"
    return "it holds a NUL byte, so it is not text" if "\0" in text else None


def _damage_of_values(store: QSettings, path: Path) -> str | None:
    """Say what is wrong with the parsed file (not INI, a value of the wrong kind), if anything."""
    if store.status() == QSettings.Status.FormatError:
        return "it is not a valid INI file"
    if store.status() == QSettings.Status.AccessError:
        return "it cannot be read"
    if not store.allKeys() and path.is_file() and path.read_bytes().strip():
        return "it holds no settings"
    for key in store.allKeys():
        check, what = CHECKS.get(key, (None, ""))
        value = store.value(key)
        if check is not None and value is not None and not check(value):
            return f"{key} should be {what}"
    return None


def _sound_keys(store: QSettings) -> list[str]:
    """Return the keys whose values can be kept from a damaged file."""
    if store.status() != QSettings.Status.NoError:
        return []
    return [
        key
        for key in store.allKeys()
        if key not in CHECKS or store.value(key) is None or CHECKS[key][0](store.value(key))
    ]


class _Memory:
    """Settings held for this run only, when a damaged file could not be moved away."""

    def __init__(self):
        self.values: dict[str, object] = {}

    def value(self, key: str, default=None):
        return self.values.get(key, default)

    def setValue(self, key: str, value) -> None:  # noqa: N802 - QSettings' name
        self.values[key] = value

    def sync(self) -> None:
        pass
