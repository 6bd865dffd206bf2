"""Searching by the user's data: `tag:`, `is:starred`, `has:note`, `in:"collection"`, `note:WORD`."""

from __future__ import annotations

import sqlite3

import pytest

from press_archive.archive import Archive, QueryError
from press_archive.archive.userdata import user_filter
from press_archive.model import SearchRequest


@pytest.fixture
def ids(seeded_archive: Archive) -> list[str]:
    with sqlite3.connect(seeded_archive.path) as conn:
        found = [row[0] for row in conn.execute("SELECT id FROM items ORDER BY date_key DESC")]
    conn.close()
    user = seeded_archive.user
    user.tag(found[:3], "Iran talks")
    user.tag([found[4]], "urgent")
    user.star([found[1], found[6]])
    user.set_note(found[2], "Ask about the **exercises** in Sahand.")
    user.set_note(found[7], "Учения прошли в Ереване.")
    user.create_collection("Summit 2025", [found[8], found[0]])
    return found


def _found(archive: Archive, query: str) -> set[str]:
    return {hit.item_id for hit in archive.search(SearchRequest(query=query, limit=100)).hits}


@pytest.mark.parametrize(
    "query, expected",
    [
        ('tag:"Iran talks"', [0, 1, 2]),
        ('tag:"IRAN TALKS"', [0, 1, 2]),  # tag names match regardless of case
        ("tag:urgent", [4]),
        ("tag:unknown", []),
        ("is:starred", [1, 6]),
        ("has:note", [2, 7]),
        ("has:tag", [0, 1, 2, 4]),
        ('in:"Summit 2025"', [0, 8]),
        ("note:exercise", [2]),  # by stem
        ("note:sahand", [2]),
        ("note:учений", [7]),  # Russian stems too
        ('note:"in sahand"', [2]),
        ('tag:"Iran talks" is:starred', [1]),
    ],
)
def test_user_fields_select_the_items_carrying_them(
    seeded_archive: Archive, ids: list[str], query: str, expected: list[int]
) -> None:
    assert _found(seeded_archive, query) == {ids[n] for n in expected}


def test_a_note_is_searchable_as_soon_as_it_is_saved_and_not_after_it_is_gone(
    seeded_archive: Archive, ids: list[str]
) -> None:
    seeded_archive.user.set_note(ids[2], "nothing about that any more")
    assert _found(seeded_archive, "note:sahand") == set()
    assert _found(seeded_archive, "note:nothing") == {ids[2]}
    seeded_archive.user.set_note(ids[2], "")
    assert _found(seeded_archive, "note:nothing") == set()


@pytest.mark.parametrize(
    "field, value, reason",
    [
        ("is", "read", "takes only 'starred'"),
        ("has", "colour", "takes 'note' or 'tag'"),
        ("tag", "  ", "needs a tag name"),
        ("in", "", "needs a collection name"),
        ("note", "...", "needs a word"),
        ("colour", "red", "not a field"),
    ],
)
def test_an_unusable_value_is_a_value_error_with_a_reason(field: str, value: str, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        user_filter(field, value)


def test_the_search_reports_a_bad_user_field_value_as_a_query_error(seeded_archive: Archive) -> None:
    with pytest.raises(QueryError) as caught:
        seeded_archive.search("iran is:read")
    assert caught.value.position == 5
    assert "starred" in caught.value.reason
