"""A large import reads its pages in worker processes and writes them in shared transactions.

Neither may change what is stored: pages read elsewhere are stored exactly as pages read here, and
a page that fails to store is rolled back alone, its neighbours in the same transaction kept.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from helpers.cli import run_cli
from helpers.pages import write_corpus
from press_archive.archive.chain import import_documents
from press_archive.archive.connection import ConnectionPool
from press_archive.archive.ingest import PageWriter
from press_archive.archive.prepare import PARALLEL_FROM, PreparedPage, prepare_all
from press_archive.importer.discover import iter_documents
from press_archive.importer.errors import PageError

PAGES = 2 * PARALLEL_FROM
ITEM_NUMBER = re.compile(r"\br(\d+);")
#: Everything an import stores, less the clock times it stamps.
STORED = {
    "items": "SELECT date_key, id, date, date_source, title, title_derived, body, language, kind, "
    "attachments, text_key, lead_key, lead_of FROM items ORDER BY date_key",
    "sources": "SELECT id, key, source, size, sha256, url, items FROM sources ORDER BY id",
    "sightings": "SELECT * FROM sightings ORDER BY source_id, position",
    "entities": "SELECT * FROM item_entities ORDER BY item_key, entity",
    "index": "SELECT rowid FROM items_fts WHERE items_fts MATCH 'consultations OR консультации' "
    "ORDER BY rowid",
}


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("parallel") / "pages"
    write_corpus(folder, PAGES, seed=11)
    return folder


def _stored(db: Path) -> dict[str, list[tuple[object, ...]]]:
    with sqlite3.connect(db) as conn:
        return {name: conn.execute(sql).fetchall() for name, sql in STORED.items()}


def _import(db: Path, pages: Path, workers: int) -> dict[str, list[tuple[object, ...]]]:
    pool = ConnectionPool(db)
    try:
        report = import_documents(pool, iter_documents([pages]), workers=workers)
        assert report.ok and report.items_new == 3 * (PAGES + 10)
    finally:
        pool.close()
    return _stored(db)


def test_pages_read_by_worker_processes_are_stored_exactly_as_pages_read_here(
    pages: Path, tmp_path: Path
) -> None:
    here = _import(tmp_path / "here.db", pages, workers=1)
    in_workers = _import(tmp_path / "workers.db", pages, workers=2)

    assert here["index"] and here["entities"] and here["sightings"]
    assert in_workers == here


def test_workers_do_not_analyse_items_the_archive_already_holds(pages: Path, tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    sightings = _import(db, pages, workers=1)["sightings"]

    outcomes = list(
        prepare_all(
            iter_documents([pages]),
            is_unchanged=lambda _document, _digest: False,
            is_known=lambda _date, _keys: False,  # only pages read here would ask this
            archive=db,
            workers=2,
        )
    )

    items = [item for outcome in outcomes if isinstance(outcome, PreparedPage) for item in outcome.items]
    assert len(items) == len(sightings)
    assert all(item.index is None for item in items)


def test_an_item_unanalysed_because_it_was_known_is_analysed_when_it_turns_out_new(
    pages: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    analysed = _import(tmp_path / "analysed.db", pages, workers=1)
    monkeypatch.setattr(PageWriter, "is_known", lambda _self, _date, _keys: True)

    assert _import(tmp_path / "late.db", pages, workers=1) == analysed


def test_a_page_that_cannot_be_stored_is_rolled_back_alone(pages: Path, tmp_path: Path) -> None:
    pool = ConnectionPool(tmp_path / "archive.db")
    # Page 7 holds items 21, 22 and 23, in that order: storing 22 fails after 21 was written.
    pool.db().conn.execute(
        "CREATE TRIGGER refuse BEFORE INSERT ON items WHEN NEW.body LIKE '%number r22;%' "
        "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"
    )
    report = import_documents(pool, iter_documents([pages]), workers=1)
    conn = pool.db().conn

    assert [(Path(failure.source).name, failure.reason) for failure in report.failures] == [
        ("page-0007-en.txt", "could not be stored: refused by the test")
    ]
    assert report.files_read == PAGES + 9
    bodies = [row[0] for row in conn.execute("SELECT body FROM items")]
    numbers = {int(match) for body in bodies for match in ITEM_NUMBER.findall(body)}
    elsewhere = {  # page 7's items that other pages show again, and so store
        int(match)
        for document in iter_documents([pages])
        if not isinstance(document, PageError) and not document.source.endswith("page-0007-en.txt")
        for match in ITEM_NUMBER.findall(document.data.decode("utf-8", "replace"))
    }
    assert numbers == set(range(3 * (PAGES + 10))) - ({21, 22, 23} - elsewhere)
    unseen = conn.execute("SELECT count(*) FROM items WHERE date_key NOT IN (SELECT item_key FROM sightings)")
    assert unseen.fetchone() == (0,)
    page_seven = conn.execute("SELECT count(*) FROM sources WHERE source LIKE '%page-0007-en.txt'")
    assert page_seven.fetchone() == (0,)
    pool.close()


def test_the_command_line_takes_the_number_of_reading_processes(pages: Path, db: Path) -> None:
    code, _output, errors = run_cli(db, "import", "--jobs", "0", str(pages))
    assert code == 2 and "--jobs" in errors

    code, output, errors = run_cli(db, "import", "--jobs", "2", str(pages))
    assert code == 0, errors
    assert f"{3 * (PAGES + 10)} items new" in output
