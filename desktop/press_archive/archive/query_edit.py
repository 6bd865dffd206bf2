"""Editing a query the way facets and chips do, on the parser's own tree, written back as text.

A filter (`lang:ru`, `date:2025`, `tag:"Iran talks"`, or one negated) is added as a condition on
the whole query, so `iran OR lang:ru` with `lang:en` becomes `(iran OR lang:ru) lang:en`, and a
filter is removed from wherever it stands, leaving its group well formed: `iran (lang:en OR
kind:article)` without `kind:article` is `iran lang:en`. A query the parser refuses is left as it
is: the search box shows its error, and the window has no filter to offer.
"""

from __future__ import annotations

from press_archive.archive.errors import QueryError
from press_archive.archive.query import parse_query
from press_archive.archive.query_tree import And, Dates, Filter, Node, Not, Or, display

#: An item has one date, one language and one kind: picking a new value replaces the old one
#: (a month picked after its year narrows the search instead of ANDing two dates).
SINGLE_VALUED = frozenset({"date", "lang", "kind"})


def _root(query: str) -> Node | None:
    return parse_query(query).root


def _is_filter(node: Node) -> bool:
    inner = node.child if isinstance(node, Not) else node
    return isinstance(inner, Filter | Dates)


def _field(node: Node) -> str:
    inner = node.child if isinstance(node, Not) else node
    return display(inner).split(":", 1)[0]


def _filters(node: Node | None) -> list[Node]:
    if node is None:
        return []
    if _is_filter(node):
        return [node]
    if isinstance(node, And | Or):
        return [found for child in node.children for found in _filters(child)]
    if isinstance(node, Not):
        return _filters(node.child)
    return []


def _conjuncts(root: Node | None) -> list[Node]:
    if root is None:
        return []
    return list(root.children) if isinstance(root, And) else [root]


def _without(node: Node, unwanted: Node) -> Node | None:
    """The tree with every `unwanted` node taken out, and a group left with one child unwrapped."""
    if node == unwanted:
        return None
    if isinstance(node, Not):
        # `-lang:ru` is a filter of its own, kept when `lang:ru` goes.
        child = node.child if node.child == unwanted else _without(node.child, unwanted)
        if child is None:
            return None
        # `-(lang:ru OR -iran)` without `lang:ru` is `iran`: two negations cancel, as the parser reads them;
        # and `-(iran OR -iran)` without `iran` is nothing, not the `iran` the cancelling brings out.
        if isinstance(child, Not):
            return None if child.child == unwanted else child.child
        return Not(child)
    if isinstance(node, And | Or):
        children = [kept for child in node.children if (kept := _without(child, unwanted)) is not None]
        if not children:
            return None
        group = type(node)
        flat: list[Node] = []
        for child in children:
            flat.extend(child.children if isinstance(child, group) else [child])
        return flat[0] if len(flat) == 1 else group(tuple(flat))
    return node


def _text(root: Node | None) -> str:
    return "" if root is None else display(root)


def filter_terms(query: str) -> list[str]:
    """The filters of a query, each once, as query text; none for a query that does not parse."""
    try:
        return list(dict.fromkeys(display(node) for node in _filters(_root(query))))
    except QueryError:
        return []


def with_filter(query: str, term: str) -> str:
    """The query narrowed by `term`; a filter already on the whole query is not added twice, and a
    single-valued field's value replaces the one there."""
    try:
        root, (added,) = _root(query), _conjuncts(_root(term))
    except (QueryError, ValueError):
        return query
    conjuncts = _conjuncts(root)
    if added in conjuncts:
        return query
    if not isinstance(added, Not) and _field(added) in SINGLE_VALUED:
        conjuncts = [
            node
            for node in conjuncts
            if isinstance(node, Not) or not _is_filter(node) or _field(node) != _field(added)
        ]
    conjuncts.append(added)
    return _text(conjuncts[0] if len(conjuncts) == 1 else And(tuple(conjuncts)))


def without_filter(query: str, term: str) -> str:
    """The query with the filter `term` taken out wherever it stands."""
    try:
        root, (removed,) = _root(query), _conjuncts(_root(term))
    except (QueryError, ValueError):
        return query
    return query if root is None else _text(_without(root, removed))
