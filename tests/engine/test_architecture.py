"""The shape of the code: the window is a thin layer over the engine's entry, the engine
never reaches up into the window, and no two modules import each other in a circle."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "briefer"

# What the window may use of the engine: its entries (one brief, a digest), the options,
# the brief model and its renderers, and the shared ground they stand on (errors, paths,
# files, logging).
WINDOW_MAY_IMPORT = {
    "briefer",
    "briefer.pipeline",
    "briefer.digest",
    "briefer.options",
    "briefer.progress",
    "briefer.brief",
    "briefer.article",
    "briefer.errors",
    "briefer.config",
    "briefer.fileio",
    "briefer.desktop",
    "briefer.logs",
    "briefer.parent_watch",  # the engine's process ends with the window's, as the reader does
}


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in PACKAGE.rglob("*.py")}


def imports(path: Path, top_level_only: bool = False) -> set[str]:
    """Return the modules a file imports (`from a.b import c` counts a.b and a.b.c)."""
    tree = ast.parse(path.read_text("utf-8"))
    nodes = tree.body if top_level_only else list(ast.walk(tree))
    found: set[str] = set()
    for node in nodes:
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def test_the_engine_never_imports_the_window_or_qt_widgets():
    for name, path in modules().items():
        if name.startswith("briefer.app"):
            continue
        used = imports(path)
        assert not any(m.startswith("PySide6.QtWidgets") for m in used), name
        window = {m for m in used if m.startswith("briefer.app")}
        if name == "briefer.cli":  # with no command, the command line opens the window
            assert window <= {"briefer.app", "briefer.app.run"}, window
        else:
            assert not window, (name, window)


def test_the_window_uses_only_the_engines_entry_options_model_and_renderers():
    known = modules()
    for name, path in known.items():
        if not name.startswith("briefer.app"):
            continue
        engine = {m for m in imports(path) if m in known and not m.startswith("briefer.app")}
        allowed = {m for m in engine if m in WINDOW_MAY_IMPORT or m.startswith("briefer.render")}
        assert engine == allowed, (name, sorted(engine - allowed))


def test_module_imports_form_no_cycle():
    known = modules()
    graph = {
        name: {m for m in imports(path, top_level_only=True) if m in known and m != name}
        for name, path in known.items()
    }
    done: set[str] = set()
    path: list[str] = []

    def visit(name: str) -> None:
        if name in path:
            raise AssertionError(" -> ".join(path[path.index(name) :] + [name]))
        if name in done:
            return
        path.append(name)
        for used in sorted(graph[name]):
            visit(used)
        path.pop()
        done.add(name)

    for name in sorted(graph):
        visit(name)


def test_every_package_is_in_the_wheel():
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib

    listed = set(
        tomllib.loads((PACKAGE.parent / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"][
            "packages"
        ]
    )
    found = {module_name(init) for init in PACKAGE.rglob("__init__.py")}
    assert found - listed == set()
