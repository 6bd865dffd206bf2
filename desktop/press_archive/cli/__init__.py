"""The `press-archive` command line: a thin shell over the archive's API."""

from press_archive.cli import exporting, fetching, importing, items, opening, rebuilding, searching, userdata
from press_archive.cli.app import main

__all__ = [
    "exporting",
    "fetching",
    "importing",
    "items",
    "main",
    "opening",
    "rebuilding",
    "searching",
    "userdata",
]
