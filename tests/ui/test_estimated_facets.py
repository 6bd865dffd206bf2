"""Facets estimated first, exact after: the session's two counting jobs, the panel's "≈", the window."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItemIterator
from pytestqt.qtbot import QtBot
from window_helpers import WAIT_MS, open_window

from press_archive.archive import Archive, facet_estimate, hit_list
from press_archive.model import FacetCount, SearchRequest, SearchResult
from press_archive.ui.facet_panel import VALUE_ROLE, FacetPanel
from press_archive.ui.formatting import format_number
from press_archive.ui.jobs import JobRunner
from press_archive.ui.main_window import MainWindow
from press_archive.ui.search_session import SearchSession
from press_archive.ui.timeline import month_slots

#: What an estimate looks like: scaled counts, and no months.
ESTIMATED = {
    "year": (FacetCount("date:2025", "2025", 12300), FacetCount("date:2024", "2024", 4100)),
    "language": (FacetCount("lang:en", "English", 9800), FacetCount("lang:ru", "Russian", 6600)),
    "tag": (FacetCount('tag:"Iran talks"', "Iran talks", 40),),
}


@pytest.fixture
def estimating(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every search that may be estimated is, however few its hits, as a broad one is on a big archive."""
    monkeypatch.setattr(facet_estimate, "EXACT_UP_TO", -1)


class HeldCounts:
    """The hit lists' search, with the exact count (a total asked for) of the queries in `held` held
    back until `release` is set: a slow count, stopped where the test wants to look."""

    def __init__(self, search: Callable[..., SearchResult], *held: str) -> None:
        self._search = search
        self.held = set(held)
        self.release = threading.Event()
        self.waiting: list[str] = []

    def __call__(self, connection: object, request: SearchRequest, concepts: object) -> SearchResult:
        if request.with_total and request.query in self.held:
            self.waiting.append(request.query)
            assert self.release.wait(WAIT_MS / 1000)
        return self._search(connection, request, concepts)


@contextmanager
def _holding(monkeypatch: pytest.MonkeyPatch, *held: str) -> Iterator[HeldCounts]:
    """Counts held back while inside; released on leaving, so that a failing test ends at once."""
    search = HeldCounts(hit_list.search, *held)
    monkeypatch.setattr(hit_list, "search", search)
    try:
        yield search
    finally:
        search.release.set()


def _counted(qtbot: QtBot, runner: JobRunner, query: str) -> list[SearchResult]:
    """Everything the session's counting announced for one search, once all its jobs are done."""
    session = SearchSession(runner)
    counts: list[SearchResult] = []
    session.counts_ready.connect(counts.append)
    session.run(query)
    qtbot.waitUntil(lambda: len(counts) == 2 and not runner.busy, timeout=WAIT_MS)
    return counts


def _shown_counts(tree: QTreeWidget) -> dict[str, str]:
    """Each facet value in the tree (months under their years included), with its count as written."""
    shown = {}
    iterator = QTreeWidgetItemIterator(tree)
    while (entry := iterator.value()) is not None:
        value = entry.data(0, VALUE_ROLE)
        if isinstance(value, str):
            shown[value] = entry.text(1)
        iterator += 1
    return shown


def _written(facets: dict[str, tuple[FacetCount, ...]], prefix: str = "") -> dict[str, str]:
    """The counts as the panel should write them: "≈ 12,300" with the estimate's prefix."""
    return {facet.value: prefix + format_number(facet.count) for group in facets.values() for facet in group}


# The session


def test_an_estimated_search_announces_its_estimate_then_the_exact_counts_with_the_total(
    qtbot: QtBot, runner: JobRunner, estimating: None
) -> None:
    quick, exact = _counted(qtbot, runner, "meeting")
    asked = [(result.request.with_total, result.request.with_facets, result.request.estimate_facets)
             for result in (quick, exact)]
    assert asked == [(False, True, True), (True, True, False)]
    assert quick.facets_estimated and quick.total is None
    assert quick.facets["year"] and "month" not in quick.facets
    assert not exact.facets_estimated and exact.total == 250
    assert exact.facets == runner.archive.search(SearchRequest("meeting", limit=0, with_facets=True)).facets
    assert exact.facets["month"]


def test_a_search_counted_exactly_at_once_asks_only_for_the_total_after(
    qtbot: QtBot, runner: JobRunner
) -> None:
    quick, exact = _counted(qtbot, runner, "meeting")
    assert not quick.facets_estimated and quick.total is None and quick.facets["month"]
    assert (exact.request.with_total, exact.request.with_facets) == (True, False)
    assert exact.total == 250 and exact.facets == {}


def test_a_newer_search_drops_the_exact_count_of_an_older_one(
    qtbot: QtBot, runner: JobRunner, estimating: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = SearchSession(runner)
    counts: list[SearchResult] = []
    session.counts_ready.connect(counts.append)
    with _holding(monkeypatch, "meeting") as search:
        session.run("meeting")
        qtbot.waitUntil(lambda: search.waiting == ["meeting"], timeout=WAIT_MS)
        session.run("security")
        qtbot.waitUntil(lambda: len(counts) == 3, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
    assert [(result.request.query, result.total) for result in counts] == [
        ("meeting", None), ("security", None), ("security", 250)
    ]


# The panel


def _showing_estimates(qtbot: QtBot) -> FacetPanel:
    panel = FacetPanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.show_facets(ESTIMATED, estimated=True)
    return panel


def test_estimated_counts_are_marked_and_explained_and_exact_ones_are_not(qtbot: QtBot) -> None:
    panel = _showing_estimates(qtbot)
    assert _shown_counts(panel.tree) == _written(ESTIMATED, "≈ ")
    assert _shown_counts(panel.tree)["date:2025"] == f"≈ {format_number(12300)}"
    assert panel.estimate_note.isVisible()
    assert panel.estimate_note.text() == "Estimated from a sample; counting every hit…"
    panel.show_facets(ESTIMATED)
    assert _shown_counts(panel.tree) == _written(ESTIMATED)
    assert not panel.estimate_note.isVisible()


def test_a_new_palette_keeps_the_estimates_marked(qtbot: QtBot) -> None:
    panel = _showing_estimates(qtbot)
    palette = QPalette(panel.palette())
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#123456"))
    panel.setPalette(palette)
    assert _shown_counts(panel.tree) == _written(ESTIMATED, "≈ ")
    assert panel.estimate_note.isVisible()
    assert panel.estimate_note.palette().color(panel.estimate_note.foregroundRole()) == QColor("#123456")


def test_a_message_in_place_of_the_facets_drops_the_note(qtbot: QtBot) -> None:
    panel = _showing_estimates(qtbot)
    panel.show_message("Counting…")
    assert not panel.estimate_note.isVisible()


def test_counting_that_stops_drops_the_note_and_keeps_the_estimates(qtbot: QtBot) -> None:
    """The exact count failed: the estimates stay, marked "≈", but nothing is coming any more."""
    panel = _showing_estimates(qtbot)
    panel.set_counting(False)
    assert not panel.estimate_note.isVisible()
    assert panel.tree.topLevelItem(0).child(0).text(1) == f"≈ {format_number(12300)}"


def test_the_russian_interface_explains_the_estimate_in_russian(russian: None, qtbot: QtBot) -> None:
    panel = _showing_estimates(qtbot)
    assert panel.estimate_note.text() == "Оценка по выборке; идёт точный подсчёт…"


# The window


def test_the_window_shows_the_estimate_and_keeps_the_timeline_until_the_exact_counts_come(
    qtbot: QtBot, large_copy: Archive, settings: QSettings, estimating: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, large_copy, settings)
    timeline = window.results.timeline
    bars_before = timeline.bar_count
    with _holding(monkeypatch, "date:2021") as search:
        with qtbot.waitSignal(window.session.counts_ready, timeout=WAIT_MS) as estimated:
            window.search_bar.set_query("date:2021")
        (estimate,) = estimated.args
        assert estimate.facets_estimated
        assert _shown_counts(window.facets.tree) == _written(estimate.facets, "≈ ")
        assert window.facets.estimate_note.isVisible() and window.facets.tree.isEnabled()
        assert timeline.bar_count == bars_before
        with qtbot.waitSignal(window.counts_shown, timeout=WAIT_MS):
            search.release.set()
    exact = large_copy.search(SearchRequest("date:2021", with_facets=True))
    assert _shown_counts(window.facets.tree) == _written(exact.facets)
    assert not window.facets.estimate_note.isVisible()
    assert timeline.bar_count == len(month_slots(exact.facets["month"])) != bars_before
    assert window.status.counts.text().startswith(f"{exact.total} items · ")


def test_the_total_of_a_search_counted_exactly_leaves_its_facets_on_screen(
    qtbot: QtBot, window: MainWindow
) -> None:
    with qtbot.waitSignal(window.counts_shown, timeout=WAIT_MS):
        window.search_bar.set_query("Masadykov")
    exact = window.archive.search(SearchRequest("Masadykov", with_facets=True))
    assert _shown_counts(window.facets.tree) == _written(exact.facets)
    assert window.results.timeline.bar_count == len(month_slots(exact.facets["month"]))
    assert not window.facets.estimate_note.isVisible()
    assert window.status.counts.text().startswith(f"{exact.total} items · ")
