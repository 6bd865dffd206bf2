"""Whatever is typed, search answers or raises QueryError: never an SQLite error, never a crash."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from press_archive.archive import Archive, QueryError
from press_archive.model import SearchRequest, SortOrder
from search_corpus import fill

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Archive]:
    folder = tmp_path_factory.mktemp("properties")
    with Archive(folder / "archive.db") as opened:
        fill(opened, SEEDS, folder / "pages")
        yield opened


_FIELD_NAMES = [
    "title",
    "lang",
    "kind",
    "date",
    "before",
    "after",
    "name",
    "tag",
    "is",
    "has",
    "in",
    "note",
    "TITLE",
    "Date",
    "unknown",
]
_VALUES = st.one_of(
    st.sampled_from(
        [
            "",
            "en",
            "ru",
            "article",
            "2025",
            "2025-12",
            "2025-13",
            "2025-06..2025-12",
            "..",
            "2025..",
            "starred",
            "note",
            "x*",
            '"Iran talks"',
            '"',
            "(",
            "*",
            "-",
            "0000",
            "9999-12-31",
        ]
    ),
    st.text(max_size=8),
)
_PIECES = st.one_of(
    st.sampled_from(
        [
            "Iran",
            "Masadykov",
            "Шойгу",
            "переговоры",
            "OR",
            "AND",
            "NOT",
            "-",
            "(",
            ")",
            '"',
            "*",
            "^",
            "+",
            ":",
            "BRICS+",
            "U.N.",
            "Sahand-Anti-Terror",
            "NEAR",
            "a*",
            "ab*",
            "{title}",
            "''",
            "\\",
            "\x00",
            "ё",
            "NOT(",
            ")OR(",
        ]
    ),
    st.builds(lambda field, value: f"{field}:{value}", st.sampled_from(_FIELD_NAMES), _VALUES),
    st.text(max_size=6),
)
QUERIES = st.one_of(
    st.text(max_size=40),
    st.lists(_PIECES, max_size=14).map(" ".join),
    st.lists(_PIECES, max_size=14).map("".join),
)


@settings(max_examples=300, deadline=None)
@given(query=QUERIES, sort=st.sampled_from(list(SortOrder)), facets=st.booleans())
def test_no_query_raises_anything_but_query_error(
    archive: Archive, query: str, sort: SortOrder, facets: bool
) -> None:
    try:
        result = archive.search(SearchRequest(query=query, sort=sort, limit=5, with_facets=facets))
    except QueryError as error:
        assert 0 <= error.position <= len(query)
        assert error.reason
        return
    assert result.total is not None and len(result.hits) <= min(5, result.total)
    assert archive.search(SearchRequest(query=result.parsed_query, limit=0)).total == result.total
