"""The rebuild offer: an archive cut with older splitting rules is offered a rebuild above the results,
which runs in the background and reports what changed; "Not now" holds until the rules change."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from window_helpers import WAIT_MS, open_window

from press_archive.archive import Archive
from press_archive.archive.rebuild import RebuildReport
from press_archive.importer.split import RULES_VERSION
from press_archive.ui.main_window import MainWindow


def _cut_with_older_rules(archive: Archive) -> None:
    """As an archive made by a version before this one's rules says it was cut."""
    with sqlite3.connect(archive.path) as conn:
        conn.execute("UPDATE settings SET value = ? WHERE key = 'split_rules'", (str(RULES_VERSION - 1),))
    assert archive.needs_rebuild()


def _opened_with_offer(qtbot: QtBot, archive: Archive, settings: QSettings) -> MainWindow:
    window = MainWindow(archive, settings)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignals([window.counts_shown, window.rebuilds.offered], timeout=WAIT_MS):
        window.start()
    return window


def test_an_archive_cut_with_older_rules_is_offered_a_rebuild_that_reports_what_changed(
    qtbot: QtBot, seeded_copy: Archive, settings: QSettings
) -> None:
    _cut_with_older_rules(seeded_copy)
    window = _opened_with_offer(qtbot, seeded_copy, settings)
    assert window.rebuild_bar.isVisible()
    assert "older rules" in window.rebuild_bar.label.text()
    progress: list[int] = []
    window.runner.job_progressed.connect(lambda _job, done, _total: progress.append(done))
    reports: list[RebuildReport | None] = []
    window.rebuilds.finished.connect(reports.append)
    with qtbot.waitSignals([window.rebuilds.finished, window.results_shown], timeout=WAIT_MS):
        window.rebuilds.rebuild_button.click()
        assert not window.rebuild_bar.isVisible()
    (report,) = reports
    assert report is not None
    assert progress == list(range(1, report.pages + 1))
    assert not seeded_copy.needs_rebuild()
    assert window.status.currentMessage().startswith("Rebuild finished: 0 split, 0 merged")
    box = window.rebuilds.report_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "re-titled" in box.text()
    window.close()


def test_not_now_is_remembered_for_the_archive_until_the_rules_change(
    qtbot: QtBot, seeded_copy: Archive, settings: QSettings
) -> None:
    _cut_with_older_rules(seeded_copy)
    first = _opened_with_offer(qtbot, seeded_copy, settings)
    first.rebuilds.not_now_button.click()
    assert not first.rebuild_bar.isVisible()
    first.close()
    again = open_window(qtbot, seeded_copy, settings)
    qtbot.waitUntil(lambda: not again.runner.busy, timeout=WAIT_MS)
    assert not again.rebuild_bar.isVisible()
    assert seeded_copy.needs_rebuild()
    # Under newer rules than those the user put it off under, the offer comes back.
    again.settings.decline_rebuild(seeded_copy.path, RULES_VERSION - 1)
    again.close()
    _opened_with_offer(qtbot, seeded_copy, settings).close()


def test_an_archive_cut_with_these_rules_is_offered_nothing(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=WAIT_MS)
    assert not window.rebuild_bar.isVisible()
