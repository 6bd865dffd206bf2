"""`export_items` over a real archive: what a selection stands for, progress, cancel, user data."""

from __future__ import annotations

import json
import sqlite3
import threading
from pathlib import Path

import pytest

from helpers.pages import text_page
from press_archive.archive import Archive
from press_archive.exporters import (
    CollectionSelection,
    ExportCancelledError,
    ExportError,
    IdSelection,
    QuerySelection,
    TagSelection,
    TargetExistsError,
    UnknownFormatError,
    export_items,
    json_records,
    select_item_ids,
)
from press_archive.model import Item, SearchRequest, SearchResult, SortOrder


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An empty folder to export into, apart from the archive's files."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def newest_first(archive: Archive) -> list[str]:
    hits = archive.search(SearchRequest(sort=SortOrder.NEWEST, limit=1000)).hits
    return [hit.item_id for hit in hits]


def exported_ids(path: Path) -> list[str]:
    return [item["id"] for item in json.loads(path.read_text(encoding="utf-8"))["items"]]


def test_query_selection_holds_every_hit_in_the_search_order(seeded_archive: Archive) -> None:
    everything = newest_first(seeded_archive)
    assert len(everything) == 11
    assert select_item_ids(seeded_archive, QuerySelection(SearchRequest(sort=SortOrder.NEWEST))) == everything
    oldest = select_item_ids(seeded_archive, QuerySelection(SearchRequest(sort=SortOrder.OLDEST)))
    assert oldest == everything[::-1]


def test_query_selection_keeps_only_matching_items(seeded_archive: Archive) -> None:
    ids = select_item_ids(seeded_archive, QuerySelection(SearchRequest(query="Iranian")))
    assert len(ids) == 1
    assert "Iranian" in seeded_archive.item(ids[0]).text


def test_id_selection_resolves_prefixes_keeps_the_order_and_drops_repeats(seeded_archive: Archive) -> None:
    first, second, *_ = newest_first(seeded_archive)
    picked = IdSelection((second[:8], first, second))
    assert select_item_ids(seeded_archive, picked) == [second, first]


def test_id_selection_names_every_unknown_id(seeded_archive: Archive) -> None:
    first = newest_first(seeded_archive)[0]
    with pytest.raises(ExportError, match=r"no such item: nothing1 .*, nothing2 "):
        select_item_ids(seeded_archive, IdSelection(("nothing1", first, "nothing2")))


def test_tag_selection_is_newest_first_and_skips_items_gone_from_the_archive(seeded_archive: Archive) -> None:
    ids = newest_first(seeded_archive)
    seeded_archive.user.tag([ids[5], ids[0], ids[9]], "Iran talks")
    with sqlite3.connect(seeded_archive.path) as raw:
        raw.execute("DELETE FROM items WHERE id = ?", (ids[9],))
    raw.close()
    assert select_item_ids(seeded_archive, TagSelection("iran TALKS")) == [ids[0], ids[5]]


def test_unknown_tag_is_an_export_error_naming_it(seeded_archive: Archive) -> None:
    with pytest.raises(ExportError, match="no such tag") as caught:
        select_item_ids(seeded_archive, TagSelection("nowhere"))
    assert "nowhere" in caught.value.target


def test_collection_selection_keeps_the_users_order(seeded_archive: Archive) -> None:
    ids = newest_first(seeded_archive)
    seeded_archive.user.create_collection("Reading list", [ids[7], ids[2], ids[4]])
    assert select_item_ids(seeded_archive, CollectionSelection("Reading list")) == [ids[7], ids[2], ids[4]]


def test_bad_query_is_an_export_error_with_the_position(seeded_archive: Archive) -> None:
    with pytest.raises(ExportError, match="at character"):
        select_item_ids(seeded_archive, QuerySelection(SearchRequest(query='"unclosed')))


def test_export_writes_the_selection_and_reports_progress_item_by_item(
    seeded_archive: Archive, tmp_path: Path
) -> None:
    ids = newest_first(seeded_archive)[:4]
    calls: list[tuple[int, int]] = []
    target = tmp_path / "picked.json"
    count = export_items(seeded_archive, IdSelection(tuple(ids)), "json", target,
                         progress=lambda done, total: calls.append((done, total)))
    assert count == 4
    assert exported_ids(target) == ids
    assert calls == [(1, 4), (2, 4), (3, 4), (4, 4)]
    assert json.loads(target.read_text(encoding="utf-8"))["selection"] == "4 picked items"


def test_export_with_user_data_carries_tags_star_and_note(seeded_archive: Archive, tmp_path: Path) -> None:
    first, second, *_ = newest_first(seeded_archive)
    seeded_archive.user.tag([first], "Iran talks")
    seeded_archive.user.star([first])
    seeded_archive.user.set_note(first, "Заметка & {note}")
    target = tmp_path / "tagged.json"
    export_items(seeded_archive, IdSelection((first, second)), "json", target, with_user_data=True)
    items = json.loads(target.read_text(encoding="utf-8"))["items"]
    assert [(i["tags"], i["starred"], i["note"]) for i in items] == [
        (["Iran talks"], True, "Заметка & {note}"),
        ([], False, ""),
    ]


def test_export_without_user_data_has_no_user_fields(seeded_archive: Archive, tmp_path: Path) -> None:
    first = newest_first(seeded_archive)[0]
    seeded_archive.user.star([first])
    target = tmp_path / "plain.json"
    export_items(seeded_archive, IdSelection((first,)), "json", target)
    assert "starred" not in json.loads(target.read_text(encoding="utf-8"))["items"][0]


def test_cancel_leaves_nothing_behind(seeded_archive: Archive, out: Path) -> None:
    done: list[int] = []
    with pytest.raises(ExportCancelledError):
        export_items(seeded_archive, QuerySelection(), "csv", out / "all.csv",
                     progress=lambda count, _total: done.append(count), cancel=lambda: len(done) >= 3)
    assert done == [1, 2, 3]
    assert list(out.iterdir()) == []


def test_cancel_keeps_the_file_it_was_to_replace(
    qapp: object, seeded_archive: Archive, tmp_path: Path
) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"%PDF the good one")
    with pytest.raises(ExportCancelledError):
        export_items(seeded_archive, QuerySelection(), "pdf", target, force=True, cancel=lambda: True)
    assert target.read_bytes() == b"%PDF the good one"


def test_cancelled_folder_export_leaves_no_folder(seeded_archive: Archive, tmp_path: Path) -> None:
    calls = iter(range(100))
    with pytest.raises(ExportCancelledError):
        export_items(seeded_archive, QuerySelection(), "obsidian", tmp_path / "notes",
                     cancel=lambda: next(calls) >= 5)
    assert not (tmp_path / "notes").exists()


def test_a_failing_writer_leaves_nothing_behind(
    seeded_archive: Archive, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def half_then_fail(records: object, meta: object, path: Path) -> None:
        path.write_text('{"items": [')
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(json_records, "write_json", half_then_fail)
    with pytest.raises(ExportError, match="No space left on device"):
        export_items(seeded_archive, QuerySelection(), "json", out / "all.json")
    assert list(out.iterdir()) == []


def test_existing_target_is_refused_and_kept(seeded_archive: Archive, tmp_path: Path) -> None:
    target = tmp_path / "all.csv"
    target.write_text("mine")
    with pytest.raises(TargetExistsError):
        export_items(seeded_archive, QuerySelection(), "csv", target)
    assert target.read_text() == "mine"
    assert export_items(seeded_archive, QuerySelection(), "csv", target, force=True) == 11
    assert target.read_text(encoding="utf-8").startswith("id,citation_key,date,")


def test_empty_selection_is_refused(seeded_archive: Archive, tmp_path: Path) -> None:
    seeded_archive.user.create_collection("Empty")
    with pytest.raises(ExportError, match="nothing to export"):
        export_items(seeded_archive, CollectionSelection("Empty"), "csv", tmp_path / "none.csv")
    assert not (tmp_path / "none.csv").exists()


def test_unknown_format_lists_the_known_ones(seeded_archive: Archive, tmp_path: Path) -> None:
    with pytest.raises(UnknownFormatError, match="known formats: csv, csv-excel, xlsx"):
        export_items(seeded_archive, QuerySelection(), "docx", tmp_path / "x.docx")


@pytest.mark.parametrize("format_name", ["csv", "csv-excel", "xlsx", "json", "jsonl", "markdown", "obsidian",
                                         "bibtex", "ris", "csl-json", "html", "pdf"])
def test_every_format_exports_the_seed_archive(
    qapp: object, seeded_archive: Archive, out: Path, format_name: str
) -> None:
    target = out / f"all-{format_name}"
    assert export_items(seeded_archive, QuerySelection(), format_name, target, with_user_data=True) == 11
    assert list(out.iterdir()) == [target]


class _ImportingMeanwhile(Archive):
    """An archive into which another thread imports newer items the first time the export reads it,
    between its first and second look: the moment an export of a moving archive is exposed."""

    def __init__(self, path: Path, newer_pages: Path) -> None:
        super().__init__(path)
        self._newer_pages: Path | None = newer_pages

    def _import_once(self) -> None:
        if self._newer_pages is None:
            return
        pages, self._newer_pages = self._newer_pages, None
        with Archive(self.path) as other:
            importing = threading.Thread(target=other.import_paths, args=([pages],))
            importing.start()
            importing.join()

    def search(self, request: SearchRequest | str) -> SearchResult:
        result = super().search(request)
        self._import_once()
        return result

    def item(self, item_id: str) -> Item:
        self._import_once()
        return super().item(item_id)


@pytest.mark.parametrize("sort", [SortOrder.NEWEST, SortOrder.OLDEST, SortOrder.RELEVANCE])
def test_a_search_exported_while_an_import_adds_items_holds_each_item_of_its_moment_once(
    tmp_path: Path, sort: SortOrder
) -> None:
    (tmp_path / "old.txt").write_text(text_page(list(range(1, 13))), encoding="utf-8")
    (tmp_path / "new.txt").write_text(text_page(list(range(100, 112))), encoding="utf-8")
    with Archive(tmp_path / "archive.db") as archive:
        assert archive.import_paths([tmp_path / "old.txt"]).items_new == 12
        before = set(newest_first(archive))
    request = SearchRequest(query="round", sort=sort)

    with _ImportingMeanwhile(tmp_path / "archive.db", tmp_path / "new.txt") as moving:
        export_items(moving, QuerySelection(request), "json", tmp_path / "out.json")
        assert len(newest_first(moving)) == 24  # the import did run

    exported = exported_ids(tmp_path / "out.json")
    assert len(exported) == len(set(exported)) and set(exported) == before
