"""The fetcher driven as a library, with the short timeouts and limits the tests' site is built for."""

from __future__ import annotations

import zlib
from collections import Counter
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator

from press_archive.archive import Archive
from press_archive.web.capture import CaptureWriter
from press_archive.web.client import ClientSettings
from press_archive.web.crawl import Crawler, CrawlSettings
from press_archive.web.report import CrawlReport
from press_archive.web.scope import scope_of

USER_AGENT = "PressArchive/test (+offline news archive)"
#: Below the site's slow page (2 s) and above its huge page (3 MB), so both fail fast.
TEST_CLIENT = ClientSettings(USER_AGENT, timeout=0.5, tries=2, backoff=0.05, max_bytes=1_000_000)


def crawl(
    db: Path, start_urls: list[str], *, full: bool = False, max_pages: int | None = None
) -> CrawlReport:
    """One run of a crawl of `start_urls` into the archive `db`, with no delay of its own."""
    settings = CrawlSettings(TEST_CLIENT, delay=0, max_pages=max_pages, full=full)
    with Archive(db) as archive, archive.frontier() as frontier:
        captures = CaptureWriter(archive.captures_dir, "Press Archive tests", USER_AGENT)
        try:
            crawler = Crawler(start_urls, scope_of(start_urls), frontier, archive, captures.write, settings)
            return crawler.run()
        finally:
            captures.close()


def warc_records(folder: Path) -> list[tuple[str, str | None, str | None]]:
    """(type, target URI, HTTP status) of every record in every capture file, in file order."""
    found = []
    for path in sorted(folder.glob("*.warc.gz")):
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                status = record.http_headers.get_statuscode() if record.http_headers else None
                found.append((record.rec_type, record.rec_headers.get_header("WARC-Target-URI"), status))
    return found


def captured_responses(folder: Path) -> Counter[str]:
    """How many response records each URL has across the capture files."""
    return Counter(uri for kind, uri, _ in warc_records(folder) if kind == "response" and uri)


def gzip_members(path: Path) -> int:
    """How many gzip members a file is made of; raises if the last one is cut short."""
    data, members = path.read_bytes(), 0
    while data:
        decoder = zlib.decompressobj(zlib.MAX_WBITS | 16)
        decoder.decompress(data)
        assert decoder.eof, f"{path}: gzip member {members + 1} is cut short"
        members += 1
        data = decoder.unused_data
    return members
