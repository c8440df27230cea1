"""Data files shipped with Briefer: theme packs, stop words, fonts, icons."""
