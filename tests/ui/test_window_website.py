"""The window and the website: updating from it in the background, the first start on an empty archive,
opening an item on the site, web archives dropped on the window. Every fetch goes to a real HTTP
server on 127.0.0.1 serving a synthetic copy of the site."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from benchmarks.local_site import Site, running_site
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDropEvent
from pytestqt.qtbot import QtBot
from window_helpers import WAIT_MS, open_window

from helpers.fetching import TEST_CLIENT
from helpers.pages import html_page
from helpers.warc import html_response, write_warc
from press_archive.archive import Archive
from press_archive.ui.main_window import MainWindow
from press_archive.ui.preferences import Preferences
from press_archive.web.report import CrawlReport

FETCH_WAIT_MS = 60_000


@pytest.fixture(scope="module")
def site() -> Iterator[Site]:
    with running_site(articles=9, trouble=True) as served:
        yield served


def _point_at(window: MainWindow, site: Site) -> None:
    """Update from the local site, with no delay and the tests' short timeouts."""
    preferences = Preferences(fetch_sites=(f"{site.en_url}/",), fetch_delay=0.0)
    window.preferences.apply(preferences)
    window.fetches.client = TEST_CLIENT


def _update(qtbot: QtBot, window: MainWindow) -> CrawlReport:
    with qtbot.waitSignal(window.fetches.finished, timeout=FETCH_WAIT_MS) as finished:
        window.commands.update_from_site.trigger()
    report = finished.args[0]
    assert isinstance(report, CrawlReport)
    return report


def test_an_update_fetches_the_site_in_the_background_and_lists_what_failed(
    qtbot: QtBot, window: MainWindow, site: Site
) -> None:
    before = window.model.rowCount()
    assert window.status.last_update.text() == "Never updated from the website"
    _point_at(window, site)
    progress: list[CrawlReport] = []
    window.fetches.progressed.connect(progress.append)
    report = _update(qtbot, window)
    assert report.complete and report.items_new > 0
    assert [snapshot.requests for snapshot in progress] == sorted(snapshot.requests for snapshot in progress)
    dialog = window.fetch_dialog
    assert dialog.isVisible()
    assert dialog.figures["new"].text() == str(report.items_new)
    failed = {dialog.failures.item(row, 0).text() for row in range(dialog.failures.rowCount())}
    assert failed == {failure.url for failure in report.failed}
    assert any(url.endswith("/missing/") for url in failed)
    assert dialog.state.text().startswith("Update finished:")
    assert window.status.currentMessage().startswith("Update finished:")
    qtbot.waitUntil(lambda: window.model.rowCount() == before + report.items_new, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.status.last_update.text().startswith("Updated from the website "),
                    timeout=WAIT_MS)


def test_results_appear_while_the_update_runs_and_a_cancel_stops_it_between_pages(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    before = window.model.rowCount()
    with running_site(articles=20, crawl_delay=0.2) as slow_site:
        _point_at(window, slow_site)
        with qtbot.waitSignal(window.fetches.finished, timeout=FETCH_WAIT_MS) as finished:
            window.commands.update_from_site.trigger()
            qtbot.waitUntil(lambda: window.model.rowCount() > before, timeout=FETCH_WAIT_MS)
            assert window.fetches.running
            window.status.cancel_button.click()
            assert not window.status.cancel_button.isEnabled()
        report = finished.args[0]
        assert not report.complete and report.queued > 0
        assert window.status.currentMessage().startswith("Update stopped:")
        assert window.archive.stats().items == before + report.items_new
        # The next update goes on from there and finishes.
        resumed = _update(qtbot, window)
        assert resumed.resumed and resumed.complete


def test_an_update_with_no_answer_says_so_in_one_line(
    qtbot: QtBot, window: MainWindow, site: Site
) -> None:
    _point_at(window, site)
    window.preferences.apply(Preferences(fetch_sites=("http://127.0.0.1:9/",), fetch_delay=0.0))
    report = _update(qtbot, window)
    assert report.unreachable
    assert window.status.currentMessage().startswith("Nothing could be fetched: http://127.0.0.1:9/")


def test_only_one_task_runs_at_a_time(qtbot: QtBot, window: MainWindow, site: Site, tmp_path: Path) -> None:
    _point_at(window, site)
    with qtbot.waitSignal(window.fetches.finished, timeout=FETCH_WAIT_MS):
        window.commands.update_from_site.trigger()
        window.commands.update_from_site.trigger()  # shows the details again, starts nothing
        window._import([tmp_path])
        assert not window.imports.running
        assert window.status.currentMessage().startswith("An import, export, update or rebuild is running")


def test_an_empty_archive_gets_the_sample_pages_and_is_offered_the_site(
    qtbot: QtBot, archive: Archive, settings: QSettings
) -> None:
    window = open_window(qtbot, archive, settings)
    qtbot.waitUntil(lambda: window.model.rowCount() == archive.stats().items > 0, timeout=WAIT_MS)
    assert window.empty_bar.isVisible()
    assert "three sample pages" in window.empty_bar.label.text()
    assert window.fetch_site_button.isVisible()
    window.close()


def test_an_empty_archive_offers_to_fetch_the_site(
    qtbot: QtBot, archive: Archive, settings: QSettings, site: Site
) -> None:
    window = open_window(qtbot, archive, settings)
    qtbot.waitUntil(lambda: not window.imports.running and archive.stats().items > 0, timeout=WAIT_MS)
    _point_at(window, site)
    with qtbot.waitSignal(window.fetches.finished, timeout=FETCH_WAIT_MS):
        window.fetch_site_button.click()
    assert not window.empty_bar.isVisible()
    qtbot.waitUntil(lambda: window.model.rowCount() == archive.stats().items > 0, timeout=WAIT_MS)
    window.close()


def test_update_on_start_when_preferences_say_so(
    qtbot: QtBot, seeded_copy: Archive, settings: QSettings, site: Site
) -> None:
    first = open_window(qtbot, seeded_copy, settings)
    chosen = Preferences(fetch_sites=(f"{site.ru_url}/",), fetch_delay=0.0, update_on_start=True)
    first.preferences.apply(chosen)
    first.close()
    window = MainWindow(seeded_copy, settings)
    qtbot.addWidget(window)
    window.fetches.client = TEST_CLIENT
    window.show()
    with qtbot.waitSignal(window.fetches.finished, timeout=FETCH_WAIT_MS) as finished:
        window.start()
    assert finished.args[0].items_new > 0
    assert not window.fetch_dialog.isVisible()  # an update on start shows in the status bar only
    window.close()


def test_open_on_the_site_opens_the_items_page_in_the_browser(
    qtbot: QtBot, window: MainWindow, site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", asked.append)
    window.results.list.setCurrentIndex(window.model.index(0))  # a seed page: no address
    window.commands.open_on_site.trigger()
    qtbot.waitUntil(lambda: "no address" in window.status.currentMessage(), timeout=WAIT_MS)
    assert asked == []
    _point_at(window, site)
    _update(qtbot, window)
    with qtbot.waitSignal(window.results_shown, timeout=WAIT_MS):
        window.search_bar.set_query("title:Minsk")
    with qtbot.waitSignal(window.detail_shown, timeout=WAIT_MS):
        window.results.list.setCurrentIndex(window.model.index(0))
    assert "captured" in window.detail.browser.toPlainText()
    window.commands.open_on_site.trigger()
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=WAIT_MS)
    assert asked[0].toString().startswith(f"{site.en_url}/news/")
    assert window.commands.open_on_site in window.edits.menu.actions()


def test_a_dropped_web_archive_is_imported(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    before = window.archive.stats().items
    path = tmp_path / "saved.warc.gz"
    write_warc(path, [html_response("https://en.odkb-csto.org/news/77/", html_page([77, 78]))])
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(QPoint(10, 10)), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.imports.finished, timeout=WAIT_MS) as finished:
        window.dropEvent(event)
    assert finished.args[0].items_new == 2
    assert window.archive.stats().items == before + 2
