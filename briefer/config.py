"""Where Briefer keeps the user's files: config (theme packs), data (autosaves), cache.

Directories come from the platform's conventions (the XDG base directories on Linux,
platformdirs elsewhere), unless the BRIEFER_CONFIG_DIR / BRIEFER_DATA_DIR /
BRIEFER_CACHE_DIR environment variables name others. Nothing is created until something
is written.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "briefer"
# Each kind of directory: its XDG variable and default under the home directory.
_XDG = {
    "config": ("XDG_CONFIG_HOME", ".config"),
    "data": ("XDG_DATA_HOME", ".local/share"),
    "cache": ("XDG_CACHE_HOME", ".cache"),
}


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
        found = [
            os.environ.get(f"BRIEFER_{kind.upper()}_DIR") or _platform_dir(kind) for kind in _XDG
        ]
        return cls(*(Path(folder) for folder in found))


def _platform_dir(kind: str) -> str:
    """Return the platform's directory of this kind for Briefer.

    On Linux it is the XDG one, as platformdirs gives it, without importing platformdirs:
    10 to 20 ms of the window's start there.
    """
    if sys.platform.startswith("linux"):
        variable, default = _XDG[kind]
        base = os.environ.get(variable, "")
        base = base if base.strip() else os.path.expanduser(f"~/{default}")
        return os.path.join(base, APP_NAME)
    import platformdirs

    return getattr(platformdirs, f"user_{kind}_dir")(APP_NAME)
