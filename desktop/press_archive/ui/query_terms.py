"""Editing the query text the way facets and chips do: add a `field:value` term, remove one, list them.

The archive's parser decides what the terms mean; this only finds and edits them as text, so the
search box always shows exactly what is being searched for.
"""

from __future__ import annotations

import re

_FIELD_TERM = re.compile(r'-?[A-Za-z]+:(?:"[^"]*"|[^\s"]+)')
_PART = re.compile(r'(?:[^\s"]*"[^"]*"?)+|\S+')
#: An item has one date, one language and one kind: picking a new value replaces the old one
#: (a month picked after its year narrows the search instead of ANDing two dates).
SINGLE_VALUED = frozenset({"date", "lang", "kind"})


def filter_terms(query: str) -> list[str]:
    """The `field:value` terms of a query, in order, each once."""
    return list(dict.fromkeys(part for part in _parts(query) if _FIELD_TERM.fullmatch(part)))


def _field(term: str) -> str:
    return term.lstrip("-").split(":", 1)[0].lower()


def without_term(query: str, term: str) -> str:
    return " ".join(part for part in _parts(query) if part != term)


def with_term(query: str, term: str) -> str:
    """The query narrowed by `term`; a term already there is not added twice."""
    if term in filter_terms(query):
        return query
    field = _field(term)
    if field in SINGLE_VALUED:
        for old in filter_terms(query):
            if _field(old) == field and not old.startswith("-"):
                query = without_term(query, old)
    return f"{query.strip()} {term}".strip()


def _parts(query: str) -> list[str]:
    """Whitespace-separated parts, a quoted phrase (possibly after `field:`) staying one part."""
    return _PART.findall(query)
