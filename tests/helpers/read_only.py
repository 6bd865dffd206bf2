"""Archives that this process really cannot write, so that the system, not our code, refuses writes.

A read-only archive is made by taking the write bits off its file or its folder. Root writes files
whatever their bits say, and the suite runs as root in CI: so the checks run in
`as_a_user_who_cannot_write()`, where a root process sets aside the two capabilities that let it
(overriding the permission bits, and reading and searching past them). It is then held to the bits
as the owner of the files (they are its own), and stays able to read everything it could, its own
code included wherever the checkout is. Capabilities belong to a thread: the threads the block
starts (the window's workers) inherit the state of the thread that starts them, as the block
leaves them. Any other user is held to the bits already. The folders live in the system's temporary
folder, which every user can reach.
"""

from __future__ import annotations

import ctypes
import os
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
#: CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH (linux/capability.h), in the first word of the sets.
_PERMISSION_OVERRIDES = (1 << 1) | (1 << 2)
_CAPABILITY_VERSION_3 = 0x20080522


class _CapabilityHeader(ctypes.Structure):
    _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]


class _CapabilitySets(ctypes.Structure):
    _fields_ = [
        ("effective", ctypes.c_uint32),
        ("permitted", ctypes.c_uint32),
        ("inheritable", ctypes.c_uint32),
    ]


def _set_permission_overrides(enabled: bool) -> None:
    """Turn this thread's effective permission overrides off, or back on (they stay permitted)."""
    libc = ctypes.CDLL(None, use_errno=True)
    header = _CapabilityHeader(_CAPABILITY_VERSION_3, 0)
    sets = (_CapabilitySets * 2)()
    if libc.capget(ctypes.byref(header), sets) != 0:
        raise OSError(ctypes.get_errno(), "capget failed")
    if enabled:
        sets[0].effective |= _PERMISSION_OVERRIDES & sets[0].permitted
    else:
        sets[0].effective &= ~_PERMISSION_OVERRIDES
    if libc.capset(ctypes.byref(header), sets) != 0:
        raise OSError(ctypes.get_errno(), "capset failed")


@contextmanager
def as_a_user_who_cannot_write() -> Iterator[None]:
    """Run the block held to the files' permission bits, as any user but root is."""
    if os.geteuid() != 0:
        yield
        return
    _set_permission_overrides(False)
    try:
        yield
    finally:
        _set_permission_overrides(True)


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
    the write bits off cannot be written in `as_a_user_who_cannot_write`."""
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
