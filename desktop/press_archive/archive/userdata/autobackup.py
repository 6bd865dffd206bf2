"""Rotating automatic backups: states of the user data at points in time, as JSON files beside the archive.

A backup is written only when something changed since the last one (the user tables count their
edits in `state.revision`), and always as a new file: the one before it is the state from before
the latest change, which is what undoes a mistake (a deleted note, a wrongly bulk-tagged search).
The rotation keeps the `keep` newest, and besides them the newest at least 10 minutes, an hour, a
day and a week old, so a mistake noticed late can still be undone from a point before it.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlite_utils

from press_archive.archive.userdata.backup import export_document, write_document

AUTO_BACKUP_KEEP = 10
#: The ages at which the rotation keeps a point in time besides the newest backups.
KEPT_AGES = (
    dt.timedelta(minutes=10),
    dt.timedelta(hours=1),
    dt.timedelta(days=1),
    dt.timedelta(weeks=1),
)
BACKUP_DIR_NAME = "backups"
_STAMP_FORMAT = "%Y%m%d-%H%M%S"
_STAMP = re.compile(r"-user-(\d{8}-\d{6})(?:-(\d+))?\.json")

#: An automatic backup: when it was taken (local time, as its name says), and its file.
Stamped = tuple[dt.datetime, Path]


def auto_backup_dir(archive_path: Path) -> Path:
    return archive_path.parent / BACKUP_DIR_NAME


def auto_backups(directory: Path, stem: str) -> list[Stamped]:
    """The automatic backups of one archive's user data, oldest first."""
    if not directory.is_dir():
        return []
    found = []
    for path in directory.iterdir():
        match = _STAMP.fullmatch(path.name[len(stem) :]) if path.name.startswith(stem) else None
        if match:
            stamp = dt.datetime.strptime(match.group(1), _STAMP_FORMAT)
            found.append((stamp, int(match.group(2) or 1), path))
    return [(stamp, path) for stamp, _count, path in sorted(found)]


def backup_due(db: sqlite_utils.Database) -> bool:
    """Whether the user data changed since the last automatic backup."""
    revision, backed_up = db.execute("SELECT revision, backed_up_revision FROM user.state").fetchone()
    return bool(revision != backed_up)


def rolling_backup(
    db: sqlite_utils.Database, directory: Path, stem: str, keep: int, now: dt.datetime
) -> Path | None:
    """Back up the user data if it changed, keeping the `keep` newest backups; run inside a transaction.

    Returns the file written, or None when there was nothing new.
    """
    if not backup_due(db):
        return None
    name = f"{stem}-user-{now.strftime(_STAMP_FORMAT)}"
    target = directory / f"{name}.json"
    for count in itertools.count(2):  # two backups in one second: the second must not replace the first
        if not target.exists():
            break
        target = directory / f"{name}-{count}.json"
    write_document(export_document(db), target)
    db.execute("UPDATE user.state SET backed_up_revision = revision")
    for _stamp, old in _rotated_out(auto_backups(directory, stem), keep, now):
        old.unlink(missing_ok=True)
    return target


def _rotated_out(backups: list[Stamped], keep: int, now: dt.datetime) -> list[Stamped]:
    """The backups the rotation drops: all but the `keep` newest (two at least: now, and before the
    latest change) and the newest one at least as old as each of `KEPT_AGES`."""
    kept = set(backups[-max(keep, 2) :])
    for age in KEPT_AGES:
        old_enough = [backup for backup in backups if now - backup[0] >= age]
        if old_enough:
            kept.add(old_enough[-1])
    return [backup for backup in backups if backup not in kept]


@dataclass(frozen=True)
class BackupContents:
    """What one backup holds, counted, to choose among backups without opening them."""

    tags: int
    tagged: int  # (item, tag) pairs
    stars: int
    notes: int
    collections: int
    saved_searches: int

    def describe(self) -> str:
        return (
            f"{self.tags} tags on {self.tagged} items, {self.stars} stars, {self.notes} notes, "
            f"{self.collections} collections, {self.saved_searches} saved searches"
        )


def backup_contents(document: dict[str, Any]) -> BackupContents:
    """The counts of a parsed backup document (`backup.parse_document` has checked its format)."""

    def records(key: str) -> list[Any]:
        value = document.get(key, [])
        return value if isinstance(value, list) else []

    tagged = sum(len(tag.get("items", [])) for tag in records("tags") if isinstance(tag, dict))
    return BackupContents(
        tags=len(records("tags")),
        tagged=tagged,
        stars=len(records("stars")),
        notes=len(records("notes")),
        collections=len(records("collections")),
        saved_searches=len(records("saved_searches")),
    )
