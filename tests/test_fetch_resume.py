"""A fetch killed with SIGKILL at any moment, then run again, finishes without downloading again what it
had captured, and the archive ends as an uninterrupted fetch leaves it."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest
from benchmarks.local_site import running_site

from helpers.archive_state import damage, read_state
from helpers.command import kill_at_progress, press_archive
from helpers.fetching import captured_responses, crawl, gzip_members

ARTICLES = 25


@pytest.mark.slow
@pytest.mark.parametrize("kill_at", [3, 37])
def test_a_killed_fetch_resumes_without_downloading_again(tmp_path: Path, kill_at: int) -> None:
    db = tmp_path / "archive.db"
    with running_site(ARTICLES) as site:
        urls = [f"{site.en_url}/", f"{site.ru_url}/"]
        killed = kill_at_progress(db, ["fetch", *urls, "--delay", "0"], "Fetched", kill_at)
        assert killed.returncode == -signal.SIGKILL, "the fetch ended before it could be killed"
        assert damage(db) == []
        done = press_archive(db, "fetch", *urls, "--delay", "0")
        assert done.returncode == 0, done.stderr
        assert "0 failed" in done.stdout
        # The one URL the kill caught in the middle of its request, if any, is the only one asked again.
        asked_again = [
            (edition.language, path)
            for edition in (site.en, site.ru)
            for path, count in edition.total_downloads().items()
            if count > 1 and path != "/robots.txt"
        ]
        assert len(asked_again) <= 1, asked_again
        for edition in (site.en, site.ru):
            assert all(edition.downloads(f"/news/{number}/") >= 1 for number in range(1, ARTICLES + 1))
        reference = tmp_path / "reference.db"
        crawl(reference, urls)
    # Item keys count the items of a day in the order they came, which a resumed run changes.
    resumed_items = {item_id: row[1:] for item_id, row in read_state(db).items.items()}
    assert resumed_items == {item_id: row[1:] for item_id, row in read_state(reference).items.items()}
    assert not any(row[1] is None for row in resumed_items.values()), "every item of the site is dated"
    folder = tmp_path / "archive-captures"
    killed_file, resumed_file = sorted(folder.glob("*.warc.gz"), key=lambda path: path.stat().st_mtime)
    assert gzip_members(resumed_file) > 1
    captured = captured_responses(folder)
    pages = {url: count for url, count in captured.items() if not url.endswith("/robots.txt")}
    expected = captured_responses(reference.with_name("reference-captures"))
    assert {url.split("/", 3)[3] for url in pages} == {
        url.split("/", 3)[3] for url in expected if not url.endswith("/robots.txt")
    }
    assert sum(count - 1 for count in pages.values()) <= 1
    assert killed_file.stat().st_size > 0
