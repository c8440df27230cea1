"""Briefer: turn news articles into a short, structured, cited brief, offline."""

__version__ = "0.1.0"
