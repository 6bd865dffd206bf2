"""The result list's model: a page at a time, fetched in the background as the view scrolls."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QSettings
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from window_helpers import WAIT_MS, open_window

from press_archive.archive import Archive
from press_archive.model import SearchRequest, SortOrder
from press_archive.ui.jobs import JobRunner
from press_archive.ui.result_model import (
    ANNOTATION_ROLE,
    BATCH_SIZE,
    HIT_ROLE,
    ResultListModel,
    ResultPage,
    fetch_page,
)

FIRST_PAGE = SearchRequest(sort=SortOrder.NEWEST, limit=BATCH_SIZE, with_total=False)


def _first_page(qtbot: QtBot, runner: JobRunner, request: SearchRequest = FIRST_PAGE) -> ResultPage:
    pages: list[ResultPage] = []
    runner.submit(lambda context: fetch_page(context, request), pages.append)
    qtbot.waitUntil(lambda: bool(pages), timeout=WAIT_MS)
    return pages[0]


def test_the_model_passes_qts_model_checks_while_it_fetches(
    qtbot: QtBot, qtmodeltester: ModelTester, large_copy: Archive
) -> None:
    runner = JobRunner(large_copy)
    model = ResultListModel(runner)
    model.show_page(_first_page(qtbot, runner))
    qtmodeltester.check(model)
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
    assert model.rowCount() == 2 * BATCH_SIZE  # the tester asked for one more page
    runner.shutdown()


def test_pages_arrive_in_batches_in_order_until_the_last_row(qtbot: QtBot, large_copy: Archive) -> None:
    runner = JobRunner(large_copy)
    model = ResultListModel(runner)
    model.show_page(_first_page(qtbot, runner))
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    while model.canFetchMore(model.index(-1)):
        model.fetchMore(model.index(-1))
        assert not model.canFetchMore(model.index(-1))  # one fetch at a time
        qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
    assert inserted == [(100, 199), (200, 249)]  # the last row is inclusive
    everything = large_copy.search(dataclasses.replace(FIRST_PAGE, limit=1000)).hits
    assert [model.index(row).data(HIT_ROLE).item_id for row in range(model.rowCount())] == [
        hit.item_id for hit in everything
    ]
    runner.shutdown()


def test_a_known_total_stops_fetching_exactly_at_the_end(qtbot: QtBot, large_copy: Archive) -> None:
    runner = JobRunner(large_copy)
    model = ResultListModel(runner)
    model.show_page(_first_page(qtbot, runner, dataclasses.replace(FIRST_PAGE, query="meeting")))
    assert model.canFetchMore(model.index(-1))
    model.set_total(BATCH_SIZE)
    assert not model.canFetchMore(model.index(-1))
    runner.shutdown()


def test_a_page_of_the_previous_search_is_dropped(qtbot: QtBot, large_copy: Archive) -> None:
    runner = JobRunner(large_copy)
    model = ResultListModel(runner)
    model.show_page(_first_page(qtbot, runner))
    model.fetchMore(model.index(-1))
    model.show_page(_first_page(qtbot, runner, dataclasses.replace(FIRST_PAGE, sort=SortOrder.OLDEST)))
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
    assert model.rowCount() == BATCH_SIZE
    assert model.index(0).data(HIT_ROLE).item_id == large_copy.search(
        dataclasses.replace(FIRST_PAGE, sort=SortOrder.OLDEST, limit=1)
    ).hits[0].item_id
    runner.shutdown()


def test_a_failed_page_stops_fetching_and_says_why(
    qtbot: QtBot, large_copy: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    runner = JobRunner(large_copy)
    model = ResultListModel(runner)
    model.show_page(_first_page(qtbot, runner))

    def disk_error(_request: SearchRequest) -> None:
        raise OSError("disk I/O error")

    monkeypatch.setattr(large_copy, "search", disk_error)
    with qtbot.waitSignal(model.fetch_failed, timeout=WAIT_MS) as failed:
        model.fetchMore(model.index(-1))
    assert failed.args == ["Could not load more results: disk I/O error"]
    assert not model.canFetchMore(model.index(-1))
    assert model.rowCount() == BATCH_SIZE
    runner.shutdown()


def test_annotations_come_with_each_page_and_updates_repaint_their_row(
    qtbot: QtBot, large_copy: Archive
) -> None:
    newest = large_copy.search(dataclasses.replace(FIRST_PAGE, limit=1)).hits[0].item_id
    large_copy.user.star([newest])
    runner = JobRunner(large_copy)
    model = ResultListModel(runner)
    model.show_page(_first_page(qtbot, runner))
    assert model.index(0).data(ANNOTATION_ROLE).starred
    changed: list[int] = []
    model.dataChanged.connect(lambda first, _last, _roles: changed.append(first.row()))
    large_copy.user.tag([newest], "checked")
    model.update_annotations(large_copy.user.annotations([newest]))
    assert changed == [0]
    assert model.index(0).data(ANNOTATION_ROLE).tags == ("checked",)
    runner.shutdown()


def test_scrolling_the_window_to_the_end_loads_every_row(
    qtbot: QtBot, large_copy: Archive, settings: QSettings
) -> None:
    window = open_window(qtbot, large_copy, settings)
    assert window.model.rowCount() == BATCH_SIZE
    view = window.results.list

    def scrolled_to_the_end() -> bool:
        view.scrollToBottom()
        return window.model.rowCount() == 250

    qtbot.waitUntil(scrolled_to_the_end, timeout=WAIT_MS)
    window.close()
