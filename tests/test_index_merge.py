"""The full-text index is merged into one segment after an import that grows the archive a lot, and
left to FTS5's own merging after a small one (merging rewrites the whole index)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from press_archive.archive import Archive


def _pages(folder: Path, first: int, pages: int, items_per_page: int = 10) -> Path:
    folder.mkdir(parents=True)
    for page in range(first, first + pages):
        blocks = []
        for position in range(items_per_page):
            number = page * items_per_page + position
            day = dt.date(2010, 1, 1) + dt.timedelta(days=number)
            blocks.append(f"{day:%d.%m.%Y}\n\nThe Council met in session {number} on collective security.")
        (folder / f"page_{page:03d}.txt").write_text("\n\n\n".join(blocks) + "\n", encoding="utf-8")
    return folder


def _segments(archive: Archive) -> int:
    with sqlite3.connect(f"file:{archive.path}?mode=ro", uri=True) as db:
        return int(db.execute("SELECT count(DISTINCT segid) FROM items_fts_idx").fetchone()[0])


def test_a_large_import_merges_the_index_and_a_small_one_leaves_it(archive: Archive, tmp_path: Path) -> None:
    assert archive.import_paths([_pages(tmp_path / "first", 0, 30)], workers=1).ok
    assert _segments(archive) == 1

    assert archive.import_paths([_pages(tmp_path / "small", 30, 1)], workers=1).items_new == 10  # 3 %
    assert _segments(archive) == 2

    assert archive.import_paths([_pages(tmp_path / "large", 31, 10)], workers=1).items_new == 100  # 32 %
    assert _segments(archive) == 1
    assert archive.search("session").total == 410
    assert archive.search('"session 305"').total == 1
