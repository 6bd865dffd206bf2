"""The query language, parsed into a small tree; what the tree means in SQL is `plan.py`'s job.

A tokenizer cuts the text into words, "phrases", parentheses, operators and `field:value` terms,
and a recursive-descent parser builds the tree, with OR binding loosest, then AND (written or
implied by a space), then NOT / `-`. Words are cut into terms exactly as the index cuts text, so
punctuation FTS5 treats specially never reaches it: `BRICS+` is the word `brics`, and `U.N.` and
`Sahand-Anti-Terror` are phrases of their parts. Anything that cannot be understood raises
`QueryError` with the position of the problem; the syntax is described in docs/query-syntax.md.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from press_archive.archive.analysis import words
from press_archive.archive.errors import QueryError
from press_archive.archive.query_tree import (
    And,
    Dates,
    Filter,
    Node,
    Not,
    Or,
    Phrase,
    Word,
    display,
    highlight_terms,
)

MAX_NESTING = 16
MAX_TERMS = 64  # far beyond what a person types; keeps the SQL well inside SQLite's limits
#: Longer than any query a person types or pastes; a longer one is refused without being echoed.
MAX_QUERY_CHARS = 2_000
MIN_PREFIX = 2  # `a*` would walk a large part of the index

TEXT_FIELDS = frozenset({"title"})
USER_FIELDS = frozenset({"tag", "is", "has", "in", "note"})
FIELDS = TEXT_FIELDS | USER_FIELDS | {"lang", "kind", "date", "before", "after", "name", "version"}
#: `version:all` searches every text a changed item had; `version:changed` finds the changed items.
VERSION_VALUES = ("all", "changed")
_EXAMPLES = {
    "title": 'title:summit or title:"joint staff"',
    "lang": "lang:en or lang:ru",
    "kind": "kind:article or kind:teaser",
    "version": "version:all or version:changed",
    "date": "date:2025, date:2025-12, date:2025-12-05 or date:2025-06..2025-12",
    "before": "before:2025-12-05",
    "after": "after:2025-06",
    "name": 'name:"Masadykov"',
    "tag": 'tag:urgent or tag:"Iran talks"',
    "is": "is:starred",
    "has": "has:note",
    "in": 'in:"Summit 2025"',
    "note": "note:follow-up",
}
_FIELD = re.compile(r"([A-Za-z]+):(.*)", re.DOTALL)
_ABBREVIATION = re.compile(r"[^\W\d_](?:\.[^\W\d_])+\.?")
_PERIOD = re.compile(r"([0-9]{4})(?:-([0-9]{1,2})(?:-([0-9]{1,2}))?)?")


@dataclass(frozen=True)
class ParsedQuery:
    root: Node | None  # None: no condition, every item matches
    display: str  # the query as understood, rebuilt, for echoing back
    terms: tuple[str, ...]  # the words to highlight; a prefix ends with "*"


@dataclass(frozen=True)
class _Token:
    kind: str  # "word", "phrase", "field", "(", ")", "OR", "AND", "NOT", "-"
    position: int
    text: str = ""
    field: str = ""


def _weight(token: _Token) -> int:
    """How many terms a token adds to the search: a phrase counts each of its words."""
    if token.kind == "phrase":
        return max(1, len(token.text.split()))
    return 1 if token.kind in {"word", "field"} else 0


class _Tokenizer:
    def __init__(self, query: str) -> None:
        self.query = query
        self.at = 0
        self.tokens: list[_Token] = []

    def error(self, position: int, reason: str) -> QueryError:
        return QueryError(self.query, position, reason)

    def run(self) -> list[_Token]:
        query = self.query
        while self.at < len(query):
            char = query[self.at]
            if char.isspace():
                self.at += 1
            elif char in "()":
                self.tokens.append(_Token(char, self.at))
                self.at += 1
            elif char == '"':
                start = self.at
                self.tokens.append(_Token("phrase", start, self._quoted()))
            elif char == "-" and self.at + 1 < len(query) and query[self.at + 1] not in " \t\r\n)":
                self.tokens.append(_Token("-", self.at))
                self.at += 1
            else:
                self._chunk()
        leaves = sum(_weight(token) for token in self.tokens)
        if leaves > MAX_TERMS:
            raise self.error(0, f"too many terms ({leaves}); a query may have at most {MAX_TERMS}")
        return self.tokens

    def _quoted(self) -> str:
        """The text of a quoted string starting at `self.at`; a doubled quote stands for one quote."""
        start = self.at
        parts: list[str] = []
        cursor = start + 1
        while True:
            end = self.query.find('"', cursor)
            if end < 0:
                raise self.error(start, "the quoted phrase that starts here is not closed")
            parts.append(self.query[cursor:end])
            if self.query.startswith('""', end):
                parts.append('"')
                cursor = end + 2
                continue
            self.at = end + 1
            return "".join(parts)

    def _chunk(self) -> None:
        start = self.at
        while self.at < len(self.query) and not (
            self.query[self.at].isspace() or self.query[self.at] in '()"'
        ):
            self.at += 1
        chunk = self.query[start : self.at]
        if chunk in {"OR", "AND", "NOT"}:
            self.tokens.append(_Token(chunk, start))
            return
        field = _FIELD.fullmatch(chunk)
        if field is None or field[1].lower() not in FIELDS:
            self.tokens.append(_Token("word", start, chunk))
            return
        name, value = field[1].lower(), field[2]
        if not value and self.at < len(self.query) and self.query[self.at] == '"':
            value = self._quoted()
        if not value.strip():
            raise self.error(start, f"{name}: needs a value right after the colon, as in {_EXAMPLES[name]}")
        self.tokens.append(_Token("field", start, value, name))


def _period(text: str) -> tuple[dt.date, dt.date] | str:
    """The first and last day of YYYY, YYYY-MM or YYYY-MM-DD, or the reason it is not one."""
    match = _PERIOD.fullmatch(text)
    if match is None:
        return f"{text!r} is not a date; write YYYY, YYYY-MM or YYYY-MM-DD"
    year = int(match[1])
    if year < 1:
        return f"{text} is not a date: there is no year 0"
    if match[2] is None:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    month = int(match[2])
    if not 1 <= month <= 12:
        return f"{text} is not a date: the month must be 1 to 12"
    if match[3] is None:
        following = dt.date(year + 1, 1, 1) if month == 12 else dt.date(year, month + 1, 1)
        return dt.date(year, month, 1), following - dt.timedelta(days=1)
    try:
        day = dt.date(year, month, int(match[3]))
    except ValueError:
        return f"{text} is not a date: that month has no day {int(match[3])}"
    return day, day


class _Parser:
    def __init__(self, query: str, tokens: list[_Token]) -> None:
        self.query = query
        self.tokens = tokens
        self.index = 0
        self.depth = 0

    def error(self, position: int, reason: str) -> QueryError:
        return QueryError(self.query, position, reason)

    def peek(self) -> _Token | None:
        return self.tokens[self.index] if self.index < len(self.tokens) else None

    def parse(self) -> Node | None:
        root = self.parse_or()
        token = self.peek()
        if token is not None:
            raise self.error(token.position, "this ')' has no matching '('")
        return root

    def parse_or(self) -> Node | None:
        first = self.parse_and()
        children = [first] if first is not None else []
        while (token := self.peek()) is not None and token.kind == "OR":
            if not children:
                raise self.error(token.position, "OR needs a search term before it")
            self.index += 1
            following = self.peek()
            if following is None or following.kind in {")", "OR"}:
                raise self.error(token.position, "OR needs a search term after it")
            right = self.parse_and()
            if right is not None:
                children.append(right)
        return _combine(Or, children)

    def parse_and(self) -> Node | None:
        children: list[Node] = []
        while (token := self.peek()) is not None and token.kind not in {")", "OR"}:
            if token.kind == "AND":
                self.index += 1
                following = self.peek()
                if not children or following is None or following.kind in {")", "OR", "AND"}:
                    raise self.error(token.position, "AND needs a search term on each side")
                continue
            node = self.parse_unary()
            if node is not None:
                children.append(node)
        return _combine(And, children)

    def parse_unary(self) -> Node | None:
        """A term after any number of NOTs, read in a loop: a thousand of them cannot exhaust the stack."""
        negated = False
        while (token := self.tokens[self.index]).kind in {"NOT", "-"}:
            self.index += 1
            following = self.peek()
            if following is None or following.kind in {")", "OR", "AND"}:
                raise self.error(token.position, "NOT needs a search term after it")
            negated = not negated
        operand = self.parse_primary()
        if operand is None or not negated:
            return operand
        return operand.child if isinstance(operand, Not) else Not(operand)

    def parse_primary(self) -> Node | None:
        token = self.tokens[self.index]
        self.index += 1
        if token.kind == "(":
            return self.parse_group(token)
        if token.kind == "phrase":
            terms = words(token.text)
            return Phrase(tuple(terms)) if terms else None
        if token.kind == "field":
            return self.parse_field(token)
        return self.parse_word(token.text, token.position, None)

    def parse_group(self, opening: _Token) -> Node | None:
        self.depth += 1
        if self.depth > MAX_NESTING:
            raise self.error(opening.position, f"parentheses nest too deep (at most {MAX_NESTING} levels)")
        inner = self.parse_or()
        closing = self.peek()
        if closing is None or closing.kind != ")":
            raise self.error(opening.position, "the parenthesis opened here is not closed")
        self.index += 1
        self.depth -= 1
        if inner is None:
            raise self.error(opening.position, "there is nothing to search for inside these parentheses")
        return inner

    def parse_word(self, text: str, position: int, field: str | None) -> Node | None:
        terms = words(text)
        if not terms:
            return None
        if len(terms) > 1:
            phrase = Phrase(tuple(terms), field)
            if _ABBREVIATION.fullmatch(text):
                # An abbreviation with dots: "U.N." is found written so, or as "UN".
                return Or((phrase, Word("".join(terms), False, field)))
            return phrase
        prefix = text.endswith("*")
        if prefix and len(terms[0]) < MIN_PREFIX:
            raise self.error(position, f"a prefix search needs at least {MIN_PREFIX} letters before the *")
        return Word(terms[0], prefix, field)

    def parse_field(self, token: _Token) -> Node:
        field, value, position = token.field, token.text.strip(), token.position
        if field in TEXT_FIELDS:
            node = self.parse_word(value, position, field)
            if node is None:
                raise self.error(position, f"{field}: needs a word, as in {_EXAMPLES[field]}")
            return node
        if field == "lang" and value.lower() not in {"en", "ru"}:
            raise self.error(position, f"lang:{value} is not known; lang: takes en or ru")
        if field == "kind" and value.lower() not in {"article", "teaser"}:
            raise self.error(position, f"kind:{value} is not known; kind: takes article or teaser")
        if field == "version" and value.lower() not in VERSION_VALUES:
            raise self.error(position, f"version:{value} is not known; version: takes all or changed")
        if field in {"date", "before", "after"}:
            return self.parse_dates(field, value, position)
        if field in {"lang", "kind", "version"}:
            value = value.lower()
        return Filter(field, value, position)

    def parse_dates(self, field: str, value: str, position: int) -> Dates:
        def period(text: str) -> tuple[dt.date, dt.date]:
            found = _period(text)
            if isinstance(found, str):
                raise self.error(position, f"{field}: {found}")
            return found

        text = f"{field}:{value}"
        if field == "before":
            first = period(value)[0]
            if first == dt.date.min:
                raise self.error(position, f"{field}: no date comes before {value}")
            return Dates(None, first - dt.timedelta(days=1), text)
        if field == "after":
            last = period(value)[1]
            if last == dt.date.max:
                raise self.error(position, f"{field}: no date comes after {value}")
            return Dates(last + dt.timedelta(days=1), None, text)
        if ".." not in value:
            return Dates(*period(value), text)
        low, _, high = value.partition("..")
        if not low and not high:
            raise self.error(position, "date: a range needs a date on at least one side of ..")
        start = period(low)[0] if low else None
        end = period(high)[1] if high else None
        if start is not None and end is not None and start > end:
            raise self.error(position, f"date: the range {value} ends before it starts")
        return Dates(start, end, text)


def _combine(kind: type[And] | type[Or], children: list[Node]) -> Node | None:
    """One node for a list: nothing, the only child, or the operator over children flattened."""
    flat: list[Node] = []
    for child in children:
        flat.extend(child.children if isinstance(child, kind) else (child,))
    if not flat:
        return None
    return flat[0] if len(flat) == 1 else kind(tuple(flat))


def parse_query(query: str) -> ParsedQuery:
    """Parse what the user typed; raises `QueryError` saying what is wrong and where.

    A query of only characters that are no words (emoji, punctuation) is an error rather than a
    search for everything, which is what it would otherwise be.
    """
    if len(query) > MAX_QUERY_CHARS:
        raise QueryError(
            query[:40] + "…",
            MAX_QUERY_CHARS,
            f"the query is too long ({len(query):,} characters; at most {MAX_QUERY_CHARS:,})",
        )
    root = _Parser(query, _Tokenizer(query).run()).parse()
    if root is None and query.strip():
        raise QueryError(query, 0, "the query has no searchable words (letters or digits)")
    return ParsedQuery(
        root=root,
        display="" if root is None else display(root),
        terms=tuple(dict.fromkeys(highlight_terms(root))),
    )
