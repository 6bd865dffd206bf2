"""The selective-search profile splits a first page into its SQL and its hits, and leaves the
search as it was."""

from __future__ import annotations

from benchmarks.queries import QueryCase
from benchmarks.search_profile import profile_search, profile_table

from press_archive.archive import Archive
from press_archive.archive import search as search_module


def test_a_first_page_splits_into_sql_and_hits_built(seeded_archive: Archive) -> None:
    build = search_module.hit_from_row
    (row,) = profile_search(seeded_archive.path, [QueryCase("name", "Masadykov", "Masadykov")], repeats=3)

    assert row["hits"] == seeded_archive.search("Masadykov").total > 0
    assert 0 < row["hits_built_p50_ms"] < row["page_p50_ms"]
    # each figure is rounded to hundredths on its own
    assert abs(row["sql_p50_ms"] + row["hits_built_p50_ms"] - row["page_p50_ms"]) <= 0.011
    assert search_module.hit_from_row is build
    assert "| name | Masadykov |" in profile_table([row])[2]
