"""Stages "decode", "split" and "identify" of the import (`chain`), in worker processes when many.

Reading a page (decoding, splitting, dates) and analysing its items for the index (folding,
stems, name keys, mentions) is pure text work and most of an import's time. It needs nothing from
the archive, so on a large import it runs in other processes while this one writes: the writer
only does what needs the database. Pages come back in the order the documents were found, so an
import stores the same thing whichever way its pages were prepared.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import multiprocessing
import os
import sqlite3
import threading
import zlib
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from itertools import chain, islice
from pathlib import Path

from press_archive.archive.indexing import IndexEntry, analyse_item
from press_archive.archive.known import find_known
from press_archive.importer.discover import Document
from press_archive.importer.errors import PageError
from press_archive.importer.identity import ItemKeys, identity_date, item_keys
from press_archive.importer.pipeline import parse_document
from press_archive.model import ParsedItem, ParsedPage

#: zlib's level for the kept page bytes. On the 10,000-item benchmark corpus (20.6 MB of pages)
#: level 1 took 0.16 s of processor time for 7.96 MB, level 6 0.79 s for 6.42 MB: a fifth more
#: space for a fifth of the time an import spends on it.
RAW_COMPRESSION = 1
#: Fewer documents than this are prepared here: starting a worker costs more than it saves.
PARALLEL_FROM = 16
#: Documents handed to the workers ahead of the writer, per worker: enough to keep them busy while
#: the writer commits, few enough that memory stays bounded whatever the import's size.
AHEAD_PER_WORKER = 8


#: Whether the archive holds an item already, asked with the item's date and keys.
KnownLookup = Callable[[dt.date | None, ItemKeys], bool]


@dataclass(frozen=True)
class PreparedItem:
    """An item read and identified; `index` is None when the archive held it as its page was read,
    since another sighting of an item needs no analysis."""

    parsed: ParsedItem
    keys: ItemKeys
    index: IndexEntry | None


@dataclass(frozen=True)
class PreparedPage:
    """A document read, its items identified and analysed; `digest` is the SHA-256 of its bytes."""

    source: str
    key: str
    size: int
    digest: str
    page: ParsedPage
    items: tuple[PreparedItem, ...]
    suffix: str
    compressed: bytes  # the document's own bytes, zlib-compressed, kept for re-splitting


@dataclass(frozen=True)
class Unchanged:
    """A document the archive already holds byte for byte."""

    source: str


Outcome = PreparedPage | Unchanged | PageError


def default_workers() -> int:
    """One worker per core the process may use: the writer spends much of its time inside SQLite
    waiting on the disk, so it needs no core of its own (on two cores, two workers import about
    half again as fast as one)."""
    return len(os.sched_getaffinity(0))


def identify(item: ParsedItem, is_known: KnownLookup) -> PreparedItem:
    """Stage "identify": an item's keys, and its index entry unless the archive holds it already."""
    stamped = identity_date(item)
    keys = item_keys(stamped, item.body)
    index = None if is_known(stamped, keys) else analyse_item(item.title, "\n\n".join(item.body))
    return PreparedItem(item, keys, index)


def prepare_document(document: Document, digest: str, is_known: KnownLookup) -> PreparedPage | PageError:
    """Stages "decode", "split" and "identify" for one document; a page that cannot be read comes
    back as its `PageError`."""
    try:
        page = parse_document(document)
    except PageError as error:
        return error
    items = tuple(identify(item, is_known) for item in page.items)
    return PreparedPage(
        document.source,
        document.key,
        len(document.data),
        digest,
        page,
        items,
        document.suffix,
        zlib.compress(document.data, RAW_COMPRESSION),
    )


def prepare_all(
    documents: Iterable[Document | PageError],
    is_unchanged: Callable[[Document, str], bool],
    is_known: KnownLookup,
    archive: Path,
    workers: int,
) -> Iterator[Outcome]:
    """Every document's outcome, in order. `is_unchanged(document, digest)` asks the archive, in the
    calling thread, whether it already holds those bytes as that capture; those are not read again.
    Pages read here ask `is_known` about their items; pages read by workers ask the `archive` file itself."""
    found = iter(documents)
    head = list(islice(found, PARALLEL_FROM))
    everything = chain(head, found)
    if workers <= 1 or len(head) < PARALLEL_FROM:
        for document in everything:
            outcome = _triage(document, is_unchanged)
            yield prepare_document(*outcome, is_known) if isinstance(outcome, tuple) else outcome
        return
    # "spawn": the importing process may run Qt and other threads, which a forked child would inherit.
    executor = ProcessPoolExecutor(
        workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_start_worker,
        initargs=(archive,),
    )
    try:
        pending: deque[Future[PreparedPage | PageError] | Outcome] = deque()
        for document in everything:
            outcome = _triage(document, is_unchanged)
            if isinstance(outcome, tuple):
                pending.append(executor.submit(_prepare_in_worker, *outcome))
            else:
                pending.append(outcome)
            while len(pending) > workers * AHEAD_PER_WORKER:
                yield _result(pending.popleft())
        while pending:
            yield _result(pending.popleft())
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


_worker_archive: sqlite3.Connection | None = None


def _start_worker(archive: Path) -> None:
    """Open the archive read-only, to ask it which items it holds, and end with the parent."""
    global _worker_archive
    _exit_with_parent()
    _worker_archive = sqlite3.connect(f"{archive.resolve().as_uri()}?mode=ro", uri=True)


def _known_to_worker_archive(date: dt.date | None, keys: ItemKeys) -> bool:
    """A question the archive cannot answer (a lock held too long, say) costs an analysis, not the page:
    the writer makes the decision that counts."""
    try:
        return _worker_archive is not None and find_known(_worker_archive, date, keys) is not None
    except sqlite3.Error:
        return False


def _prepare_in_worker(document: Document, digest: str) -> PreparedPage | PageError:
    return prepare_document(document, digest, _known_to_worker_archive)


def _exit_with_parent() -> None:
    """Make this worker end when the import that started it ends, however it ends.

    A worker waits for work on pipes it holds both ends of, so it would outlive an import that was
    killed, forever; the parent's sentinel closes when the parent dies, whatever kills it.
    """
    parent = multiprocessing.parent_process()
    if parent is not None:

        def watch() -> None:
            parent.join()
            os._exit(1)

        threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def _triage(
    document: Document | PageError, is_unchanged: Callable[[Document, str], bool]
) -> tuple[Document, str] | Unchanged | PageError:
    """A document to read with its digest, or the outcome it already has."""
    if isinstance(document, PageError):
        return document
    digest = hashlib.sha256(document.data).hexdigest()
    if is_unchanged(document, digest):
        return Unchanged(document.source)
    return document, digest


def _result(entry: Future[PreparedPage | PageError] | Outcome) -> Outcome:
    return entry.result() if isinstance(entry, Future) else entry
