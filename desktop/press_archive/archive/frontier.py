"""The fetcher's frontier, kept in the archive: the URLs of the site, which are queued, done or failed.

Every change is its own short transaction, committed before the crawler moves on, so a crawl killed
at any moment finds on its next start exactly what it had finished: the pages it recorded are not
fetched again, the ones still queued are. A page is recorded done only after it was imported, so a
kill between the two fetches that page once more and loses nothing.

Runs: a run is one crawl of a set of start URLs. A run that did not finish (killed, or stopped by a
page limit) is taken up again by the next crawl of the same start URLs; any other crawl starts a new
run, in which known URLs are queued again only when the crawler asks (a listing to walk, a page with
news) and are fetched conditionally with the validators kept here.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from press_archive.archive.connection import begin_immediate
from press_archive.model import FetchRun, FrontierEntry, UrlKind, UrlState

_COLUMNS = "url, kind, state, run, first_run, etag, last_modified, status, error, fetched_at"
#: How many URLs one statement looks up: below SQLite's limit on parameters.
_LOOKUP_BATCH = 500


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _entry(row: tuple[Any, ...]) -> FrontierEntry:
    url, kind, state, run, first_run, etag, last_modified, status, error, fetched_at = row
    return FrontierEntry(
        url, UrlKind(kind), UrlState(state), run, first_run, etag, last_modified, status, error, fetched_at
    )


def last_fetched_at(conn: sqlite3.Connection) -> dt.datetime | None:
    """When the site last answered a request of a crawl into this archive; None if it never did."""
    (latest,) = conn.execute("SELECT max(fetched_at) FROM frontier WHERE status IS NOT NULL").fetchone()
    return dt.datetime.fromisoformat(latest) if latest else None


def _retried_in_a_new_run(entry: FrontierEntry) -> bool:
    """A failure that may pass next time: no answer at all, a server error, or "too many requests"."""
    return entry.status is None or entry.status >= 500 or entry.status == 429


class Frontier:
    """The frontier of one archive, over a connection of its own (the crawler's thread only)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        begin_immediate(self._conn)
        try:
            yield self._conn
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")

    def start_run(self, seeds: Sequence[str], full: bool) -> FetchRun:
        """Take up the unfinished run of these seeds, or start a new one with the seeds queued.

        A new run also queues again the URLs whose last fetch failed in a way that may pass, and with
        `full` every known page and listing.
        """
        seeds_json = json.dumps(sorted(seeds))
        with self._transaction() as conn:
            open_run = conn.execute(
                "SELECT id, seeds, full FROM fetch_runs WHERE finished_at IS NULL ORDER BY id DESC LIMIT 1"
            ).fetchone()
            if open_run and open_run[1] == seeds_json and bool(open_run[2]) == full:
                return FetchRun(id=open_run[0], resumed=True)
            conn.execute("UPDATE fetch_runs SET finished_at = ? WHERE finished_at IS NULL", (_now(),))
            run = conn.execute(
                "INSERT INTO fetch_runs (seeds, full, started_at) VALUES (?, ?, ?)",
                (seeds_json, int(full), _now()),
            ).lastrowid
            assert run is not None
            again = [
                entry.url
                for entry in self._all(conn)
                if (entry.state is UrlState.FAILED and _retried_in_a_new_run(entry))
                or (full and entry.kind is not UrlKind.ATTACHMENT)
            ]
            self._queue(conn, run, [(url, UrlKind.PAGE) for url in [*seeds, *again]])
        return FetchRun(id=run, resumed=False)

    def finish_run(self, run: int) -> None:
        with self._transaction() as conn:
            conn.execute("UPDATE fetch_runs SET finished_at = ? WHERE id = ?", (_now(), run))

    def queued(self, run: int) -> list[FrontierEntry]:
        """The run's queue, oldest first."""
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM frontier WHERE run = ? AND state = ? ORDER BY seq",
            (run, UrlState.QUEUED.value),
        )
        return [_entry(row) for row in rows]

    def known(self, urls: Iterable[str]) -> dict[str, FrontierEntry]:
        """What the frontier knows of these URLs; those it has never met are missing."""
        wanted = list(dict.fromkeys(urls))
        found: dict[str, FrontierEntry] = {}
        for start in range(0, len(wanted), _LOOKUP_BATCH):
            batch = wanted[start : start + _LOOKUP_BATCH]
            marks = ", ".join("?" * len(batch))
            for row in self._conn.execute(f"SELECT {_COLUMNS} FROM frontier WHERE url IN ({marks})", batch):
                entry = _entry(row)
                found[entry.url] = entry
        return found

    def enqueue(self, run: int, urls: Sequence[tuple[str, UrlKind]]) -> list[str]:
        """Queue URLs in this run, in order: new ones, and known ones not yet queued in it.

        Returns the URLs queued now; those the run has queued or fetched already are left alone.
        """
        with self._transaction() as conn:
            return self._queue(conn, run, urls)

    def record(
        self,
        run: int,
        url: str,
        *,
        kind: UrlKind,
        failed: bool,
        status: int | None,
        etag: str | None = None,
        last_modified: str | None = None,
        error: str | None = None,
    ) -> None:
        """Record what fetching a URL came to; validators are kept from before when none are given."""
        state = UrlState.FAILED if failed else UrlState.DONE
        with self._transaction() as conn:
            conn.execute(
                "UPDATE frontier SET kind = ?, state = ?, status = ?, etag = coalesce(?, etag), "
                "last_modified = coalesce(?, last_modified), error = ?, fetched_at = ? "
                "WHERE url = ? AND run = ?",
                (kind.value, state.value, status, etag, last_modified, error, _now(), url, run),
            )

    def _queue(self, conn: sqlite3.Connection, run: int, urls: Sequence[tuple[str, UrlKind]]) -> list[str]:
        (seq,) = conn.execute("SELECT coalesce(max(seq), 0) FROM frontier").fetchone()
        first_kind: dict[str, UrlKind] = {}
        for url, kind in urls:
            first_kind.setdefault(url, kind)
        queued = []
        for url, kind in first_kind.items():
            seq += 1
            inserted = conn.execute(
                "INSERT INTO frontier (url, kind, state, run, first_run, seq) VALUES (?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (url) DO UPDATE SET state = excluded.state, run = excluded.run, "
                "seq = excluded.seq, error = NULL WHERE frontier.run != excluded.run",
                (url, kind.value, UrlState.QUEUED.value, run, run, seq),
            ).rowcount
            if inserted:
                queued.append(url)
        return queued

    def _all(self, conn: sqlite3.Connection) -> list[FrontierEntry]:
        return [_entry(row) for row in conn.execute(f"SELECT {_COLUMNS} FROM frontier")]
