"""The benchmark's "on screen" figure: the ranked page when it is quick, else the wait and the newest page."""

from __future__ import annotations

from benchmarks.measure_search import on_screen_ms

from press_archive.ui.search_session import PROVISIONAL_AFTER_MS


def test_a_quick_ranked_page_is_what_shows() -> None:
    assert on_screen_ms([PROVISIONAL_AFTER_MS - 10.0], [5.0]) == [PROVISIONAL_AFTER_MS - 10.0]


def test_a_slow_ranked_page_shows_the_newest_page_after_the_wait() -> None:
    assert on_screen_ms([3000.0, PROVISIONAL_AFTER_MS + 1.0], [25.0, 7.0]) == [
        PROVISIONAL_AFTER_MS + 25.0,
        PROVISIONAL_AFTER_MS + 7.0,
    ]
