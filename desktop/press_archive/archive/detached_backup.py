"""The automatic backup written by a process of its own, so that an edit from the command line
costs milliseconds whatever the size of the user data.

The command forks once its edit is committed and every connection is closed (SQLite's locks do not
survive a fork, so the new process opens its own). It waits only until the backup process holds
its snapshot of the user data and its place among the backups, not for an earlier backup still
being written: the backup then holds exactly the state the edit left, even if the next edit comes
at once, lands after the earlier ones, and `restore --list` waits for it to be written.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import NoReturn

from press_archive.archive.connection import ConnectionPool
from press_archive.archive.userdata import UserData
from press_archive.archive.userdata.autobackup import auto_backup_dir

#: Where a process can fork: elsewhere the backup is written before the command ends.
CAN_DETACH = hasattr(os, "fork")


def back_up_detached(archive_path: Path, keep: int) -> None:
    """Start the automatic backup of `archive_path`'s user data in a process that outlives this one;
    return once it holds its snapshot (or has ended). No connection to the archive may be open."""
    ready_read, ready_write = os.pipe()
    middle = os.fork()
    if middle == 0:
        # A child of a child, in a session of its own, is adopted by init once the middle one ends:
        # no zombie is left to the command, and closing its terminal does not stop the backup.
        try:
            os.close(ready_read)
            os.setsid()
            if os.fork() == 0:
                _back_up_and_exit(archive_path, keep, ready_write)
        finally:
            os._exit(0)
    os.close(ready_write)
    os.waitpid(middle, 0)
    os.read(ready_read, 1)  # end of file: the backup process closed its end, or ended
    os.close(ready_read)


def _back_up_and_exit(archive_path: Path, keep: int, ready: int) -> NoReturn:
    status = 1
    try:
        pool = ConnectionPool(archive_path)
        try:
            user = UserData(pool, auto_backup_dir(archive_path))
            user.auto_backup(keep, on_snapshot=lambda: os.close(ready))
        finally:
            pool.close()
        status = 0
    except Exception as error:  # nobody else is left to tell: say it on the terminal
        os.write(2, f"press-archive: warning: automatic backup of {archive_path} failed: {error}\n".encode())
    finally:
        os._exit(status)
