"""The benchmark's "on screen" figure: the ranked page when it is quick, else the first of the
ranked page and the newest-first one, which is held to the end of the wait."""

from __future__ import annotations

from benchmarks.measure_search import on_screen_ms

from press_archive.ui.search_session import PROVISIONAL_AFTER_MS


def test_a_quick_ranked_page_is_what_shows() -> None:
    assert on_screen_ms(PROVISIONAL_AFTER_MS - 10.0, 5.0) == PROVISIONAL_AFTER_MS - 10.0


def test_a_newest_page_that_came_early_shows_at_the_end_of_the_wait() -> None:
    assert on_screen_ms(3000.0, 25.0) == PROVISIONAL_AFTER_MS


def test_a_newest_page_later_than_the_wait_shows_when_it_comes() -> None:
    assert on_screen_ms(3000.0, PROVISIONAL_AFTER_MS + 30.0) == PROVISIONAL_AFTER_MS + 30.0


def test_a_ranked_page_before_the_newest_one_shows_first() -> None:
    assert on_screen_ms(PROVISIONAL_AFTER_MS + 5.0, PROVISIONAL_AFTER_MS + 40.0) == PROVISIONAL_AFTER_MS + 5.0
