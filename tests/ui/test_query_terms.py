"""Facets and chips edit the query text: terms are added once, replaced where an item has one value."""

from __future__ import annotations

import pytest

from press_archive.ui.query_terms import filter_terms, with_term, without_term


def test_filter_terms_lists_field_terms_with_quoted_values_whole() -> None:
    query = 'iran tag:"Iran talks" date:2025 -lang:ru "joint staff" "not lang:en" lang:ru'
    assert filter_terms(query) == ['tag:"Iran talks"', "date:2025", "-lang:ru", "lang:ru"]


@pytest.mark.parametrize(
    ("query", "term", "expected"),
    [
        ("", "lang:ru", "lang:ru"),
        ("iran", "kind:teaser", "iran kind:teaser"),
        ("iran lang:ru", "lang:ru", "iran lang:ru"),
        ("iran lang:en", "lang:ru", "iran lang:ru"),
        ("iran date:2025", "date:2025-12", "iran date:2025-12"),
        ('tag:"Iran talks"', 'tag:"Summit"', 'tag:"Iran talks" tag:"Summit"'),
        ("iran -lang:en", "lang:ru", "iran -lang:en lang:ru"),
    ],
)
def test_with_term_adds_once_and_replaces_single_valued_fields(query: str, term: str, expected: str) -> None:
    assert with_term(query, term) == expected


def test_without_term_removes_exactly_that_term() -> None:
    query = 'iran tag:"Iran talks" "lang:ru in a phrase" lang:ru'
    assert without_term(query, "lang:ru") == 'iran tag:"Iran talks" "lang:ru in a phrase"'
    assert without_term(query, 'tag:"Iran talks"') == 'iran "lang:ru in a phrase" lang:ru'
