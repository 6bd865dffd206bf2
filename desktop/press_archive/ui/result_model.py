"""The result list's model: the hits of the current search, in order, read from the archive a batch at a time.

It holds only what the view has scrolled through; the view asks for more through
`canFetchMore`/`fetchMore` and the next batch is fetched on a pool thread, so a query matching a
million items opens as fast as one matching ten, and scrolling reads only the pages it reaches.
`data()` only reads memory and never fails.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from press_archive.model import Annotation, SearchHit, SearchRequest, SearchResult
from press_archive.ui.formatting import format_date, kind_name
from press_archive.ui.jobs import JobContext, JobRunner

#: Rows fetched per page unless Preferences say otherwise; also the size of a search's first page.
BATCH_SIZE = 100
#: The channel of page fetches: a new search makes a fetch still running for the old one stale.
PAGE_CHANNEL = "result-page"
#: The roles under which a row's `SearchHit` and the user's `Annotation` of it are returned.
HIT_ROLE = Qt.ItemDataRole.UserRole + 1
ANNOTATION_ROLE = Qt.ItemDataRole.UserRole + 2

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class ResultPage:
    """A page of hits with what the user added to them (a star and tags show in the row)."""

    result: SearchResult
    annotations: dict[str, Annotation]


def fetch_page(context: JobContext, request: SearchRequest) -> ResultPage:
    """Run on a pool thread: one page of a search, and the annotations of its items."""
    result = context.archive.search(request)
    return ResultPage(result, context.archive.user.annotations(hit.item_id for hit in result.hits))


class ResultListModel(QAbstractListModel):
    """The ordered hits of one search; more are fetched as the view scrolls down."""

    #: A page could not be fetched: the message for the status bar.
    fetch_failed = Signal(str)

    def __init__(self, runner: JobRunner) -> None:
        super().__init__()
        self._runner = runner
        self.page_size = BATCH_SIZE
        self._request: SearchRequest | None = None
        self._hits: list[SearchHit] = []
        self._annotations: dict[str, Annotation] = {}
        self._total: int | None = None
        self._has_more = False
        self._fetching = False

    def show_page(self, page: ResultPage) -> None:
        """Replace the rows with the first page of a new search."""
        result = page.result
        self._runner.invalidate(PAGE_CHANNEL)
        self.beginResetModel()
        self._request = result.request
        self._hits = list(result.hits)
        self._annotations = dict(page.annotations)
        self._total = result.total
        self._has_more = self._page_was_full(result)
        self._fetching = False
        self.endResetModel()

    def set_total(self, total: int) -> None:
        """The count, once it arrives: with it, fetching stops exactly at the last row."""
        self._total = total
        self._has_more = self._has_more and len(self._hits) < total

    @property
    def total(self) -> int | None:
        return self._total

    def hit(self, row: int) -> SearchHit:
        return self._hits[row]

    def annotation(self, item_id: str) -> Annotation | None:
        """What the user added to a loaded item, as last read."""
        return self._annotations.get(item_id)

    def update_annotations(self, annotations: dict[str, Annotation]) -> None:
        """New user data for some items (starred, tagged): their rows repaint."""
        self._annotations.update(annotations)
        for row, hit in enumerate(self._hits):
            if hit.item_id in annotations:
                index = self.index(row)
                self.dataChanged.emit(index, index, [ANNOTATION_ROLE])

    def row_of(self, item_id: str) -> int | None:
        """The row of an item among those loaded so far."""
        return next((row for row, hit in enumerate(self._hits) if hit.item_id == item_id), None)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == HIT_ROLE:
            return hit
        if role == ANNOTATION_ROLE:
            return self._annotations.get(hit.item_id)
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.title
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            facts = (format_date(hit.date), hit.language.value.upper(), kind_name(hit.kind))
            lines = [hit.title, " · ".join(facts)]
            if hit.via_variant:
                lines.append(self.tr("≈ found by stem or spelling variant"))
            return "\n".join(lines)
        return None

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and self._has_more and not self._fetching

    def fetchMore(self, parent: AnyIndex) -> None:
        if not self.canFetchMore(parent) or self._request is None:
            return
        self._fetching = True
        request = dataclasses.replace(
            self._request, offset=len(self._hits), limit=self.page_size, with_total=False, with_facets=False
        )

        def fetch(context: JobContext) -> ResultPage:
            return fetch_page(context, request)

        self._runner.submit(fetch, self._append_page, self._page_failed, channel=PAGE_CHANNEL)

    def _append_page(self, page: ResultPage) -> None:
        result = page.result
        if result.hits:
            first = len(self._hits)
            # Still "fetching" while the rows go in: a view or a tester that asks for more from
            # inside beginInsertRows must not fetch this page a second time.
            self.beginInsertRows(QModelIndex(), first, first + len(result.hits) - 1)
            self._hits.extend(result.hits)
            self._annotations.update(page.annotations)
            self.endInsertRows()
        self._has_more = self._page_was_full(result)
        self._fetching = False

    def _page_was_full(self, result: SearchResult) -> bool:
        """A short page is the last one; a full one is too when the count says so."""
        full = len(result.hits) >= result.request.limit
        return full and (self._total is None or len(self._hits) < self._total)

    def _page_failed(self, error: Exception) -> None:
        self._fetching = False
        self._has_more = False
        self.fetch_failed.emit(self.tr("Could not load more results: {error}").format(error=error))
