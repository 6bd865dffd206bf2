"""Writing an export so that it is all there or not there at all.

The export is written to a hidden temporary file (or folder) beside the target, flushed to disk, and
only then renamed over the target: a crash, an error or a cancel in the middle leaves the target as
it was and removes the temporary. An existing target is replaced only when asked (`force`), and a
folder only if it holds nothing but notes, so a mistyped path cannot wipe out a folder of documents.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from press_archive.exporters.errors import ExportError, TargetExistsError

TEMP_SUFFIX = ".part"
#: What a folder may hold to be replaced by a folder export: the notes of an earlier export.
REPLACEABLE_FOLDER_FILES = ".md"


def _check_target(target: Path, force: bool, folder: bool) -> None:
    if not target.parent.is_dir():
        raise ExportError(str(target), f"the folder {target.parent} does not exist")
    if not (target.exists() or target.is_symlink()):
        return
    if not force:
        raise TargetExistsError(str(target))
    if folder and target.is_dir():
        if any(entry.is_dir() or entry.suffix != REPLACEABLE_FOLDER_FILES for entry in target.iterdir()):
            raise ExportError(str(target), "is a folder holding more than notes; export to a new folder")
    elif target.is_dir():
        raise ExportError(str(target), "is a folder; give a file name")


def _make_temp(target: Path, create: Callable[[Path], object]) -> Path:
    """A new hidden name beside the target, created with the user's usual permissions."""
    while True:
        temp = target.with_name(f".{target.name}.{secrets.token_hex(4)}{TEMP_SUFFIX}")
        try:
            create(temp)
        except FileExistsError:
            continue
        except OSError as error:
            raise ExportError(str(target), f"cannot write in {target.parent}: {error.strerror}") from error
        return temp


def _create_file(path: Path) -> None:
    os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666))


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
def atomic_file(target: Path, force: bool) -> Iterator[Path]:
    """A temporary path to write; when the block ends without error it becomes `target`."""
    _check_target(target, force, folder=False)
    temp = _make_temp(target, _create_file)
    try:
        yield temp
        _fsync(temp)
        _check_target(target, force, folder=False)
        temp.replace(target)
    except BaseException:
        _remove(temp)
        raise
    _fsync(target.parent)


@contextmanager
def atomic_folder(target: Path, force: bool) -> Iterator[Path]:
    """A temporary empty folder to fill; when the block ends without error it becomes `target`."""
    _check_target(target, force, folder=True)
    temp = _make_temp(target, lambda path: path.mkdir())
    try:
        yield temp
        for entry in temp.iterdir():
            _fsync(entry)
        _fsync(temp)
        _check_target(target, force, folder=True)
        _move_into_place(temp, target)
    except BaseException:
        _remove(temp)
        raise
    _fsync(target.parent)


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
