"""The bundled seeds end up as exactly 11 distinct items, each with the pages it was seen on."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from press_archive.archive import Archive
from press_archive.model import DateSource, Kind, Language, SearchRequest, SortOrder

SEED_000 = "000_05943768274f5f1f.txt"
SEED_002 = "002_0cc2601fd5e2dbb7.txt"
SEED_003 = "003_67fe90acdcfdd66c.txt"

# (date, kind, date source, start of body, seed pages it was seen on)
EXPECTED = [
    ("2026-02-13", Kind.TEASER, DateSource.LINE, "On 13 February, a traditional meeting", {SEED_003}),
    (
        "2026-02-13",
        Kind.TEASER,
        DateSource.LINE,
        "CSTO Secretary General Talatbek Masadykov addressed",
        {SEED_003},
    ),
    ("2026-02-12", Kind.TEASER, DateSource.LINE, "Secretary of the Security Council", {SEED_003}),
    ("2026-02-12", Kind.TEASER, DateSource.LINE, "On 12 February, a briefing", {SEED_003}),
    ("2026-02-11", Kind.TEASER, DateSource.LINE, "On 11 February 2026, a meeting took place", {SEED_003}),
    ("2025-12-05", Kind.TEASER, DateSource.LINE, "On December 4, at the invitation", {SEED_000, SEED_002}),
    (
        "2025-12-05",
        Kind.TEASER,
        DateSource.LINE,
        "The CSTO Deputy Secretary General Valery Semerikov",
        {SEED_000, SEED_002},
    ),
    (
        "2025-12-05",
        Kind.TEASER,
        DateSource.LINE,
        "A delegation from the CSTO Secretariat, led by",
        {SEED_000, SEED_002},
    ),
    ("2025-11-24", Kind.ARTICLE, DateSource.LINE, "On November 27, a joint meeting", {SEED_000}),
    ("2025-08-27", Kind.ARTICLE, DateSource.TITLE, "On August 26, 2025, in Moscow", {SEED_003}),
    ("2025-06-26", Kind.ARTICLE, DateSource.TITLE, "Safar Umarzoda, Head of the Department", {SEED_002}),
]
ARTICLE_TITLES = {
    "2025-11-24": "Announcement: Meetings of the CSTO statutory bodies will be held in Bishkek",
    "2025-08-27": "Consultations were held between representatives of the CSTO member states on the agenda "
    "of the 80th session of the UN General Assembly",
    "2025-06-26": "The Head of the Department for Countering Challenges and Threats of the CSTO Secretariat "
    "took part in the Annual Conference on the Review of Security Issues",
}


def _all_items(archive: Archive) -> list[str]:
    result = archive.search(SearchRequest(sort=SortOrder.NEWEST, limit=100))
    return [hit.item_id for hit in result.hits]


def test_seeds_give_exactly_eleven_items_item_by_item(seeded_archive: Archive) -> None:
    ids = _all_items(seeded_archive)
    assert len(ids) == len(EXPECTED) == 11
    items = [seeded_archive.item(item_id) for item_id in ids]
    assert [item.date for item in items] == [dt.date.fromisoformat(expected[0]) for expected in EXPECTED]
    for date, kind, source, lead, pages in EXPECTED:
        (item,) = [item for item in items if item.body[0].startswith(lead)]
        assert item.date == dt.date.fromisoformat(date)
        assert item.kind is kind, item.title
        assert item.date_source is source, item.title
        assert item.body[0].startswith(lead), item.body[0]
        assert item.language is Language.EN
        assert {Path(s.source).name for s in item.sightings} == pages
        if kind is Kind.ARTICLE:
            assert item.title == ARTICLE_TITLES[date]
            assert not item.title_derived
        else:
            assert item.title_derived
            assert item.title and lead.startswith(item.title[:20].rstrip("…").rstrip())


def test_seed_report_counts_new_and_seen_again(archive: Archive, seeds_dir: Path) -> None:
    report = archive.import_paths([seeds_dir])
    assert (report.files_read, report.files_skipped, report.items_new, report.items_seen_again) == (
        3,
        0,
        11,
        3,
    )
    assert report.ok


def test_reimport_is_idempotent_and_skips_unchanged_files(seeded_archive: Archive, seeds_dir: Path) -> None:
    before = seeded_archive.stats()
    report = seeded_archive.import_paths([seeds_dir])
    assert (report.files_read, report.files_skipped, report.items_new) == (0, 3, 0)
    assert seeded_archive.stats() == before


def test_same_pages_from_another_place_add_sightings_not_items(
    seeded_archive: Archive, seeds_dir: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "copy"
    shutil.copytree(seeds_dir, copy)
    report = seeded_archive.import_paths([copy])
    assert (report.files_read, report.items_new, report.items_seen_again) == (3, 0, 14)
    stats = seeded_archive.stats()
    assert (stats.items, stats.sources) == (11, 6)
    sahand = seeded_archive.search("Sahand").hits[0]
    assert len(seeded_archive.item(sahand.item_id).sightings) == 4


def test_stats_describe_the_seeds(seeded_archive: Archive) -> None:
    stats = seeded_archive.stats()
    assert stats.items == 11
    assert stats.sources == 3
    assert stats.by_language == {"en": 11}
    assert stats.by_year == {"2025": 6, "2026": 5}
    assert stats.first_date == dt.date(2025, 6, 26)
    assert stats.last_date == dt.date(2026, 2, 13)
