"""Where Briefer keeps the user's files: config (theme packs), data (autosaves), cache.

Directories come from the platform's conventions (platformdirs), unless the
BRIEFER_CONFIG_DIR / BRIEFER_DATA_DIR / BRIEFER_CACHE_DIR environment variables name
others. Nothing is created until something is written.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "briefer"


@dataclass(frozen=True)
class Paths:
    """The user's directories for Briefer."""

    config_dir: Path
    data_dir: Path
    cache_dir: Path

    @property
    def themes_dir(self) -> Path:
        return self.config_dir / "themes"

    @classmethod
    def from_environment(cls) -> Paths:
        """Return the platform's directories, overridden by environment variables."""
        import platformdirs

        config = os.environ.get("BRIEFER_CONFIG_DIR") or platformdirs.user_config_dir(APP_NAME)
        data = os.environ.get("BRIEFER_DATA_DIR") or platformdirs.user_data_dir(APP_NAME)
        cache = os.environ.get("BRIEFER_CACHE_DIR") or platformdirs.user_cache_dir(APP_NAME)
        return cls(Path(config), Path(data), Path(cache))
