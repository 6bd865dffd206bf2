"""`Archive`: the one way into a Press Archive database, for the GUI, the CLI and the tests."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from press_archive.archive.chain import ProgressCallback, import_documents
from press_archive.archive.concepts import ConceptFileError, Concepts, bundled_concepts, load_concepts
from press_archive.archive.connection import ConnectionPool
from press_archive.archive.detached_backup import CAN_DETACH, back_up_detached
from press_archive.archive.frontier import Frontier, last_fetched_at
from press_archive.archive.hit_list import PAGE_SIZE, HitList
from press_archive.archive.import_lock import BusyCallback, RunningImport, holding_import_lock, running_import
from press_archive.archive.location import bundled_seeds_dir, captures_dir
from press_archive.archive.reading import get_item, get_revision, get_stats
from press_archive.archive.rebuild import RebuildProgress, RebuildReport, rebuild_archive
from press_archive.archive.related import related_items
from press_archive.archive.rules import needs_rebuild
from press_archive.archive.search import search
from press_archive.archive.spelling import suggest
from press_archive.archive.userdata import UserData
from press_archive.archive.userdata.autobackup import AUTO_BACKUP_KEEP, auto_backup_dir, due_revision
from press_archive.archive.userdata.moves import move_user_data, retired_with_user_data
from press_archive.importer.discover import Document, iter_documents
from press_archive.model import (
    ArchiveStats,
    ImportReport,
    Item,
    RelatedItem,
    SearchRequest,
    SearchResult,
    Suggestion,
)


def _concepts(path: Path) -> tuple[Concepts, ConceptFileError | None]:
    """The archive's concepts; a user file that cannot be used is reported, and searches go on
    with the bundled ones."""
    try:
        return load_concepts(path), None
    except ConceptFileError as problem:
        return bundled_concepts(), problem


class Archive:
    """An open archive file. Safe to share between threads: each thread gets its own connection."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self._pool = ConnectionPool(self.path)
        self.concepts, self.concepts_problem = _concepts(self.path)
        self.user = UserData(self._pool, auto_backup_dir(self.path))

    @property
    def captures_dir(self) -> Path:
        """Where the fetcher keeps every raw response it received, as web-archive files."""
        return captures_dir(self.path)

    @property
    def read_only(self) -> str | None:
        """Why the archive cannot be written ("the file cannot be written", "its folder cannot be
        written"), or None. A read-only archive searches, reads and exports; each change raises
        `ReadOnlyArchive`, before anything is written."""
        return self._pool.read_only

    def require_writable(self) -> None:
        """Raise `ReadOnlyArchive` when the archive cannot be written: for work that writes beside it
        before it writes into it (a fetch keeps every response in a folder beside the archive)."""
        self._pool.require_writable()

    @property
    def migration_backup(self) -> Path | None:
        """The copy made before an older archive was migrated on opening, if one was."""
        return self._pool.migration_backup

    def close(self, backups_kept: int | None = AUTO_BACKUP_KEEP, detach_backup: bool = False) -> None:
        """Close every connection, first saving a rolling backup of the user data if it changed.

        `backups_kept` is how many automatic backups to keep; None closes without one (the window's
        Preferences can turn them off). `detach_backup` writes it in a process of its own, returning
        in milliseconds however large the user data (the command line, whose process ends here).
        User data that cannot be written cannot have changed here, and gets no backup beside it.
        """
        if self._pool.user_read_only:
            backups_kept = None
        try:
            if backups_kept is not None and detach_backup and CAN_DETACH:
                if due_revision(self._pool.db()) is not None:
                    self._pool.close()
                    back_up_detached(self.path, backups_kept)
            elif backups_kept is not None:
                self.user.auto_backup(keep=backups_kept)
        finally:
            self._pool.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def import_paths(
        self,
        paths: Iterable[str | os.PathLike[str]],
        progress: ProgressCallback | None = None,
        workers: int | None = None,
        on_busy: BusyCallback | None = None,
    ) -> ImportReport:
        """Import files, folders and zips; each document is stored whole or not at all.

        `workers` processes read the pages of a large import (None: one per spare core, 1: none).
        While another import runs into the archive, `on_busy` decides whether to wait for it (see
        `holding_import_lock`); without it, the import waits.
        """
        self._pool.require_writable()
        with holding_import_lock(self.path, on_busy):
            report = import_documents(self._pool, iter_documents(paths), progress, workers)
        self._follow_retired_ids()
        return report

    def import_documents(
        self,
        documents: Iterable[Document],
        progress: ProgressCallback | None = None,
        workers: int | None = 1,
        on_busy: BusyCallback | None = None,
    ) -> ImportReport:
        """Import documents already in memory (pages fetched from the web), as `import_paths` does files."""
        self._pool.require_writable()
        with holding_import_lock(self.path, on_busy):
            report = import_documents(self._pool, documents, progress, workers)
        self._follow_retired_ids()
        return report

    def _follow_retired_ids(self) -> None:
        """Move the user's data from ids an import or a rebuild retired to the items that replaced them."""
        if self._pool.user_read_only is None and retired_with_user_data(self._pool.db()):
            with self._pool.user_transaction() as db:
                move_user_data(db, retired_with_user_data(db))

    def running_import(self) -> RunningImport | None:
        """The import running into this archive now, from this process or another, if one is."""
        return running_import(self.path)

    @contextmanager
    def frontier(self) -> Iterator[Frontier]:
        """The fetcher's frontier, on a connection of its own for the length of a crawl."""
        with self._pool.archive_writer() as db:
            yield Frontier(db.conn)

    def last_fetched_at(self) -> dt.datetime | None:
        """When a fetch last got an answer from the site (UTC); None for an archive never fetched into."""
        return last_fetched_at(self._pool.db().conn)

    def import_seeds(self, progress: ProgressCallback | None = None) -> ImportReport:
        """Import the seed pages bundled with the app (a fresh install opens on a full archive)."""
        return self.import_paths([bundled_seeds_dir()], progress)

    def rebuild(self, progress: RebuildProgress | None = None) -> RebuildReport:
        """Re-split every kept page with the current rules, in one transaction, and move the user's
        data from retired ids to the items that took their place (a backup of it is saved first)."""
        self._pool.require_writable()
        self.user.auto_backup()
        with self._pool.archive_writer() as db:
            report = rebuild_archive(db, progress)
        self._follow_retired_ids()
        return report

    def needs_rebuild(self) -> bool:
        """Whether the archive holds items cut with older splitting rules than this version's."""
        return needs_rebuild(self._pool.db().conn)

    def is_empty(self) -> bool:
        row = self._pool.db().execute("SELECT EXISTS (SELECT 1 FROM items)").fetchone()
        return not row[0]

    def item(self, item_id: str) -> Item:
        """One item in full (an id or a unique prefix of one); raises `ItemNotFound`."""
        return get_item(self._pool.db(), item_id)

    def revision(self) -> tuple[int, str]:
        """A marker that changes whenever pages are imported, by this process or another one.

        Cheap enough to poll every few seconds: the window uses it to notice an import run from
        the command line into the same archive.
        """
        return get_revision(self._pool.db())

    def stats(self) -> ArchiveStats:
        return get_stats(self._pool.db())

    def search(self, request: SearchRequest | str) -> SearchResult:
        """Run a search; raises `QueryError` for a query that cannot be understood."""
        if isinstance(request, str):
            request = SearchRequest(query=request)
        return search(self._pool.db(), request, self.concepts)

    def suggest(self, request: SearchRequest) -> list[Suggestion]:
        """Queries spelled close to the request's that find something: for a search that found nothing."""
        return suggest(self._pool.db(), request, self.concepts)

    def hit_list(self, request: SearchRequest | str, page_size: int = PAGE_SIZE) -> HitList:
        """A search as a list of hits to read a page at a time, or all of its ids at one moment (the
        window's list, the command line's search, an export). Reads nothing yet."""
        if isinstance(request, str):
            request = SearchRequest(query=request)
        return HitList(self._pool.db, self.concepts, self.user, request, page_size)

    def related(self, item_id: str) -> list[RelatedItem]:
        """Its article or teasers, its twin on the other edition, and items like it; raises `ItemNotFound`."""
        return related_items(self._pool.db(), item_id)
