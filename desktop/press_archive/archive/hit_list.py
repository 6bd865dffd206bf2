"""`HitList`: one search of the archive as an ordered list of hits, read a page at a time as it is wanted.

The window's list of a million results, the command line's stretch of them and an export of all of
them ask the same object. It keeps what it learns of the search's order and nothing bigger: the
ids of every page read (eight bytes a row), the key cursor each page leaves for the one after it,
and, for a search ranked by relevance once asked, the whole order as ids. Hits are not kept: the
caller keeps those it shows. Rows are read the cheapest way there is:

- by id, once the whole order is known. A ranked search has no key to continue from, so a page at
  an offset ranks every match again (a second or more for a common word at a million items); by id
  it takes milliseconds. The order is read only when asked for (`read_order`): a search left at its
  first page never ranks twice;
- by the key cursor that the rows before them left, when those were read: as cheap at the
  millionth row as at the hundredth;
- by offset otherwise (a row jumped to by the scroll bar).

One moment: the whole order is read in one statement, so an import running meanwhile neither
shifts nor repeats a row of it, and an export takes it whole before it reads a single item. Rows
read before the order is known are of the moment each page was read; the window starts a new list
when the archive changes.

Threads: like `Archive`, a hit list may be shared between threads. Each read runs on the calling
thread's own connection, and what it learns is kept under a lock that no read holds while it waits
for the disk; an array of ids once kept is never changed, only replaced, so a single look-up needs
no lock. Methods named `read_...` read the archive (in the window, only in a job); the others
answer from memory at once.
"""

from __future__ import annotations

import dataclasses
import threading
from array import array
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

import sqlite_utils

from press_archive.archive.concepts import Concepts
from press_archive.archive.hit_ids import hit_id_numbers, hit_ids, hits_of
from press_archive.archive.plan import plan_request
from press_archive.archive.search import is_ranked, search
from press_archive.archive.userdata import UserData
from press_archive.model import Annotation, FacetCount, SearchHit, SearchRequest, SearchResult

#: Rows read at a time unless the caller says otherwise.
PAGE_SIZE = 100

#: Rows as sorted, disjoint (first, last) ranges, the last row inclusive.
Ranges = Sequence[tuple[int, int]]


def id_number(item_id: str) -> int:
    """An item id (16 hex digits) as the 64-bit number it writes, to keep in an `array`."""
    return int(item_id, 16)


def id_text(number: int) -> str:
    """The item id a number kept in an `array` stands for."""
    return f"{number:016x}"


@dataclass(frozen=True)
class Rows:
    """Rows of a hit list as read: their hits in list order, and what the user added to their items."""

    hits: tuple[SearchHit, ...]
    annotations: dict[str, Annotation]


@dataclass(frozen=True)
class FirstPage:
    """A hit list's first page, read by the search itself: its `result` also says how the query was
    understood, what else it searched, and how long the page took."""

    hit_list: HitList
    result: SearchResult
    annotations: dict[str, Annotation]


class Understood(NamedTuple):
    """How a search's query was read: rebuilt for display, and the other names of its concepts."""

    query: str
    also_searched: tuple[str, ...]


def _runs(pages: Iterable[int]) -> list[tuple[int, int]]:
    """Ascending page numbers as (first, last) runs of consecutive pages."""
    runs: list[tuple[int, int]] = []
    for page in pages:
        if runs and page == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], page)
        else:
            runs.append((page, page))
    return runs


class HitList:
    """The hits of one search, in its order; see the module docstring. Made by `Archive.hit_list`."""

    def __init__(
        self,
        connection: Callable[[], sqlite_utils.Database],
        concepts: Concepts,
        user: UserData,
        request: SearchRequest,
        page_size: int = PAGE_SIZE,
    ) -> None:
        if page_size < 1:
            raise ValueError(f"a hit list reads at least one row at a time, not {page_size}")
        self._connection = connection
        self._concepts = concepts
        self._user = user
        #: The search, its own paging and counting left out: the first page is `page_size` rows.
        self.request = dataclasses.replace(
            request, offset=0, cursor=None, limit=page_size,
            with_total=False, with_facets=False, estimate_facets=False,
        )  # fmt: skip
        self.page_size = page_size
        self._lock = threading.Lock()
        self._pages: dict[int, array[int]] = {}  # page -> the ids of its rows, of every page read
        self._cursors: dict[int, str] = {}  # row -> the cursor that reads on from it
        self._order: array[int] | None = None  # every row's id, once read
        self._ranked: bool | None = None
        self._count: int | None = None

    # Reading the archive

    def read_first_page(self) -> FirstPage:
        """The first page as the search gives it, its scores and all."""
        result = search(self._connection(), self.request, self._concepts)
        self._learn(0, self.page_size, [hit.item_id for hit in result.hits], result.next_cursor)
        return FirstPage(self, result, self._annotations(result.hits))

    def read_page(self, page: int) -> Rows:
        """The rows of one page (`page_rows`), fewer or none past the end."""
        return self.read_rows(page * self.page_size, self.page_size)

    def read_rows(self, first: int, count: int) -> Rows:
        """`count` rows from row `first` on, fewer or none past the end, read the cheapest way there is.

        Read by id, a hit's `score` is 0.0: its place in the order stands for it.
        """
        with self._lock:
            order, cursor = self._order, self._cursors.get(first)
        next_cursor = None
        if order is not None:
            ids = [id_text(number) for number in order[first : first + count]]
            hits = tuple(hits_of(self._connection(), self.request, ids))
        else:
            paging = {"cursor": cursor} if cursor is not None else {"offset": first}
            request = dataclasses.replace(self.request, limit=count, **paging)
            result = search(self._connection(), request, self._concepts)
            hits, next_cursor = result.hits, result.next_cursor
        self._learn(first, count, [hit.item_id for hit in hits], next_cursor)
        return Rows(hits, self._annotations(hits))

    def read_order(self) -> array[int]:
        """Read the whole order as ids, in one statement, and keep it (eight bytes a row): pages are
        read by id from then on, and the ids of any rows are known."""
        order = hit_id_numbers(self._connection(), self.request, self._concepts)
        with self._lock:
            self._order = order
        return order

    def read_all_ids(self) -> list[str]:
        """Every hit's id in list order, all of one moment: the order kept, or else read now (and kept)."""
        with self._lock:
            order = self._order
        return [id_text(number) for number in (order if order is not None else self.read_order())]

    def read_ids(self, ranges: Ranges) -> list[str]:
        """The ids of these rows in list order: those known from memory, the others read (each run of
        consecutive pages never read in one statement) and kept.

        Only ids are read, no hit is built, so a million rows take seconds, not minutes; writing a
        million of them out as strings takes a third of a second, which is why it happens here too.
        """
        with self._lock:
            order = self._order
            pages = {page: self._pages[page] for page in self._pages_of(ranges) if page in self._pages}
        if order is not None and all(last < len(order) for _first, last in ranges):
            return [id_text(number) for first, last in ranges for number in order[first : last + 1]]
        unread = sorted(set(self._pages_of(ranges)).difference(pages))
        for first_page, last_page in _runs(unread):
            start, count = first_page * self.page_size, (last_page - first_page + 1) * self.page_size
            ids = hit_ids(self._connection(), self.request, self._concepts, start, count)
            pages |= self._learn(start, count, ids, None)
        return [item_id for first, last in ranges for item_id in self._named(first, last, pages)]

    def read_item_id(self, row: int) -> str:
        """One row's id: from memory if known, else read alone (no page is read for it, nor kept)."""
        known = self.known_item_id(row)
        if known is not None:
            return known
        (item_id,) = hit_ids(self._connection(), self.request, self._concepts, row, 1)
        return item_id

    def read_counts(self, estimate: bool = False, with_facets: bool = True) -> SearchResult:
        """The search's figures, as a result with no hits. With `estimate`: its facets alone,
        estimated from a sample of its days when it has many hits (the window's first figures, in a
        fraction of the time; `facets_estimated` says whether they are). Otherwise its total, and
        its exact facets when `with_facets`; the total is remembered (`read_count`)."""
        request = dataclasses.replace(
            self.request,
            offset=0,
            limit=0,
            cursor=None,
            with_total=not estimate,
            with_facets=with_facets,
            estimate_facets=estimate,
        )
        result = search(self._connection(), request, self._concepts)
        if result.total is not None:
            self._count = result.total
        return result

    def read_count(self) -> int:
        """How many hits the search has; counted once, then remembered."""
        if self._count is None:
            self.read_counts(with_facets=False)
        assert self._count is not None  # asked for
        return self._count

    def read_facets(self) -> dict[str, tuple[FacetCount, ...]]:
        """The hits counted by year, month, language, kind, tag and person or organisation, exactly."""
        return self.read_counts().facets

    # From memory

    @property
    def ranked(self) -> bool:
        """Whether the search is ranked by relevance: its pages then have no key to follow, only an
        offset, until the whole order is read (`read_order`)."""
        if self._ranked is None:
            self._ranked = is_ranked(plan_request(self.request, self._concepts).plan, self.request)
        return self._ranked

    def understood(self) -> Understood:
        """How the query was read, as the search's first page also says; raises `QueryError`."""
        planned = plan_request(self.request, self._concepts)
        return Understood(planned.parsed.display, planned.also_searched)

    def page_of(self, row: int) -> int:
        return row // self.page_size

    def page_rows(self, page: int) -> range:
        """The rows a page holds when the list goes on past it."""
        return range(page * self.page_size, (page + 1) * self.page_size)

    def reads_cheaply(self, page: int) -> bool:
        """Whether a page would be read by id or by a cursor, not by offset."""
        return self._order is not None or page * self.page_size in self._cursors  # single look-ups

    def known_item_id(self, row: int) -> str | None:
        """The row's id if its page (or the whole order) has been read.

        Asked for every row the window paints, so it takes no lock: each look-up is one step, and
        an array once kept is never changed, only replaced.
        """
        order = self._order
        if order is not None and row < len(order):
            return id_text(order[row])
        page, offset = divmod(row, self.page_size)
        ids = self._pages.get(page)
        return id_text(ids[offset]) if ids is not None and offset < len(ids) else None

    def known_ids(self, first: int, last: int) -> list[str] | None:
        """The ids of rows `first` to `last` if every one is known (its page or the order read), else None."""
        with self._lock:
            if self._order is not None and last < len(self._order):
                return [id_text(number) for number in self._order[first : last + 1]]
            if any(page not in self._pages for page in range(self.page_of(first), self.page_of(last) + 1)):
                return None
            return self._named(first, last, self._pages)

    def known_row(self, item_id: str) -> int | None:
        """The row of an item among the rows whose ids are known."""
        number = id_number(item_id)
        with self._lock:
            if self._order is not None and number in self._order:
                return self._order.index(number)
            for page, ids in self._pages.items():
                if number in ids:
                    return page * self.page_size + ids.index(number)
        return None

    def _pages_of(self, ranges: Ranges) -> list[int]:
        return [page for first, last in ranges for page in range(self.page_of(first), self.page_of(last) + 1)]

    def _named(self, first: int, last: int, pages: Mapping[int, array[int]]) -> list[str]:
        """The ids of rows `first` to `last` as these pages hold them (a page missing holds none)."""
        named: list[str] = []
        for page in range(self.page_of(first), self.page_of(last) + 1):
            base = page * self.page_size
            numbers = pages.get(page, array("Q"))[max(first, base) - base : last + 1 - base]
            named += (id_text(number) for number in numbers)
        return named

    def _learn(
        self, first: int, asked: int, ids: Sequence[str], next_cursor: str | None
    ) -> dict[int, array[int]]:
        """Keep the ids of every whole page among the rows read from `first` on, and of the page the
        list ends in when fewer rows came than were asked for; and the cursor that reads on."""
        numbers = array("Q", (id_number(item_id) for item_id in ids))
        end = first + len(ids)
        learned: dict[int, array[int]] = {}
        page = -(-first // self.page_size)  # the first page that starts among these rows
        while (start := page * self.page_size) <= end:
            whole = start + self.page_size <= end
            if whole or len(ids) < asked:
                learned[page] = numbers[start - first : start - first + self.page_size]
            if not whole:
                break
            page += 1
        with self._lock:
            self._pages.update(learned)
            if next_cursor is not None:
                self._cursors[end] = next_cursor
        return learned

    def _annotations(self, hits: Sequence[SearchHit]) -> dict[str, Annotation]:
        return self._user.annotations(hit.item_id for hit in hits)
