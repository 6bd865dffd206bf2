"""Archives that this process really cannot write, so that the system, not our code, refuses writes.

Permissions are checked against the effective user, and root may write any file: the suite runs as
root in CI. So a read-only archive is made by taking the write bits off its file or folder, and the
checks run `as_a_user_who_cannot_write()`: as root, the process takes the effective ids of `nobody`
for the block (and gets root back after it, which the saved set-user-id allows); as anyone else,
the missing write bits are enough. The folders live in the system's temporary folder, open for
reading to all: `nobody` cannot reach pytest's own, which are root's alone.
"""

from __future__ import annotations

import os
import pwd
import shutil
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

READ_ONLY_FILE = 0o444
WRITABLE_FILE = 0o666
READ_ONLY_FOLDER = 0o555
OPEN_FOLDER = 0o777


@contextmanager
def as_a_user_who_cannot_write() -> Iterator[None]:
    """Run the block as a user the write bits apply to: `nobody` when this process is root."""
    if os.geteuid() != 0:
        yield
        return
    nobody = pwd.getpwnam("nobody")
    groups = os.getgroups()
    os.setgroups([])
    os.setegid(nobody.pw_gid)
    os.seteuid(nobody.pw_uid)
    try:
        yield
    finally:
        os.seteuid(0)
        os.setegid(0)
        os.setgroups(groups)


@contextmanager
def open_folder() -> Iterator[Path]:
    """A new folder that any user may read and write (for exports, and as a writable archive's
    folder), removed afterwards with whatever it holds."""
    folder = Path(tempfile.mkdtemp(prefix="press-archive-read-only-"))
    folder.chmod(OPEN_FOLDER)
    try:
        yield folder
    finally:
        for path in (folder, *folder.rglob("*")):
            if not path.is_symlink():
                path.chmod(stat.S_IMODE(path.stat().st_mode) | stat.S_IWUSR | stat.S_IXUSR)
        shutil.rmtree(folder)


def copy_archive(template: Path, folder: Path, user_data: bool = True) -> Path:
    """Copy a closed archive (and its user data file, unless not wanted) into `folder`, readable and
    writable by all (the user data file is its owner's alone): only what `make_read_only` takes
    the write bits off cannot be written by the user of `as_a_user_who_cannot_write`."""
    user_file = template.with_name(f"{template.stem}-user{template.suffix}")
    for file in (template, user_file) if user_data else (template,):
        shutil.copy(file, folder / file.name)
        (folder / file.name).chmod(WRITABLE_FILE)
    return folder / template.name


def make_read_only(*paths: Path) -> None:
    """Take the write bits off files and folders (the read and search bits stay for everyone)."""
    for path in paths:
        path.chmod(READ_ONLY_FOLDER if path.is_dir() else READ_ONLY_FILE)


def listing(folder: Path) -> dict[str, tuple[int, int]]:
    """Each file in the folder with its size and time of change: what must not change."""
    return {path.name: (path.stat().st_size, path.stat().st_mtime_ns) for path in sorted(folder.iterdir())}
