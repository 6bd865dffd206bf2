"""The search on screen: what was asked, and the two jobs that answer it.

The first page is asked for alone, without a count or facets, so the rows paint at once even on a
million items; the count and the facets follow in a second job. Both jobs run on channels, so a
query typed later makes whatever an older one still has in flight stale.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QObject, Signal

from press_archive.model import SearchRequest, SearchResult, SortOrder
from press_archive.ui.jobs import JobContext, JobRunner
from press_archive.ui.result_model import BATCH_SIZE, ResultPage, fetch_page

FIRST_PAGE_CHANNEL = "search-first-page"
COUNTS_CHANNEL = "search-counts"


class SearchSession(QObject):
    """Runs searches for the window and announces their outcome in two steps."""

    #: The first page (a `ResultPage`: its result has no total and no facets).
    page_ready = Signal(object)
    #: The total and the facets of the same search (a `SearchResult` without hits).
    counts_ready = Signal(object)
    #: The search failed: a `QueryError` for a query the archive cannot understand, else any error.
    failed = Signal(object)

    def __init__(self, runner: JobRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self.query = ""
        self.sort = SortOrder.RELEVANCE
        self.page_size = BATCH_SIZE

    def run(self, query: str | None = None, sort: SortOrder | None = None) -> None:
        """Search again, for a new query, a new order, or the same ones after the archive changed."""
        if query is not None:
            self.query = query
        if sort is not None:
            self.sort = sort
        request = SearchRequest(
            query=self.query, sort=self.sort, limit=self.page_size, with_total=False, with_facets=False
        )
        self._runner.invalidate(COUNTS_CHANNEL)

        def first_page(context: JobContext) -> ResultPage:
            return fetch_page(context, request)

        self._runner.submit(first_page, self._page_done, self.failed.emit, channel=FIRST_PAGE_CHANNEL)

    def _page_done(self, page: ResultPage) -> None:
        self.page_ready.emit(page)
        counts = dataclasses.replace(
            page.result.request, offset=0, limit=0, with_total=True, with_facets=True
        )

        def count(context: JobContext) -> SearchResult:
            return context.archive.search(counts)

        self._runner.submit(count, self.counts_ready.emit, self.failed.emit, channel=COUNTS_CHANNEL)
