"""Window settings: a damaged briefer.ini is set aside, never stops the window, and is
named once."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefer import app
from briefer.app import settings as settings_module
from briefer.app.main_window import MainWindow
from briefer.app.qt import QApplication
from briefer.app.settings import Settings
from briefer.config import Paths

DAMAGED = {
    "binary": (b"\x00\xff\xfe\x89PNG\r\n", "it is not UTF-8 text"),
    "NUL byte": (b"[brief]\npoints=3\x00\n", "it holds a NUL byte, so it is not text"),
    "not INI": (b"[brief\npoints=3\n", "it is not a valid INI file"),
    "no settings": (b"just some words\n", "it holds no settings"),
    "points a word": (
        b"[brief]\npoints=abc\n",
        "brief/points should be a whole number from 0 to 99",
    ),
    "points huge": (
        b"[brief]\npoints=99999999999999999999\n",
        "brief/points should be a whole number from 0 to 99",
    ),
    "points a list": (
        b"[brief]\npoints=1, 2\n",
        "brief/points should be a whole number from 0 to 99",
    ),
    "ratio a word": (b"[brief]\nratio=abc\n", "brief/ratio should be a share from 0 to 1"),
    "algorithm a list": (b"[brief]\nalgorithm=a, b\n", "brief/algorithm should be text"),
    "size infinite": (
        b"[reading]\nmax_mb=inf\n",
        "reading/max_mb should be a size from 0 to 2000 MB",
    ),
    "size past what can be read": (
        b"[reading]\nmax_mb=5000\n",
        "reading/max_mb should be a size from 0 to 2000 MB",
    ),
    "time nan": (
        b"[reading]\ntimeout_s=nan\n",
        "reading/timeout_s should be a time from 0 to 86400 s",
    ),
    "geometry text": (
        b"[window]\ngeometry=abc\n",
        "window/geometry should be a saved window layout",
    ),
    "splitter a number": (
        b"[window]\nsplitter=3\n",
        "window/splitter should be a saved window layout",
    ),
    "too large": (
        b"[brief]\n" + b"; pad\n" * 200_000,
        "file too large (1.2 MB; the limit is 1.0 MB)",
    ),
}


def config_dir() -> Path:
    return Paths.from_environment().config_dir


def write_ini(content: bytes) -> Path:
    config_dir().mkdir(parents=True, exist_ok=True)
    path = config_dir() / "briefer.ini"
    path.write_bytes(content)
    return path


def set_aside_files() -> list[Path]:
    return sorted(config_dir().glob("briefer.ini.corrupt-*"))


@pytest.mark.parametrize("content, reason", DAMAGED.values(), ids=DAMAGED.keys())
def test_a_damaged_settings_file_is_set_aside_and_the_window_opens(qtbot, dialogs, content, reason):
    path = write_ini(content)
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    [aside] = set_aside_files()
    assert aside.read_bytes() == content
    assert win.settings.notes == [
        f"The settings file {path} was damaged ({reason}); it was set aside as {aside.name}"
        " and defaults are used."
    ]
    assert win.settings.options().points is None
    assert win.settings.reading_limits()["read_seconds"] == 60
    assert win.close()
    assert Settings(config_dir()).notes == []  # what the window saved reads back sound
    assert set_aside_files() == [aside]


@pytest.mark.parametrize("kind", ["folder", "fifo", "link to /dev/zero"])
def test_a_settings_path_that_is_no_file_is_set_aside(qtbot, dialogs, kind):
    config_dir().mkdir(parents=True)
    path = config_dir() / "briefer.ini"
    if kind == "folder":
        path.mkdir()
    elif kind == "fifo":
        os.mkfifo(path)
    else:
        path.symlink_to("/dev/zero")
    win = MainWindow()
    qtbot.addWidget(win)
    [aside] = set_aside_files()
    assert os.path.lexists(aside) and not os.path.lexists(path)
    assert len(win.settings.notes) == 1 and "was damaged (" in win.settings.notes[0]
    assert win.close()
    assert path.is_file() and not path.is_symlink()


def test_sound_values_of_a_damaged_file_are_kept(qtbot, dialogs):
    write_ini(b"[brief]\npoints=7\nratio=abc\n[files]\nrecent=/tmp/a.txt\n")
    settings = Settings(config_dir())
    assert len(settings.notes) == 1
    assert settings.options().points == 7 and settings.options().ratio is None
    assert settings.recent() == ["/tmp/a.txt"]


def test_a_file_that_cannot_be_moved_is_left_alone_and_nothing_is_saved(monkeypatch, tmp_path):
    path = write_ini(b"[brief]\npoints=abc\n")
    article = tmp_path / "b.txt"
    article.write_text("An article.", encoding="utf-8")
    monkeypatch.setattr(settings_module, "set_aside", lambda path: None)
    settings = Settings(config_dir())
    assert settings.notes == [
        f"The settings file {path} was damaged (brief/points should be a whole number from"
        " 0 to 99) and could not be set aside; defaults are used, not saved."
    ]
    settings.add_recent([str(article)])
    settings.sync()
    assert settings.recent() == [str(article)]
    assert path.read_bytes() == b"[brief]\npoints=abc\n"


def test_the_window_names_a_set_aside_settings_file_once(qapp, monkeypatch, dialogs):
    write_ini(b"[brief]\npoints=abc\n")
    monkeypatch.setattr(QApplication, "exec", lambda self=None: 0)
    assert app.run([]) == 0
    assert len(dialogs.warnings) == 1 and "briefer.ini was damaged" in dialogs.warnings[0]
    assert app.run([]) == 0
    assert len(dialogs.warnings) == 1
