"""The benchmark corpus generator, on a tiny size: the numbers it produces are only worth anything if
the same seed writes the same pages and the importer reads them into exactly the items promised."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from benchmarks.corpus import ITEMS_PER_PAGE, generate, pages_dir
from benchmarks.reader_scaling import DOUBLINGS, READERS, measure, worst_ratio

from press_archive.archive import Archive

ITEMS = 500  # 20 pages; with this seed they hold every article shape, HTML and cp1251 pages, undated teasers
SEED = 5


def _digests(folder: Path) -> dict[str, str]:
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def test_the_same_seed_writes_the_same_pages(tmp_path: Path) -> None:
    first = generate(250, SEED, tmp_path / "first", workers=1)
    again = generate(250, SEED, tmp_path / "again", workers=1)
    other = generate(250, SEED + 1, tmp_path / "other", workers=1)

    pages = _digests(pages_dir(first))
    assert len(pages) == 250 // ITEMS_PER_PAGE
    assert _digests(pages_dir(again)) == pages
    assert _digests(pages_dir(other)) != pages


def test_a_generated_corpus_is_reused_from_the_cache(tmp_path: Path) -> None:
    first = generate(250, SEED, tmp_path, workers=1)
    written = {path: path.stat().st_mtime_ns for path in pages_dir(first).rglob("*.*")}

    assert generate(250, SEED, tmp_path, workers=1) == first
    assert {path: path.stat().st_mtime_ns for path in pages_dir(first).rglob("*.*")} == written


def test_the_item_count_must_fill_whole_pages(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="multiple of 25"):
        generate(ITEMS_PER_PAGE + 1, SEED, tmp_path)


def test_the_pages_import_into_exactly_the_items_promised(tmp_path: Path) -> None:
    corpus = generate(ITEMS, SEED, tmp_path / "corpora", workers=1)
    assert corpus.html_pages > 0

    with Archive(tmp_path / "archive.db") as archive:
        report = archive.import_paths([pages_dir(corpus)])
        stats = archive.stats()
    with sqlite3.connect(tmp_path / "archive.db") as db:
        date_sources = {row[0] for row in db.execute("SELECT DISTINCT date_source FROM items")}

    assert report.failures == []
    assert (report.files_read, report.items_new) == (corpus.pages, corpus.items)
    assert report.items_seen_again == corpus.items_seen_again > 0
    assert stats.by_language == {"en": ITEMS // 2, "ru": ITEMS // 2}
    assert stats.first_date is not None and stats.first_date.year == 2000
    assert date_sources == {"line", "title", "prose", "none"}


def test_the_reader_scaling_benchmark_times_every_reader_at_each_doubling() -> None:
    for reader in READERS:
        times = measure(reader)
        assert [size for size, _seconds in times] == [reader.base * 2**step for step in range(DOUBLINGS)]
        assert worst_ratio(times) > 0
