"""Window settings in an INI file in Briefer's config dir (never created at import)."""

from __future__ import annotations

from pathlib import Path

from briefer.app.qt import QSettings
from briefer.pipeline import BriefOptions
from briefer.read import MAX_BYTES
from briefer.read.isolate import DEFAULT_SECONDS
from briefer.themes import DEFAULT_PACK

RECENT_LIMIT = 10


class Settings:
    """Tuning options, recent files and window layout, remembered between runs."""

    def __init__(self, config_dir: Path):
        self.store = QSettings(str(config_dir / "briefer.ini"), QSettings.Format.IniFormat)

    def options(self) -> BriefOptions:
        points = int(self.store.value("brief/points", 0) or 0)
        ratio = float(self.store.value("brief/ratio", 0) or 0)
        return BriefOptions(
            points=points or None,
            ratio=ratio or None,
            algorithm=str(self.store.value("brief/algorithm", "briefer")),
            themes=str(self.store.value("brief/themes", DEFAULT_PACK)),
            language=str(self.store.value("brief/language", "auto")),
        )

    def set_options(self, options: BriefOptions) -> None:
        self.store.setValue("brief/points", options.points or 0)
        self.store.setValue("brief/ratio", options.ratio or 0)
        self.store.setValue("brief/algorithm", options.algorithm)
        self.store.setValue("brief/themes", options.themes)
        self.store.setValue("brief/language", options.language)

    def reading_limits(self) -> dict[str, float]:
        """Return the reading limits as BriefOptions fields: max_bytes and read_seconds."""
        megabytes = float(self.store.value("reading/max_mb", MAX_BYTES / 1e6) or 0)
        seconds = float(self.store.value("reading/timeout_s", DEFAULT_SECONDS) or 0)
        return {
            "max_bytes": round(megabytes * 1e6) if megabytes > 0 else MAX_BYTES,
            "read_seconds": seconds if seconds > 0 else DEFAULT_SECONDS,
        }

    def set_reading_limits(self, max_bytes: int, seconds: float) -> None:
        self.store.setValue("reading/max_mb", max_bytes / 1e6)
        self.store.setValue("reading/timeout_s", seconds)

    def recent(self) -> list[str]:
        value = self.store.value("files/recent", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in value or []]

    def add_recent(self, paths: list[str]) -> None:
        recent = [p for p in self.recent() if p not in paths]
        self.store.setValue("files/recent", (list(paths) + recent)[:RECENT_LIMIT])

    def set_recent(self, paths: list[str]) -> None:
        self.store.setValue("files/recent", list(paths))

    def value(self, key: str):
        return self.store.value(key)

    def set_value(self, key: str, value) -> None:
        self.store.setValue(key, value)

    def sync(self) -> None:
        self.store.sync()
