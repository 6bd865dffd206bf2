"""The command line's input: many ids after one --ids, ids on standard input, errors that name the
value, the form expected and what was probably meant, and the import's progress line."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import click
import pytest

from helpers.cli import run_cli as run
from press_archive.archive import Archive
from press_archive.cli.importing import count_documents
from press_archive.cli.params import Day
from press_archive.cli.progress import Pace, duration
from press_archive.model import SearchRequest, SortOrder


@pytest.fixture
def ids(db: Path) -> list[str]:
    with Archive(db) as archive:
        return [hit.item_id for hit in archive.search(SearchRequest(sort=SortOrder.NEWEST, limit=5)).hits]


def _exported(target: Path) -> list[str]:
    return [json.loads(line)["id"] for line in target.read_text(encoding="utf-8").splitlines()]


def test_ids_takes_many_values_after_one_option(db: Path, tmp_path: Path, ids: list[str]) -> None:
    target = tmp_path / "picked.jsonl"
    picked = (ids[2], ids[0][:6], ids[1])
    code, _out, err = run(db, "export", "--format", "jsonl", "--ids", *picked, "-o", str(target))
    assert code == 0, err
    assert _exported(target) == [ids[2], ids[0], ids[1]]


def test_ids_from_standard_input(db: Path, tmp_path: Path, ids: list[str]) -> None:
    target = tmp_path / "piped.jsonl"
    code, _out, err = run(db, "export", "--format", "jsonl", "--ids", "-", "-o", str(target),
                          stdin=f"{ids[3]}\n{ids[1]},{ids[0]}\n")
    assert code == 0, err
    assert _exported(target) == [ids[3], ids[1], ids[0]]


def test_ids_without_the_option_are_refused_with_the_hint(db: Path, tmp_path: Path, ids: list[str]) -> None:
    code, _out, err = run(db, "export", "--format", "jsonl", "-o", str(tmp_path / "x.jsonl"), ids[0])
    assert code == 2
    assert f"unexpected argument {ids[0]!r}: item ids go after --ids" in err


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("export", "--format", "cvs", "-o", "x.csv"), "'cvs' is not one of csv, csv-excel, xlsx"),
        (("export", "--format", "cvs", "-o", "x.csv"), "did you mean 'csv'?"),
        (("search", "iran", "--sort", "newset"), "did you mean 'newest'?"),
        (("search", "iran", "--lang", "ry"), "'ry' is not one of en, ru; did you mean 'ru'?"),
        (("search", "iran", "--from", "05.12.2025"), "'05.12.2025' is not a date of the form YYYY-MM-DD"),
        (("search", "iran", "--from", "05.12.2025"), "did you mean '2025-12-05'?"),
        (("search", "iran", "--to", "2025/12/05"), "did you mean '2025-12-05'?"),
        (("search", "iran", "--to", "2025-02-30"), "'2025-02-30' is not a date of the form YYYY-MM-DD (day"),
    ],
)
def test_a_bad_value_is_named_with_the_form_expected_and_a_suggestion(db: Path, args: tuple[str, ...],
                                                                       expected: str) -> None:
    code, _out, err = run(db, *args)
    assert code == 2
    assert expected in " ".join(err.split())


def test_nothing_close_is_not_suggested(db: Path) -> None:
    _code, _out, err = run(db, "search", "iran", "--sort", "zzz")
    assert "did you mean" not in err
    with pytest.raises(click.BadParameter, match=r"\(for example 2025-06-30\)$"):
        Day().convert("yesterday", None, None)


def test_dates_are_read_as_days(db: Path) -> None:
    assert Day().convert("2025-12-05", None, None) == dt.date(2025, 12, 5)
    code, out, _err = run(db, "search", "CSTO", "--from", "2026-02-12", "--to", "2026-02-12", "--format",
                          "json")
    assert code == 0
    assert {hit["date"] for hit in json.loads(out)} == {"2026-02-12"}


def test_the_documents_of_files_and_folders_are_counted_but_not_those_of_archives(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    (pages / "2019" / ".hidden").mkdir(parents=True)
    for name in ("a.txt", "2019/b.html", "2019/c.HTM", "2019/notes.odt", "2019/.d.txt", "2019/.hidden/e.txt"):
        (pages / name).write_text("x", encoding="utf-8")
    single = tmp_path / "saved page.txt"
    single.write_text("x", encoding="utf-8")
    assert count_documents([pages, single]) == 4
    (pages / "2019" / "more.zip").write_bytes(b"")
    assert count_documents([pages]) is None
    assert count_documents([tmp_path / "crawl.warc.gz"]) is None


def test_the_pace_gives_the_rate_and_the_time_left() -> None:
    line = Pace(total=400).describe(100, "documents")
    assert line.startswith("100/400 documents · ") and " · ETA " in line
    assert Pace(total=None).describe(7, "documents").startswith("7 documents · ")
    assert (duration(42), duration(3725)) == ("0:42", "1:02:05")
