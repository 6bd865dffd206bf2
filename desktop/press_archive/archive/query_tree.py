"""The tree a query is parsed into, and the way back from a tree to query text.

`query.py` builds it, `plan.py` turns it into SQL and `as_typed.py` checks a hit against it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from typing import TypeAlias

_SIMPLE_VALUE = re.compile(r'[^\s()"]+')


@dataclass(frozen=True)
class Word:
    text: str  # one folded, lower-case term
    prefix: bool = False
    field: str | None = None  # "title", or None for title and body


@dataclass(frozen=True)
class Phrase:
    words: tuple[str, ...]  # matched as written, in this order
    field: str | None = None
    #: Matched by the words' stems in this order instead: another name of a concept the query names
    #: (`concepts.py`), in whatever case the text puts it. The parser never makes one.
    by_stem: bool = False


@dataclass(frozen=True)
class Filter:
    field: str  # lang, kind, name or a user-data field
    value: str
    position: int = dataclasses.field(compare=False)  # where it starts, for errors; not part of its meaning


@dataclass(frozen=True)
class Dates:
    """`date:`, `before:` and `after:` as the inclusive range of days they allow (None: open)."""

    first: dt.date | None
    last: dt.date | None
    text: str  # the term as written, for display


@dataclass(frozen=True)
class Not:
    child: Node


@dataclass(frozen=True)
class And:
    children: tuple[Node, ...]


@dataclass(frozen=True)
class Or:
    children: tuple[Node, ...]


Node: TypeAlias = Word | Phrase | Filter | Dates | Not | And | Or


def _quote_value(value: str) -> str:
    return value if _SIMPLE_VALUE.fullmatch(value) else '"' + value.replace('"', '""') + '"'


def display(node: Node, inside: type | None = None) -> str:
    """The node as query text: parsing it again gives the same tree."""
    if isinstance(node, Word):
        text = node.text + ("*" if node.prefix else "")
        return f"{node.field}:{text}" if node.field else text
    if isinstance(node, Phrase):
        text = '"' + " ".join(node.words) + '"'
        return f"{node.field}:{text}" if node.field else text
    if isinstance(node, Filter):
        return f"{node.field}:{_quote_value(node.value)}"
    if isinstance(node, Dates):
        return node.text
    if isinstance(node, Not):
        return "-" + display(node.child, Not)
    if isinstance(node, And):
        text = " ".join(display(child, And) for child in node.children)
        return f"({text})" if inside in {Or, Not} else text
    text = " OR ".join(display(child, Or) for child in node.children)
    return f"({text})" if inside in {And, Not} else text


def highlight_terms(node: Node | None) -> list[str]:
    """The positive words of the tree: a word the query excludes is not lit up in a hit."""
    if isinstance(node, Word):
        return [node.text + ("*" if node.prefix else "")]
    if isinstance(node, Phrase):
        return list(node.words)
    if isinstance(node, And | Or):
        return [term for child in node.children for term in highlight_terms(child)]
    return []
