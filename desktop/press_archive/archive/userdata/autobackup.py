"""Rotating automatic backups: states of the user data at points in time, as JSON files beside the archive.

A backup is written only when something changed since the last one (the user tables count their
edits in `state.revision`), and always as a new file: the one before it is the state from before
the latest change, which is what undoes a mistake (a deleted note, a wrongly bulk-tagged search).
The rotation keeps the `keep` newest, and besides them the newest at least 10 minutes, an hour, a
day and a week old, so a mistake noticed late can still be undone from a point before it.

The export reads one snapshot of the user data and holds no write lock, so edits go on while a
large backup is written (the command line writes it in a process of its own, `detached_backup`).
Backups land in the order of their snapshots, and a listing waits for the ones under way
(`backup_queue`); the folder's lock is held while one is written and while it is listed.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import itertools
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlite_utils

from press_archive.archive.userdata.backup import PRIVATE_FOLDER_MODE, write_document
from press_archive.model import RestoreReport

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


def due_revision(db: sqlite_utils.Database) -> int | None:
    """The revision of the user data if it changed since the last automatic backup, else None."""
    revision, backed_up = db.execute("SELECT revision, backed_up_revision FROM user.state").fetchone()
    return int(revision) if revision != backed_up else None


def mark_backed_up(db: sqlite_utils.Database, revision: int) -> None:
    """Record that a backup holds `revision`; a slower backup of an older one never undoes that."""
    db.execute("UPDATE user.state SET backed_up_revision = MAX(backed_up_revision, ?)", [revision])


@contextmanager
def backups_lock(directory: Path, stem: str, shared: bool = False) -> Iterator[None]:
    """Hold the lock of one archive's automatic backups: exclusive to write one, shared to list them."""
    directory.mkdir(mode=PRIVATE_FOLDER_MODE, parents=True, exist_ok=True)
    with (directory / f".{stem}-user.lock").open("a", encoding="utf-8") as lock:
        fcntl.flock(lock, fcntl.LOCK_SH if shared else fcntl.LOCK_EX)
        yield


def write_rolling_backup(
    document: dict[str, Any], directory: Path, stem: str, keep: int, now: dt.datetime
) -> Path:
    """Write `document` as a new automatic backup and drop what the rotation no longer keeps;
    hold `backups_lock` meanwhile. Returns the file written."""
    name = f"{stem}-user-{now.strftime(_STAMP_FORMAT)}"
    target = directory / f"{name}.json"
    for count in itertools.count(2):  # two backups in one second: the second must not replace the first
        if not target.exists():
            break
        target = directory / f"{name}-{count}.json"
    write_document(document, target)
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


@dataclass(frozen=True)
class RestorePreview:
    """A backup beside the user data as it is: what each holds, and what they would hold merged."""

    backup: BackupContents
    now: BackupContents
    merged: BackupContents
    report: RestoreReport  # what `restore` would report, notes it would append to included


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
