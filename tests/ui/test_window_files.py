"""Importing and exporting from the window: in the background, with progress, and a report of failures."""

from __future__ import annotations

import csv
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget
from pytestqt.qtbot import QtBot
from window_helpers import WAIT_MS, write_pages

from press_archive.archive.import_lock import holding_import_lock
from press_archive.exporters import FORMATS, IdSelection, QuerySelection
from press_archive.model import SearchRequest
from press_archive.ui.export_dialog import ExportChoice, ExportDialog
from press_archive.ui.import_report import ImportReportDialog
from press_archive.ui.main_window import MainWindow
from press_archive.ui.window_settings import WindowSettings


def test_an_import_adds_items_and_reports_each_failed_file(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    before = window.archive.stats().items
    folder = write_pages(tmp_path / "new", pages=2, items_per_page=3)
    (folder / "broken.html").write_bytes(b"\x00\x01\x02 not a page")
    progress: list[str] = []
    window.runner.job_progressed.connect(lambda _job, _done, name: progress.append(name))
    with qtbot.waitSignal(window.imports.finished, timeout=WAIT_MS) as finished:
        assert window.imports.import_paths([folder])
    report = finished.args[0]
    assert (report.items_new, len(report.failures)) == (6, 1)
    assert len(progress) == 3
    assert window.status.currentMessage().startswith("Import finished: 2 files read, 6 new items")
    (dialog,) = [dialog for dialog in window.findChildren(ImportReportDialog) if dialog.isVisible()]
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 0).text().endswith("broken.html")
    assert "binary" in dialog.table.item(0, 1).text()
    dialog.close()
    qtbot.waitUntil(lambda: window.model.rowCount() == before + 6, timeout=WAIT_MS)


def test_only_one_import_runs_at_a_time(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    folder = write_pages(tmp_path / "new", pages=1, items_per_page=1)
    with qtbot.waitSignal(window.imports.finished, timeout=WAIT_MS):
        assert window.imports.import_paths([folder])
        assert not window.imports.import_paths([folder])


def test_an_export_of_the_picked_items_writes_them_in_the_background(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    picked = (window.model.hit(1).item_id, window.model.hit(0).item_id)
    target = tmp_path / "picked.csv"
    with qtbot.waitSignal(window.exports.finished, timeout=WAIT_MS) as finished:
        window.exports.export(ExportChoice(IdSelection(picked), FORMATS["csv"], False, target))
    assert finished.args == [f"Exported 2 items to {target}."]
    with target.open(encoding="utf-8") as handle:
        assert [row["id"] for row in csv.DictReader(handle)] == list(picked)


def test_a_failed_export_says_why_in_the_status_bar(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    target = tmp_path / "empty.csv"
    choice = ExportChoice(QuerySelection(SearchRequest("nosuchwordanywhere")), FORMATS["csv"], False, target)
    with qtbot.waitSignal(window.exports.finished, timeout=WAIT_MS) as finished:
        window.exports.export(choice)
    assert finished.args[0].startswith("Export failed:")
    assert "nothing to export" in window.status.currentMessage()
    assert not target.exists()


def test_the_export_dialog_offers_the_picked_items_or_the_whole_search(qtbot: QtBot) -> None:
    search = SearchRequest("Masadykov")
    dialog = ExportDialog(["a1", "b2"], search, 4)
    qtbot.addWidget(dialog)
    assert dialog.picked_button.isChecked()
    assert dialog.selection() == IdSelection(("a1", "b2"))
    dialog.search_button.click()
    assert dialog.selection() == QuerySelection(search)
    assert "(4 items)" in dialog.search_button.text()
    nothing_picked = ExportDialog([], search, None)
    qtbot.addWidget(nothing_picked)
    assert not nothing_picked.picked_button.isEnabled()
    assert nothing_picked.search_button.isChecked()


def test_the_export_dialog_starts_from_the_last_format_and_folder(
    window: MainWindow, settings: QSettings, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    shown_formats: list[str] = []
    suggested_paths: list[str] = []

    def user_picks_json(dialog: ExportDialog) -> int:
        shown_formats.append(dialog.chosen_format.name)
        dialog.format.setCurrentIndex(dialog.format.findData("json"))
        return QDialog.DialogCode.Accepted.value

    def save_as(_parent: QWidget, _caption: str, suggested: str, _filter: str) -> tuple[str, str]:
        suggested_paths.append(suggested)
        return str(tmp_path / "reports" / "iran.json"), ""

    monkeypatch.setattr(ExportDialog, "exec", user_picks_json)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    first = window.exports.ask([], SearchRequest("Iran"), 4)
    second = window.exports.ask([], SearchRequest("Iran"), 4)
    assert first is not None and second is not None and first.format.name == "json"
    assert shown_formats == ["csv", "json"]
    again = str(tmp_path / "reports" / "press-archive-export.json")
    assert suggested_paths == ["press-archive-export.json", again]
    settings.sync()
    next_run = WindowSettings(QSettings(settings.fileName(), QSettings.Format.IniFormat), window.archive.path)
    assert (next_run.export_format, next_run.export_folder) == ("json", tmp_path / "reports")


def test_an_import_waits_for_another_and_says_so_in_the_status_bar(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    folder = write_pages(tmp_path / "new", pages=1, items_per_page=2)
    other_import = holding_import_lock(window.archive.path)
    other_import.__enter__()
    with qtbot.waitSignal(window.imports.finished, timeout=WAIT_MS) as finished:
        assert window.imports.import_paths([folder])
        expected = f"Waiting for another import (process {os.getpid()}) to end…"
        qtbot.waitUntil(lambda: window.status.task_label.text() == expected, timeout=WAIT_MS)
        other_import.__exit__(None, None, None)
    assert finished.args[0].items_new == 2
