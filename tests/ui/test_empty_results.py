"""An empty result list says why, in the list: no hits (with spellings that would find something), an
empty archive, or a query that cannot be read."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from window_helpers import WAIT_MS

from press_archive.archive import Archive
from press_archive.model import SearchRequest
from press_archive.ui.main_window import MainWindow


def _explained(qtbot: QtBot, window: MainWindow, query: str, *, steps: int = 1) -> str:
    """The placeholder once the search for `query` has said all it will (`steps` explanations)."""
    texts: list[str] = []
    window.empty_results.explained.connect(texts.append)
    window.search_bar.set_query(query)
    qtbot.waitUntil(lambda: len(texts) >= steps, timeout=WAIT_MS)
    window.empty_results.explained.disconnect(texts.append)
    return texts[-1]


def test_no_hits_says_so_then_offers_the_archives_spelling(qtbot: QtBot, window: MainWindow) -> None:
    text = _explained(qtbot, window, "Masadykof", steps=2)
    placeholder = window.results.list.placeholder
    assert window.model.rowCount() == 0 and placeholder.isVisible()
    assert "No items match <b>Masadykof</b>." in text
    hits = window.archive.search(SearchRequest("masadykov", with_total=True)).total
    assert f'<a href="query:masadykov">masadykov</a> ({hits} items)' in text


def test_clicking_a_suggestion_searches_for_it(qtbot: QtBot, window: MainWindow) -> None:
    _explained(qtbot, window, "Masadykof", steps=2)
    with qtbot.waitSignal(window.results_shown, timeout=WAIT_MS):
        window.results.list.placeholder.linkActivated.emit("query:masadykov")
    assert window.search_bar.query == "masadykov"
    assert window.model.rowCount() > 0
    assert not window.results.list.placeholder.isVisible()


def test_nothing_close_says_what_to_try(qtbot: QtBot, window: MainWindow) -> None:
    text = _explained(qtbot, window, "zzzzqqqq", steps=2)
    assert "Check the spelling" in text


def test_a_query_error_in_an_empty_list_says_where(qtbot: QtBot, window: MainWindow) -> None:
    _explained(qtbot, window, "zzzzqqqq", steps=2)
    texts: list[str] = []
    window.empty_results.explained.connect(texts.append)
    with qtbot.waitSignal(window.session.failed, timeout=WAIT_MS):
        window.search_bar.set_query("zzzz date:2025-13")
    assert "The query cannot be read." in texts[-1]
    assert "(at character 6)" in texts[-1]


def test_an_empty_archive_says_how_to_fill_it(qtbot: QtBot, archive: Archive, settings: QSettings) -> None:
    window = MainWindow(archive, settings)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.empty_results.explained, timeout=WAIT_MS) as explained:
        window.search("")
    assert "The archive is empty." in explained.args[0]
    assert "press-archive fetch" in explained.args[0]
    window.close()
