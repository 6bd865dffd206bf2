"""Rolling automatic backups: the last few states of the user data, as JSON files in the data directory.

A backup is written only when something changed since the last one (the user tables count their
edits in `state.revision`). Within an hour of the newest backup, that backup is brought up to
date rather than a new one added, so a burst of command-line edits does not push a day-old backup
out of the window of the `keep` newest files.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import sqlite_utils

from press_archive.archive.userdata.backup import export_document, write_document

AUTO_BACKUP_KEEP = 10
AUTO_BACKUP_INTERVAL = dt.timedelta(hours=1)
BACKUP_DIR_NAME = "backups"
_STAMP_FORMAT = "%Y%m%d-%H%M%S"
_STAMP = re.compile(r"-user-(\d{8}-\d{6})\.json")


def auto_backup_dir(archive_path: Path) -> Path:
    return archive_path.parent / BACKUP_DIR_NAME


def auto_backups(directory: Path, stem: str) -> list[tuple[dt.datetime, Path]]:
    """The automatic backups of one archive's user data, oldest first."""
    if not directory.is_dir():
        return []
    found = []
    for path in directory.iterdir():
        match = _STAMP.fullmatch(path.name[len(stem) :]) if path.name.startswith(stem) else None
        if match:
            found.append((dt.datetime.strptime(match.group(1), _STAMP_FORMAT), path))
    return sorted(found)


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
    existing = auto_backups(directory, stem)
    if existing and dt.timedelta(0) <= now - existing[-1][0] < AUTO_BACKUP_INTERVAL:
        target = existing[-1][1]
    else:
        target = directory / f"{stem}-user-{now.strftime(_STAMP_FORMAT)}.json"
        existing.append((now, target))
    write_document(export_document(db), target)
    db.execute("UPDATE user.state SET backed_up_revision = revision")
    for _stamp, old in existing[: -max(keep, 1)]:
        old.unlink(missing_ok=True)
    return target
