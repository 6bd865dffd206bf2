"""`press-archive fetch` as users script it: the summary, exit codes, bad input, later runs, resuming."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest
from benchmarks.local_site import Site, garbage_server, running_site

from helpers.cli import run_cli
from helpers.fetching import captured_responses
from press_archive.archive import Archive
from press_archive.model import SearchRequest

JSON_FIELDS = {
    "pages_fetched", "pages_unchanged", "pages_failed", "items_new", "items_seen_again", "failed",
    "captures_dir", "elapsed_s",
}  # fmt: skip


def _fetch(db: Path, site: Site, *options: str) -> tuple[int, dict[str, object], str]:
    code, out, err = run_cli(db, "fetch", f"{site.en_url}/", f"{site.ru_url}/", "--delay", "0", *options)
    return code, (json.loads(out) if "--format" in options and code == 0 else {}), err


def _article_downloads(site: Site) -> list[int]:
    return [
        edition.downloads(f"/news/{number}/")
        for edition in (site.en, site.ru)
        for number in range(1, edition.articles + 1)
    ]


def test_the_json_summary_has_the_documented_fields(tmp_path: Path) -> None:
    with running_site(articles=5) as site:
        code, summary, _err = _fetch(tmp_path / "archive.db", site, "--format", "json")
    assert code == 0
    assert summary.keys() >= JSON_FIELDS
    assert summary["pages_fetched"] == 2 * (1 + 2 + 5)  # home, two listing pages, five articles
    assert summary["pages_failed"] == 0 and summary["failed"] == []
    assert summary["captures_dir"] == str(tmp_path / "archive-captures")
    assert isinstance(summary["items_new"], int) and summary["items_new"] >= 10


def test_the_text_summary_is_one_line_and_failures_are_listed_on_stderr(tmp_path: Path) -> None:
    with running_site(articles=3) as site:
        code, out, err = run_cli(
            tmp_path / "archive.db", "fetch", f"{site.en_url}/", f"{site.en_url}/nowhere/", "--delay", "0"
        )
    assert code == 0
    assert len(out.strip().splitlines()) == 1
    assert "5 pages fetched, 0 unchanged, 1 failed" in out
    assert f"error: {site.en_url}/nowhere/: HTTP 404 Not Found" in err


@pytest.mark.parametrize("given", ["not-a-url", "ftp://example.org/", "http://", "http://host:99999/"])
def test_a_malformed_url_is_named_in_one_line(tmp_path: Path, given: str) -> None:
    code, _out, err = run_cli(tmp_path / "archive.db", "fetch", given)
    assert code == 2
    assert repr(given) in err and "Traceback" not in err


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_no_answer_from_any_start_url_exits_1_with_one_line(tmp_path: Path) -> None:
    url = f"http://127.0.0.1:{_closed_port()}/"
    code, out, err = run_cli(tmp_path / "archive.db", "fetch", url, "--delay", "0")
    assert code == 1 and out == ""
    assert err.startswith(f"Error: nothing could be fetched: {url}: ") and "cannot connect" in err
    assert len(err.strip().splitlines()) == 1


def test_a_server_answering_garbage_is_named(tmp_path: Path) -> None:
    with garbage_server() as url:
        code, _out, err = run_cli(tmp_path / "archive.db", "fetch", f"{url}/", "--delay", "0")
    assert code == 1
    assert f"{url}/" in err and "not valid HTTP" in err and "Traceback" not in err


def test_a_later_run_downloads_only_the_new_article(tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    with running_site(articles=6) as site:
        assert _fetch(db, site)[0] == 0
        site.en.articles += 1
        code, summary, _err = _fetch(db, site, "--format", "json")
        assert code == 0
        assert site.en.downloads("/news/7/") == 1
        assert _article_downloads(site) == [1] * 13, "no known article is downloaded again"
        assert site.ru.requests[("/", 304)] == 1, "the unchanged Russian home page answered 304"
        assert site.en.downloads("/") == 2 and site.en.downloads("/news/") == 2
        assert site.en.asked("/news/?PAGEN_1=2") == 2, "the listing is walked until it brings no news"
    assert summary["pages_unchanged"] == 1
    assert summary["items_new"] == 3  # the new article, its teaser in side columns, its entry in the listing
    with Archive(db) as archive:
        assert archive.search("r7 lang:en kind:article").total == 1


def test_full_checks_every_known_page_without_downloading_it_again(tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    with running_site(articles=4) as site:
        _code, first, _err = _fetch(db, site, "--format", "json")
        code, again, _err = _fetch(db, site, "--full", "--format", "json")
    assert code == 0
    assert again["pages_fetched"] == 0 and again["items_new"] == 0
    assert again["pages_unchanged"] == first["pages_fetched"]


def test_a_page_limit_stops_the_run_and_the_next_run_goes_on(tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    with running_site(articles=6) as site:
        code, stopped, _err = _fetch(db, site, "--max-pages", "5", "--format", "json")
        assert code == 0 and stopped["complete"] is False and stopped["pages_fetched"] == 5
        code, resumed, _err = _fetch(db, site, "--format", "json")
        assert code == 0 and resumed["resumed"] is True and resumed["complete"] is True
        assert _article_downloads(site) == [1] * 12
        downloads = site.en.total_downloads()
        assert downloads.pop("/robots.txt") == 2, "robots.txt is read again by each run"
        assert set(downloads.values()) == {1}
    captured = captured_responses(tmp_path / "archive-captures")
    assert len(list((tmp_path / "archive-captures").glob("*.warc.gz"))) == 2, "each run writes its own file"
    assert {count for url, count in captured.items() if not url.endswith("/robots.txt")} == {1}


def test_the_capture_folder_rebuilds_the_same_items_with_their_capture_times(tmp_path: Path) -> None:
    """The web-archive files a fetch keeps are the archive: imported into an empty one, they give
    the same items with the same ids, seen at the same URLs at the same times; a rebuild keeps them."""
    fetched = tmp_path / "fetched.db"
    with running_site(articles=3) as site:
        code, _summary, _err = _fetch(fetched, site)
    assert code == 0
    rebuilt = tmp_path / "rebuilt.db"
    with Archive(fetched) as archive:
        captures = archive.captures_dir
        assert archive.rebuild().kept == archive.stats().items
    code, _out, err = run_cli(rebuilt, "import", str(captures))
    assert code == 0, err

    def sightings(path: Path) -> dict[str, set[tuple[str | None, str | None]]]:
        with Archive(path) as archive:
            ids = [hit.item_id for hit in archive.search(SearchRequest("", limit=1000)).hits]
            return {
                item_id: {
                    (sighting.url, sighting.captured_at.isoformat() if sighting.captured_at else None)
                    for sighting in archive.item(item_id).sightings
                }
                for item_id in ids
            }

    original = sightings(fetched)
    assert original and sightings(rebuilt) == original
    assert all(captured for seen in original.values() for _url, captured in seen)
