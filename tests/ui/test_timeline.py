"""The timeline's axis: labels laid out for the width at hand, never shortened, never touching."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from press_archive.model import FacetCount
from press_archive.ui.timeline import TimelineView
from press_archive.ui.timeline_axis import GAP, AxisLabel, axis_labels

MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
NARROW, WIDE = 300, 1100


def _months(first: tuple[int, int], count: int) -> list[tuple[int, int]]:
    year, month = first
    return [(year + (month - 1 + step) // 12, (month - 1 + step) % 12 + 1) for step in range(count)]


def _seven_pixels_a_letter(text: str) -> float:
    return 7.0 * len(text)


def _layout(months: list[tuple[int, int]], width: float) -> list[AxisLabel]:
    return axis_labels(months, width, _seven_pixels_a_letter, lambda month: MONTH_NAMES[month - 1])


def _assert_readable(labels: list[AxisLabel], width: float, months: list[tuple[int, int]]) -> None:
    years = {str(year) for year, _month in months}
    for label in labels:
        assert label.text in years or label.text in MONTH_NAMES, label  # whole, never elided
        assert label.width == _seven_pixels_a_letter(label.text)
        assert label.left >= 0 and label.right <= width
    for before, after in pairwise(labels):
        assert after.left >= before.right + GAP, (before, after)


@pytest.mark.parametrize("width", [NARROW, WIDE])
@pytest.mark.parametrize("years", [1, 3, 20])
def test_the_labels_fit_side_by_side_and_always_tell_the_year(width: int, years: int) -> None:
    months = _months((2026 - years, 1), 12 * years)
    labels = _layout(months, width)
    _assert_readable(labels, width, months)
    assert labels and labels[0].text.isdigit()


def test_a_wide_year_names_every_month_and_a_narrow_one_every_other() -> None:
    months = _months((2025, 1), 12)
    assert [label.text for label in _layout(months, WIDE)] == ["2025", *MONTH_NAMES[1:]]
    assert [label.text for label in _layout(months, NARROW)] == ["2025", "Mar", "May", "Jul", "Sep", "Nov"]


def test_twenty_years_on_a_narrow_axis_name_every_fifth_year_under_its_bars() -> None:
    months = _months((2006, 1), 240)
    labels = _layout(months, NARROW)
    assert [label.text for label in labels] == ["2010", "2015", "2020", "2025"]
    slot = NARROW / 240
    centre = (labels[0].left + labels[0].right) / 2
    assert centre == pytest.approx((4 * 12 + 6) * slot)  # the middle of 2010's twelve bars


def test_a_search_starting_late_in_a_year_still_names_that_year_first() -> None:
    labels = _layout(_months((2024, 11), 6), WIDE)
    assert [label.text for label in labels] == ["2024", "Dec", "2025", "Feb", "Mar", "Apr"]


def test_a_plot_too_narrow_for_a_single_year_draws_no_label() -> None:
    assert _layout(_months((2025, 1), 3), 20) == []
    assert _layout([], WIDE) == []


@given(
    first=st.tuples(st.integers(1990, 2030), st.integers(1, 12)),
    count=st.integers(1, 480),
    width=st.floats(1, 3000),
)
def test_labels_never_touch_nor_leave_the_plot(first: tuple[int, int], count: int, width: float) -> None:
    months = _months(first, count)
    _assert_readable(_layout(months, width), width, months)


def _facets(years: int) -> tuple[FacetCount, ...]:
    return tuple(
        FacetCount(f"date:{year}-{month:02d}", f"{year}-{month:02d}", 1 + month)
        for year, month in _months((2026 - years, 1), 12 * years)
    )


@pytest.mark.parametrize("width", [NARROW, WIDE])
@pytest.mark.parametrize("years", [1, 3, 20])
def test_the_drawn_axis_fits_the_widget_at_its_width(
    qtbot: QtBot, english: None, width: int, years: int
) -> None:
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(width, view.height())
    view.show_months(_facets(years))
    view.show()
    qtbot.waitExposed(view)
    labels = view.axis_labels()
    plot = view.chart().plotArea()
    assert labels and labels[0].text.isdigit()
    for before, after in pairwise(labels):
        assert after.left >= before.right + GAP
    assert plot.left() + labels[0].left >= 0 and plot.left() + labels[-1].right <= width
    assert "…" not in "".join(label.text for label in labels)


def test_hovering_a_bar_tells_its_month_and_count(qtbot: QtBot, english: None) -> None:
    view = TimelineView()
    qtbot.addWidget(view)
    view.show_months((FacetCount("date:2025-03", "2025-03", 42), FacetCount("date:2025-05", "2025-05", 1)))
    assert view.bar_tooltip(0) == "March 2025: 42 items"
    assert view.bar_tooltip(1) == "April 2025: 0 items"
    assert view.bar_tooltip(2) == "May 2025: 1 item"
