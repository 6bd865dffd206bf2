"""Writing a file so that it is all there or not there at all: the one path every file we write takes.

Exports, backups and the copies the archive makes of itself are written to a hidden temporary file
(or folder) beside the target, flushed and synced to disk, and only then renamed over the target:
a crash, a full disk, an error, Ctrl+C or SIGTERM in the middle leaves the target as it was and
removes the temporary. Only a regular file (or a folder of notes) is ever replaced, and only when
asked (`force`): a device, a pipe or a socket at the target is refused, never swapped for a file.
This module depends on nothing of ours, so the archive and the exporters can both use it.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import stat
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

TEMP_SUFFIX = ".part"
#: What a folder may hold to be replaced by a folder export: the notes of an earlier export.
REPLACEABLE_FOLDER_FILES = ".md"
#: Files holding the user's private notes are readable by the user alone; others follow the umask.
PRIVATE_MODE = 0o600
SHARED_MODE = 0o666
COPY_CHUNK = 1 << 20


class WriteError(Exception):
    """A file that could not be written; `target` names it and `reason` says why."""

    def __init__(self, target: str, reason: str) -> None:
        super().__init__(f"{target}: {reason}")
        self.target = target
        self.reason = reason


class TargetExistsError(WriteError):
    """The target is already there and replacing it was not asked for."""

    def __init__(self, target: str) -> None:
        super().__init__(target, "already exists")


def _check_target(target: Path, force: bool, folder: bool) -> None:
    if not target.parent.is_dir():
        raise WriteError(str(target), f"the folder {target.parent} does not exist")
    try:
        mode = target.lstat().st_mode
    except FileNotFoundError:
        return
    if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode) or stat.S_ISLNK(mode)):
        raise WriteError(str(target), "is not a regular file (a device, pipe or socket); never replaced")
    if not force:
        raise TargetExistsError(str(target))
    if folder and stat.S_ISDIR(mode):
        if any(entry.is_dir() or entry.suffix != REPLACEABLE_FOLDER_FILES for entry in target.iterdir()):
            raise WriteError(str(target), "is a folder holding more than notes; export to a new folder")
    elif target.is_dir():
        raise WriteError(str(target), "is a folder; give a file name")


def _make_temp(target: Path, create: Callable[[Path], object]) -> Path:
    """A new hidden name beside the target, created by `create`."""
    while True:
        temp = target.with_name(f".{target.name}.{secrets.token_hex(4)}{TEMP_SUFFIX}")
        try:
            create(temp)
        except FileExistsError:
            continue
        except OSError as error:
            raise WriteError(str(target), f"cannot write in {target.parent}: {error.strerror}") from error
        return temp


def _file_creator(mode: int) -> Callable[[Path], None]:
    def create(path: Path) -> None:
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, mode))

    return create


def _fsync(path: Path) -> None:
    """Flush a file, or a folder's entries, to disk; Windows cannot open folders and needs no flush."""
    try:
        descriptor = os.open(path, os.O_RDONLY)
    except (IsADirectoryError, PermissionError):
        return
    try:
        os.fsync(descriptor)
    except OSError:
        if not path.is_dir():
            raise
    finally:
        os.close(descriptor)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


@contextmanager
def _written_error(target: Path) -> Iterator[None]:
    """A failed write or sync (a full disk, a file too large, an I/O error) as one `WriteError`."""
    try:
        yield
    except WriteError:
        raise
    except OSError as error:
        raise WriteError(str(target), f"cannot be written: {error.strerror or error}") from error


@contextmanager
def atomic_file(target: Path, force: bool, private: bool = False) -> Iterator[Path]:
    """A temporary path to write; when the block ends without error it becomes `target`.

    The writer must raise on any failed write (Python's files do); the final sync is checked here.
    A `private` file is readable by the user alone (0600), others get the user's umask.
    """
    _check_target(target, force, folder=False)
    temp = _make_temp(target, _file_creator(PRIVATE_MODE if private else SHARED_MODE))
    try:
        with _written_error(target):
            yield temp
            _fsync(temp)
            _check_target(target, force, folder=False)
            temp.replace(target)
    except BaseException:
        _remove(temp)
        raise
    with _written_error(target):
        _fsync(target.parent)


@contextmanager
def atomic_folder(target: Path, force: bool) -> Iterator[Path]:
    """A temporary empty folder to fill; when the block ends without error it becomes `target`."""
    _check_target(target, force, folder=True)
    temp = _make_temp(target, lambda path: path.mkdir())
    try:
        with _written_error(target):
            yield temp
            for entry in temp.iterdir():
                _fsync(entry)
            _fsync(temp)
            _check_target(target, force, folder=True)
            _move_into_place(temp, target)
    except BaseException:
        _remove(temp)
        raise
    with _written_error(target):
        _fsync(target.parent)


@contextmanager
def file_for_stream(stream: BinaryIO, name: str, suffix: str) -> Iterator[Path]:
    """A temporary path to write; when the block ends without error its bytes go to `stream` (standard
    output), so a failed export prints nothing rather than half a file. `name` names it in errors."""
    with tempfile.TemporaryDirectory(prefix="press-archive-") as folder:
        temp = Path(folder) / f"output{suffix}"
        _file_creator(PRIVATE_MODE)(temp)
        with _written_error(Path(name)):
            yield temp
            with temp.open("rb") as source:
                while chunk := source.read(COPY_CHUNK):
                    stream.write(chunk)
            stream.flush()


def _move_into_place(temp: Path, target: Path) -> None:
    """Rename the folder over the target; an old one is moved aside first and put back on failure."""
    if not (target.exists() or target.is_symlink()):
        temp.rename(target)
        return
    old = _make_temp(target, target.rename)
    try:
        temp.rename(target)
    except BaseException:
        with contextlib.suppress(OSError):
            old.rename(target)
        raise
    _remove(old)
