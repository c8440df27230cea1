"""Theme packs: headings for key points, filing points under them, choosing a pack."""

from briefer.themes.choice import PackChoice, PackChooser, resolve_pack
from briefer.themes.matcher import Filing, ThemeMatcher, matcher_for
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
