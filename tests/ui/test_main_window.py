"""The real window, driven as a user drives it: typing, facets, the reading pane, sorting, keys, errors."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QTreeWidgetItem
from pytestqt.qtbot import QtBot
from window_helpers import WAIT_MS, open_window, shown_ids

from press_archive.archive import Archive
from press_archive.model import Kind, SearchRequest, SortOrder
from press_archive.ui.chip import Chip
from press_archive.ui.facet_panel import VALUE_ROLE
from press_archive.ui.main_window import MainWindow


def _facet_entry(window: MainWindow, value: str) -> QTreeWidgetItem:
    tree = window.facets.tree
    for group_index in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(group_index)
        assert group is not None
        for index in range(group.childCount()):
            if group.child(index).data(0, VALUE_ROLE) == value:
                return group.child(index)
    raise AssertionError(f"no facet {value}")


def test_typing_a_query_shows_the_archives_results_in_its_order(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.results_shown, timeout=WAIT_MS):
        qtbot.keyClicks(window.search_bar.edit, "Masadykov")
    expected = window.archive.search(SearchRequest("Masadykov", limit=100)).hits
    assert 1 < len(expected) < window.archive.stats().items
    assert shown_ids(window) == [hit.item_id for hit in expected]


def test_the_status_bar_shows_the_count_once_it_is_known(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.counts_shown, timeout=WAIT_MS):
        window.search_bar.set_query("Masadykov")
    total = window.archive.search(SearchRequest("Masadykov")).total
    assert window.status.counts.text().startswith(f"{total} items · ")
    assert window.status.counts.text().endswith(" ms")


def test_clicking_a_facet_adds_its_term_and_narrows_the_results(qtbot: QtBot, window: MainWindow) -> None:
    tree = window.facets.tree
    entry = _facet_entry(window, "kind:article")
    with qtbot.waitSignal(window.counts_shown, timeout=WAIT_MS):
        qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(entry).center())
    assert window.search_bar.query == "kind:article"
    rows = [window.model.hit(row) for row in range(window.model.rowCount())]
    assert rows and all(hit.kind is Kind.ARTICLE for hit in rows)
    chips = [chip for chip in window.facets.findChildren(Chip) if not chip.isHidden()]
    assert [chip.text() for chip in chips] == ["Kind: Article"]


def test_removing_a_filter_chip_widens_the_results_again(qtbot: QtBot, window: MainWindow) -> None:
    everything = window.model.rowCount()
    with qtbot.waitSignal(window.counts_shown, timeout=WAIT_MS):
        window.search_bar.set_query("kind:article")
    assert window.model.rowCount() < everything
    (chip,) = [chip for chip in window.facets.findChildren(Chip) if not chip.isHidden()]
    with qtbot.waitSignal(window.counts_shown, timeout=WAIT_MS):
        qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    assert window.search_bar.query == ""
    assert window.model.rowCount() == everything


def test_a_timeline_bar_narrows_the_search_to_its_month(qtbot: QtBot, window: MainWindow) -> None:
    timeline = window.results.timeline
    assert timeline.isVisible() and timeline.bar_count > 1
    with qtbot.waitSignal(window.counts_shown, timeout=WAIT_MS):
        timeline.pick(timeline.bar_count - 1)
    newest = max(hit.date for hit in window.archive.search(SearchRequest(limit=100)).hits if hit.date)
    assert window.search_bar.query == f"date:{newest:%Y-%m}"
    hits = [window.model.hit(row) for row in range(window.model.rowCount())]
    months = {f"{hit.date:%Y-%m}" for hit in hits if hit.date}
    assert months == {f"{newest:%Y-%m}"}


def test_selecting_a_result_shows_it_in_the_reading_pane(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.results_shown, timeout=WAIT_MS):
        window.search_bar.set_query("Serdyukov")
    hit = window.model.hit(0)
    with qtbot.waitSignal(window.detail_shown, timeout=WAIT_MS) as shown:
        window.results.list.setCurrentIndex(window.model.index(0))
    assert shown.args == [hit.item_id]
    item = window.archive.item(hit.item_id)
    text = window.detail.browser.toPlainText()
    assert item.title in text
    assert item.body[0] in text
    assert "Found by the search “Serdyukov”" in text
    assert window.detail.annotation_bar.isVisible()


def test_sorting_by_date_orders_the_rows_both_ways(qtbot: QtBot, window: MainWindow) -> None:
    def dates() -> list[dt.date]:
        hits = [window.model.hit(row) for row in range(window.model.rowCount())]
        assert all(hit.date for hit in hits)  # the seed items are all dated
        return [hit.date for hit in hits if hit.date]

    with qtbot.waitSignal(window.results_shown, timeout=WAIT_MS):
        window.search_bar.set_sort(SortOrder.OLDEST)
    assert dates() == sorted(dates())
    with qtbot.waitSignal(window.results_shown, timeout=WAIT_MS):
        window.commands.sort_orders[SortOrder.NEWEST].trigger()
    assert dates() == sorted(dates(), reverse=True)
    assert window.search_bar.sort_order is SortOrder.NEWEST


def test_the_keyboard_reaches_everything(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_bar.edit.hasFocus()
    with qtbot.waitSignal(window.detail_shown, timeout=WAIT_MS) as first:
        qtbot.keyClick(window.search_bar.edit, Qt.Key.Key_Down)
    assert window.results.list.hasFocus()
    assert first.args == [window.model.hit(0).item_id]
    with qtbot.waitSignal(window.detail_shown, timeout=WAIT_MS) as second:
        qtbot.keyClick(window.results.list, Qt.Key.Key_Down)
    assert second.args == [window.model.hit(1).item_id]
    qtbot.keyClick(window.results.list, Qt.Key.Key_Return)
    assert window.detail.browser.hasFocus()
    control_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_F, control_shift)
    assert window.facets.tree.hasFocus()
    window.search_bar.edit.setText("Masadykov")
    with qtbot.waitSignal(window.results_shown, timeout=WAIT_MS):
        qtbot.keyClick(window.facets.tree, Qt.Key.Key_Escape)
    assert window.search_bar.query == ""
    assert window.search_bar.edit.hasFocus()


def test_a_query_error_is_shown_under_the_field_not_in_a_dialog(qtbot: QtBot, window: MainWindow) -> None:
    rows_before = window.model.rowCount()
    with qtbot.waitSignal(window.session.failed, timeout=WAIT_MS):
        window.search_bar.set_query('"joint staff')
    hint = window.search_bar.hint.text()
    assert "quot" in hint.lower()
    assert "character" in hint
    assert QApplication.activeModalWidget() is None
    assert window.model.rowCount() == rows_before  # the last good results stay, with their facets
    assert window.facets.tree.isEnabled()
    with qtbot.waitSignal(window.results_shown, timeout=WAIT_MS):
        window.search_bar.set_query('"joint staff"')
    assert window.search_bar.hint.text() == ""


def test_a_result_of_an_older_query_never_replaces_a_newer_one(qtbot: QtBot, window: MainWindow) -> None:
    shown: list[str] = []
    window.results_shown.connect(lambda: shown.append(window.session.query))
    with qtbot.waitSignal(window.counts_shown, timeout=WAIT_MS):
        window.search_bar.set_query("CSTO")
        window.search_bar.set_query("Masadykov")
    assert shown == ["Masadykov"]
    assert shown_ids(window) == [hit.item_id for hit in window.archive.search("Masadykov").hits]


def test_the_window_remembers_sort_query_history_and_panes(
    qtbot: QtBot, seeded_copy: Archive, settings: QSettings
) -> None:
    first = open_window(qtbot, seeded_copy, settings)
    with qtbot.waitSignal(first.results_shown, timeout=WAIT_MS):
        first.search_bar.set_sort(SortOrder.OLDEST)
    with qtbot.waitSignal(first.results_shown, timeout=WAIT_MS):
        first.search_bar.edit.setText("Masadykov")
        qtbot.keyClick(first.search_bar.edit, Qt.Key.Key_Return)
    first.commands.show_timeline.setChecked(False)
    first.close()
    second = open_window(qtbot, seeded_copy, settings)
    assert second.session.sort is SortOrder.OLDEST
    assert second.search_bar.query == "Masadykov"
    assert second.session.query == "Masadykov"
    assert "Masadykov" in second.search_bar.suggestions
    assert not second.commands.show_timeline.isChecked()
    assert not second.results.timeline.isVisible()
    second.close()


def test_the_hint_names_the_other_names_a_concept_was_searched_by(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.results_shown, timeout=WAIT_MS):
        window.search_bar.set_query("CSTO")
    hint = window.search_bar.hint.text()
    assert hint.startswith("also searched: ОДКБ, Collective Security Treaty Organization")
    with qtbot.waitSignal(window.results_shown, timeout=WAIT_MS):
        window.search_bar.set_query('"CSTO"')
    assert window.search_bar.hint.text() == ""
