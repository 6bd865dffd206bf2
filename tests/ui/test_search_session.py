"""The first page on screen: a slow ranking shows the newest matches meanwhile, a quick one never does.

Both pages are fetched from the start; the newest-first one is held until the wait is over.
"""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from press_archive.archive.hit_list import FirstPage
from press_archive.model import SearchRequest, SearchResult, SortOrder
from press_archive.ui.jobs import JobContext, JobRunner
from press_archive.ui.search_session import SearchSession, read_first_page

WAIT_MS = 5000


class GatedFetch:
    """Fetches pages for real, but holds back ranked pages of the queries in `held` until released
    (and their newest-first pages too, until `release_newest`, when `hold_newest`)."""

    def __init__(self, *held: str, hold_newest: bool = False, ranked_after_newest: bool = False) -> None:
        self.held = set(held)
        self.release = threading.Event()
        self.release_newest = threading.Event()
        if not hold_newest:
            self.release_newest.set()
        #: With `ranked_after_newest`, a ranked page is not read before a newest-first one has started:
        #: one that comes at once may otherwise beat the newest-first job to a thread, which then
        #: skips that job as stale.
        self.newest_started = threading.Event()
        if not ranked_after_newest:
            self.newest_started.set()
        self.requests: list[SearchRequest] = []
        self.fetched: list[SearchRequest] = []

    def __call__(self, context: JobContext, request: SearchRequest) -> FirstPage:
        self.requests.append(request)
        if request.sort is SortOrder.RELEVANCE:
            assert self.newest_started.wait(WAIT_MS / 1000)
        else:
            self.newest_started.set()
        if request.query in self.held:
            gate = self.release if request.sort is SortOrder.RELEVANCE else self.release_newest
            assert gate.wait(WAIT_MS / 1000)
        page = read_first_page(context, request)
        self.fetched.append(request)
        return page


def _record(session: SearchSession) -> tuple[list[FirstPage], list[bool]]:
    pages: list[FirstPage] = []
    pending: list[bool] = []
    session.page_ready.connect(pages.append)
    session.ranking_pending.connect(pending.append)
    return pages, pending


def test_a_slow_ranking_shows_the_newest_page_first_then_the_ranked_one(
    qtbot: QtBot, runner: JobRunner
) -> None:
    fetch = GatedFetch("meeting")
    session = SearchSession(runner, fetch=fetch)
    pages, pending = _record(session)
    counts: list[SearchResult] = []
    session.counts_ready.connect(counts.append)
    session.run("meeting")
    qtbot.waitUntil(lambda: pending == [True], timeout=WAIT_MS)
    assert [page.result.request.sort for page in pages] == [SortOrder.NEWEST]
    provisional = pages[0].result.hits
    assert provisional and [hit.date for hit in provisional] == sorted(
        (hit.date for hit in provisional), reverse=True
    )
    fetch.release.set()
    qtbot.waitUntil(lambda: len(pages) == 2, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
    assert pages[1].result.request.sort is SortOrder.RELEVANCE
    assert pending == [True, False]
    assert [result.total is None for result in counts] == [True, False], (
        "the counts follow the first page shown, only once: the facets, then the total"
    )


def test_a_quick_ranking_is_the_only_page_shown(qtbot: QtBot, runner: JobRunner) -> None:
    fetch = GatedFetch(ranked_after_newest=True)
    session = SearchSession(runner, fetch=fetch, provisional_after_ms=WAIT_MS)
    pages, pending = _record(session)
    session.run("meeting")
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)  # counts too: the session dies with the test
    assert [page.result.request.sort for page in pages] == [SortOrder.RELEVANCE]
    assert sorted(request.sort for request in fetch.fetched) == [SortOrder.NEWEST, SortOrder.RELEVANCE], (
        "the newest-first page was fetched alongside, and dropped"
    )
    assert pending == []


def test_a_newest_page_fetched_early_waits_for_the_end_of_the_wait(qtbot: QtBot, runner: JobRunner) -> None:
    fetch = GatedFetch("meeting")
    session = SearchSession(runner, fetch=fetch, provisional_after_ms=1000)
    pages, pending = _record(session)
    session.run("meeting")
    qtbot.waitUntil(lambda: SortOrder.NEWEST in [request.sort for request in fetch.fetched], timeout=WAIT_MS)
    qtbot.wait(50)  # the fetched page is delivered to the session, which holds it
    assert pages == [] and pending == []
    qtbot.waitUntil(lambda: pending == [True], timeout=WAIT_MS)
    assert [page.result.request.sort for page in pages] == [SortOrder.NEWEST]
    fetch.release.set()
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
    assert pending == [True, False]


def test_a_newest_page_later_than_the_wait_shows_when_it_comes(qtbot: QtBot, runner: JobRunner) -> None:
    fetch = GatedFetch("meeting", hold_newest=True)
    session = SearchSession(runner, fetch=fetch, provisional_after_ms=0)
    pages, pending = _record(session)
    session.run("meeting")
    qtbot.wait(100)  # the wait is over, with nothing to show yet
    assert pages == []
    fetch.release_newest.set()
    qtbot.waitUntil(lambda: pending == [True], timeout=WAIT_MS)
    assert [page.result.request.sort for page in pages] == [SortOrder.NEWEST]
    fetch.release.set()
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
    assert [page.result.request.sort for page in pages] == [SortOrder.NEWEST, SortOrder.RELEVANCE]


def test_a_ranked_page_of_an_older_query_never_replaces_a_newer_search(
    qtbot: QtBot, runner: JobRunner
) -> None:
    fetch = GatedFetch("meeting")
    session = SearchSession(runner, fetch=fetch)
    pages, pending = _record(session)
    session.run("meeting")
    qtbot.waitUntil(lambda: pending == [True], timeout=WAIT_MS)
    session.run("security")
    assert pending == [True, False]
    qtbot.waitUntil(lambda: pages[-1].result.request.query == "security", timeout=WAIT_MS)
    fetch.release.set()
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
    assert [page.result.request.query for page in pages] == ["meeting", "security"]


def test_an_empty_query_never_waits_for_a_ranking(qtbot: QtBot, runner: JobRunner) -> None:
    fetch = GatedFetch()
    session = SearchSession(runner, fetch=fetch, provisional_after_ms=0)
    pages, pending = _record(session)
    session.run("")
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)  # counts too: the session dies with the test
    assert [page.result.request.sort for page in pages] == [SortOrder.RELEVANCE]
    assert len(fetch.requests) == 1
    assert pending == []
