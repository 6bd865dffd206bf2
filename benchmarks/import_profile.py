"""Where an import's time goes: processor time per item for each stage, on a sample of the corpus.

The import's throughput is bounded by processor time, not by the disk: reading a page and analysing
its items for the index is Python work spread over the cores, and the writer's SQL is one more
core's worth. Timing each stage alone in this process, with `time.process_time`, gives figures that
other work on the machine does not skew, and tells what throughput the cores can reach at best.
"""

from __future__ import annotations

import sqlite3
import tempfile
import time
import zlib
from collections.abc import Callable, Iterable
from hashlib import sha256
from itertools import islice
from pathlib import Path
from typing import Any, TypeVar

from press_archive.archive.connection import ConnectionPool
from press_archive.archive.indexing import analyse_item
from press_archive.archive.ingest import PageWriter
from press_archive.archive.prepare import RAW_COMPRESSION, PreparedItem, PreparedPage
from press_archive.archive.schema import FTS_COLUMNS, FTS_TOKENIZER
from press_archive.importer.discover import Document, iter_documents
from press_archive.importer.identity import identity_date, item_keys
from press_archive.importer.pipeline import parse_document
from press_archive.model import ParsedItem

#: Documents profiled: about 10,000 items at every corpus size.
SAMPLE_DOCUMENTS = 400

T = TypeVar("T")


def _cpu(work: Callable[[], T]) -> tuple[T, float]:
    started = time.process_time()
    result = work()
    return result, time.process_time() - started


def _bare_index_seconds(rows: Iterable[tuple[str, ...]], columns: tuple[str, ...]) -> float:
    """Processor time to fill a fresh contentless FTS5 table with `rows` in one transaction."""
    with tempfile.TemporaryDirectory() as folder:
        conn = sqlite3.connect(Path(folder) / "bare.db", isolation_level=None)
        fts = f"fts5({', '.join(columns)}, content='', tokenize='{FTS_TOKENIZER}')"
        conn.execute(f"CREATE VIRTUAL TABLE fts USING {fts}")
        marks = ", ".join("?" * len(columns))
        statement = f"INSERT INTO fts ({', '.join(columns)}) VALUES ({marks})"

        def fill() -> None:
            conn.execute("BEGIN")
            conn.executemany(statement, rows)
            conn.execute("COMMIT")

        _, seconds = _cpu(fill)
        conn.close()
    return seconds


def profile_import(pages: Path, documents: int = SAMPLE_DOCUMENTS) -> dict[str, object]:
    """Milliseconds of processor time per new item for each stage of importing the first `documents`,
    as worker processes do it: every item read is analysed, the writer stores the new ones."""
    sample = [doc for doc in islice(iter_documents([pages]), documents) if isinstance(doc, Document)]
    parsed, parse_s = _cpu(lambda: [parse_document(doc) for doc in sample])
    items: list[ParsedItem] = [item for page in parsed for item in page.items]
    keys, keys_s = _cpu(lambda: [item_keys(identity_date(item), item.body) for item in items])
    entries, analyse_s = _cpu(lambda: [analyse_item(item.title, "\n\n".join(item.body)) for item in items])
    prepared = iter(map(PreparedItem, items, keys, entries))
    ready = [
        PreparedPage(
            doc.source,
            doc.key,
            len(doc.data),
            sha256(doc.data).hexdigest(),
            page,
            tuple(islice(prepared, len(page.items))),
            doc.suffix,
            zlib.compress(doc.data, RAW_COMPRESSION),
        )
        for doc, page in zip(sample, parsed, strict=True)
    ]
    with tempfile.TemporaryDirectory() as folder:
        pool = ConnectionPool(Path(folder) / "archive.db")
        with pool.archive_writer() as db:
            writer = PageWriter(db)

            def store() -> None:
                for page in ready:
                    writer.store(page)
                writer.commit()

            _, store_s = _cpu(store)
        new = int(pool.db().execute("SELECT count(*) FROM items").fetchone()[0])
        pool.close()
    firsts = {key.id: entry for key, entry in zip(keys, entries, strict=True)}.values()
    same_index_s = _bare_index_seconds((entry.fts_row for entry in firsts), FTS_COLUMNS)
    title_body_s = _bare_index_seconds((entry.fts_row[:2] for entry in firsts), ("title", "body"))

    def per_new_item(seconds: float) -> float:
        return round(seconds / new * 1000, 3)

    return {
        "documents": len(sample),
        "items_read": len(items),
        "items_new": new,
        "ms_per_new_item": {
            "read pages (decode, split, dates)": per_new_item(parse_s),
            "identify items (keys)": per_new_item(keys_s),
            "analyse for the index (stems, name keys, mentions)": per_new_item(analyse_s),
            "store (rows, sightings, entities, FTS5 insert, commits)": per_new_item(store_s),
        },
        "bare_fts_ms_per_new_item": {
            "FTS5 with the archive's columns, one transaction": per_new_item(same_index_s),
            "FTS5 (title, body), one transaction": per_new_item(title_body_s),
        },
        "preparing_ms_per_new_item": per_new_item(parse_s + keys_s + analyse_s),
        "storing_ms_per_new_item": per_new_item(store_s),
    }


def ceiling(profile: dict[str, Any], cores: int) -> float:
    """New items/s the cores can reach at best, every core busy (the writer's shared with a reader)."""
    total_ms = float(profile["preparing_ms_per_new_item"]) + float(profile["storing_ms_per_new_item"])
    return round(cores * 1000 / total_ms, 1)


def profile_table(profile: dict[str, Any], cores: int) -> list[str]:
    """The profile as Markdown: each stage's cost, the bare FTS5 inserts beside it, the ceiling."""
    lines = [
        f"Import profile: processor ms per new item, first {profile['documents']} pages "
        f"({profile['items_read']:,} items read, {profile['items_new']:,} new)",
        "",
        "| stage | ms per new item |",
        "|---|--:|",
    ]
    lines += [f"| {stage} | {ms:.3f} |" for stage, ms in profile["ms_per_new_item"].items()]
    lines += [f"| bare: {index} | {ms:.3f} |" for index, ms in profile["bare_fts_ms_per_new_item"].items()]
    best = f"{ceiling(profile, cores):,.0f} items/s"
    lines.append(f"| best import throughput on {cores} cores, every one busy | {best} new |")
    return lines
