"""The crawler against a synthetic copy of the site with every kind of trouble a real site gives.

One crawl of both editions is shared by the tests: each checks one promise about what it asked for,
what it kept in the web archive, what it imported and what it reported.
"""

from __future__ import annotations

import gzip
import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from benchmarks.local_site import Site, running_site

from helpers.fetching import USER_AGENT, captured_responses, crawl, gzip_members, warc_records
from press_archive.archive import Archive
from press_archive.web.report import CrawlReport

ARTICLES = 9


@dataclass(frozen=True)
class Crawled:
    site: Site
    report: CrawlReport
    db: Path


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Crawled]:
    db = tmp_path_factory.mktemp("crawl") / "archive.db"
    with running_site(ARTICLES, trouble=True, crawl_delay=0.2) as site:
        report = crawl(db, [f"{site.en_url}/", f"{site.ru_url}/"])
        yield Crawled(site, report, db)


def _failed(crawled: Crawled) -> dict[str, tuple[int | None, str]]:
    base = crawled.site.en_url
    report = crawled.report
    return {failure.url.removeprefix(base): (failure.status, failure.error) for failure in report.failed}


def test_every_page_of_both_editions_is_downloaded_once(crawled: Crawled) -> None:
    for edition in (crawled.site.en, crawled.site.ru):
        for number in range(1, ARTICLES + 1):
            assert edition.downloads(f"/news/{number}/") == 1
        assert edition.downloads("/news/") == 1
        assert edition.downloads("/news/?PAGEN_1=2") == edition.downloads("/news/?PAGEN_1=3") == 1
        assert edition.asked("/news/?PAGEN_1=1") == 0, "the first page of a listing is the listing"
        assert edition.downloads("/robots.txt") == 1
        twice = {path for path, count in edition.total_downloads().items() if count > 1}
        assert twice <= {"/slow/"}, "only the page that timed out is asked for again"
    assert crawled.report.complete and crawled.report.queued == 0


def test_nothing_off_the_site_is_asked_for_not_even_through_a_redirect(crawled: Crawled) -> None:
    assert crawled.site.en.asked("/go-away/") == 1
    assert sum(crawled.site.offsite.requests.values()) == 0


def test_robots_txt_and_links_to_images_are_respected(crawled: Crawled) -> None:
    assert crawled.site.en.asked("/private/secret/") == 0
    assert crawled.site.en.asked("/logo.png") == 0


def test_the_crawl_delay_of_robots_txt_spaces_the_requests_to_a_host(crawled: Crawled) -> None:
    arrivals = crawled.site.ru.arrivals
    gaps = [later - earlier for earlier, later in itertools.pairwise(arrivals)]
    assert len(gaps) > 10 and min(gaps) >= 0.19  # Crawl-delay: 0.2, although the crawl's own delay is 0


def test_the_user_agent_names_the_app(crawled: Crawled) -> None:
    assert crawled.site.en.agents == {USER_AGENT}


def test_errors_are_recorded_with_their_url_and_the_crawl_goes_on(crawled: Crawled) -> None:
    failed = _failed(crawled)
    assert failed["/missing/"] == (404, "HTTP 404 Not Found")
    assert failed["/broken/"] == (500, "HTTP 500 Internal Server Error")
    assert failed["/slow/"][0] is None and "no answer within 0.5 s" in failed["/slow/"][1]
    assert failed["/huge/"][0] == 200 and "larger than 1 MB" in failed["/huge/"][1]
    assert set(failed) == {"/missing/", "/broken/", "/slow/", "/huge/"}
    assert crawled.report.pages_failed == 4
    assert crawled.site.en.asked("/slow/") == 2, "a timeout is tried again"


def test_a_429_is_retried_after_its_retry_after(crawled: Crawled) -> None:
    assert crawled.site.en.requests[("/busy/", 429)] == 1
    assert crawled.site.en.downloads("/busy/") == 1
    assert "/busy/" not in _failed(crawled)


def test_non_html_is_skipped_but_attachments_are_kept(crawled: Crawled) -> None:
    captured = captured_responses(crawled.db.with_name("archive-captures"))
    base = crawled.site.en_url
    assert captured[f"{base}/upload/report.docx"] == 1
    assert captured[f"{base}/data/feed"] == 0 and captured[f"{base}/huge/"] == 0
    assert crawled.report.attachments_fetched == 1
    assert crawled.report.skipped >= 3  # the feed, the secret page, the redirect off the site


def test_every_response_is_kept_in_a_warc_file_record_by_record(crawled: Crawled) -> None:
    folder = crawled.db.with_name("archive-captures")
    (path,) = folder.glob("*.warc.gz")
    records = warc_records(folder)
    assert records[0][0] == "warcinfo"
    kinds = [kind for kind, _, _ in records[1:]]
    assert kinds == ["response", "request"] * (len(kinds) // 2)
    statuses = {(uri.removeprefix(crawled.site.en_url), status) for _, uri, status in records if uri}
    assert {("/missing/", "404"), ("/broken/", "500"), ("/busy/", "429"), ("/busy/", "200")} <= statuses
    assert ("/go-away/", "302") in statuses
    assert gzip_members(path) == len(records)
    assert path.read_bytes()[:2] == b"\x1f\x8b"
    with path.open("rb") as stream:
        assert b"WARC/1.1" in gzip.GzipFile(fileobj=stream).read(200)


def test_pages_are_imported_as_they_arrive_in_both_languages(crawled: Crawled) -> None:
    with Archive(crawled.db) as archive:
        english = archive.search("r5 lang:en")
        russian = archive.search("r5 lang:ru")
        assert english.total >= 1 and russian.total >= 1
        assert archive.search("kind:article").total == 2 * ARTICLES  # /busy/ serves article 2 again: one item
    assert crawled.report.items_new > 2 * ARTICLES
