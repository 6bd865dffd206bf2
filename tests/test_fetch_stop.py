"""A fetch asked to stop ends between two pages, keeps what it finished, and the next fetch goes on from
there; the archive says when the site last answered."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from benchmarks.local_site import running_site

from helpers.fetching import TEST_CLIENT
from press_archive.archive import Archive
from press_archive.web.report import CrawlReport
from press_archive.web.run import FetchRequest, fetch_site

ARTICLES = 6


def test_a_stopped_fetch_ends_between_pages_and_the_next_one_goes_on(tmp_path: Path) -> None:
    seen: list[int] = []

    def progress(report: CrawlReport) -> None:
        seen.append(report.requests)

    with running_site(ARTICLES) as site, Archive(tmp_path / "archive.db") as archive:
        request = FetchRequest((f"{site.en_url}/", f"{site.ru_url}/"), delay=0)
        assert archive.last_fetched_at() is None
        before = dt.datetime.now(dt.UTC).replace(microsecond=0)
        stopped = fetch_site(archive, request, "test", progress, lambda: len(seen) >= 3, TEST_CLIENT)
        assert (stopped.requests, stopped.complete) == (3, False)
        assert stopped.queued > 0
        items_then = archive.stats().items
        assert items_then == stopped.items_new > 0
        fetched_at = archive.last_fetched_at()
        assert fetched_at is not None and fetched_at >= before
        finished = fetch_site(archive, request, "test", client=TEST_CLIENT)
        assert finished.resumed and finished.complete
        assert archive.stats().items == items_then + finished.items_new
        # Nothing the stopped run finished was asked for again (robots.txt is read by each run).
        for edition in (site.en, site.ru):
            pages = [count for path, count in edition.total_downloads().items() if path != "/robots.txt"]
            assert set(pages) == {1}
