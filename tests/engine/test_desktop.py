"""The desktop entry, metainfo and icons: valid, consistent, installed and removed per user."""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from importlib.resources import files
from pathlib import Path

import pytest

from briefer import __version__, desktop
from briefer.cli import main
from briefer.desktop import DESKTOP_ID, ICON_SIZES
from tests.conftest import ROOT

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

RESOURCES = files("briefer.resources")
ENTRY = Path(str(RESOURCES / "desktop" / f"{DESKTOP_ID}.desktop"))
METAINFO = Path(str(RESOURCES / "desktop" / f"{DESKTOP_ID}.metainfo.xml"))


def tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (apt-get install {package})")
    return path


def validate_entry(path: Path) -> None:
    result = subprocess.run(
        [tool("desktop-file-validate", "desktop-file-utils"), str(path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout + result.stderr == ""  # no error, warning or hint


def entry_values(text: str) -> dict[str, str]:
    return dict(line.split("=", 1) for line in text.splitlines() if "=" in line)


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_shipped_desktop_entry_validates():
    validate_entry(ENTRY)


def test_shipped_metainfo_validates_without_errors_or_warnings():
    result = subprocess.run(
        [tool("appstreamcli", "appstream"), "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert not [line for line in output.splitlines() if line.startswith(("E:", "W:"))], output


def test_metainfo_matches_the_project_and_the_entry():
    component = ET.parse(METAINFO).getroot()
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert component.findtext("id") == DESKTOP_ID
    assert component.findtext("launchable") == ENTRY.name
    assert component.findtext("project_license") == pyproject["project"]["license"]["text"]
    assert component.find("releases/release").get("version") == __version__
    entry = entry_values(ENTRY.read_text(encoding="utf-8"))
    assert entry["Icon"] == DESKTOP_ID and entry["Exec"] == "briefer %F"
    assert "application/pdf" in entry["MimeType"].split(";")


def test_every_icon_is_a_square_png_of_its_size():
    assert b"<svg" in desktop.resource_bytes(f"icons/{DESKTOP_ID}.svg")
    for size in ICON_SIZES:
        assert png_size(desktop.resource_bytes(desktop.icon_resource(size))) == (size, size)


def test_install_points_exec_at_this_briefer_and_uninstall_removes_everything(
    tmp_path, monkeypatch, capsys
):
    script = tmp_path / "venv" / "bin" / "briefer"
    script.parent.mkdir(parents=True)
    script.write_text("#!/bin/sh\n", encoding="utf-8")
    monkeypatch.setattr(sys, "argv", [str(script)])
    home = Path(os.environ["XDG_DATA_HOME"])
    assert main(["--install-desktop"]) == 0
    written = capsys.readouterr().out.splitlines()
    installed = home / "applications" / f"{DESKTOP_ID}.desktop"
    entry = entry_values(installed.read_text(encoding="utf-8"))
    assert entry["Exec"] == f"{script} %F" and entry["TryExec"] == str(script)
    icons = home / "icons" / "hicolor"
    expected = [
        installed,
        home / "metainfo" / f"{DESKTOP_ID}.metainfo.xml",
        icons / "scalable" / "apps" / f"{DESKTOP_ID}.svg",
        *(icons / f"{n}x{n}" / "apps" / f"{DESKTOP_ID}.png" for n in ICON_SIZES),
    ]
    assert written == [f"wrote {path}" for path in expected]
    assert all(path.is_file() for path in expected)
    assert not (icons / "icon-theme.cache").exists()  # no new cache to go stale
    if shutil.which("desktop-file-validate"):
        validate_entry(installed)

    assert main(["--uninstall-desktop"]) == 0
    assert capsys.readouterr().out.splitlines() == [f"removed {path}" for path in expected]
    assert not any(path.exists() for path in expected)
    assert main(["--uninstall-desktop"]) == 0
    assert "nothing to remove" in capsys.readouterr().out


def test_install_from_python_m_names_an_absolute_command():
    result = subprocess.run(
        [sys.executable, "-m", "briefer", "--install-desktop"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    home = Path(os.environ["XDG_DATA_HOME"])
    entry = entry_values((home / "applications" / f"{DESKTOP_ID}.desktop").read_text("utf-8"))
    command = entry["Exec"].removesuffix(" %F")
    program = command.removesuffix(" -m briefer").strip('"')
    assert Path(program).is_absolute() and Path(program).exists(), entry["Exec"]


def test_exec_quotes_reserved_characters_and_percent_signs():
    assert desktop.exec_line(["/opt/briefer/bin/briefer"]) == "/opt/briefer/bin/briefer %F"
    assert desktop.exec_line(["/home/a b/$x/briefer"]) == '"/home/a b/\\\\$x/briefer" %F'
    assert desktop.exec_line(["/opt/100%/briefer"]) == "/opt/100%%/briefer %F"
    assert desktop.exec_line(["/usr/bin/python3", "-m", "briefer"]) == (
        "/usr/bin/python3 -m briefer %F"
    )


def test_a_relative_xdg_data_home_is_ignored(monkeypatch, tmp_path):
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_DATA_HOME", "relative/share")
    assert desktop.data_home() == tmp_path / ".local" / "share"


def test_other_systems_are_told_clearly(monkeypatch, capsys):
    monkeypatch.setattr(sys, "platform", "win32")
    assert main(["--install-desktop"]) == 2
    assert "is for Linux and BSD desktops" in capsys.readouterr().err
    assert not (Path(os.environ["XDG_DATA_HOME"]) / "applications").exists()


def test_a_standalone_build_launches_itself(monkeypatch, tmp_path):
    frozen = tmp_path / "dist" / "briefer" / "briefer"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(frozen))
    monkeypatch.setattr(sys, "argv", ["briefer"])
    assert desktop.launcher() == [str(frozen)]
