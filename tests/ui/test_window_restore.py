"""File ▸ Restore from Automatic Backup: backups listed, previewed against the data, restored."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot
from window_helpers import WAIT_MS, shown_ids

from press_archive.archive import Archive
from press_archive.model import RestoreReport
from press_archive.ui.main_window import MainWindow
from press_archive.ui.restore_dialog import RestoreDialog


def _counts(dialog: RestoreDialog, column: int) -> list[str]:
    return [dialog.preview.item(row, column).text() for row in range(dialog.preview.rowCount())]


def _make_two_backups_then_a_mistake(archive: Archive, ids: list[str]) -> None:
    user = archive.user
    start = dt.datetime(2026, 3, 1, 9, 0)
    user.tag(ids[:2], "Iran")
    user.set_note(ids[0], "first")
    assert user.auto_backup(now=start) is not None
    user.tag(ids[2:5], "Summit")
    user.set_note(ids[1], "second")
    user.create_collection("Reading", [ids[3]])
    assert user.auto_backup(now=start + dt.timedelta(minutes=5)) is not None
    user.delete_tag("Iran")
    user.delete_tag("Summit")
    user.set_note(ids[0], "")


def _open(qtbot: QtBot, window: MainWindow) -> RestoreDialog:
    dialog = window.restore_backup()
    with qtbot.waitSignal(dialog.previewed, timeout=WAIT_MS):
        pass
    return dialog


def test_the_preview_compares_each_backup_with_the_data_as_it_is(
    qtbot: QtBot, window: MainWindow, seeded_copy: Archive
) -> None:
    _make_two_backups_then_a_mistake(seeded_copy, shown_ids(window))
    dialog = _open(qtbot, window)
    assert dialog.backup_list.topLevelItemCount() == 2
    assert dialog.selected() is not None
    assert dialog.selected().path == seeded_copy.user.automatic_backups()[0]  # the newest first
    # rows: tags, tagged items, stars, notes, collections, saved searches
    assert _counts(dialog, 0) == ["2", "5", "0", "2", "1", "0"]
    assert _counts(dialog, 1) == ["0", "0", "0", "1", "1", "0"]
    assert _counts(dialog, 2) == ["2", "5", "0", "1", "0", "0"]
    with qtbot.waitSignal(dialog.previewed, timeout=WAIT_MS):
        dialog.backup_list.setCurrentItem(dialog.backup_list.topLevelItem(1))
    assert _counts(dialog, 0) == ["1", "2", "0", "1", "0", "0"]
    assert _counts(dialog, 2) == ["1", "2", "0", "1", "0", "0"]
    assert seeded_copy.user.tags() == []  # previewing wrote nothing


def test_restoring_merges_the_backup_and_the_window_shows_it(
    qtbot: QtBot, window: MainWindow, seeded_copy: Archive
) -> None:
    ids = shown_ids(window)
    _make_two_backups_then_a_mistake(seeded_copy, ids)
    dialog = _open(qtbot, window)
    with qtbot.waitSignal(dialog.previewed, timeout=WAIT_MS):
        dialog.backup_list.setCurrentItem(dialog.backup_list.topLevelItem(1))
    with (
        qtbot.waitSignal(dialog.restored, timeout=WAIT_MS) as restored,
        qtbot.waitSignals([window.writes.stored, dialog.previewed], timeout=WAIT_MS),
    ):
        dialog.restore_button.click()
    report = restored.args[0] if restored.args else None
    assert isinstance(report, RestoreReport)
    assert (report.item_tags_added, report.notes_added, report.collections_added) == (2, 1, 0)
    user = seeded_copy.user
    assert sorted(user.tagged("Iran")) == sorted(ids[:2])
    assert [tag.name for tag in user.tags()] == ["Iran"]
    assert user.note(ids[0]) == "first" and user.note(ids[1]) == "second"
    assert window.annotations.tag_names == ["Iran"]
    assert "2 tags on items" in dialog.outcome.text()
    assert dialog.backup_list.currentItem() is dialog.backup_list.topLevelItem(1)  # still chosen
    assert _counts(dialog, 2) == ["0"] * 6  # restoring it again would add nothing


def test_without_automatic_backups_the_dialog_says_so(qtbot: QtBot, window: MainWindow) -> None:
    dialog = window.restore_backup()
    with qtbot.waitSignal(dialog.listed, timeout=WAIT_MS):
        pass
    assert dialog.backup_list.topLevelItemCount() == 0
    assert not dialog.restore_button.isEnabled()
    assert "No automatic backups yet" in dialog.summary.text()
