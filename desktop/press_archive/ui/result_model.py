"""The result list's model: the rows of the archive's `HitList` for the current search, for Qt.

The hit list reads the archive (a page by id, by cursor or by offset; the ids of any rows); this
model turns its pages into rows and roles, keeps the hits of the pages shown last, reads pages on a
pool thread and repaints their rows when they arrive.

Until the count arrives the rows are those read so far and the view asks for more through
`canFetchMore`/`fetchMore`; once the count is known the model has that many rows, so the scroll
bar spans the whole search and can be dragged to its end at once. A row's page is read the first
time the view asks for the row; meanwhile `data()` answers None and the delegate paints a
placeholder. `data()` only reads memory and never fails.

Memory stays flat however far the list is scrolled: whole hits are kept for the most recently shown
pages only; of every other page read the hit list keeps only its items' ids (eight bytes a row).
What the user added to an item is kept only when there is something (a star, a tag, a note).
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from press_archive.archive.hit_list import FirstPage, HitList, Rows
from press_archive.model import Annotation, SearchHit
from press_archive.ui.formatting import format_date, kind_name
from press_archive.ui.jobs import JobRunner

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


class ResultListModel(QAbstractListModel):
    """The ordered hits of one search; pages are read as the view shows their rows."""

    #: A page could not be read: the message for the status bar.
    fetch_failed = Signal(str)

    def __init__(self, runner: JobRunner) -> None:
        super().__init__()
        self._runner = runner
        self._hits: HitList | None = None  # the search the rows are of: a page read for another is dropped
        self._total: int | None = None
        self._rows = 0
        self._kept: OrderedDict[int, tuple[SearchHit, ...]] = OrderedDict()  # page -> hits, LRU
        self._order_asked = False
        self._wanted: OrderedDict[int, None] = OrderedDict()  # pages asked for, most recent last
        self._reading: set[int] = set()
        self._failed: set[int] = set()  # not asked for again in this search
        self._annotations: dict[str, Annotation] = {}  # only the items the user added something to
        self._appending: int | None = None  # the page `fetchMore` is reading
        self._more = False  # before the count: the last page read was full, so more may follow

    def show_page(self, page: FirstPage) -> None:
        """Replace the rows with the first page of a new search."""
        hits = page.result.hits
        self.beginResetModel()
        self._hits = page.hit_list
        self._total = page.result.total
        self._kept.clear()
        self._order_asked = False
        self._wanted.clear()
        self._reading.clear()
        self._failed.clear()
        self._annotations = {}
        self._appending = None
        self._rows = len(hits)
        self._store(0, Rows(hits, page.annotations))
        self._more = len(hits) >= page.hit_list.page_size
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

    @property
    def hit_list(self) -> HitList | None:
        """The search the rows are of: what a job asks for the ids of rows not in memory."""
        return self._hits

    def hit(self, row: int) -> SearchHit | None:
        """The row's hit if its page is in memory; else None, and the page is read (the row repaints)."""
        if self._hits is None:
            return None
        page = self._hits.page_of(row)
        hits = self._kept.get(page)
        if hits is None:
            self._want(page)
            return None
        self._kept.move_to_end(page)
        self._read_ahead(page + 1)
        offset = row - self._hits.page_rows(page).start
        return hits[offset] if offset < len(hits) else None

    def item_id(self, row: int) -> str | None:
        """The row's item id if its page (or the ranked order) has been read."""
        return self._hits.known_item_id(row) if self._hits is not None else None

    def known_ids(self, first: int, last: int) -> list[str] | None:
        """The ids of rows `first` to `last` if every one is in memory; None when some are not.

        Only memory is read, so a menu can ask this as it opens; the missing ones are read in a job
        (`HitList.read_ids`), which keeps them for the next time.
        """
        return self._hits.known_ids(first, last) if self._hits is not None else None

    def annotation(self, item_id: str) -> Annotation:
        """What the user added to an item, as last read (an empty annotation when nothing)."""
        return self._annotations.get(item_id) or Annotation(item_id)

    def update_annotations(self, annotations: dict[str, Annotation]) -> None:
        """New user data for some items (starred, tagged): their rows repaint if they are in memory."""
        for annotation in annotations.values():
            self._keep_annotation(annotation)
        if self._hits is None:
            return
        for page, hits in list(self._kept.items()):  # a view repainting a row at once reorders `_kept`
            first = self._hits.page_rows(page).start
            for offset, hit in enumerate(hits):
                if hit.item_id in annotations:
                    index = self.index(first + offset)
                    self.dataChanged.emit(index, index, [ANNOTATION_ROLE])

    def row_of(self, item_id: str) -> int | None:
        """The row of an item among the rows whose ids are known."""
        return self._hits.known_row(item_id) if self._hits is not None else None

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
        if not self.canFetchMore(parent) or self._hits is None:
            return
        self._appending = self._hits.page_of(self._rows)
        self._read(self._appending)

    def _read_ahead(self, page: int) -> None:
        """Read the page after one being shown before it is needed, when that is cheap.

        Scrolling on (Page Down, the wheel) then finds it in memory. Cheap is by a cursor, or by
        id once a ranked order is read; a page jumped to by the scroll bar has no cursor yet, so
        dragging a list in date order reads nothing ahead.
        """
        assert self._hits is not None  # a page is shown
        unread = page not in self._kept and page not in self._reading and page not in self._failed
        if unread and self._hits.page_rows(page).start < self._rows and self._hits.reads_cheaply(page):
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
        hits = self._hits
        assert hits is not None  # a page is shown
        if page:
            self._read_order()
        self._reading.add(page)

        def arrived(rows: Rows) -> None:
            if hits is self._hits:
                self._arrived(page, rows)

        def failed(error: Exception) -> None:
            if hits is self._hits:
                self._read_failed(page, error)

        self._runner.submit(lambda _context: hits.read_page(page), arrived, failed)

    def _read_order(self) -> None:
        """Have a ranked search's whole order read, once: its pages are then read by id, not by offset.

        A page at an offset ranks every match again to find where it starts, which for a common
        word takes a second or more at every page; by id it takes milliseconds. It is read when a
        page after the first is, so a search typed and left at its first page costs no second
        ranking. Until the order arrives, pages are read by offset. Searches sorted by date keep
        their cursors.
        """
        hits = self._hits
        if hits is None or self._order_asked or not hits.ranked:
            return
        self._order_asked = True

        def failed(error: Exception) -> None:
            if hits is self._hits:
                self._say_failed(error)

        self._runner.submit(lambda _context: hits.read_order(), lambda _read: None, failed)

    def _arrived(self, page: int, rows: Rows) -> None:
        assert self._hits is not None  # the page is of the search shown
        self._reading.discard(page)
        hits = rows.hits
        self._store(page, rows)
        first = self._hits.page_rows(page).start
        if page == self._appending:
            if hits and first + len(hits) > self._rows:
                # Still "appending" while the rows go in: a view or a tester that asks for more
                # from inside beginInsertRows must not read this page a second time.
                self.beginInsertRows(QModelIndex(), self._rows, first + len(hits) - 1)
                self._rows = first + len(hits)
                self.endInsertRows()
            self._appending = None
            full = len(hits) >= self._hits.page_size
            self._more = full and (self._total is None or first + len(hits) < self._total)
        shown = min(first + len(hits), self._rows) - 1
        if shown >= first:
            self.dataChanged.emit(self.index(first), self.index(shown))
        self._read_wanted()

    def _store(self, page: int, rows: Rows) -> None:
        self._kept[page] = rows.hits
        self._kept.move_to_end(page)
        while len(self._kept) > PAGES_KEPT:
            self._kept.popitem(last=False)
        for annotation in rows.annotations.values():
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
