"""A search's hits named by id: the same order as the search, and the same hits read by id."""

from __future__ import annotations

import dataclasses

import pytest

from press_archive.archive import Archive
from press_archive.model import SearchRequest, SortOrder


@pytest.mark.parametrize("query", ["", "CSTO", "security OR Secretary", "lang:en"])
@pytest.mark.parametrize("sort", list(SortOrder))
def test_ids_come_in_the_searchs_order_from_any_offset(
    seeded_archive: Archive, query: str, sort: SortOrder
) -> None:
    request = SearchRequest(query=query, sort=sort, limit=1000)
    expected = [hit.item_id for hit in seeded_archive.search(request).hits]
    assert len(expected) > 3

    assert seeded_archive.hit_ids(request, 0, 1000) == expected
    assert seeded_archive.hit_ids(request, 2, 3) == expected[2:5]
    assert [f"{number:016x}" for number in seeded_archive.hit_id_numbers(request)] == expected


def test_hits_read_by_id_are_the_searchs_hits_in_the_order_asked(seeded_archive: Archive) -> None:
    request = SearchRequest(query="security", limit=1000)
    hits = seeded_archive.search(request).hits
    wanted = [hits[3].item_id, hits[0].item_id, "0123456789abcdef", hits[2].item_id]

    assert seeded_archive.hits_of(request, wanted) == [
        dataclasses.replace(hits[index], score=0.0) for index in (3, 0, 2)
    ]  # an id that names no item is left out
