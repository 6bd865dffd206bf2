"""What a parsed query means in SQL: one FTS5 MATCH expression to rank by, and plain conditions.

Every word becomes a group matching it as written (title and body columns), by its Snowball stem
(the stem columns) or by its name key (the `names` column); bm25 weighs the columns so exact
spellings rank first. Terms that only filter (`lang:`, `date:`, `tag:` ...) become SQL conditions.

The top-level AND of text terms goes into a single MATCH, which is what lets "newest first" walk
the index in rowid (= date) order and stop after a page. Text that FTS5 cannot express there (a
negation alone, an OR mixing text and filters) becomes `IN (SELECT rowid ... MATCH ...)` instead.
Conditions refer to the item key as `{key}`: `f.rowid` when the search walks the index, so FTS5
sees date ranges as rowid ranges, and `i.date_key` when it walks the items table.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from press_archive.archive.analysis import stem
from press_archive.archive.concepts import CONCEPT, Concepts
from press_archive.archive.entities import organisation_key, person_key
from press_archive.archive.errors import QueryError
from press_archive.archive.expansion import expand_concepts
from press_archive.archive.names import MIN_QUERY_NAME_LETTERS, name_key
from press_archive.archive.query import USER_FIELDS, ParsedQuery, parse_query
from press_archive.archive.query_tree import And, Dates, Filter, Node, Not, Or, Phrase, Word
from press_archive.archive.schema import DAY_SHIFT, date_key_range
from press_archive.archive.userdata.filters import user_filter
from press_archive.model import SearchRequest

KEY = "{key}"
#: A stem shorter than this is not searched for: the stemmer cuts short names to a common word
#: (`Зась` to `за`), and a word that short is found as written.
MIN_STEM_LETTERS = 3
MATCHING = f"{KEY} IN (SELECT rowid FROM items_fts WHERE items_fts MATCH ?)"
#: With `version:all`, text matches an item's own text or any earlier version of it.
MATCHING_ANY_VERSION = (
    f"({MATCHING} OR {KEY} IN (SELECT v.item_key FROM item_versions v "
    "WHERE v.id IN (SELECT rowid FROM versions_fts WHERE versions_fts MATCH ?)))"
)


@dataclass
class SearchPlan:
    match: str | None = None  # the FTS5 expression the results are ranked by
    conditions: list[str] = field(default_factory=list)  # SQL on `i` and {key}, all ANDed
    params: list[object] = field(default_factory=list)

    @property
    def key_column(self) -> str:
        """The item key as the search reads it: walking the index when there is text to match."""
        return "f.rowid" if self.match is not None else "i.date_key"

    def source(self, with_items: bool = True, facet_columns_only: bool = False) -> str:
        """The FROM clause. CROSS JOIN keeps the index as the outer loop, in rowid (date) order.

        `facet_columns_only` is for a caller that reads no more of an item than its date, language
        and kind: it reads them from the covering `items_facets` index, whose entries are a few
        bytes, instead of rows that carry the whole body (twice as fast at 1M). Conditions on the
        user's data read `i.id`, which only the rows hold, so those still read the rows.
        """
        covered = facet_columns_only and not any("i.id" in condition for condition in self.conditions)
        items = "items i INDEXED BY items_facets" if covered else "items i"
        if self.match is None:
            return items
        return f"items_fts f CROSS JOIN {items} ON i.date_key = f.rowid" if with_items else "items_fts f"

    @property
    def has_prefix(self) -> bool:
        """Whether the MATCH has a prefix term (`"secur"*`): a word of the query is letters and
        digits only, so a quote followed by `*` is never part of a quoted term."""
        return self.match is not None and '"*' in self.match

    @property
    def is_everything(self) -> bool:
        """The search matches every item: nothing to match, no condition."""
        return self.match is None and not self.conditions

    @property
    def needs_items(self) -> bool:
        """Whether a condition reads the items table (a bare count can then skip the join)."""
        return self.match is None or any("i." in condition for condition in self.conditions)

    def where(self, *extra: str, key: str | None = None) -> tuple[str, list[object]]:
        """The WHERE clause (without the keyword) and its parameters; `extra` conditions are ANDed.

        `key` is what the conditions call the item key instead of `key_column`: `+f.rowid` keeps
        their date ranges from being the ones the index seeks by, for a caller with its own.
        """
        conditions = [*self.conditions, *extra]
        if self.match is not None:
            conditions.insert(0, "items_fts MATCH ?")
        key = key or self.key_column
        sql = " AND ".join(condition.replace(KEY, key) for condition in conditions) or "1"
        params = [self.match, *self.params] if self.match is not None else list(self.params)
        return sql, params

    def matching_keys(self) -> tuple[str, list[object]]:
        """A SELECT of the keys of every matching item, for counting facets over them."""
        where, params = self.where()
        source = self.source(self.needs_items, facet_columns_only=True)
        return f"SELECT {self.key_column} FROM {source} WHERE {where}", params


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _word_match(word: Word) -> str:
    exact, stems = (
        ("{title}", "{title_stem}") if word.field == "title" else ("{title body}", "{title_stem body_stem}")
    )
    if word.prefix:
        return f"{exact} : {_quote(word.text)}*"
    groups = [f"{exact} : {_quote(word.text)}"]
    stemmed = stem(word.text)
    if len(stemmed) >= MIN_STEM_LETTERS or stemmed == word.text:
        groups.append(f"{stems} : {_quote(stemmed)}")
    key = name_key(word.text, MIN_QUERY_NAME_LETTERS) if word.field is None else None
    if key is not None:
        groups.append(f"names : {_quote(key)}")
    return "(" + " OR ".join(groups) + ")"


def text_match(node: Node) -> str | None:
    """The node as an FTS5 expression, or None when FTS5 cannot express it on its own."""
    if isinstance(node, Word):
        return _word_match(node)
    if isinstance(node, Phrase) and node.by_stem:
        column = "{title_stem}" if node.field == "title" else "{title_stem body_stem}"
        return f"{column} : {_quote(' '.join(stem(word) for word in node.words))}"
    if isinstance(node, Phrase):
        column = "{title}" if node.field == "title" else "{title body}"
        return f"{column} : {_quote(' '.join(node.words))}"
    if isinstance(node, Or):
        parts = [text_match(child) for child in node.children]
        return None if None in parts else "(" + " OR ".join(part for part in parts if part) + ")"
    if isinstance(node, And):
        positives = [text_match(child) for child in node.children if not isinstance(child, Not)]
        negatives = [text_match(child.child) for child in node.children if isinstance(child, Not)]
        if not positives or None in positives or None in negatives:
            return None
        return _and_not([part for part in positives if part], [part for part in negatives if part])
    return None


def _and_not(positives: list[str], negatives: list[str]) -> str:
    expression = positives[0] if len(positives) == 1 else "(" + " AND ".join(positives) + ")"
    for negative in negatives:
        expression = f"({expression} NOT {negative})"
    return expression


def key_range(first: dt.date | None, last: dt.date | None) -> tuple[str, list[object]]:
    """Condition for items dated from `first` to `last` inclusive; undated items never match."""
    low = date_key_range(first)[0] if first else 1 << DAY_SHIFT
    if last is None:
        return f"{KEY} >= ?", [low]
    return f"{KEY} >= ? AND {KEY} < ?", [low, date_key_range(last)[1]]


def name_condition(value: str, concepts: Concepts) -> tuple[str, list[object]]:
    """`name:VALUE`: a person whose surname (the last word) has VALUE's key, or an organisation;
    an organisation that is a concept by any of its names."""
    keys = {person_key(value.split()[-1]), organisation_key(value)}
    concept = concepts.of_name(value)
    if concept is not None:
        keys.update(organisation_key(name) for name in concept.names)
        keys.add(CONCEPT + concept.id)
    params: list[object] = [*sorted(keys)]
    marks = ", ".join("?" for _ in params)
    return f"{KEY} IN (SELECT item_key FROM item_entities WHERE entity IN ({marks}))", params


class _Compiler:
    def __init__(self, query: str, concepts: Concepts, all_versions: bool) -> None:
        self.query = query
        self.concepts = concepts
        self.all_versions = all_versions

    def matching(self, match: str) -> tuple[str, list[object]]:
        """The condition that an item's text, or with `version:all` any of its texts, matches."""
        if self.all_versions:
            return MATCHING_ANY_VERSION, [match, match]
        return MATCHING, [match]

    def condition(self, node: Node) -> tuple[str, list[object]]:
        """Any node as an SQL condition (never NULL, so NOT works as the user means it)."""
        match = text_match(node)
        if match is not None:
            return self.matching(match)
        if isinstance(node, Dates):
            return key_range(node.first, node.last)
        if isinstance(node, Filter):
            return self.filter(node)
        if isinstance(node, Not):
            inner, params = self.condition(node.child)
            return f"NOT ({inner})", params
        assert isinstance(node, And | Or)
        parts = [self.condition(child) for child in node.children]
        joiner = " AND " if isinstance(node, And) else " OR "
        return "(" + joiner.join(sql for sql, _ in parts) + ")", [p for _, params in parts for p in params]

    def filter(self, node: Filter) -> tuple[str, list[object]]:
        if node.field == "lang":
            return "i.language = ?", [node.value]
        if node.field == "kind":
            return "i.kind = ?", [node.value]
        if node.field == "name":
            return name_condition(node.value, self.concepts)
        if node.field == "version" and node.value == "changed":
            return f"{KEY} IN (SELECT item_key FROM item_versions)", []
        if node.field == "version":
            raise QueryError(
                self.query,
                node.position,
                "version:all applies to the whole query: write it beside the other terms",
            )
        assert node.field in USER_FIELDS
        try:
            return user_filter(node.field, node.value)
        except ValueError as error:
            raise QueryError(self.query, node.position, str(error)) from error


def _request_conditions(request: SearchRequest, plan: SearchPlan) -> None:
    if request.language is not None:
        plan.conditions.append("i.language = ?")
        plan.params.append(request.language.value)
    if request.date_from is not None or request.date_to is not None:
        sql, params = key_range(request.date_from, request.date_to)
        plan.conditions.append(sql)
        plan.params.extend(params)


@dataclass(frozen=True)
class PlannedSearch:
    parsed: ParsedQuery  # the query as typed
    plan: SearchPlan  # its SQL, with its concepts' other names
    also_searched: tuple[str, ...]  # those names


def plan_request(request: SearchRequest, concepts: Concepts) -> PlannedSearch:
    """Parse the request's query and plan its SQL, its concepts searched by all their names;
    raises `QueryError` for a query that cannot be understood."""
    parsed = parse_query(request.query)
    root, also_searched = expand_concepts(parsed.root, concepts)
    return PlannedSearch(parsed, plan_search(root, request, concepts), also_searched)


def _is_all_versions(node: Node) -> bool:
    return isinstance(node, Filter) and node.field == "version" and node.value == "all"


def plan_search(root: Node | None, request: SearchRequest, concepts: Concepts) -> SearchPlan:
    """The SQL for a query tree and the request's own filters."""
    plan = SearchPlan()
    conjuncts: tuple[Node, ...] = ()
    if root is not None:
        conjuncts = root.children if isinstance(root, And) else (root,)
    all_versions = any(_is_all_versions(node) for node in conjuncts)
    conjuncts = tuple(node for node in conjuncts if not _is_all_versions(node))
    compiler = _Compiler(request.query, concepts, all_versions)
    positives: list[str] = []
    negatives: list[str] = []
    rest: list[Node] = []
    for node in conjuncts:
        if not isinstance(node, Not) and (match := text_match(node)) is not None:
            positives.append(match)
        elif isinstance(node, Not) and (match := text_match(node.child)) is not None:
            negatives.append(match)
        else:
            rest.append(node)
    if positives and not all_versions:
        plan.match = _and_not(positives, negatives)
    elif positives:  # no rank: bm25 ranks the rows of one index, and earlier versions have another
        sql, params = compiler.matching(_and_not(positives, negatives))
        plan.conditions.append(sql)
        plan.params.extend(params)
    else:
        for match in negatives:
            sql, params = compiler.matching(match)
            plan.conditions.append(f"NOT ({sql})")
            plan.params.extend(params)
    for node in rest:
        sql, params = compiler.condition(node)
        plan.conditions.append(sql)
        plan.params.extend(params)
    _request_conditions(request, plan)
    return plan
