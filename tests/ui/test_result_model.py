"""The result list's model: a page at a time, fetched in the background as the view scrolls."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, QSettings
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from window_helpers import WAIT_MS, open_window

from helpers.hit_list_reads import recorded_reads
from press_archive.archive import Archive, hit_list
from press_archive.archive.hit_list import FirstPage
from press_archive.model import Annotation, SearchRequest, SortOrder
from press_archive.ui import result_model
from press_archive.ui.jobs import JobRunner
from press_archive.ui.main_window import MainWindow
from press_archive.ui.result_model import ANNOTATION_ROLE, BATCH_SIZE, HIT_ROLE, ResultListModel
from press_archive.ui.search_session import read_first_page

Rows = list[tuple[int, int]]
FIRST_PAGE = SearchRequest(sort=SortOrder.NEWEST, limit=BATCH_SIZE, with_total=False)


def _first_page(qtbot: QtBot, runner: JobRunner, request: SearchRequest = FIRST_PAGE) -> FirstPage:
    pages: list[FirstPage] = []
    runner.submit(lambda context: read_first_page(context, request), pages.append)
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
    assert model.rowCount() == 250  # the tester asked for more after every page, to the last
    model.set_total(250)
    qtmodeltester.check(model)
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

    def disk_error(*_args: Any) -> None:
        raise OSError("disk I/O error")

    monkeypatch.setattr(hit_list, "search", disk_error)
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


def _counted(qtbot: QtBot, runner: JobRunner, total: int = 250) -> ResultListModel:
    """A model of the newest-first search of the 250 items, its count known."""
    model = ResultListModel(runner)
    model.show_page(_first_page(qtbot, runner))
    model.set_total(total)
    return model


def _read(qtbot: QtBot, model: ResultListModel, row: int) -> tuple[int, int]:
    """Ask for a row not in memory; the rows that repainted when its page arrived."""
    with qtbot.waitSignal(model.dataChanged, timeout=WAIT_MS) as repainted:
        assert model.index(row).data(HIT_ROLE) is None  # a placeholder until the page arrives
    first, last = repainted.args[:2]
    return first.row(), last.row()


def test_once_counted_every_row_is_there_and_a_row_far_down_reads_its_page(
    qtbot: QtBot, large_copy: Archive
) -> None:
    runner = JobRunner(large_copy)
    inserted: list[tuple[int, int]] = []
    model = ResultListModel(runner)
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    model.show_page(_first_page(qtbot, runner))
    model.set_total(250)
    everything = [hit.item_id for hit in large_copy.search(dataclasses.replace(FIRST_PAGE, limit=1000)).hits]

    assert inserted == [(100, 249)] and model.rowCount() == 250
    assert not model.canFetchMore(QModelIndex())
    assert model.item_id(240) is None
    assert _read(qtbot, model, 240) == (200, 249)
    assert model.index(240).data(HIT_ROLE).item_id == everything[240]
    assert model.item_id(249) == everything[249]
    assert model.row_of(everything[249]) == 249
    runner.shutdown()


def test_a_page_after_one_read_follows_it_by_cursor_and_others_are_read_by_offset(
    qtbot: QtBot, large_copy: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    runner = JobRunner(large_copy)
    model = _counted(qtbot, runner)
    calls = recorded_reads(monkeypatch, "search")
    _read(qtbot, model, 210)  # its page follows one never read
    _read(qtbot, model, 150)  # its page follows the first
    asked: list[SearchRequest] = [request for _db, request, _concepts in calls]

    assert [(request.cursor is not None, request.offset, request.limit) for request in asked] == [
        (False, 200, BATCH_SIZE), (True, 0, BATCH_SIZE),
    ]  # fmt: skip
    assert not any(request.with_total or request.with_facets for request in asked)
    runner.shutdown()


def test_a_ranked_list_reads_its_order_once_then_its_pages_by_id(
    qtbot: QtBot, large_copy: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    ranked = SearchRequest(query="meeting", limit=BATCH_SIZE, with_total=False)
    everything = large_copy.search(dataclasses.replace(ranked, limit=1000)).hits
    runner = JobRunner(large_copy)
    model = ResultListModel(runner)
    model.show_page(_first_page(qtbot, runner, ranked))
    model.set_total(250)
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
    assert model.item_id(249) is None  # counted but not scrolled: the order is not read
    _read(qtbot, model, 220)  # the first page read after the first asks for it
    # Row 150's page is never read, so only the order can name it.
    qtbot.waitUntil(lambda: model.item_id(150) is not None, timeout=WAIT_MS)  # the order is in
    searched = recorded_reads(monkeypatch, "search")

    assert model.known_ids(0, 249) == [hit.item_id for hit in everything]  # the order names every row
    _read(qtbot, model, 180)
    assert searched == []  # read by id: nothing ranked again
    shown = [model.hit(row) for row in range(100, 200)]
    assert shown == [dataclasses.replace(hit, score=0.0) for hit in everything[100:200]]
    runner.shutdown()


def test_pages_scrolled_away_leave_memory_and_are_read_again_when_shown(
    qtbot: QtBot, large_copy: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(result_model, "PAGES_KEPT", 2)
    runner = JobRunner(large_copy)
    model = _counted(qtbot, runner)
    everything = [hit.item_id for hit in large_copy.search(dataclasses.replace(FIRST_PAGE, limit=1000)).hits]
    _read(qtbot, model, 230)
    _read(qtbot, model, 150)  # the first page, shown longest ago, leaves

    assert _read(qtbot, model, 5) == (0, BATCH_SIZE - 1)
    assert model.hit(5).item_id == everything[5]
    assert model.hit(150).item_id == everything[150]
    assert model.hit(230) is None  # the last page left in turn
    assert model.item_id(230) == everything[230]  # ids stay, at eight bytes a row
    runner.shutdown()


def test_the_page_after_one_shown_is_read_ahead_when_a_cursor_reaches_it(
    qtbot: QtBot, large_copy: Archive
) -> None:
    runner = JobRunner(large_copy)
    model = _counted(qtbot, runner)
    with qtbot.waitSignal(model.dataChanged, timeout=WAIT_MS) as read_ahead:
        assert model.hit(99) is not None
    assert [index.row() for index in read_ahead.args[:2]] == [100, 199]
    assert model.hit(150) is not None
    runner.shutdown()


def test_while_the_scroll_bar_is_dragged_only_the_pages_asked_for_last_are_read(
    qtbot: QtBot, large_copy: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(result_model, "READS_AT_ONCE", 1)
    monkeypatch.setattr(result_model, "WANTED_KEPT", 1)
    runner = JobRunner(large_copy)
    model = ResultListModel(runner)
    model.show_page(_first_page(qtbot, runner, dataclasses.replace(FIRST_PAGE, limit=10)))
    model.set_total(250)
    read: list[int] = []
    model.dataChanged.connect(lambda first, _last, _roles: read.append(first.row()))
    for row in (15, 25, 35, 45):
        model.index(row).data(HIT_ROLE)
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)

    assert read == [10, 40]  # the first asked for was being read; of the rest only the last
    runner.shutdown()


def _named(qtbot: QtBot, runner: JobRunner, model: ResultListModel, rows: Rows) -> list[str]:
    """The ids of these rows, read in a job as a command's are (the hit list keeps those it reads)."""
    hits = model.hit_list
    assert hits is not None
    named: list[list[str]] = []
    runner.submit(lambda _context: hits.read_ids(rows), named.append)
    qtbot.waitUntil(lambda: bool(named), timeout=WAIT_MS)
    return named[0]


def test_the_ids_of_rows_never_read_are_read_in_a_job_in_the_searchs_order_then_known(
    qtbot: QtBot, large_copy: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    runner = JobRunner(large_copy)
    model = _counted(qtbot, runner)
    _read(qtbot, model, 220)
    everything = [hit.item_id for hit in large_copy.search(dataclasses.replace(FIRST_PAGE, limit=1000)).hits]
    calls = recorded_reads(monkeypatch, "hit_ids")

    assert model.known_ids(205, 210) == everything[205:211]
    assert model.known_ids(120, 130) is None
    assert model.known_ids(0, 249) is None
    assert calls == []  # asking what is known reads nothing
    assert _named(qtbot, runner, model, [(120, 130)]) == everything[120:131]
    assert model.known_ids(120, 130) == everything[120:131]
    assert model.known_ids(0, 249) == everything
    assert model.known_ids(95, 205) == everything[95:206]
    # Page 1, whole, once: page 0 came with the search, and page 2 was read.
    assert [(offset, limit) for *_search, offset, limit in calls] == [(100, 100)]
    runner.shutdown()


def test_each_run_of_pages_never_read_is_asked_for_in_one_go(
    qtbot: QtBot, large_copy: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    runner = JobRunner(large_copy)
    model = ResultListModel(runner)
    model.show_page(_first_page(qtbot, runner, dataclasses.replace(FIRST_PAGE, limit=10)))
    model.set_total(250)
    _read(qtbot, model, 35)
    everything = [hit.item_id for hit in large_copy.search(dataclasses.replace(FIRST_PAGE, limit=1000)).hits]
    calls = recorded_reads(monkeypatch, "hit_ids")

    named = _named(qtbot, runner, model, [(5, 12), (18, 99)])
    assert named == everything[5:13] + everything[18:100], "read and known pages, joined in list order"
    assert model.known_ids(5, 99) == everything[5:100]
    # Pages 1-2 and 4-9: pages 0 and 3 were read.
    assert [(offset, limit) for *_search, offset, limit in calls] == [(10, 20), (40, 60)]
    runner.shutdown()


def test_ids_read_for_the_previous_search_are_not_kept(qtbot: QtBot, large_copy: Archive) -> None:
    runner = JobRunner(large_copy)
    model = _counted(qtbot, runner)
    assert len(_named(qtbot, runner, model, [(0, 249)])) == 250
    model.show_page(_first_page(qtbot, runner, dataclasses.replace(FIRST_PAGE, sort=SortOrder.OLDEST)))
    model.set_total(250)

    assert model.known_ids(100, 249) is None  # the newest-first ids are not the rows of this search
    runner.shutdown()


def test_only_items_with_user_data_keep_an_annotation_and_others_read_as_empty(
    qtbot: QtBot, large_copy: Archive
) -> None:
    runner = JobRunner(large_copy)
    model = ResultListModel(runner)
    model.show_page(_first_page(qtbot, runner))
    first = model.item_id(0)
    assert first is not None

    large_copy.user.star([first])
    model.update_annotations(large_copy.user.annotations([first]))
    assert model.annotation(first).starred
    large_copy.user.star([first], False)
    model.update_annotations(large_copy.user.annotations([first]))

    assert model.annotation(first) == Annotation(first)
    assert model.annotation("0123456789abcdef") == Annotation("0123456789abcdef")
    runner.shutdown()


def _selected_ids(qtbot: QtBot, window: MainWindow) -> list[str]:
    """The ids of the window's selection, once read."""
    found: list[list[str]] = []
    window.results.with_selected_ids(found.append)
    qtbot.waitUntil(lambda: bool(found), timeout=WAIT_MS)
    return found[0]


def test_dragging_the_scroll_bar_to_the_end_paints_the_last_rows_and_select_all_picks_every_item(
    qtbot: QtBot, large_copy: Archive, settings: QSettings
) -> None:
    window = open_window(qtbot, large_copy, settings)
    view = window.results.list
    assert window.model.rowCount() == 250
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum())
    last = window.model.index(249)
    qtbot.waitUntil(lambda: last.data(HIT_ROLE) is not None, timeout=WAIT_MS)
    assert view.visualRect(last).bottom() <= view.viewport().height()
    everything = [hit.item_id for hit in large_copy.search(dataclasses.replace(FIRST_PAGE, limit=1000)).hits]

    view.selectAll()
    assert _selected_ids(qtbot, window) == everything
    window.close()


def test_a_selection_made_in_pieces_gives_each_item_once_in_list_order(
    qtbot: QtBot, large_copy: Archive, settings: QSettings
) -> None:
    window = open_window(qtbot, large_copy, settings)
    selection = window.results.list.selectionModel()
    model = window.model
    select = QItemSelectionModel.SelectionFlag.Select
    selection.select(QItemSelection(model.index(150), model.index(160)), select)
    selection.select(QItemSelection(model.index(2), model.index(4)), select)
    selection.select(QItemSelection(model.index(155), model.index(170)), select)
    everything = [hit.item_id for hit in large_copy.search(dataclasses.replace(FIRST_PAGE, limit=1000)).hits]

    assert _selected_ids(qtbot, window) == everything[2:5] + everything[150:171]
    window.close()


def test_the_last_row_opens_without_the_window_reading_the_pages_before_it(
    qtbot: QtBot, large_copy: Archive, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """End on a list whose last page was never read: the reading pane's job finds the item."""
    window = open_window(qtbot, large_copy, settings)
    model = window.model
    assert model.rowCount() == 250 and model.item_id(249) is None
    everything = [hit.item_id for hit in large_copy.search(dataclasses.replace(FIRST_PAGE, limit=1000)).hits]
    calls = recorded_reads(monkeypatch, "hit_ids")

    with qtbot.waitSignal(window.detail_shown, timeout=WAIT_MS) as shown:
        window.results.list.setCurrentIndex(model.index(249))
    assert shown.args == [everything[249]]
    # At most the one row, read alone by the job (unless the page painted at the end came first): no
    # page of ids before it was read.
    assert all((offset, limit) == (249, 1) for *_search, offset, limit in calls)
    window.close()
