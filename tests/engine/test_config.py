"""Where Briefer keeps the user's files."""

from __future__ import annotations

from pathlib import Path

import platformdirs
import pytest

from briefer.config import Paths


@pytest.mark.parametrize("xdg", [None, "", "   ", "/srv/home config"])
def test_the_directories_are_the_platforms_as_platformdirs_gives_them(monkeypatch, xdg):
    for kind in ("CONFIG", "DATA", "CACHE"):
        monkeypatch.delenv(f"BRIEFER_{kind}_DIR", raising=False)
        if xdg is None:
            monkeypatch.delenv(f"XDG_{kind}_HOME", raising=False)
        else:
            monkeypatch.setenv(f"XDG_{kind}_HOME", xdg)
    paths = Paths.from_environment()
    assert paths == Paths(
        Path(platformdirs.user_config_dir("briefer")),
        Path(platformdirs.user_data_dir("briefer")),
        Path(platformdirs.user_cache_dir("briefer")),
    )


def test_briefers_own_variables_come_first(monkeypatch, tmp_path):
    monkeypatch.setenv("BRIEFER_CONFIG_DIR", str(tmp_path / "c"))
    monkeypatch.setenv("BRIEFER_DATA_DIR", str(tmp_path / "d"))
    monkeypatch.setenv("BRIEFER_CACHE_DIR", str(tmp_path / "k"))
    assert Paths.from_environment() == Paths(tmp_path / "c", tmp_path / "d", tmp_path / "k")
