"""Web archives imported into the archive: each sighting keeps the URL and time of its capture."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from helpers.cli import run_cli
from helpers.pages import html_page
from helpers.warc import html_response, write_warc
from press_archive.archive import Archive

URL = "https://en.odkb-csto.org/news/news_odkb/round-1/"
OTHER_URL = "https://en.odkb-csto.org/news/?PAGEN_1=2"


def _only_item_id(archive: Archive) -> str:
    (hit,) = archive.search("r1").hits
    return hit.item_id


def test_a_capture_s_url_and_time_reach_the_sighting_over_the_page_s_canonical_link(
    archive: Archive, tmp_path: Path
) -> None:
    path = tmp_path / "crawl.warc.gz"
    offsets = write_warc(path, [html_response(URL, html_page([1], url="https://elsewhere.example/canonical"))])
    report = archive.import_paths([path])
    assert report.ok and report.items_new == 1
    (sighting,) = archive.item(_only_item_id(archive)).sightings
    assert sighting.url == URL
    assert sighting.captured_at == dt.datetime(2025, 12, 5, 10, 11, 12, tzinfo=dt.UTC)
    assert sighting.source == f"{path}#{offsets[0]}"


def test_importing_a_capture_again_skips_it(archive: Archive, tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc"
    write_warc(path, [html_response(URL, html_page([1])), html_response(OTHER_URL, html_page([2, 1]))])
    first = archive.import_paths([path])
    assert (first.files_read, first.items_new, first.items_seen_again) == (2, 2, 1)
    again = archive.import_paths([path])
    assert (again.files_read, again.files_skipped, again.items_new) == (0, 2, 0)
    assert len(archive.item(_only_item_id(archive)).sightings) == 2


def test_two_captures_of_one_url_are_two_sightings_with_their_own_times(
    archive: Archive, tmp_path: Path
) -> None:
    path = tmp_path / "crawl.warc.gz"
    write_warc(
        path,
        [
            html_response(URL, html_page([1]), date="2025-12-05T10:00:00Z"),
            html_response(URL, html_page([1]).replace("<body>", "<body><!-- changed chrome -->"),
                          date="2026-01-10T09:30:00Z"),
        ],
    )
    report = archive.import_paths([path])
    assert (report.files_read, report.items_new, report.items_seen_again) == (2, 1, 1)
    sightings = archive.item(_only_item_id(archive)).sightings
    assert [(s.url, s.captured_at.isoformat() if s.captured_at else None) for s in sightings] == [
        (URL, "2025-12-05T10:00:00+00:00"),
        (URL, "2026-01-10T09:30:00+00:00"),
    ]


def test_show_json_gives_each_sighting_its_capture_time_or_null(tmp_path: Path) -> None:
    warc = tmp_path / "crawl.warc.gz"
    write_warc(warc, [html_response(URL, html_page([1]))])
    saved = tmp_path / "saved.html"
    saved.write_text(html_page([1]), encoding="utf-8")
    db = tmp_path / "archive.db"
    code, _out, _err = run_cli(db, "import", str(warc), str(saved))
    assert code == 0
    with Archive(db) as archive:
        item_id = _only_item_id(archive)
    code, out, _err = run_cli(db, "show", item_id, "--format", "json")
    assert code == 0
    sightings = json.loads(out)["sightings"]
    by_source = {s["source"]: (s["url"], s["captured_at"]) for s in sightings}
    assert by_source == {f"{warc}#0": (URL, "2025-12-05T10:11:12+00:00"), str(saved): (None, None)}
    code, out, _err = run_cli(db, "show", item_id)
    assert f"{URL} captured 2025-12-05 10:11:12 UTC" in out


def test_a_damaged_capture_is_reported_and_the_rest_imported(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    offsets = write_warc(path, [html_response(URL, html_page([1])), html_response(OTHER_URL, html_page([2]))])
    path.write_bytes(path.read_bytes()[: offsets[1] + 40])
    code, out, err = run_cli(tmp_path / "archive.db", "import", str(path))
    assert code == 1
    assert "1 files read" in out and "1 failed" in out
    assert f"error: {path}: damaged record at byte {offsets[1]}" in err
    with Archive(tmp_path / "archive.db") as archive:
        assert archive.search("r1").total == 1
        assert archive.search("r2").total == 0
