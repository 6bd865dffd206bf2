"""The search on screen: what was asked, and the jobs that answer it.

The first page is asked for alone, without a count or facets, so the rows paint at once even on a
million items. Counting every hit of a broad search takes seconds there, so the facets come next,
estimated from a sample of days when the search has many hits, and the exact count last (with exact
facets, if the first were estimates): the sidebar is useful at once, and correct soon after. Both
are asked of the first page's hit list, the object the rows are read from. All jobs run on
channels, so a query typed later makes whatever an older one still has in flight stale.

Ranking by relevance has to score every match, which takes seconds for a word found in most items,
while the newest matches come straight off the index. So the newest-first page is fetched alongside
the ranked one, on another thread, and held: if the ranked page has not arrived
`PROVISIONAL_AFTER_MS` after the search started, the held page is shown in the meantime (or as soon
as it comes, if later), announced by `ranking_pending`, and the ranked page replaces it when it
comes. A quick ranked page never flickers behind a provisional one, and a slow one is covered at
the end of the wait rather than a newest-first query later: a prefix search spends 40-50 ms at a
million items expanding its prefix before the first newest hit.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from press_archive.archive.hit_list import FirstPage
from press_archive.model import SearchRequest, SearchResult, SortOrder
from press_archive.ui.jobs import JobContext, JobRunner
from press_archive.ui.result_model import BATCH_SIZE

FIRST_PAGE_CHANNEL = "search-first-page"
PROVISIONAL_PAGE_CHANNEL = "search-provisional-page"
COUNTS_CHANNEL = "search-counts"
#: How long a ranked page may take before the newest-first page stands in for it.
PROVISIONAL_AFTER_MS = 50

PageFetcher = Callable[[JobContext, SearchRequest], FirstPage]


def read_first_page(context: JobContext, request: SearchRequest) -> FirstPage:
    """Run on a pool thread: the search as the archive's hit list, read in pages of the request's
    limit, and its first page."""
    return context.archive.hit_list(request, page_size=request.limit).read_first_page()


class SearchSession(QObject):
    """Runs searches for the window and announces their outcome in steps."""

    #: A first page (a `FirstPage`: its result has no total and no facets). For a slow ranking it
    #: comes twice: the provisional newest-first page, then the ranked one.
    page_ready = Signal(object)
    #: True while the page on screen is the provisional one, False once the ranked page replaced it.
    ranking_pending = Signal(bool)
    #: The facets and the total of the same search (a `SearchResult` without hits), in two steps:
    #: first the facets without a total (`facets_estimated` says whether they are estimates), then
    #: the total, with exact facets only if the first were estimated (else `with_facets` is False).
    counts_ready = Signal(object)
    #: The search failed: a `QueryError` for a query the archive cannot understand, else any error.
    failed = Signal(object)

    def __init__(
        self,
        runner: JobRunner,
        parent: QObject | None = None,
        fetch: PageFetcher = read_first_page,
        provisional_after_ms: int = PROVISIONAL_AFTER_MS,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._fetch = fetch
        self.query = ""
        self.sort = SortOrder.RELEVANCE
        self.page_size = BATCH_SIZE
        self._request: SearchRequest | None = None
        self._shown_provisional = False
        self._held_provisional: FirstPage | None = None
        self._waited = False
        self._counting = False
        self._provisional_timer = QTimer(self)
        self._provisional_timer.setSingleShot(True)
        self._provisional_timer.setInterval(provisional_after_ms)
        self._provisional_timer.timeout.connect(self._wait_over)

    def run(self, query: str | None = None, sort: SortOrder | None = None) -> None:
        """Search again, for a new query, a new order, or the same ones after the archive changed."""
        if query is not None:
            self.query = query
        if sort is not None:
            self.sort = sort
        request = SearchRequest(
            query=self.query, sort=self.sort, limit=self.page_size, with_total=False, with_facets=False
        )
        self._request = request
        self._counting = False
        self._held_provisional = None
        self._waited = False
        self._runner.invalidate(COUNTS_CHANNEL)
        self._runner.invalidate(PROVISIONAL_PAGE_CHANNEL)
        self._provisional_timer.stop()
        if self._shown_provisional:
            self._shown_provisional = False
            self.ranking_pending.emit(False)
        fetch = self._fetch

        def first_page(context: JobContext) -> FirstPage:
            return fetch(context, request)

        self._runner.submit(first_page, self._page_done, self._page_failed, channel=FIRST_PAGE_CHANNEL)
        if request.sort is SortOrder.RELEVANCE and request.query.strip():
            self._fetch_provisional(dataclasses.replace(request, sort=SortOrder.NEWEST))
            self._provisional_timer.start()

    def _fetch_provisional(self, request: SearchRequest) -> None:
        fetch = self._fetch

        def newest_page(context: JobContext) -> FirstPage:
            return fetch(context, request)

        # Errors are the ranked job's to report: the same query fails the same way there.
        self._runner.submit(
            newest_page, self._provisional_fetched, lambda _error: None, channel=PROVISIONAL_PAGE_CHANNEL
        )

    def _provisional_fetched(self, page: FirstPage) -> None:
        if self._waited:
            self._show_provisional(page)
        else:
            self._held_provisional = page

    def _wait_over(self) -> None:
        self._waited = True
        page, self._held_provisional = self._held_provisional, None
        if page is not None:
            self._show_provisional(page)

    def _show_provisional(self, page: FirstPage) -> None:
        self._shown_provisional = True
        self.ranking_pending.emit(True)
        self.page_ready.emit(page)
        self._count(page)

    def _page_done(self, page: FirstPage) -> None:
        self._provisional_timer.stop()
        self._held_provisional = None
        self._runner.invalidate(PROVISIONAL_PAGE_CHANNEL)
        self.page_ready.emit(page)
        if self._shown_provisional:
            self._shown_provisional = False
            self.ranking_pending.emit(False)
        self._count(page)

    def _page_failed(self, error: object) -> None:
        self._provisional_timer.stop()
        self._held_provisional = None
        self._runner.invalidate(PROVISIONAL_PAGE_CHANNEL)
        self.failed.emit(error)

    def _count(self, page: FirstPage) -> None:
        """Once per search, after whichever first page came first: the count does not depend on order."""
        if self._counting:
            return
        self._counting = True
        hit_list = page.hit_list

        def quick(_context: JobContext) -> SearchResult:
            return hit_list.read_counts(estimate=True)

        def quick_counted(result: SearchResult) -> None:
            """Start the exact count only now, so it never competes with the quick one for the disk.

            It is submitted before the quick result is announced: a search started by a listener of
            `counts_ready` then supersedes it, instead of being superseded by it.
            """

            def exact(_context: JobContext) -> SearchResult:
                return hit_list.read_counts(with_facets=result.facets_estimated)

            self._runner.submit(exact, self.counts_ready.emit, self.failed.emit, channel=COUNTS_CHANNEL)
            self.counts_ready.emit(result)

        self._runner.submit(quick, quick_counted, self.failed.emit, channel=COUNTS_CHANNEL)
