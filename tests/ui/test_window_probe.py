"""The window benchmark's probe: it scrolls the way a user does and sees every row painted."""

from __future__ import annotations

from pathlib import Path

from benchmarks.measure_window import measure_window

from press_archive.archive import Archive


def test_the_probe_drags_through_the_whole_list_and_pages_down_to_its_end(
    large_copy: Archive, tmp_path: Path
) -> None:
    result = measure_window(large_copy.path, tmp_path, "all", "", scroll_seconds=60)

    assert "error" not in result, result
    assert result["total"] == 250 and result["first_rows"] == 100
    assert result["scroll_reached_bottom"] and result["scroll_rows"] == 250
    assert result["page_down_rows"] == 250  # the last row became current, its screen painted
    assert isinstance(result["first_results_seconds"], float)
    facets = result["facets_after_first_results_seconds"]
    counts = result["counts_after_first_results_seconds"]
    assert isinstance(facets, float) and isinstance(counts, float) and 0 <= facets <= counts
    assert isinstance(result["process_peak_rss_mib"], float)
