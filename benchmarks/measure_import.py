"""Import throughput: the real `press-archive import` against a bare sqlite-utils load of the same rows.

The archive is built by the installed command line in a child process, so its time includes
everything a user waits for (start-up, discovery, decoding, splitting, identifying, indexing) and
its peak memory is that process's alone. The raw floor then loads the rows that import produced,
already parsed, with `insert_all` in batches and populates an FTS5 index of title and body in bulk:
what SQLite itself costs on this machine for the same data.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import sqlite_utils

from benchmarks.corpus import Corpus, pages_dir

RAW_BATCH = 10_000
ITEM_COLUMNS = (
    "date_key", "id", "date", "date_source", "title", "title_derived", "body", "language", "kind",
    "attachments", "text_key", "lead_key", "lead_of", "added_at",
)  # fmt: skip
FTS_TOKENIZER = "unicode61 remove_diacritics 2"


def _mib(kib: int) -> float:
    return round(kib / 1024, 1)  # Linux reports ru_maxrss in KiB


def files_bytes(path: Path) -> int:
    """An SQLite database's size on disk, with its WAL and user data file if present."""
    siblings = [path, path.with_name(path.name + "-wal"), path.with_name(f"{path.stem}-user{path.suffix}")]
    return sum(sibling.stat().st_size for sibling in siblings if sibling.exists())


def run_cli_import(corpus: Corpus, db_path: Path, log_path: Path) -> dict[str, object]:
    """Import the corpus with `python -m press_archive --db DB import PAGES`; time, memory, outcome."""
    command = [sys.executable, "-m", "press_archive", "--db", str(db_path), "import", str(pages_dir(corpus))]
    with log_path.open("wb") as log:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
        _pid, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    with sqlite3.connect(db_path) as db:
        stored = db.execute("SELECT count(*) FROM items").fetchone()[0]
    summary = log_path.read_text(encoding="utf-8", errors="replace").strip().splitlines()
    return {
        "command": "python -m press_archive --db DB import PAGES",
        "exit_status": process.returncode,
        "summary": summary[-1] if summary else "",
        "seconds": round(seconds, 2),
        "items_stored": stored,
        "items_expected": corpus.items,
        "items_per_second": round(stored / seconds, 1),
        "peak_rss_mib": _mib(usage.ru_maxrss),
    }


def _raw_rows(source: sqlite3.Connection, after: int) -> list[dict[str, object]]:
    rows = source.execute(
        f"SELECT {', '.join(ITEM_COLUMNS)} FROM items WHERE date_key > ? ORDER BY date_key LIMIT ?",
        (after, RAW_BATCH),
    ).fetchall()
    return [dict(zip(ITEM_COLUMNS, row, strict=True)) for row in rows]


def build_raw_floor(archive_path: Path, raw_path: Path) -> dict[str, object]:
    """Load the archive's items into a bare database and index them; only the loading is timed.

    Same journal settings as the archive (WAL, synchronous NORMAL), rows in batches of RAW_BATCH,
    then one bulk population of an FTS5 table over title and body.
    """
    raw = sqlite_utils.Database(raw_path)
    raw.execute("PRAGMA journal_mode = WAL")
    raw.execute("PRAGMA synchronous = NORMAL")
    insert_seconds = 0.0
    count = 0
    with sqlite3.connect(archive_path) as source:
        last = -1
        while rows := _raw_rows(source, last):
            started = time.perf_counter()
            raw.table("items").insert_all(rows, pk="date_key", batch_size=RAW_BATCH)
            insert_seconds += time.perf_counter() - started
            count += len(rows)
            last = int(rows[-1]["date_key"])  # type: ignore[call-overload]
    started = time.perf_counter()
    raw.table("items").enable_fts(["title", "body"], tokenize=FTS_TOKENIZER, create_triggers=False)
    fts_seconds = time.perf_counter() - started
    raw.close()
    seconds = insert_seconds + fts_seconds
    return {
        "method": f"sqlite-utils insert_all (batches of {RAW_BATCH}) + FTS5(title, body) populated in bulk",
        "items": count,
        "insert_seconds": round(insert_seconds, 2),
        "fts_seconds": round(fts_seconds, 2),
        "seconds": round(seconds, 2),
        "items_per_second": round(count / seconds, 1) if seconds else None,
    }
