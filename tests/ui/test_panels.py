"""The facet panel and the timeline, fed facets as the search contract describes them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from press_archive.model import FacetCount
from press_archive.ui.chip import Chip
from press_archive.ui.facet_panel import VALUE_ROLE, FacetPanel
from press_archive.ui.timeline import TimelineView, month_slots

FACETS = {
    "year": (FacetCount("date:2025", "2025", 9), FacetCount("date:2024", "2024", 2)),
    "month": (
        FacetCount("date:2025-12", "December 2025", 6),
        FacetCount("date:2025-06", "June 2025", 3),
        FacetCount("date:2024-11", "November 2024", 2),
    ),
    "language": (FacetCount("lang:en", "English", 8), FacetCount("lang:ru", "Russian", 3)),
    "tag": (FacetCount('tag:"Iran talks"', "Iran talks", 2),),
}


def test_facets_are_grouped_with_months_under_their_year(qtbot: QtBot) -> None:
    panel = FacetPanel()
    qtbot.addWidget(panel)
    panel.show_facets(FACETS)
    groups = [panel.tree.topLevelItem(index) for index in range(panel.tree.topLevelItemCount())]
    assert [group.text(0) for group in groups if group] == ["Date", "Language", "Tags"]
    date_group = groups[0]
    assert date_group is not None
    year_2025 = date_group.child(0)
    assert (year_2025.text(0), year_2025.text(1)) == ("2025", "9")
    assert [year_2025.child(index).data(0, VALUE_ROLE) for index in range(year_2025.childCount())] == [
        "date:2025-12", "date:2025-06"
    ]
    assert date_group.child(1).childCount() == 1


@pytest.mark.parametrize("estimated", [False, True])
def test_clicking_a_facet_announces_its_query_term(qtbot: QtBot, estimated: bool) -> None:
    """An estimated count is approximate, its term is not: it is clickable, even after a greyed count."""
    panel = FacetPanel()
    qtbot.addWidget(panel)
    panel.resize(260, 500)
    panel.show()
    panel.set_counting(True)
    panel.show_facets(FACETS, estimated=estimated)
    tags = panel.tree.topLevelItem(2)
    assert tags is not None
    rect = panel.tree.visualItemRect(tags.child(0))
    with qtbot.waitSignal(panel.facet_picked) as picked:
        qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert picked.args == ['tag:"Iran talks"']


def test_a_group_the_user_collapsed_stays_collapsed_on_the_next_search(qtbot: QtBot) -> None:
    panel = FacetPanel()
    qtbot.addWidget(panel)
    panel.show_facets(FACETS)
    language = panel.tree.topLevelItem(1)
    assert language is not None
    language.setExpanded(False)
    panel.show_facets(FACETS)
    again = panel.tree.topLevelItem(1)
    assert again is not None and not again.isExpanded()


def test_filter_chips_are_labelled_from_the_facets_and_remove_their_term(qtbot: QtBot) -> None:
    panel = FacetPanel()
    qtbot.addWidget(panel)
    panel.show_filters(["lang:ru", "name:Someone"])
    panel.show_facets(FACETS)
    chips = panel.findChildren(Chip)
    live = [chip for chip in chips if not chip.isHidden()]
    assert [chip.text() for chip in live] == ["Language: Russian", "name:Someone"]
    with qtbot.waitSignal(panel.filter_removed) as removed:
        live[0].click()
    assert removed.args == ["lang:ru"]


def test_month_slots_fill_the_gaps_between_months() -> None:
    slots = month_slots(FACETS["month"])
    assert (slots[0][0], slots[0][1]) == (2024, 11)
    assert (slots[-1][0], slots[-1][1]) == (2025, 12)
    assert len(slots) == 14
    assert [facet.count for *_month, facet in slots if facet] == [2, 3, 6]


def test_a_timeline_bar_narrows_to_its_month_and_an_empty_one_does_nothing(qtbot: QtBot) -> None:
    timeline = TimelineView()
    qtbot.addWidget(timeline)
    timeline.show_months(FACETS["month"])
    assert timeline.bar_count == 14
    with qtbot.waitSignal(timeline.month_picked) as picked:
        timeline.pick(13)
    assert picked.args == ["date:2025-12"]
    with qtbot.assertNotEmitted(timeline.month_picked):
        timeline.pick(1)
