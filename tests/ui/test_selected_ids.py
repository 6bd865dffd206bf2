"""The ids of the selection: from memory when its rows were shown, else read in a job off the GUI thread.

The 250-item archive opens with its first 100 rows read and rows 100-249 counted but never shown,
so a select-all there is, in small, a select-all over a million hits.
"""

from __future__ import annotations

import csv
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from edit_helpers import select_rows, shown_dialog
from PySide6.QtCore import QPoint, QSettings, Qt
from pytestqt.qtbot import QtBot
from window_helpers import WAIT_MS, open_window

from press_archive.archive import Archive, hit_list
from press_archive.exporters import FORMATS, IdSelection
from press_archive.model import SearchRequest, SortOrder
from press_archive.ui import results_pane
from press_archive.ui.export_dialog import ExportChoice
from press_archive.ui.main_window import MainWindow
from press_archive.ui.tag_picker import TagPicker

ALL_NEWEST = SearchRequest(sort=SortOrder.NEWEST, limit=1000)


@pytest.fixture
def window(qtbot: QtBot, large_copy: Archive, settings: QSettings) -> Iterator[MainWindow]:
    opened = open_window(qtbot, large_copy, settings)
    assert opened.model.rowCount() == 250 and opened.model.known_ids(100, 249) is None
    yield opened
    opened.close()


def _everything(archive: Archive) -> list[str]:
    return [hit.item_id for hit in archive.search(ALL_NEWEST).hits]


def _reading_threads(monkeypatch: pytest.MonkeyPatch) -> list[threading.Thread]:
    """The thread of every read of ids from now on; the archive answers as before."""
    threads: list[threading.Thread] = []
    real = hit_list.hit_ids

    def hit_ids(*args: Any) -> list[str]:
        threads.append(threading.current_thread())
        return real(*args)

    monkeypatch.setattr(hit_list, "hit_ids", hit_ids)
    return threads


def _selecting_all(
    window: MainWindow, archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> tuple[list[str], list[threading.Thread]]:
    """Select every row; returns every item in list order and the threads that read ids from now on."""
    everything = _everything(archive)
    threads = _reading_threads(monkeypatch)
    window.results.list.selectAll()
    return everything, threads


def _gated(monkeypatch: pytest.MonkeyPatch) -> tuple[threading.Event, threading.Event]:
    """A read of ids waits until the second event is set; the first is set once a read waits."""
    waiting, release = threading.Event(), threading.Event()
    real = hit_list.hit_ids

    def hit_ids(*args: Any) -> list[str]:
        waiting.set()
        release.wait(WAIT_MS / 1000)  # a failed test must not leave a pool thread waiting for ever
        return real(*args)

    monkeypatch.setattr(hit_list, "hit_ids", hit_ids)
    return waiting, release


def _reading_a_select_all(
    qtbot: QtBot, window: MainWindow, archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> tuple[list[list[str]], threading.Event]:
    """Select all and ask for the ids; returns once their read waits for the event, with the list
    the ids are delivered to."""
    waiting, release = _gated(monkeypatch)
    window.results.list.selectAll()
    found: list[list[str]] = []
    window.results.with_selected_ids(found.append)
    qtbot.waitUntil(waiting.is_set, timeout=WAIT_MS)
    return found, release


def _all_delivered(qtbot: QtBot, window: MainWindow) -> None:
    """Every job has ended and its outcome has been delivered or dropped."""
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=WAIT_MS)


def test_select_all_over_rows_never_shown_reads_their_ids_off_the_gui_thread_in_list_order(
    qtbot: QtBot, window: MainWindow, large_copy: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    everything, threads = _selecting_all(window, large_copy, monkeypatch)
    found: list[list[str]] = []

    window.results.with_selected_ids(found.append)
    assert found == []  # rows 100-249 were never shown: their ids are being read
    assert window.status.reading_note.isVisible()
    assert window.status.reading_note.text() == "Reading the 250 selected items…"
    qtbot.waitUntil(lambda: bool(found), timeout=WAIT_MS)
    assert found == [everything]
    assert threads and threading.main_thread() not in threads
    assert not window.status.reading_note.isVisible()

    window.results.with_selected_ids(found.append)
    assert found == [everything, everything]  # kept: asked again, answered at once
    assert len(threads) == 1


def test_a_selection_of_rows_shown_is_answered_at_once_from_memory(
    qtbot: QtBot, window: MainWindow, large_copy: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads = _reading_threads(monkeypatch)
    ids = select_rows(window, [7, 1, 3])
    found: list[list[str]] = []

    window.results.with_selected_ids(found.append)
    assert found == [[ids[1], ids[2], ids[0]]]  # before any event is processed, in list order
    assert not window.status.reading_note.isVisible()
    _all_delivered(qtbot, window)
    assert threads == []


def test_many_rows_shown_are_named_in_a_job_without_reading_the_archive(
    qtbot: QtBot, window: MainWindow, large_copy: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Writing out a million known ids takes a third of a second: past a few, it is the job's."""
    monkeypatch.setattr(results_pane, "NAMED_AT_ONCE_UP_TO", 50)
    everything = _everything(large_copy)
    threads = _reading_threads(monkeypatch)
    select_rows(window, list(range(80)))
    assert window.results.known_selected_ids() is None  # a menu does not write them out either
    found: list[list[str]] = []

    window.results.with_selected_ids(found.append)
    assert found == []
    qtbot.waitUntil(lambda: bool(found), timeout=WAIT_MS)
    assert found == [everything[:80]]
    assert threads == []  # the first page's ids were known: nothing was read


def test_with_nothing_selected_the_current_row_is_picked_even_one_never_read(
    qtbot: QtBot, window: MainWindow, large_copy: Archive
) -> None:
    everything = _everything(large_copy)
    with qtbot.waitSignal(window.detail_shown, timeout=WAIT_MS):
        window.results.list.setCurrentIndex(window.model.index(240))
    window.results.list.selectionModel().clearSelection()
    found: list[list[str]] = []

    window.results.with_selected_ids(found.append)
    qtbot.waitUntil(lambda: bool(found), timeout=WAIT_MS)
    assert found == [[everything[240]]]


def _search_again(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.results_shown, timeout=WAIT_MS):
        window.search("meeting")


def _pick_another_row(_qtbot: QtBot, window: MainWindow) -> None:
    select_rows(window, [0])


@pytest.mark.parametrize("move_on", [_search_again, _pick_another_row])
def test_moving_on_while_the_ids_are_read_drops_the_command(
    qtbot: QtBot,
    window: MainWindow,
    large_copy: Archive,
    monkeypatch: pytest.MonkeyPatch,
    move_on: Callable[[QtBot, MainWindow], None],
) -> None:
    found, release = _reading_a_select_all(qtbot, window, large_copy, monkeypatch)

    move_on(qtbot, window)
    assert not window.status.reading_note.isVisible()
    release.set()
    _all_delivered(qtbot, window)
    assert found == []


def test_a_new_request_supersedes_one_under_way(
    qtbot: QtBot, window: MainWindow, large_copy: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    everything = _everything(large_copy)
    first, release = _reading_a_select_all(qtbot, window, large_copy, monkeypatch)
    second: list[list[str]] = []

    window.results.with_selected_ids(second.append)
    release.set()
    qtbot.waitUntil(lambda: bool(second), timeout=WAIT_MS)
    _all_delivered(qtbot, window)
    assert (first, second) == ([], [everything])


def test_ids_that_cannot_be_read_are_reported_in_the_status_bar(
    qtbot: QtBot, window: MainWindow, large_copy: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_error(*_args: Any) -> list[str]:
        raise OSError("disk I/O error")

    monkeypatch.setattr(hit_list, "hit_ids", disk_error)
    window.results.list.selectAll()

    window.commands.toggle_star.trigger()
    qtbot.waitUntil(lambda: window.status.currentMessage() != "", timeout=WAIT_MS)
    assert window.status.currentMessage() == "Could not read the selected items: disk I/O error"
    _all_delivered(qtbot, window)
    assert not window.status.reading_note.isVisible()
    assert large_copy.user.starred() == []
    assert window.undo_stack.count() == 0


def test_ctrl_d_on_a_select_all_stars_every_item(
    qtbot: QtBot, window: MainWindow, large_copy: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    everything, threads = _selecting_all(window, large_copy, monkeypatch)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)

    qtbot.keyClick(window.results.list, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.undo_stack.count() == 1, timeout=WAIT_MS)
    assert set(large_copy.user.starred()) == set(everything)
    assert threads and threading.main_thread() not in threads
    assert window.undo_stack.undoText() == "Star 250 items"


def test_tagging_a_select_all_tags_every_item(qtbot: QtBot, window: MainWindow, large_copy: Archive) -> None:
    everything = _everything(large_copy)
    window.results.list.selectAll()

    window.commands.tag_selection.trigger()
    picker = shown_dialog(qtbot, window, TagPicker)
    picker.field.setText("checked")
    picker.accept()
    qtbot.waitUntil(lambda: window.undo_stack.count() == 1, timeout=WAIT_MS)
    assert set(large_copy.user.tagged("checked")) == set(everything)


def test_exporting_a_select_all_writes_every_item_in_list_order(
    qtbot: QtBot, window: MainWindow, large_copy: Archive, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    everything = _everything(large_copy)
    target = tmp_path / "all.csv"
    offered: list[list[str]] = []

    def ask(picked: list[str], _search: SearchRequest, _total: int | None) -> ExportChoice:
        """The dialog, answered: the picked items, as CSV."""
        offered.append(picked)
        return ExportChoice(IdSelection(tuple(picked)), FORMATS["csv"], False, target)

    monkeypatch.setattr(window.exports, "ask", ask)
    window.results.list.selectAll()
    with qtbot.waitSignal(window.exports.finished, timeout=WAIT_MS) as finished:
        window.commands.export_selection.trigger()
    assert offered == [everything]
    assert finished.args == [f"Exported 250 items to {target}."]
    with target.open(encoding="utf-8") as handle:
        assert [row["id"] for row in csv.DictReader(handle)] == everything


def test_opening_the_menus_on_a_select_all_of_rows_never_shown_reads_no_ids(
    qtbot: QtBot, window: MainWindow, large_copy: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    everything = _everything(large_copy)
    user = large_copy.user
    user.star(everything[:100])  # every row shown is starred; the rows never shown are not known
    user.create_collection("Summit", [everything[200]])
    user.create_collection("Empty", [])
    with qtbot.waitSignal(window.collection_flow.changed, timeout=WAIT_MS):
        window.writes.reload(collections=True)
    with qtbot.waitSignal(window.counts_shown, timeout=WAIT_MS):
        window.refresh()
    threads = _reading_threads(monkeypatch)
    view = window.results.list
    view.selectAll()

    window.edit_menu.popup(window.mapToGlobal(QPoint(0, 0)))
    qtbot.waitUntil(window.edit_menu.isVisible, timeout=WAIT_MS)
    assert window.commands.toggle_star.text() == "&Star"
    window.edit_menu.close()
    view.customContextMenuRequested.emit(view.visualRect(window.model.index(0)).center())
    menu = window.edits.menu
    qtbot.waitUntil(menu.isVisible, timeout=WAIT_MS)
    assert window.commands.toggle_star.text() == "&Star"
    assert menu.add_menu.isEnabled()
    assert [action.text() for action in menu.remove_menu.actions()] == ["Summit"]  # any that holds items
    _all_delivered(qtbot, window)
    assert threads == []
    assert not window.status.reading_note.isVisible()

    (remove,) = menu.remove_menu.actions()
    remove.trigger()
    menu.close()
    qtbot.waitUntil(lambda: window.undo_stack.count() == 1, timeout=WAIT_MS)
    assert user.collection("Summit").item_ids == ()


def test_adding_a_select_all_to_a_collection_adds_every_item(
    qtbot: QtBot, window: MainWindow, large_copy: Archive
) -> None:
    everything = _everything(large_copy)
    large_copy.user.create_collection("Summit", [])
    with qtbot.waitSignal(window.collection_flow.changed, timeout=WAIT_MS):
        window.writes.reload(collections=True)
    view = window.results.list
    view.selectAll()
    view.customContextMenuRequested.emit(view.visualRect(window.model.index(0)).center())
    menu = window.edits.menu
    qtbot.waitUntil(menu.isVisible, timeout=WAIT_MS)

    (summit,) = [action for action in menu.add_menu.actions() if action.text() == "Summit"]
    summit.trigger()
    menu.close()
    qtbot.waitUntil(lambda: len(large_copy.user.collection("Summit").item_ids) == 250, timeout=WAIT_MS)
    assert large_copy.user.collection("Summit").item_ids == tuple(everything)

