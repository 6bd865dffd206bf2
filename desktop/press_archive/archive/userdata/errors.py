"""Errors of the user's own data, each naming what the user gave and why it cannot be used."""

from __future__ import annotations

from press_archive.archive.errors import ItemNotFound


class UserDataError(ValueError):
    """A tag, collection or saved search that cannot be used as asked: missing, taken, badly named."""

    def __init__(self, subject: str, reason: str) -> None:
        super().__init__(f"{subject}: {reason}")
        self.subject = subject
        self.reason = reason


class UnknownItems(ItemNotFound):
    """Some of the item ids a user gave match no item; every one of them is named, not only the first."""

    def __init__(self, failures: dict[str, str]) -> None:
        super().__init__(", ".join(failures), "; ".join(sorted(set(failures.values()))))
        self.failures = failures

    def __str__(self) -> str:
        return "; ".join(f"{item_id}: {reason}" for item_id, reason in self.failures.items())


class BackupError(Exception):
    """A backup file that cannot be written or read; `where` points into the JSON document when known."""

    def __init__(self, path: str, reason: str, where: str = "") -> None:
        location = f" (at {where})" if where else ""
        super().__init__(f"{path}: {reason}{location}")
        self.path = path
        self.reason = reason
        self.where = where
