"""Stage "discover": find the documents an import reads, from the paths the user named.

A path may be a page file, a folder (read recursively) or a zip archive. Documents come out lazily,
one at a time, so an import of a huge folder or archive never holds more than one page in memory.
Order is stable: the paths in the order given, and inside a folder or archive, entries sorted by name
(a folder's entries depth first, as `sorted` orders their names).

Nothing here raises for a bad input: a path that cannot be read becomes a `PageError` in the stream,
and the walk goes on. A file reached twice (through a link, or named twice) is read once, since two
documents of one key would take each other's sightings; zip members that share a name are each read,
under a name of their own ("page.txt (copy 2)"), and a member that is a symbolic link is not followed.
A file name that is not UTF-8 is reported, shown escaped ("caf\\xe9.txt"): no such name can be stored.
Zip members are read into memory, never extracted, and every read is capped, so neither a lying zip
header nor a huge file can exhaust memory. A zip inside a zip is opened, one level deep; a zip inside
that is refused, which bounds the work a crafted archive can ask for.

Web archives (.warc, .warc.gz, and .wacz, a zip of them) give one document per HTML response they
hold (`webarchive.py`), named by the file and the record's byte offset ("crawl.warc.gz#1234"). A
web archive on disk is read record by record, whatever its size; one inside a zip is read into
memory like any member, within the same limits.
"""

from __future__ import annotations

import datetime as dt
import errno
import io
import lzma
import os
import re
import stat
import zipfile
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from press_archive.importer.errors import PageError
from press_archive.importer.webarchive import (
    WACZ_ARCHIVE_FOLDER,
    WACZ_MANIFEST,
    WACZ_SUFFIX,
    WARC_SUFFIXES,
    iter_captured_pages,
    wacz_listed_archives,
    web_archive_suffix,
)

MAX_FILE_BYTES = 100_000_000  # one page file, or one member of a zip, uncompressed
MAX_ARCHIVE_BYTES = 2_000_000_000  # all members read from one zip, nested zips included
MAX_COMPRESSION_RATIO = 100  # real pages compress 5-20 times; zip bombs thousands of times
RATIO_CHECK_MIN_BYTES = 1_000_000  # small members cannot hurt, whatever their ratio
MAX_ZIP_NESTING = 1  # zips opened inside a zip

PAGE_SUFFIXES = frozenset({".txt", ".text", ".html", ".htm", ".xhtml"})
ZIP_SUFFIX = ".zip"

_READ_SUFFIXES = PAGE_SUFFIXES | {ZIP_SUFFIX, WACZ_SUFFIX, *WARC_SUFFIXES}  # read inside folders and zips
_ZIP_SUFFIXES = frozenset({ZIP_SUFFIX, WACZ_SUFFIX})
_DRIVE_LETTER = re.compile(r"^[A-Za-z]:")
_ENCRYPTED_FLAG = 0x1
_UNIX_CREATOR = 3  # a member's `create_system` when its `external_attr` holds a Unix mode

DirectoryId = tuple[int, int]


@dataclass(frozen=True)
class Document:
    """One input document's bytes, before decoding.

    `source` is how the user knows it (the path as given, zip members as "a.zip!dir/page.html");
    `key` identifies it across runs (the resolved absolute path, plus "!member" inside zips).
    `url` and `captured_at` say where on the web and when (UTC) the bytes were fetched, for a page
    that came from the site or from a web archive; a file saved by hand knows neither.
    """

    source: str
    key: str
    data: bytes
    suffix: str
    url: str | None = None
    captured_at: dt.datetime | None = None


@dataclass
class _ArchiveBudget:
    """Uncompressed bytes still allowed from one top-level zip and the zips inside it."""

    remaining: int
    exhausted: bool = False


def iter_documents(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Document | PageError]:
    """Yield every document under `paths`, or a PageError for each one that cannot be read.

    A file named explicitly is read whatever its extension; inside folders only pages
    (.txt .text .html .htm .xhtml), .zip archives and web archives (.warc .warc.gz .wacz) are read,
    and hidden entries (a name starting with a dot) are skipped.
    """
    keys_read: set[str] = set()
    for result in _iter_given(paths):
        if _escaped(result.source) != result.source:
            reason = "the file name is not valid UTF-8; rename the file to import it"
            yield PageError(_escaped(result.source), reason)
        elif isinstance(result, PageError) or result.key not in keys_read:
            if isinstance(result, Document):
                keys_read.add(result.key)
            yield result


def _escaped(name: str) -> str:
    """A name as text that can be printed and stored: bytes that are not UTF-8 (which Python keeps
    as lone surrogates) shown as "\\xff"."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _iter_given(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Document | PageError]:
    for given in paths:
        source = os.fspath(given)
        path = Path(source)
        try:
            status = path.stat()
        except OSError as error:
            yield PageError(source, _reason(error, path))
            continue
        if stat.S_ISDIR(status.st_mode):
            yield from _iter_folder(path, source, status)
        else:
            yield from _iter_file(path, source, status)


def _iter_folder(root: Path, root_source: str, root_status: os.stat_result) -> Iterator[Document | PageError]:
    """Walk a folder depth first, with an explicit stack so that depth costs no recursion."""
    visited: set[DirectoryId] = set()
    pending: list[tuple[Path, str, frozenset[DirectoryId], os.stat_result | None]] = [
        (root, root_source, frozenset(), root_status)
    ]
    while pending:
        path, source, ancestors, status = pending.pop()
        if status is None:
            try:
                status = path.stat()
            except OSError as error:
                yield PageError(source, _reason(error, path))
                continue
        if not stat.S_ISDIR(status.st_mode):
            if _suffix(path.name) in _READ_SUFFIXES:
                yield from _iter_file(path, source, status)
            continue
        directory = (status.st_dev, status.st_ino)
        if directory in ancestors:
            yield PageError(source, "symbolic link loop")
            continue
        if directory in visited:
            continue  # the same folder again, through a link: its documents were read already
        visited.add(directory)
        try:
            names = sorted(child.name for child in path.iterdir() if not child.name.startswith("."))
        except OSError as error:
            yield PageError(source, _reason(error, path))
            continue
        inner_ancestors = ancestors | {directory}
        pending.extend(
            (path / name, str(Path(source) / name), inner_ancestors, None) for name in reversed(names)
        )


def _iter_file(path: Path, source: str, status: os.stat_result) -> Iterator[Document | PageError]:
    suffix = _suffix(path.name)
    if not stat.S_ISREG(status.st_mode):
        yield PageError(source, "not a regular file")
    elif suffix in _ZIP_SUFFIXES:
        yield from _iter_zip_file(path, source, suffix)
    elif suffix in WARC_SUFFIXES:
        yield from _iter_warc_file(path, source)
    elif status.st_size > MAX_FILE_BYTES:
        yield PageError(source, _too_large("file", status.st_size))
    else:
        yield _read_page_file(path, source)


def _read_page_file(path: Path, source: str) -> Document | PageError:
    try:
        with path.open("rb") as file:
            data = file.read(MAX_FILE_BYTES + 1)  # the file may have grown since it was measured
    except OSError as error:
        return PageError(source, _reason(error, path))
    if len(data) > MAX_FILE_BYTES:
        return PageError(source, _too_large("file", len(data)))
    return Document(source=source, key=str(path.resolve()), data=data, suffix=_suffix(path.name))


def _iter_warc_file(path: Path, source: str) -> Iterator[Document | PageError]:
    try:
        with path.open("rb") as file:
            yield from _iter_warc(file, source, str(path.resolve()))
    except OSError as error:
        yield PageError(source, _reason(error, path))


def _iter_warc(file: BinaryIO, source: str, key: str) -> Iterator[Document | PageError]:
    for page in iter_captured_pages(file, source, MAX_FILE_BYTES):
        if isinstance(page, PageError):
            yield page
            continue
        yield Document(
            source=f"{source}#{page.offset}",
            key=f"{key}#{page.offset}",
            data=page.data,
            suffix=".html",
            url=page.url,
            captured_at=page.captured_at,
        )


def _iter_zip_file(path: Path, source: str, suffix: str) -> Iterator[Document | PageError]:
    try:
        with path.open("rb") as file:
            budget = _ArchiveBudget(MAX_ARCHIVE_BYTES)
            yield from _iter_zip(file, source, str(path.resolve()), 0, budget, suffix == WACZ_SUFFIX)
    except OSError as error:
        yield PageError(source, _reason(error, path))


def _iter_zip(
    file: BinaryIO, source: str, key: str, depth: int, budget: _ArchiveBudget, wacz: bool = False
) -> Iterator[Document | PageError]:
    try:
        archive = zipfile.ZipFile(file)
    except (zipfile.BadZipFile, NotImplementedError, ValueError) as error:
        yield PageError(source, f"not a valid {'WACZ' if wacz else 'zip'} file: {error}")
        return
    with archive:
        if wacz:
            yield from _check_wacz_manifest(archive, source)
            yield from _iter_zip_members(archive, source, key, depth, budget, _is_wacz_warc)
        else:
            yield from _iter_zip_members(archive, source, key, depth, budget, _is_readable)


def _check_wacz_manifest(archive: zipfile.ZipFile, source: str) -> Iterator[PageError]:
    """A WARC file the WACZ's manifest lists but the WACZ lacks is named; the others are read."""
    try:
        member = archive.getinfo(WACZ_MANIFEST)
    except KeyError:
        return  # no manifest: what is under archive/ is all there is to know
    refusal = _refusal(member)
    manifest = PageError(source, refusal) if refusal else _read_member(archive, member, source)
    listed = manifest if isinstance(manifest, PageError) else wacz_listed_archives(manifest, source)
    if isinstance(listed, PageError):
        yield listed
        return
    present = set(archive.namelist())
    for path in listed:
        if path not in present:
            yield PageError(f"{source}!{path}", f"missing from the WACZ, though its {WACZ_MANIFEST} lists it")


def _is_readable(parts: list[str]) -> bool:
    return _suffix(parts[-1]) in _READ_SUFFIXES


def _is_wacz_warc(parts: list[str]) -> bool:
    """A WACZ's pages are in the WARC files under archive/; its indexes and page lists repeat them."""
    return len(parts) == 2 and f"{parts[0]}/" == WACZ_ARCHIVE_FOLDER and _suffix(parts[1]) in WARC_SUFFIXES


def _iter_zip_members(
    archive: zipfile.ZipFile,
    source: str,
    key: str,
    depth: int,
    budget: _ArchiveBudget,
    wanted: Callable[[list[str]], bool],
) -> Iterator[Document | PageError]:
    copies: Counter[str] = Counter()
    for member in sorted(archive.infolist(), key=lambda info: info.filename):
        if budget.exhausted:
            return
        name = member.filename
        copies[name] += 1
        # A zip may hold several members of one name: each is a document, with a name of its own.
        unique_name = name if copies[name] == 1 else f"{name} (copy {copies[name]})"
        member_source = f"{source}!{unique_name}"
        parts = re.split(r"[/\\]", name)
        if _is_unsafe_member_name(name, parts):
            yield PageError(member_source, f"unsafe path in zip: {name}")
            continue
        suffix = _suffix(parts[-1])
        if not wanted(parts) or _is_hidden(parts):  # folders end in "/": no suffix
            continue
        if suffix in _ZIP_SUFFIXES and depth >= MAX_ZIP_NESTING:
            yield PageError(member_source, "zip nested too deep (only one level of zips in a zip is opened)")
            continue
        refusal = _refusal(member) or _link_refusal(archive, member)
        if refusal:
            yield PageError(member_source, refusal)
            continue
        if member.file_size > budget.remaining:
            budget.exhausted = True
            limit = _megabytes(MAX_ARCHIVE_BYTES)
            yield PageError(source, f"zip archive too large (more than {limit} MB uncompressed)")
            return
        data = _read_member(archive, member, member_source)
        if isinstance(data, PageError):
            yield data
            continue
        budget.remaining -= len(data)
        member_key = f"{key}!{unique_name}"
        if suffix in _ZIP_SUFFIXES:
            wacz = suffix == WACZ_SUFFIX
            yield from _iter_zip(io.BytesIO(data), member_source, member_key, depth + 1, budget, wacz)
        elif suffix in WARC_SUFFIXES:
            yield from _iter_warc(io.BytesIO(data), member_source, member_key)
        else:
            yield Document(source=member_source, key=member_key, data=data, suffix=suffix)


def _refusal(member: zipfile.ZipInfo) -> str | None:
    """Why a member is not read at all, judged from its header: encrypted, or a zip bomb."""
    if member.flag_bits & _ENCRYPTED_FLAG:
        return "encrypted zip member"
    if member.file_size > MAX_FILE_BYTES:
        return _too_large("zip member", member.file_size, "uncompressed")
    ratio = member.file_size / max(member.compress_size, 1)
    if member.file_size > RATIO_CHECK_MIN_BYTES and ratio > MAX_COMPRESSION_RATIO:
        return f"zip member too compressed ({ratio:,.0f}:1, limit {MAX_COMPRESSION_RATIO}:1)"
    return None


def _link_refusal(archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> str | None:
    """A member made from a symbolic link holds the path it pointed to, not a page: it is named with
    that path, never read as a page (nor followed, which would read a file outside the zip)."""
    if member.create_system != _UNIX_CREATOR or not stat.S_ISLNK(member.external_attr >> 16):
        return None
    target = _read_member(archive, member, member.filename)
    shown = target.decode("utf-8", "backslashreplace")[:200] if isinstance(target, bytes) else "?"
    return f"symbolic link in the zip, not followed (it points to {shown})"


def _read_member(archive: zipfile.ZipFile, member: zipfile.ZipInfo, source: str) -> bytes | PageError:
    """Read one member into memory, never more than the size limit, whatever its header claims."""
    try:
        with archive.open(member) as file:
            data = file.read(MAX_FILE_BYTES + 1)  # the header's size may lie
    except (zipfile.BadZipFile, zlib.error, lzma.LZMAError, EOFError, OSError, ValueError) as error:
        return PageError(source, f"corrupt zip member: {error}")
    except NotImplementedError as error:
        return PageError(source, f"unsupported zip member: {error}")
    if len(data) > MAX_FILE_BYTES:
        return PageError(source, _too_large("zip member", len(data), "uncompressed"))
    return data


def _is_unsafe_member_name(name: str, parts: list[str]) -> bool:
    """A name that would land outside the folder it was extracted to, if anyone extracted it."""
    return name.startswith(("/", "\\")) or bool(_DRIVE_LETTER.match(name)) or ".." in parts


def _is_hidden(parts: list[str]) -> bool:
    """Dot-files, and the resource forks macOS adds to the zips it makes."""
    return any(part.startswith(".") or part == "__MACOSX" for part in parts)


def _suffix(name: str) -> str:
    """The extension that says how a file is read: ".warc.gz" is one, unlike other double ones."""
    return web_archive_suffix(name) or Path(name).suffix.lower()


def _reason(error: OSError, path: Path) -> str:
    if error.errno == errno.ENOENT:
        return "broken symbolic link" if path.is_symlink() else "file not found"
    if error.errno in {errno.EACCES, errno.EPERM}:
        return "permission denied"
    if error.errno == errno.ELOOP:
        return "symbolic link loop"
    return (error.strerror or str(error)).lower()


def _too_large(what: str, size: int, detail: str = "") -> str:
    measured = f"{_megabytes(size)} MB {detail}".rstrip()
    return f"{what} too large ({measured}, limit {_megabytes(MAX_FILE_BYTES)} MB)"


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:,.0f}"
