"""Errors the archive raises, each carrying what a user needs to fix the problem."""

from __future__ import annotations


class ArchiveError(Exception):
    """The archive file cannot be used: not a database, another program's database, too new, locked."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class QueryError(ValueError):
    """A search query that cannot be understood; `position` is the 0-based offset of the problem."""

    def __init__(self, query: str, position: int, reason: str) -> None:
        super().__init__(f"{reason} (at character {position + 1} of {query!r})")
        self.query = query
        self.position = position
        self.reason = reason


class ItemNotFound(KeyError):
    """No item has this id (or unique id prefix)."""

    def __init__(self, item_id: str, reason: str = "no item with this id") -> None:
        super().__init__(item_id)
        self.item_id = item_id
        self.reason = reason

    def __str__(self) -> str:
        return f"{self.item_id}: {self.reason}"
