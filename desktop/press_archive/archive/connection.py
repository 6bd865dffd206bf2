"""Opening an archive file safely: refuse what is not ours, migrate what is old, never touch a bad file,
and read a file that cannot be written without writing anything (`read_only`).

Every thread gets its own SQLite connection (Python's sqlite3 objects must stay on their thread);
WAL lets the GUI read while the CLI imports into the same file, and a busy timeout turns a brief
lock into a short wait instead of a "database is locked" error.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from press_archive.archive.errors import ArchiveError
from press_archive.archive.migration_copy import copy_before_migration
from press_archive.archive.read_only import ReadOnlyArchive, read_only_uri, why_read_only
from press_archive.archive.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION
from press_archive.archive.userdata.schema import attach_user_db, open_user_db, readable_user_db, user_db_path

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 30_000
#: SQLite's page cache of each connection (KiB). The window holds one per pool thread; the file's
#: pages stay in the system's cache anyway, so more buys little and counts in every thread.
READER_CACHE_KIB = 16_384
#: The import's writer keeps more: the indexes it updates at random are read again and again.
WRITER_CACHE_KIB = 65_536
#: How often a writer asks again for a lock another process holds (seconds).
LOCK_POLL_SECONDS = 0.002


def _configure(conn: sqlite3.Connection) -> None:
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute(f"PRAGMA cache_size = -{READER_CACHE_KIB}")
    # Counting facets over half a million hits groups them in a temporary b-tree: in memory it
    # took the window from 49 to 243 MB; in a temporary file (which the system caches) 65 MB.
    conn.execute("PRAGMA temp_store = FILE")


def begin_immediate(conn: sqlite3.Connection) -> None:
    """Start a write transaction, waiting up to the busy timeout for another writer to finish.

    SQLite's own busy handler waits longer and longer between tries, up to 100 ms; a long import
    leaves the lock free only for moments between its batches, which such a waiter would nearly
    always miss. Asking every few milliseconds gets a tag or a note in between.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    conn.execute("PRAGMA busy_timeout = 0")
    try:
        while True:
            try:
                conn.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as error:
                busy = error.sqlite_errorcode & 0xFF == sqlite3.SQLITE_BUSY
                if not busy or time.monotonic() > deadline:
                    raise
            time.sleep(LOCK_POLL_SECONDS)
    finally:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")


@contextmanager
def _immediate_transaction(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    begin_immediate(db.conn)
    try:
        yield db
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


def _check_header(path: Path) -> None:
    """Refuse a file that is not SQLite before SQLite is let near it, and anything that is not a file
    (a device or a pipe would get a `-journal` written beside it)."""
    if not path.exists():
        return
    if not path.is_file():
        raise ArchiveError(str(path), "not a regular file (a folder, device or pipe); give an archive file")
    if path.stat().st_size == 0:
        return
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
    except OSError as error:
        raise ArchiveError(str(path), f"cannot read the archive file: {error.strerror}") from error
    if header != SQLITE_MAGIC:
        raise ArchiveError(str(path), "not a Press Archive database (the file is not an SQLite database)")


class ConnectionPool:
    """One connection per thread to one archive file, all opened with the same settings.

    Connections are found by the thread's identity, not kept in a `threading.local`: Python forgets
    the locals of a thread it did not start (a Qt pool thread) each time a call into Python returns,
    so every job would open, and leak, a connection with its own page cache.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._by_thread: dict[tuple[int, bool], sqlite_utils.Database] = {}
        self._all: dict[sqlite3.Connection, bool] = {}  # each open connection: is the archive read-only?
        self._lock = threading.Lock()
        self.migration_backup: Path | None = None
        self.user_path = user_db_path(path)
        self.user_migration_backup: Path | None = None
        self._user_attached = False
        _check_header(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        #: Why the archive cannot be written (None: it can); a read-only archive is opened read-only.
        self.read_only = why_read_only(path)
        #: Why the user data cannot be written: the archive's reason, or its own file's.
        self.user_read_only = self.read_only or why_read_only(self.user_path)
        if self.read_only and not path.exists():
            raise ArchiveError(str(path), f"no archive here, and none can be made: {self.read_only}")
        try:
            self._prepare(self.db().conn)
            self._prepare_user_data(self.db().conn)
        except BaseException:
            self.close()  # a refused file keeps no connection open, nor its -wal and -shm files
            raise

    def db(self) -> sqlite_utils.Database:
        """The calling thread's connection, opened on first use."""
        return self._thread_connection(read_only_archive=False, with_user_data=self._user_attached)

    def _thread_connection(self, read_only_archive: bool, with_user_data: bool) -> sqlite_utils.Database:
        key = (threading.get_ident(), read_only_archive)
        db = self._by_thread.get(key)
        if db is None:
            db = self._by_thread[key] = self._open(read_only_archive, with_user_data)
        return db

    def _open(self, read_only_archive: bool, with_user_data: bool) -> sqlite_utils.Database:
        if self.read_only:
            location = read_only_uri(self.path)
        else:
            location = self.path.resolve().as_uri() + ("?mode=ro" if read_only_archive else "")
        try:
            # Each connection is used by its own thread only; the flag lets `close()` close them all.
            conn = sqlite3.connect(
                location,
                uri=True,  # also lets the user data be attached read-only
                timeout=BUSY_TIMEOUT_MS / 1000,
                isolation_level=None,
                check_same_thread=False,
            )
            _configure(conn)
            if with_user_data:
                attach_user_db(conn, self.user_path, read_only=self.user_read_only is not None)
        except sqlite3.DatabaseError as error:
            if type(error) is sqlite3.DatabaseError:  # malformed, not a lock or a missing folder
                reason = f"the archive file is damaged ({error}); restore it from a backup copy"
            else:
                reason = f"cannot open the archive: {error}"
            raise ArchiveError(str(self.path), reason) from error
        with self._lock:
            self._all[conn] = read_only_archive or self.read_only is not None
        return sqlite_utils.Database(conn)

    def require_writable(self, user_data_only: bool = False) -> None:
        """Refuse a change, before anything is written, when the archive (or, for a change of the
        user's data alone, the user data file) cannot be written."""
        if self.read_only:
            raise ReadOnlyArchive(str(self.path), self.read_only)
        if user_data_only and self.user_read_only:
            raise ReadOnlyArchive(str(self.user_path), self.user_read_only, "user data")

    @contextmanager
    def user_transaction(self) -> Iterator[sqlite_utils.Database]:
        """All or nothing, for a change to the user's data, which never waits for an import.

        A write transaction locks every database its connection may write, so on the usual
        connection a tag would wait for the import's next commit. This thread's connection for the
        user's data sees the archive read-only: the transaction locks the user data file alone.
        """
        self.require_writable(user_data_only=True)
        db = self._thread_connection(read_only_archive=True, with_user_data=True)
        with _immediate_transaction(db):
            yield db

    @contextmanager
    def archive_writer(self) -> Iterator[sqlite_utils.Database]:
        """A connection of its own for a long run of writes to the archive (an import), without the
        user's data, so that its transactions never lock the user data file."""
        self.require_writable()
        db = self._open(read_only_archive=False, with_user_data=False)
        db.execute(f"PRAGMA cache_size = -{WRITER_CACHE_KIB}")
        try:
            yield db
        finally:
            with self._lock:
                del self._all[db.conn]
            db.conn.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite_utils.Database]:
        """All or nothing: an exception inside rolls every write back."""
        self.require_writable()
        with _immediate_transaction(self.db()) as db:
            yield db

    def close(self) -> None:
        """Close every connection, read-only ones first: the last to close folds the write-ahead log
        into the archive file, so the file alone holds everything, and only a writer can do that."""
        with self._lock:
            for conn in sorted(self._all, key=self._all.__getitem__, reverse=True):
                conn.close()
            self._all.clear()
            self._by_thread.clear()

    def _prepare_user_data(self, conn: sqlite3.Connection) -> None:
        """Attach `<stem>-user.db` only once the archive is known to be ours, so a refused file gets no
        user data file created beside it."""
        if not (self.user_read_only and not readable_user_db(self.user_path)):
            _check_header(self.user_path)
        read_only = self.user_read_only is not None
        self.user_migration_backup = open_user_db(conn, self.user_path, read_only)
        self._user_attached = True

    def _prepare(self, conn: sqlite3.Connection) -> None:
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        except sqlite3.DatabaseError as error:
            reason = f"the archive file is damaged or not a database: {error}"
            raise ArchiveError(str(self.path), reason) from error
        if app_id != APPLICATION_ID and tables:
            listed = ", ".join(sorted(tables)[:5])
            raise ArchiveError(
                str(self.path), f"an SQLite database of another program (tables: {listed}); not opened"
            )
        if version > SCHEMA_VERSION:
            raise ArchiveError(
                str(self.path),
                f"made by a newer Press Archive (schema {version}; "
                f"this version reads up to {SCHEMA_VERSION})",
            )
        if self.read_only:
            _check_readable_as_it_is(self.path, self.read_only, version)
            return
        conn.execute("PRAGMA journal_mode = WAL")
        if version == SCHEMA_VERSION:
            return
        if version > 0:
            self.migration_backup = copy_before_migration(conn, self.path, version)
        with self.transaction() as db:
            for step in range(version + 1, SCHEMA_VERSION + 1):
                MIGRATIONS[step](db)
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _check_readable_as_it_is(path: Path, why: str, version: int) -> None:
    """A read-only archive is read as it is, so it must be at this version's schema: the searches
    read columns and tables the migrations add, and a migration writes the file."""
    if version == 0:
        raise ArchiveError(str(path), f"not an archive yet (an empty database), and read-only: {why}")
    if version < SCHEMA_VERSION:
        raise ArchiveError(
            str(path),
            f"made by an older Press Archive (schema {version}): it must be migrated to schema "
            f"{SCHEMA_VERSION} before it can be read, and cannot be, being read-only ({why}); "
            "open it once with write access, or open a copy of it",
        )
