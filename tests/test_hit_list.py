"""`HitList`: one search as an ordered list, read a page at a time, its ids of one moment.

The seed archive holds 11 items; a page of 3 rows makes four pages of them, the last cut short.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from helpers.hit_list_reads import recorded_reads
from helpers.pages import text_page
from press_archive.archive import Archive, HitList, QueryError
from press_archive.model import SearchHit, SearchRequest, SearchResult, SortOrder

PAGE = 3
RANKED = SearchRequest(query="security")
NEWEST = SearchRequest(sort=SortOrder.NEWEST)


def _everything(archive: Archive, request: SearchRequest) -> tuple[SearchHit, ...]:
    return archive.search(dataclasses.replace(request, limit=1000)).hits


def _ids(hits: tuple[SearchHit, ...]) -> list[str]:
    return [hit.item_id for hit in hits]


def _newest_first(archive: Archive) -> tuple[HitList, list[str]]:
    """The newest-first list of every item in pages of PAGE rows, its first page read; and every id."""
    hits = archive.hit_list(NEWEST, page_size=PAGE)
    hits.read_first_page()
    return hits, _ids(_everything(archive, NEWEST))


@pytest.mark.parametrize("query", ["", "CSTO", "security OR Secretary", "lang:en"])
@pytest.mark.parametrize("sort", list(SortOrder))
def test_pages_read_one_after_another_are_the_searchs_hits_in_its_order(
    seeded_archive: Archive, query: str, sort: SortOrder
) -> None:
    request = SearchRequest(query=query, sort=sort)
    everything = _everything(seeded_archive, request)
    assert len(everything) > PAGE
    hits = seeded_archive.hit_list(request, page_size=PAGE)

    read = list(hits.read_first_page().result.hits)
    page = 1
    while rows := hits.read_page(page).hits:
        read += rows
        page += 1
    assert read == list(everything)
    assert hits.read_all_ids() == _ids(everything)
    assert hits.read_count() == len(everything)


def test_the_first_page_says_how_the_query_was_understood(seeded_archive: Archive) -> None:
    request = SearchRequest(query="CSTO lang:EN")
    first = seeded_archive.hit_list(request, page_size=PAGE).read_first_page()

    searched = seeded_archive.search(dataclasses.replace(request, limit=PAGE))
    assert first.result.hits == searched.hits
    assert first.result.parsed_query == searched.parsed_query == first.hit_list.understood().query
    assert first.result.total is None and first.result.facets == {}  # counting is asked for apart


def test_a_page_after_one_read_follows_its_cursor_and_a_page_jumped_to_is_read_by_offset(
    seeded_archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    hits, everything = _newest_first(seeded_archive)
    searched = recorded_reads(monkeypatch, "search")

    assert not hits.reads_cheaply(2)
    assert _ids(hits.read_page(2).hits) == everything[6:9]  # jumped to
    assert hits.reads_cheaply(1) and hits.reads_cheaply(3)
    assert _ids(hits.read_page(1).hits) == everything[3:6]
    assert _ids(hits.read_page(3).hits) == everything[9:]
    asked = [(request.cursor is not None, request.offset, request.limit) for _db, request, _ in searched]
    assert asked == [(False, 6, PAGE), (True, 0, PAGE), (True, 0, PAGE)]


def test_a_ranked_list_once_its_order_is_read_reads_pages_by_id_without_ranking_again(
    seeded_archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    hits = seeded_archive.hit_list(RANKED, page_size=PAGE)
    everything = _everything(seeded_archive, RANKED)
    assert hits.ranked and not seeded_archive.hit_list(NEWEST).ranked
    assert not seeded_archive.hit_list(SearchRequest(query="lang:en")).ranked  # nothing to score
    assert hits.known_ids(0, len(everything) - 1) is None
    hits.read_order()
    searched = recorded_reads(monkeypatch, "search")

    assert hits.known_ids(0, len(everything) - 1) == _ids(everything)
    assert hits.reads_cheaply(2)
    assert hits.read_page(1).hits == tuple(dataclasses.replace(hit, score=0.0) for hit in everything[3:6])
    assert searched == []


def test_an_import_meanwhile_does_not_shift_rows_read_after_the_order_was_taken(tmp_path: Path) -> None:
    """What an export relies on: the ids taken at one moment, then rows read by them, whatever came
    in since."""
    (tmp_path / "old.txt").write_text(text_page(list(range(1, 13))), encoding="utf-8")
    (tmp_path / "new.txt").write_text(text_page(list(range(100, 112))), encoding="utf-8")
    with Archive(tmp_path / "archive.db") as archive:
        archive.import_paths([tmp_path / "old.txt"])
        request = SearchRequest(query="round", sort=SortOrder.NEWEST)
        hits = archive.hit_list(request, page_size=PAGE)
        taken = hits.read_all_ids()
        assert len(taken) == 12

        assert archive.import_paths([tmp_path / "new.txt"]).items_new == 12  # newer items, on top
        assert archive.hit_list(request).read_count() == 24
        assert hits.read_all_ids() == taken
        assert _ids(hits.read_page(1).hits) == taken[3:6]
        assert hits.read_ids([(0, 11)]) == taken


def test_the_ids_of_row_ranges_read_each_run_of_unknown_pages_in_one_go_and_are_kept(
    seeded_archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    hits, everything = _newest_first(seeded_archive)
    hits.read_page(2)
    reads = recorded_reads(monkeypatch, "hit_ids")

    assert hits.known_ids(1, 2) == everything[1:3]
    assert hits.known_ids(1, 4) is None
    assert hits.read_ids([(1, 4), (10, 10)]) == everything[1:5] + everything[10:]
    assert [(offset, limit) for _db, _request, _concepts, offset, limit in reads] == [(3, 3), (9, 3)]
    assert hits.known_ids(0, 10) == everything  # kept: the last page, cut short, too
    assert hits.read_ids([(0, 10)]) == everything
    assert len(reads) == 2
    assert hits.known_item_id(10) == everything[10] and hits.known_row(everything[10]) == 10


def test_one_rows_id_is_read_alone_when_its_page_is_not_known(
    seeded_archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    hits = seeded_archive.hit_list(NEWEST, page_size=PAGE)
    everything = _ids(_everything(seeded_archive, NEWEST))
    reads = recorded_reads(monkeypatch, "hit_ids")

    assert hits.known_item_id(7) is None and hits.known_row(everything[7]) is None
    assert hits.read_item_id(7) == everything[7]
    assert [(offset, limit) for _db, _request, _concepts, offset, limit in reads] == [(7, 1)]
    assert hits.known_item_id(7) is None  # one id is not a page


def test_rows_read_anywhere_come_with_the_users_annotations(seeded_archive: Archive) -> None:
    everything = _ids(_everything(seeded_archive, NEWEST))
    seeded_archive.user.star([everything[4]])
    seeded_archive.user.tag([everything[5]], "checked")
    hits = seeded_archive.hit_list(NEWEST, page_size=PAGE)

    rows = hits.read_rows(4, 5)
    assert _ids(rows.hits) == everything[4:9]
    assert rows.annotations[everything[4]].starred
    assert rows.annotations[everything[5]].tags == ("checked",)
    assert not rows.annotations[everything[6]].starred
    assert hits.known_ids(6, 8) == everything[6:9]  # the whole page among them is kept
    assert hits.known_item_id(4) is None  # of a page only partly read, nothing is


def test_the_count_and_the_facets_are_the_searchs(seeded_archive: Archive) -> None:
    request = SearchRequest(query="CSTO")
    searched: SearchResult = seeded_archive.search(dataclasses.replace(request, limit=0, with_facets=True))
    hits = seeded_archive.hit_list(request)

    assert hits.read_count() == searched.total
    assert hits.read_facets() == searched.facets


def test_a_query_that_cannot_be_read_fails_when_the_list_is_read(seeded_archive: Archive) -> None:
    hits = seeded_archive.hit_list('"unclosed')
    with pytest.raises(QueryError):
        hits.read_first_page()
    with pytest.raises(QueryError):
        hits.read_all_ids()
    with pytest.raises(ValueError, match="at least one row"):
        seeded_archive.hit_list("", page_size=0)
