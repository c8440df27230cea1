"""Add Briefer to a freedesktop.org desktop for the current user: menu entry, metainfo, icons.

`briefer --install-desktop` copies the packaged entry, metainfo and icons under
$XDG_DATA_HOME (default ~/.local/share); `--uninstall-desktop` removes them. The entry's
Exec line names the Briefer being run, so an install from a virtual environment starts
that environment's Briefer. Never imports Qt.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import sys
import sysconfig
from importlib.resources import files
from pathlib import Path

from briefer.errors import OptionError, OutputError
from briefer.fileio import write_atomic

DESKTOP_ID = "org.briefer.Briefer"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
FREEDESKTOP_PLATFORMS = ("linux", "freebsd", "openbsd", "netbsd", "dragonfly")
# Characters that oblige an Exec argument to be quoted (Desktop Entry Specification).
RESERVED = frozenset(" \t\n\"'\\><~|&;$*?#`()")

log = logging.getLogger(__name__)


def resource_bytes(relative: str) -> bytes:
    """Return a file shipped in briefer.resources, such as "desktop/<id>.desktop"."""
    return files("briefer.resources").joinpath(*relative.split("/")).read_bytes()


def icon_resource(size: int) -> str:
    """Return the resource path of the PNG icon of size × size pixels."""
    return f"icons/{DESKTOP_ID}-{size}.png"


def data_home() -> Path:
    """Return $XDG_DATA_HOME, or ~/.local/share when it is unset or relative (as the spec says)."""
    value = os.environ.get("XDG_DATA_HOME", "")
    return Path(value) if os.path.isabs(value) else Path.home() / ".local" / "share"


def require_freedesktop(option: str) -> None:
    """Raise OptionError unless this system has freedesktop.org menus (Linux, the BSDs)."""
    if not sys.platform.startswith(FREEDESKTOP_PLATFORMS):
        raise OptionError(
            f"{option} is for Linux and BSD desktops (freedesktop.org menus); "
            f"this system is {sys.platform}"
        )


def launcher() -> list[str]:
    """Return the command that starts the Briefer now running, with absolute paths.

    Paths are made absolute but symlinks are kept: resolving a virtual environment's
    `python` would leave the environment.
    """
    if getattr(sys, "frozen", False):  # a standalone build: the executable is Briefer
        return [str(Path(sys.executable).absolute())]
    script = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if script is not None and script.name == "briefer" and script.is_file():
        return [str(script.absolute())]
    beside = Path(sysconfig.get_path("scripts")) / "briefer"
    if beside.is_file():
        return [str(beside.absolute())]
    return [str(Path(sys.executable).absolute()), "-m", "briefer"]


def exec_line(command: list[str]) -> str:
    """Return the Exec value that runs command with the files opened (quoted as the spec says)."""
    return " ".join(_exec_argument(arg) for arg in command) + " %F"


def _exec_argument(arg: str) -> str:
    if any(c in RESERVED for c in arg):
        arg = '"' + re.sub(r'(["`$\\])', r"\\\1", arg) + '"'
    return _escape(arg.replace("%", "%%"))


def _escape(value: str) -> str:
    """Escape a desktop entry string value (backslash, newline, tab, return)."""
    for plain, escaped in (("\\", "\\\\"), ("\n", "\\n"), ("\t", "\\t"), ("\r", "\\r")):
        value = value.replace(plain, escaped)
    return value


def entry_for(command: list[str]) -> str:
    """Return the packaged desktop entry with Exec and TryExec pointing at command."""
    lines = resource_bytes(f"desktop/{DESKTOP_ID}.desktop").decode("utf-8").splitlines()
    for number, line in enumerate(lines):
        if line.startswith("Exec="):
            lines[number] = "Exec=" + exec_line(command)
        elif line.startswith("TryExec="):
            lines[number] = "TryExec=" + _escape(command[0])
    return "\n".join(lines) + "\n"


def planned(home: Path) -> list[tuple[str, Path]]:
    """Return (resource, installed path) for every file an install writes under home."""
    icons = home / "icons" / "hicolor"
    plan = [
        (f"desktop/{DESKTOP_ID}.desktop", home / "applications" / f"{DESKTOP_ID}.desktop"),
        (f"desktop/{DESKTOP_ID}.metainfo.xml", home / "metainfo" / f"{DESKTOP_ID}.metainfo.xml"),
        (f"icons/{DESKTOP_ID}.svg", icons / "scalable" / "apps" / f"{DESKTOP_ID}.svg"),
    ]
    for size in ICON_SIZES:
        plan.append((icon_resource(size), icons / f"{size}x{size}" / "apps" / f"{DESKTOP_ID}.png"))
    return plan


def install(command: list[str], home: Path | None = None) -> list[Path]:
    """Write the entry (starting command), the metainfo and the icons; return what was written."""
    home = home or data_home()
    written = []
    for resource, target in planned(home):
        if target.suffix == ".desktop":
            data = entry_for(command).encode("utf-8")
        else:
            data = resource_bytes(resource)
        _make_folder(target.parent)
        write_atomic(target, data)
        written.append(target)
    log.info("installed the desktop entry under %s, starting %s", home, " ".join(command))
    refresh(home)
    return written


def uninstall(home: Path | None = None) -> list[Path]:
    """Remove what install wrote (folders stay: others share them); return what was removed."""
    home = home or data_home()
    removed = []
    for _, target in planned(home):
        try:
            target.unlink()
        except FileNotFoundError:
            continue
        except OSError as error:
            raise OutputError(f"cannot remove ({error.strerror or error})", target) from None
        removed.append(target)
    log.info("removed %d desktop files under %s", len(removed), home)
    refresh(home)
    return removed


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(f"cannot make the folder ({error.strerror or error})", folder) from None


def refresh(home: Path) -> None:
    """Tell the desktop about the change with the tools it has; none of them is required.

    An icon cache is refreshed only where one exists: a new cache in the user's folder
    would hide icons that other programs add later without updating it. Touching the
    theme folder makes GTK look again, as xdg-icon-resource does.
    """
    applications = home / "applications"
    if applications.is_dir():
        _run("update-desktop-database", "-q", str(applications))
    icons = home / "icons" / "hicolor"
    if icons.is_dir():
        os.utime(icons)
        if (icons / "icon-theme.cache").exists():
            _run("gtk-update-icon-cache", "-q", "-t", "-f", str(icons))


def _run(tool: str, *args: str) -> None:
    import subprocess  # only when installing: the window's start does without it

    path = shutil.which(tool)
    if path is None:
        log.debug("%s is not installed; skipped", tool)
        return
    try:
        result = subprocess.run([path, *args], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as error:
        log.warning("%s failed: %s", tool, error)
        return
    if result.returncode != 0:
        log.warning("%s exited with %d: %s", tool, result.returncode, result.stderr.strip())
