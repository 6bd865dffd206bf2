"""`rebuild`: the archive re-splits the pages it keeps, and the user's data follows its items."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from tests.helpers.cli import run_cli

from press_archive.archive import Archive
from press_archive.importer import pipeline
from press_archive.model import ParsedItem

PAGE = """14.05.2024

The Secretariat hosted a seminar on the protection of railway bridges for engineers of the member states.


13.05.2024

Officers of the Joint Staff tested a new field radio network during a night march near Osh.


Go back
"""


def _merged_splitter(text: str, *, language: object = None) -> list[ParsedItem]:
    """An older, worse splitter: the whole page one item (a mistake a rebuild must undo)."""
    items = pipeline.explain_page(text).items  # type: ignore[attr-defined]
    first = items[0].item
    return [
        ParsedItem(
            title=first.title,
            body=tuple(p for trace in items for p in trace.item.body),
            language=first.language,
            kind=first.kind,
            position=0,
            date=first.date,
            date_source=first.date_source,
            title_derived=True,
        )
    ]


@pytest.fixture
def badly_split(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str]:
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    database = tmp_path / "archive.db"
    with monkeypatch.context() as patched:
        patched.setattr(pipeline, "split_page", _merged_splitter)
        with Archive(database) as archive:
            assert archive.import_paths([page]).ok
            (item_id,) = [hit.item_id for hit in archive.search("").hits]
            archive.user.tag([item_id], "bridges")
            archive.user.set_note(item_id, "Ask the engineers.")
            archive.user.create_collection("Engineering", [item_id])
    page.unlink()  # a rebuild needs no original file
    return database, item_id


def test_a_rebuild_splits_what_an_older_splitter_merged_and_user_data_follows(
    badly_split: tuple[Path, str],
) -> None:
    database, old_id = badly_split
    with Archive(database) as archive:
        report = archive.rebuild()
        assert (report.items_before, report.items_after, report.pages) == (1, 2, 1)
        assert report.split == 1 and not report.gone
        successor = report.aliases[old_id]
        assert archive.item(old_id).id == successor  # the old id still resolves
        assert archive.item(successor).body == (
            "The Secretariat hosted a seminar on the protection of railway bridges for engineers "
            "of the member states.",
        )
        assert archive.user.tagged("bridges") == [successor]
        assert archive.user.note(successor) == "Ask the engineers."
        assert archive.user.collection("Engineering").item_ids == (successor,)
        assert not archive.needs_rebuild()


def test_rebuild_is_harmless_on_an_archive_already_cut_with_these_rules(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    with Archive(tmp_path / "archive.db") as archive:
        assert archive.import_paths([page]).ok
        ids = sorted(hit.item_id for hit in archive.search("").hits)
        assert not archive.needs_rebuild()
        report = archive.rebuild()
        assert (report.kept, report.split, report.merged, report.aliases) == (2, 0, 0, {})
        assert sorted(hit.item_id for hit in archive.search("").hits) == ids
        assert len(archive.search("radio").hits) == 1  # the index was rebuilt with the items


def test_an_interrupted_rebuild_leaves_the_archive_as_it_was(
    badly_split: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    database, old_id = badly_split

    def fail(*_args: object) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr("press_archive.archive.rebuild._follow", fail)
    with Archive(database) as archive, pytest.raises(sqlite3.OperationalError):
        archive.rebuild()
    with Archive(database) as archive:
        assert [hit.item_id for hit in archive.search("").hits] == [old_id]
        assert archive.user.tagged("bridges") == [old_id]


def test_the_rebuild_command_reports_in_text_and_json(badly_split: tuple[Path, str]) -> None:
    database, old_id = badly_split
    code, out, _err = run_cli(database, "rebuild", "--format", "json")
    assert code == 0
    assert f'"{old_id}"' in out and '"split": 1' in out
    code, out, _err = run_cli(database, "show", old_id)
    assert code == 0 and "railway bridges" in out


def test_explain_prints_each_items_rules_and_imports_nothing(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    code, out, _err = run_cli(tmp_path / "archive.db", "import", "--explain", str(page))
    assert code == 0
    assert "2 items" in out and "stamp line" in out and "line 11 in no item (navigation): Go back" in out
    with Archive(tmp_path / "archive.db") as archive:
        assert archive.is_empty()


def test_explain_names_a_file_it_cannot_read(tmp_path: Path) -> None:
    code, _out, err = run_cli(tmp_path / "archive.db", "import", "--explain", str(tmp_path / "missing.txt"))
    assert code == 1 and "missing.txt: file not found" in err
