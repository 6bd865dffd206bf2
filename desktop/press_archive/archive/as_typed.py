"""Whether a hit matched the query as typed, or only through a stem or a spelling variant.

The index answers "does it match", not "how"; for the page of hits a user sees, the query tree is
evaluated again here on the hit's own words with exact matching only. A hit that fails is marked
`via_variant`, so the list can say "found as Masadikov" instead of leaving the user to wonder.
"""

from __future__ import annotations

from press_archive.archive.analysis import words
from press_archive.archive.query_tree import And, Node, Or, Phrase, Word


def _contains(haystack: list[str], needle: tuple[str, ...]) -> bool:
    size = len(needle)
    return any(tuple(haystack[index : index + size]) == needle for index in range(len(haystack) - size + 1))


class _ItemWords:
    def __init__(self, title: str, body: str) -> None:
        self.title = words(title)
        self.all = [*self.title, *words(body)]
        self.title_set = set(self.title)
        self.all_set = set(self.all)

    def has(self, node: Word | Phrase) -> bool:
        scope, scope_set = (self.title, self.title_set) if node.field == "title" else (self.all, self.all_set)
        if isinstance(node, Phrase):
            return _contains(scope, node.words)
        if node.prefix:
            return any(word.startswith(node.text) for word in scope_set)
        return node.text in scope_set


def _holds(node: Node, item: _ItemWords) -> bool:
    if isinstance(node, Word | Phrase):
        return item.has(node)
    if isinstance(node, And):
        return all(_holds(child, item) for child in node.children)
    if isinstance(node, Or):
        return any(_holds(child, item) for child in node.children)
    # A negation held under the wider matching (the item is a hit), so it holds under the exact one;
    # filters (Not's siblings here) do not depend on spelling at all.
    return True


def matched_as_typed(root: Node | None, title: str, body: str) -> bool:
    """True when the item satisfies the query with every word found exactly as the user wrote it."""
    return root is None or _holds(root, _ItemWords(title, body))
