"""Stage "discover", web archives: the pages a WARC file (.warc, .warc.gz) holds, as a crawler got them.

A WARC file is a series of records: the requests a crawler sent, the responses it got, revisits
(a page unchanged since an earlier capture, stored without its bytes), metadata. Only an HTML
response that succeeded (status 200; `text/html` or `application/xhtml+xml`, or no content type and
markup that opens a page) is a page of the site; every other record is passed over. warcio reads the
records: it knows both WARC versions, gzip member by member, chunked transfer and content encodings,
which the HTTP payload of a response is stored with.

A damaged record (a file cut short, bytes overwritten) is reported with its byte offset, and the
reading goes on after it: a .warc.gz holds one gzip member per record, so the next member header is
where the next record starts; in an uncompressed .warc, the next "WARC/" line. Nothing here
raises for bad input; pages and errors come out lazily, one record at a time.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.statusandheaders import StatusAndHeadersParserException

from press_archive.importer.errors import PageError
from press_archive.importer.html import looks_like_html

WARC_SUFFIXES = (".warc", ".warc.gz")
WACZ_SUFFIX = ".wacz"
#: Where a WACZ keeps its WARC files, and the manifest that lists what it holds.
WACZ_ARCHIVE_FOLDER = "archive/"
WACZ_MANIFEST = "datapackage.json"
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})

_GZIP_MEMBER_START = b"\x1f\x8b\x08"
_WARC_START = b"WARC/"
_SCAN_BLOCK = 1 << 20
#: What warcio raises on bytes that are not a readable record; a header cut before its target URI
#: reaches code that takes the URI for a string (AttributeError, TypeError).
_RECORD_ERRORS = (
    ArchiveLoadFailed, StatusAndHeadersParserException, EOFError, OSError, ValueError, LookupError,
    zlib.error, AttributeError, TypeError,
)  # fmt: skip


@dataclass(frozen=True)
class CapturedPage:
    """One HTML response of a web archive: where it starts in its file, and what the crawler got."""

    offset: int
    url: str | None
    captured_at: dt.datetime | None  # UTC
    data: bytes  # the HTTP payload, transfer and content encodings undone


def web_archive_suffix(name: str) -> str | None:
    """ ".warc", ".warc.gz" or ".wacz" when a file of that name is a web archive, else None."""
    lowered = name.lower()
    return next((suffix for suffix in (*WARC_SUFFIXES, WACZ_SUFFIX) if lowered.endswith(suffix)), None)


def iter_captured_pages(
    stream: BinaryIO, source: str, max_page_bytes: int
) -> Iterator[CapturedPage | PageError]:
    """Every HTML page of a WARC file, or a PageError naming `source` and the offset of a damaged record.

    `stream` must be seekable: reading resumes after damage by seeking to the next record.
    """
    size = stream.seek(0, io.SEEK_END)
    stream.seek(0)
    if size == 0:
        yield PageError(source, "empty file")
        return
    head = stream.read(len(_WARC_START))
    compressed = head.startswith(_GZIP_MEMBER_START[:2])
    marker = _GZIP_MEMBER_START if compressed else b"\n" + _WARC_START
    # A file cut inside its first few bytes is still a web archive, damaged.
    foreign = not any(start.startswith(head[: len(start)]) for start in (_GZIP_MEMBER_START[:2], _WARC_START))
    start: int | None = 0
    resyncing = False  # after damage: a start that yields no record was a false match, not more damage
    while start is not None and start < size:
        stream.seek(start)
        records = ArchiveIterator(stream)
        read_any = False
        reason = "cut short or unreadable"
        try:
            for record in records:
                read_any = True
                yield from _outcome(record, records.offset, source, max_page_bytes)
        except _RECORD_ERRORS as error:
            reason = _describe(error)
        finally:
            records.close()
        damaged_at = records.offset
        if damaged_at >= size:
            return
        if read_any or not resyncing:
            what = "not a web archive (WARC)" if damaged_at == 0 and foreign else "damaged record"
            yield PageError(source, f"{what} at byte {damaged_at}: {reason}")
            resyncing = True
        start = _next_start(stream, max(start, damaged_at) + 1, marker)


def wacz_listed_archives(manifest: bytes, source: str) -> list[str] | PageError:
    """The WARC files a WACZ's datapackage.json lists, by their path inside the WACZ."""
    try:
        resources = json.loads(manifest).get("resources", [])
        paths = [str(resource["path"]) for resource in resources]
    except (ValueError, AttributeError, TypeError, KeyError) as error:
        return PageError(f"{source}!{WACZ_MANIFEST}", f"not a valid WACZ manifest: {error}")
    return [path for path in paths if path.startswith(WACZ_ARCHIVE_FOLDER) and web_archive_suffix(path)]


def _outcome(
    record: Any, offset: int, source: str, max_page_bytes: int
) -> Iterator[CapturedPage | PageError]:
    """The page a record holds, if it is one; every record is read to its end, to tell a cut one."""
    if not (record.rec_headers.get_header("Content-Length") or "").strip().isdigit():
        yield PageError(source, f"damaged record at byte {offset}: its header is cut short or has no length")
        return
    page = _page(record, offset, source, max_page_bytes)
    while record.raw_stream.read(_SCAN_BLOCK):
        pass
    if record.raw_stream.limit > 0:
        missing = record.raw_stream.limit
        yield PageError(source, f"damaged record at byte {offset}: cut short ({missing:,} bytes missing)")
    elif page is not None:
        yield page


def _page(record: Any, offset: int, source: str, max_page_bytes: int) -> CapturedPage | PageError | None:
    http = record.http_headers
    if record.rec_type != "response" or http is None or http.get_statuscode() != "200":
        return None
    content_type = (http.get_header("Content-Type") or "").split(";")[0].strip().lower()
    if content_type and content_type not in HTML_TYPES:
        return None
    data = record.content_stream().read(max_page_bytes + 1)
    if len(data) > max_page_bytes:
        limit = f"{max_page_bytes / 1_000_000:,.0f}"
        return PageError(source, f"page at byte {offset} too large (more than {limit} MB)")
    if not content_type and not looks_like_html(data[:4096].decode("utf-8-sig", errors="ignore")):
        return None
    url = (record.rec_headers.get_header("WARC-Target-URI") or "").strip().strip("<>") or None
    return CapturedPage(offset, url, _capture_time(record.rec_headers.get_header("WARC-Date")), data)


def _capture_time(value: str | None) -> dt.datetime | None:
    """WARC-Date as an aware UTC time; a date the file gives without a zone is UTC, as WARC says."""
    if not value:
        return None
    try:
        moment = dt.datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment.astimezone(dt.UTC)


def _next_start(stream: BinaryIO, position: int, marker: bytes) -> int | None:
    """Where the next record may start at or after `position`: a gzip member, or a "WARC/" line."""
    stream.seek(position)
    carried = b""
    block_start = position
    while block := stream.read(_SCAN_BLOCK):
        window = carried + block
        found = window.find(marker)
        if found >= 0:
            start = block_start - len(carried) + found
            return start + 1 if marker.startswith(b"\n") else start
        carried = window[-(len(marker) - 1) :]
        block_start += len(block)
    return None


def _describe(error: Exception) -> str:
    message = " ".join(str(error).split()) or type(error).__name__
    if "non-chunked gzip" in message:
        return "gzipped as a whole, not record by record (as WARC tools write .warc.gz); recompress it"
    return message[:200]
