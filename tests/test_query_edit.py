"""Facets and chips edit the query on the parser's own tree: what the parser reads back is exactly
the query with that filter added or removed."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from press_archive.archive.query import parse_query
from press_archive.archive.query_edit import filter_terms, with_filter, without_filter
from press_archive.archive.query_tree import And, display


@pytest.mark.parametrize(
    ("query", "term", "expected"),
    [
        ("", "lang:ru", "lang:ru"),
        ("iran", "kind:teaser", "iran kind:teaser"),
        ("iran lang:ru", "lang:ru", "iran lang:ru"),
        ("iran lang:en", "lang:ru", "iran lang:ru"),
        ("iran date:2025", "date:2025-12", "iran date:2025-12"),
        ('tag:"Iran talks"', "tag:Summit", 'tag:"Iran talks" tag:Summit'),
        ("iran -lang:en", "lang:ru", "iran -lang:en lang:ru"),
        ("iran OR lang:ru", "lang:en", "(iran OR lang:ru) lang:en"),
    ],
)
def test_a_filter_is_added_to_the_whole_query(query: str, term: str, expected: str) -> None:
    assert with_filter(query, term) == expected


@pytest.mark.parametrize(
    ("query", "term", "expected"),
    [
        ("iran (lang:en OR kind:article)", "kind:article", "iran lang:en"),
        ("iran (lang:en OR kind:article)", "lang:en", "iran kind:article"),
        (
            'iran tag:"Iran talks" "lang:ru in a phrase" lang:ru',
            "lang:ru",
            'iran tag:"Iran talks" "lang ru in a phrase"',
        ),
        ("iran -lang:ru lang:ru", "lang:ru", "iran -lang:ru"),
        ("iran -lang:ru lang:ru", "-lang:ru", "iran lang:ru"),
        ("lang:ru", "lang:ru", ""),
        ("iran -(lang:ru OR -kind:teaser)", "lang:ru", "iran kind:teaser"),
        # the negations cancelling must not bring back the filter just removed (found by hypothesis)
        ("-(tag:urgent OR -tag:urgent)", "tag:urgent", ""),
    ],
)
def test_a_filter_is_removed_wherever_it_stands(query: str, term: str, expected: str) -> None:
    assert without_filter(query, term) == expected


def test_the_filters_are_read_from_the_parse_tree() -> None:
    query = 'iran tag:"Iran talks" date:2025 -lang:ru "joint staff" "not lang:en" (lang:ru OR kind:article)'
    assert filter_terms(query) == ['tag:"Iran talks"', "date:2025", "-lang:ru", "lang:ru", "kind:article"]
    assert filter_terms("iran (lang:ru") == []
    assert with_filter("iran (lang:ru", "kind:article") == "iran (lang:ru"


_WORDS = st.sampled_from(["iran", "csto", "summit", '"joint staff"', "negotiat*", "lavrov"])
_FILTERS = st.sampled_from(
    ["lang:ru", "kind:article", "date:2025", "tag:urgent", 'tag:"Iran talks"', "is:starred"]
)
_ADDED = st.sampled_from(["tag:picked", 'in:"Summit 2025"', "has:note", "-tag:old", 'name:"Masadykov"'])


def _query(draw_leaf: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    def extend(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
        return st.one_of(
            st.tuples(inner, inner).map(" ".join),
            st.tuples(inner, inner).map(lambda pair: f"({pair[0]} OR {pair[1]})"),
            inner.map(lambda text: f"-{text}" if not text.startswith("-") else text),
        )

    return st.recursive(draw_leaf, extend, max_leaves=6)


QUERIES = _query(st.one_of(_WORDS, _FILTERS))


@given(QUERIES, _ADDED)
def test_adding_then_removing_a_filter_through_the_windows_path_reads_back_exactly(
    query: str, term: str
) -> None:
    before = parse_query(query).root
    added = parse_query(with_filter(query, term)).root
    (node,) = [parse_query(term).root]
    assert isinstance(added, And) and node in added.children
    if before is not None and node not in (before.children if isinstance(before, And) else (before,)):
        expected = (*before.children, node) if isinstance(before, And) else (before, node)
        assert added.children == expected
        assert display(node) in filter_terms(with_filter(query, term))
        assert parse_query(without_filter(with_filter(query, term), term)).root == before


@given(QUERIES, _FILTERS)
def test_removing_a_filter_leaves_no_trace_of_it_and_reads_back_as_written(query: str, term: str) -> None:
    removed = without_filter(query, term)
    assert term not in filter_terms(removed)
    # A filter inside a negated group is listed by itself, and stands negated once its group is gone.
    before = {other.lstrip("-") for other in filter_terms(query) if other != term}
    assert {other.lstrip("-") for other in filter_terms(removed)} <= before
    assert removed == parse_query(removed).display
