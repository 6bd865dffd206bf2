"""The SQLite store: the only place in the program that speaks SQL."""

from press_archive.archive.errors import ArchiveError, ItemNotFound, QueryError
from press_archive.archive.hit_list import HitList
from press_archive.archive.location import default_db_path
from press_archive.archive.store import Archive

__all__ = ["Archive", "ArchiveError", "HitList", "ItemNotFound", "QueryError", "default_db_path"]
