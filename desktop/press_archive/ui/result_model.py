"""The result list's model: every hit of the current search as a row, read from the archive a page at a time.

Until the count arrives the rows are those read so far and the view asks for more through
`canFetchMore`/`fetchMore`; once the count is known the model has that many rows, so the scroll
bar spans the whole search and can be dragged to its end at once. A row's page is read on a pool
thread the first time the view asks for the row; meanwhile `data()` answers None and the delegate
paints a placeholder, and the page's rows repaint when it arrives.

Memory stays flat however far the list is scrolled: whole hits are kept for the most recently shown
pages only, and of every other page read, only its items' ids (eight bytes a row). What the user
added to an item is kept only when there is something (a star, a tag, a note). A page follows the
one before it by a key cursor when that page has been read (as cheap at the millionth row as at the
hundredth), and is read by offset otherwise. A search ranked by relevance has no such key: its whole
order is read once as ids when the count arrives, and its pages are then read by id.
`data()` only reads memory and never fails.

The ids of a selection come from memory too (`known_ids`); those of rows never shown are read in a
job (`row_ids`, `name_rows`, then `keep_ids`), since a select-all over a million hits takes seconds.
"""

from __future__ import annotations

import dataclasses
from array import array
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from press_archive.model import Annotation, SearchHit, SearchRequest, SearchResult, SortOrder
from press_archive.ui.formatting import format_date, kind_name
from press_archive.ui.jobs import JobContext, JobRunner

#: Rows read per page unless Preferences say otherwise; also the size of a search's first page.
BATCH_SIZE = 100
#: Pages of whole hits kept in memory, the most recently shown: several screens' worth either way.
PAGES_KEPT = 30
#: Pages read at once. The view asks for pages as it paints; when the scroll bar is dragged, only
#: the pages it asked for last are still worth reading, so older requests beyond WANTED_KEPT are dropped.
READS_AT_ONCE = 2
WANTED_KEPT = 6
#: The roles under which a row's `SearchHit` and the user's `Annotation` of it are returned.
HIT_ROLE = Qt.ItemDataRole.UserRole + 1
ANNOTATION_ROLE = Qt.ItemDataRole.UserRole + 2

AnyIndex = QModelIndex | QPersistentModelIndex
#: The roles answered from the row's whole hit.
HIT_ROLES = frozenset(
    {HIT_ROLE, Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole}
)


@dataclass(frozen=True)
class ResultPage:
    """A page of hits with what the user added to them (a star and tags show in the row)."""

    result: SearchResult
    annotations: dict[str, Annotation]


def fetch_page(context: JobContext, request: SearchRequest) -> ResultPage:
    """Run on a pool thread: one page of a search, and the annotations of its items."""
    result = context.archive.search(request)
    return ResultPage(result, context.archive.user.annotations(hit.item_id for hit in result.hits))


@dataclass(frozen=True)
class _PageRead:
    """A page as read: its hits, what the user added to them, and the cursor to the page after it."""

    hits: tuple[SearchHit, ...]
    annotations: dict[str, Annotation]
    next_cursor: str | None


def _read_by_search(context: JobContext, request: SearchRequest) -> _PageRead:
    page = fetch_page(context, request)
    return _PageRead(page.result.hits, page.annotations, page.result.next_cursor)


def _read_by_ids(context: JobContext, request: SearchRequest, item_ids: list[str]) -> _PageRead:
    hits = tuple(context.archive.hits_of(request, item_ids))
    return _PageRead(hits, context.archive.user.annotations(item_ids), None)


def _id_number(item_id: str) -> int:
    """An item id (16 hex digits) as the 64-bit number it writes, to keep in an `array`."""
    return int(item_id, 16)


def _runs(pages: list[int]) -> list[tuple[int, int]]:
    """Ascending page numbers as (first, last) runs of consecutive pages."""
    runs: list[tuple[int, int]] = []
    for page in pages:
        if runs and page == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], page)
        else:
            runs.append((page, page))
    return runs


@dataclass(frozen=True)
class RowIds:
    """What the model knows of the ids of some rows of one search, made by `ResultListModel.row_ids`
    for `name_rows` to complete on a pool thread. The arrays are shared, never copied: the model
    replaces an array, it never changes one."""

    request: SearchRequest
    search: int  # the model's search they are of: ids read for an older one are dropped
    ranges: tuple[tuple[int, int], ...]  # the rows, as sorted, disjoint (first, last) ranges
    pages: dict[int, tuple[int, int]]  # every page they touch -> (its first row, the row after its last)
    known: dict[int, array[int]]  # the ids of those pages already read
    order: array[int] | None  # the ranked order, when it names every one of the rows

    @property
    def unread(self) -> list[int]:
        """The pages whose ids are still to be read, ascending."""
        return [] if self.order is not None else sorted(set(self.pages).difference(self.known))


@dataclass(frozen=True)
class NamedRows:
    """The outcome of `name_rows`: every row's id, and the pages read for `ResultListModel.keep_ids`."""

    search: int
    read: dict[int, array[int]]
    ids: list[str]  # in list order


def name_rows(context: JobContext, rows: RowIds) -> NamedRows:
    """Run on a pool thread: the id of every row, reading the unread pages (each run of consecutive
    pages in one go) and writing out those known.

    Only ids are named (no hit is built), so a million rows take seconds, not minutes; writing a
    million of them out as strings takes a third of a second, which is why it happens here too.
    """
    read: dict[int, array[int]] = {}
    for first_page, last_page in _runs(rows.unread):
        start, end = rows.pages[first_page][0], rows.pages[last_page][1]
        ids = context.archive.hit_ids(rows.request, start, end - start)
        for page in range(first_page, last_page + 1):
            first, after = rows.pages[page]
            read[page] = array("Q", (_id_number(item_id) for item_id in ids[first - start : after - start]))
    pages = rows.known | read
    named: list[str] = []
    for first, last in rows.ranges:
        if rows.order is not None:
            named += (f"{number:016x}" for number in rows.order[first : last + 1])
            continue
        for page in sorted(rows.pages):
            base, after = rows.pages[page]
            if base <= last and after > first:
                numbers = pages[page][max(first, base) - base : min(last + 1, after) - base]
                named += (f"{number:016x}" for number in numbers)
    return NamedRows(rows.search, read, named)


class ResultListModel(QAbstractListModel):
    """The ordered hits of one search; pages are read as the view shows their rows."""

    #: A page could not be read: the message for the status bar.
    fetch_failed = Signal(str)

    def __init__(self, runner: JobRunner) -> None:
        super().__init__()
        self._runner = runner
        self.page_size = BATCH_SIZE
        self._request: SearchRequest | None = None
        self._search = 0  # which search the rows are of: a page read for an older one is dropped
        self._total: int | None = None
        self._rows = 0
        self._first_rows = 0  # rows of page 0, the search's own first page
        self._page_rows = BATCH_SIZE  # rows of every later page, fixed for the search
        self._kept: OrderedDict[int, tuple[SearchHit, ...]] = OrderedDict()  # page -> hits, LRU
        self._ids: dict[int, array[int]] = {}  # page -> its items' ids, of every page read
        self._order: array[int] | None = None  # every row's item id, once a ranked order is read
        self._order_asked = False
        self._cursors: dict[int, str] = {}  # page -> the cursor that reads it
        self._wanted: OrderedDict[int, None] = OrderedDict()  # pages asked for, most recent last
        self._reading: set[int] = set()
        self._failed: set[int] = set()  # not asked for again in this search
        self._annotations: dict[str, Annotation] = {}  # only the items the user added something to
        self._appending: int | None = None  # the page `fetchMore` is reading
        self._more = False  # before the count: the last page read was full, so more may follow

    def show_page(self, page: ResultPage) -> None:
        """Replace the rows with the first page of a new search."""
        result = page.result
        self.beginResetModel()
        self._search += 1
        self._request = result.request
        self._total = result.total
        self._first_rows = len(result.hits)
        self._page_rows = self.page_size
        self._kept.clear()
        self._ids.clear()
        self._order = None
        self._order_asked = False
        self._cursors.clear()
        self._wanted.clear()
        self._reading.clear()
        self._failed.clear()
        self._annotations = {}
        self._appending = None
        self._rows = len(result.hits)
        self._store(0, _PageRead(result.hits, page.annotations, result.next_cursor))
        self._more = len(result.hits) >= result.request.limit
        if self._more and self._total is not None:
            self._rows = max(self._rows, self._total)
        self.endResetModel()

    def set_total(self, total: int) -> None:
        """The count, once it arrives: the list grows to every row, read as they are shown."""
        self._total = total
        if self._more and total > self._rows:
            self.beginInsertRows(QModelIndex(), self._rows, total - 1)
            self._rows = total
            self.endInsertRows()

    @property
    def total(self) -> int | None:
        return self._total

    def hit(self, row: int) -> SearchHit | None:
        """The row's hit if its page is in memory; else None, and the page is read (the row repaints)."""
        page = self._page_of(row)
        hits = self._kept.get(page)
        if hits is None:
            self._want(page)
            return None
        self._kept.move_to_end(page)
        self._read_ahead(page + 1)
        offset = row - self._first_row(page)
        return hits[offset] if offset < len(hits) else None

    def item_id(self, row: int) -> str | None:
        """The row's item id if its page (or the ranked order) has been read."""
        if self._order is not None and row < len(self._order):
            return f"{self._order[row]:016x}"
        page = self._page_of(row)
        ids, offset = self._ids.get(page), row - self._first_row(page)
        return f"{ids[offset]:016x}" if ids is not None and offset < len(ids) else None

    @property
    def request(self) -> SearchRequest | None:
        """The search the rows are of: `Archive.hit_ids` with it names the item of any row."""
        return self._request

    def known_ids(self, first: int, last: int) -> list[str] | None:
        """The ids of rows `first` to `last` if every one is in memory (its page, or the ranked order, read).

        None when some are not: only memory is read, so a menu can ask this as it opens. The missing
        ones are read in a job: see `row_ids`.
        """
        if self._order is not None and last < len(self._order):
            return [f"{number:016x}" for number in self._order[first : last + 1]]
        pages = range(self._page_of(first), self._page_of(last) + 1)
        if any(page not in self._ids for page in pages):
            return None
        found: list[str] = []
        for page in pages:
            base = self._first_row(page)
            numbers = self._ids[page][max(first, base) - base : last - base + 1]
            found += (f"{number:016x}" for number in numbers)
        return found

    def row_ids(self, ranges: Sequence[tuple[int, int]]) -> RowIds:
        """What is known of the ids of these sorted, disjoint (first, last) ranges of rows, for
        `name_rows` to complete in a job."""
        assert self._request is not None  # there are rows, so there is a search
        pages: dict[int, tuple[int, int]] = {}
        for first, last in ranges:
            for page in range(self._page_of(first), self._page_of(last) + 1):
                pages[page] = (self._first_row(page), min(self._first_row(page + 1), self._rows))
        order = self._order
        if order is not None and not all(last < len(order) for _first, last in ranges):
            order = None
        known = {} if order is not None else {page: self._ids[page] for page in pages if page in self._ids}
        return RowIds(self._request, self._search, tuple(ranges), pages, known, order)

    def keep_ids(self, named: NamedRows) -> None:
        """Keep the ids a job read, at eight bytes a row, unless they are of an older search.

        Kept, asking again (the menu, then the command) is answered from memory.
        """
        if named.search == self._search:
            self._ids.update(named.read)

    def annotation(self, item_id: str) -> Annotation:
        """What the user added to an item, as last read (an empty annotation when nothing)."""
        return self._annotations.get(item_id) or Annotation(item_id)

    def update_annotations(self, annotations: dict[str, Annotation]) -> None:
        """New user data for some items (starred, tagged): their rows repaint if they are in memory."""
        for annotation in annotations.values():
            self._keep_annotation(annotation)
        wanted = {_id_number(item_id) for item_id in annotations}
        for page in list(self._kept):  # a view repainting a row at once reorders `_kept`
            first = self._first_row(page)
            for offset, number in enumerate(self._ids[page]):
                if number in wanted:
                    index = self.index(first + offset)
                    self.dataChanged.emit(index, index, [ANNOTATION_ROLE])

    def row_of(self, item_id: str) -> int | None:
        """The row of an item among the pages read so far."""
        number = _id_number(item_id)
        if self._order is not None and number in self._order:
            return self._order.index(number)
        for page, ids in self._ids.items():
            if number in ids:
                return self._first_row(page) + ids.index(number)
        return None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._rows

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self._rows:
            return None
        if role == ANNOTATION_ROLE:
            item_id = self.item_id(index.row())
            return self.annotation(item_id) if item_id is not None else None
        if role not in HIT_ROLES:
            return None
        hit = self.hit(index.row())
        if hit is None or role == HIT_ROLE:
            return hit
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.title
        facts = (format_date(hit.date), hit.language.value.upper(), kind_name(hit.kind))
        lines = [hit.title, " · ".join(facts)]
        if hit.via_variant:
            lines.append(self.tr("≈ found by stem or spelling variant"))
        return "\n".join(lines)

    def canFetchMore(self, parent: AnyIndex) -> bool:
        fetching_allowed = self._more and self._appending is None and self._rows > 0
        return not parent.isValid() and fetching_allowed and (self._total is None or self._rows < self._total)

    def fetchMore(self, parent: AnyIndex) -> None:
        if not self.canFetchMore(parent):
            return
        self._appending = self._page_of(self._rows)
        self._read(self._appending)

    def _page_of(self, row: int) -> int:
        return 0 if row < self._first_rows else 1 + (row - self._first_rows) // self._page_rows

    def _first_row(self, page: int) -> int:
        return 0 if page == 0 else self._first_rows + (page - 1) * self._page_rows

    def _page_request(self, page: int) -> SearchRequest:
        assert self._request is not None  # there are rows, so there is a search
        request = dataclasses.replace(self._request, with_total=False, with_facets=False)
        if page == 0:
            return request
        cursor = self._cursors.get(page)
        if cursor is not None:
            return dataclasses.replace(request, cursor=cursor, limit=self._page_rows)
        return dataclasses.replace(request, cursor=None, offset=self._first_row(page), limit=self._page_rows)

    def _read_ahead(self, page: int) -> None:
        """Read the page after one being shown before it is needed, when that is cheap.

        Scrolling on (Page Down, the wheel) then finds it in memory. Cheap is by a cursor, or by
        id once a ranked order is read; a page jumped to by the scroll bar has no cursor yet, so
        dragging a list in date order reads nothing ahead.
        """
        unread = page not in self._kept and page not in self._reading and page not in self._failed
        cheap = page in self._cursors or self._order is not None
        if unread and cheap and self._first_row(page) < self._rows:
            self._want(page)

    def _want(self, page: int) -> None:
        if page in self._reading or page in self._failed:
            return
        self._wanted[page] = None
        self._wanted.move_to_end(page)
        while len(self._wanted) > WANTED_KEPT:
            self._wanted.popitem(last=False)
        self._read_wanted()

    def _read_wanted(self) -> None:
        while self._wanted and len(self._reading) < READS_AT_ONCE:
            page, _ = self._wanted.popitem()
            self._read(page)

    def _read(self, page: int) -> None:
        if page:
            self._read_order()
        self._reading.add(page)
        request, search = self._page_request(page), self._search
        first = self._first_row(page)
        in_order = self._order[first : first + self._page_rows] if self._order is not None and page else None

        def fetch(context: JobContext) -> _PageRead:
            if in_order:
                return _read_by_ids(context, request, [f"{number:016x}" for number in in_order])
            return _read_by_search(context, request)

        def arrived(read: _PageRead) -> None:
            if search == self._search:
                self._arrived(page, read)

        def failed(error: Exception) -> None:
            if search == self._search:
                self._read_failed(page, error)

        self._runner.submit(fetch, arrived, failed)

    def _read_order(self) -> None:
        """Read a ranked search's whole order as ids, once: pages are then read by id, not by offset.

        A page at an offset ranks every match again to find where it starts, which for a common
        word takes a second or more at every page; by id it takes milliseconds. It is read when a
        page after the first is, so a search typed and left at its first page costs no second
        ranking. Until the order arrives, pages are read by offset. Searches sorted by date keep
        their cursors.
        """
        request, search = self._request, self._search
        if request is None or request.sort is not SortOrder.RELEVANCE or not request.query.strip():
            return
        if self._order_asked:
            return
        self._order_asked = True

        def fetch(context: JobContext) -> array[int]:
            return context.archive.hit_id_numbers(request)

        def arrived(order: array[int]) -> None:
            if search == self._search:
                self._order = order

        def failed(error: Exception) -> None:
            if search == self._search:
                self._say_failed(error)

        self._runner.submit(fetch, arrived, failed)

    def _arrived(self, page: int, read: _PageRead) -> None:
        self._reading.discard(page)
        hits = read.hits
        self._store(page, read)
        first = self._first_row(page)
        if page == self._appending:
            if hits and first + len(hits) > self._rows:
                # Still "appending" while the rows go in: a view or a tester that asks for more
                # from inside beginInsertRows must not read this page a second time.
                self.beginInsertRows(QModelIndex(), self._rows, first + len(hits) - 1)
                self._rows = first + len(hits)
                self.endInsertRows()
            self._appending = None
            full = len(hits) >= self._page_rows and read.next_cursor is not None
            self._more = full and (self._total is None or first + len(hits) < self._total)
        shown = min(first + len(hits), self._rows) - 1
        if shown >= first:
            self.dataChanged.emit(self.index(first), self.index(shown))
        self._read_wanted()

    def _store(self, page: int, read: _PageRead) -> None:
        hits = read.hits
        self._kept[page] = hits
        self._kept.move_to_end(page)
        while len(self._kept) > PAGES_KEPT:
            self._kept.popitem(last=False)
        self._ids[page] = array("Q", (_id_number(hit.item_id) for hit in hits))
        if read.next_cursor is not None:
            self._cursors[page + 1] = read.next_cursor
        for annotation in read.annotations.values():
            self._keep_annotation(annotation)

    def _keep_annotation(self, annotation: Annotation) -> None:
        if annotation.tags or annotation.starred or annotation.note:
            self._annotations[annotation.item_id] = annotation
        else:
            self._annotations.pop(annotation.item_id, None)

    def _read_failed(self, page: int, error: Exception) -> None:
        self._reading.discard(page)
        self._failed.add(page)
        if page == self._appending:
            self._appending = None
            self._more = False
        self._say_failed(error)
        self._read_wanted()

    def _say_failed(self, error: Exception) -> None:
        self.fetch_failed.emit(self.tr("Could not load more results: {error}").format(error=error))
