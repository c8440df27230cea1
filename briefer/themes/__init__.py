"""Theme packs: headings for key points, filing points under them, choosing a pack.

The packs themselves are imported with the package; the filing and the choosing, which
the window's settings and menus never need, only when first asked for.
"""

from importlib import import_module

from briefer.themes.packs import (
    AUTO_PACK,
    DEFAULT_PACK,
    GENERAL_PACK,
    KEY_POINTS_HEADING,
    NONE_PACK,
    OTHER_HEADING,
    Heading,
    ThemePack,
    available_packs,
    load_all,
    load_pack,
    none_pack,
    parse_pack,
)

__all__ = [
    "AUTO_PACK",
    "DEFAULT_PACK",
    "GENERAL_PACK",
    "KEY_POINTS_HEADING",
    "NONE_PACK",
    "OTHER_HEADING",
    "Filing",
    "Heading",
    "PackChoice",
    "PackChooser",
    "ThemeMatcher",
    "ThemePack",
    "available_packs",
    "load_all",
    "load_pack",
    "matcher_for",
    "none_pack",
    "parse_pack",
    "resolve_pack",
]


_LATER = {
    "PackChoice": "briefer.themes.choice",
    "PackChooser": "briefer.themes.choice",
    "resolve_pack": "briefer.themes.choice",
    "Filing": "briefer.themes.matcher",
    "ThemeMatcher": "briefer.themes.matcher",
    "matcher_for": "briefer.themes.matcher",
}


def __getattr__(name: str):
    if name in _LATER:
        return getattr(import_module(_LATER[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
