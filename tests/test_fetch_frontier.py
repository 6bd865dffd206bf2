"""The frontier kept in the archive, and the capture files: what a killed or a later crawl starts from."""

from __future__ import annotations

import datetime as dt
import zlib
from pathlib import Path

from helpers.fetching import USER_AGENT, gzip_members, warc_records
from press_archive.archive import Archive
from press_archive.model import UrlKind, UrlState
from press_archive.web.capture import CaptureWriter
from press_archive.web.client import Exchange

SEEDS = ["https://odkb-csto.org/"]
PAGE, LISTING = "https://odkb-csto.org/news/1/", "https://odkb-csto.org/news/?PAGEN_1=2"


def test_an_unfinished_run_is_taken_up_where_it_stopped(archive: Archive) -> None:
    with archive.frontier() as frontier:
        run = frontier.start_run(SEEDS, full=False)
        assert frontier.enqueue(run.id, [(PAGE, UrlKind.PAGE), (LISTING, UrlKind.LISTING)]) == [PAGE, LISTING]
        frontier.record(run.id, SEEDS[0], kind=UrlKind.PAGE, failed=False, status=200, etag='"a"')
        again = frontier.start_run(SEEDS, full=False)
        assert again == type(run)(run.id, resumed=True)
        assert [entry.url for entry in frontier.queued(run.id)] == [PAGE, LISTING]
        assert frontier.enqueue(run.id, [(SEEDS[0], UrlKind.PAGE)]) == [], "done in this run: left alone"


def test_a_new_run_queues_the_seeds_and_retryable_failures_with_their_validators(archive: Archive) -> None:
    with archive.frontier() as frontier:
        run = frontier.start_run(SEEDS, full=False).id
        frontier.enqueue(run, [(PAGE, UrlKind.PAGE), (LISTING, UrlKind.LISTING)])
        frontier.record(run, SEEDS[0], kind=UrlKind.LISTING, failed=False, status=200, etag='"e"',
                        last_modified="Mon, 02 Dec 2024 10:00:00 GMT")  # fmt: skip
        frontier.record(run, PAGE, kind=UrlKind.PAGE, failed=True, status=503, error="HTTP 503")
        frontier.record(run, LISTING, kind=UrlKind.LISTING, failed=True, status=404, error="HTTP 404")
        frontier.finish_run(run)
        later = frontier.start_run(SEEDS, full=False)
        assert not later.resumed and later.id != run
        queued = {entry.url: entry for entry in frontier.queued(later.id)}
        assert set(queued) == {SEEDS[0], PAGE}, "a 404 is not asked again, a 503 is"
        seed = queued[SEEDS[0]]
        assert (seed.etag, seed.last_modified, seed.kind) == (
            '"e"',
            "Mon, 02 Dec 2024 10:00:00 GMT",
            UrlKind.LISTING,
        )
        assert seed.state is UrlState.QUEUED and seed.first_run == run


def test_full_queues_every_known_page_again(archive: Archive) -> None:
    with archive.frontier() as frontier:
        run = frontier.start_run(SEEDS, full=False).id
        frontier.enqueue(run, [(PAGE, UrlKind.PAGE), ("https://odkb-csto.org/a.pdf", UrlKind.ATTACHMENT)])
        for url in (SEEDS[0], PAGE, "https://odkb-csto.org/a.pdf"):
            frontier.record(run, url, kind=frontier.known([url])[url].kind, failed=False, status=200)
        frontier.finish_run(run)
        full = frontier.start_run(SEEDS, full=True).id
        assert {entry.url for entry in frontier.queued(full)} == {SEEDS[0], PAGE}


def _exchange(number: int) -> Exchange:
    return Exchange(
        url=f"https://odkb-csto.org/news/{number}/",
        method="GET",
        target=f"/news/{number}/",
        request_headers=[("Host", "odkb-csto.org"), ("User-Agent", USER_AGENT)],
        http_version="HTTP/1.1",
        status=200,
        reason="OK",
        headers=[("Content-Type", "text/html; charset=utf-8")],
        body=f"<html><body><p>Page {number}</p></body></html>".encode(),
        content=None,
        captured_at=dt.datetime(2025, 12, 5, 10, 0, number, tzinfo=dt.UTC),
    )


def test_a_capture_file_cut_anywhere_keeps_every_record_before_the_cut(tmp_path: Path) -> None:
    writer = CaptureWriter(tmp_path / "captures", "Press Archive tests", USER_AGENT)
    for number in range(1, 4):
        writer.write(_exchange(number))
    size_before_last = writer.path.stat().st_size
    writer.write(_exchange(4))
    writer.close()
    assert gzip_members(writer.path) == 1 + 2 * 4
    records = warc_records(tmp_path / "captures")
    assert records[1] == ("response", "https://odkb-csto.org/news/1/", "200")
    data = writer.path.read_bytes()
    cut = data[: size_before_last + 40]  # killed while writing the last exchange's response
    whole = []
    while cut:
        decoder = zlib.decompressobj(zlib.MAX_WBITS | 16)
        member = decoder.decompress(cut)
        if not decoder.eof:
            break
        whole.append(member)
        cut = decoder.unused_data
    assert len(whole) == 1 + 2 * 3, "every record before the cut"
    assert all(member.startswith(b"WARC/1.1\r\n") for member in whole)


def test_a_new_capture_file_for_each_run(tmp_path: Path) -> None:
    first = CaptureWriter(tmp_path, "Press Archive tests", USER_AGENT)
    second = CaptureWriter(tmp_path, "Press Archive tests", USER_AGENT)
    first.close()
    second.close()
    assert first.path != second.path and len(list(tmp_path.glob("*.warc.gz"))) == 2
