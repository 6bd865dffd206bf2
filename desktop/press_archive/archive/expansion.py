"""A query's concepts searched by all their names: `CSTO` also finds `ОДКБ` and the full name.

A word, or a run of words side by side in the query, that is one of a concept's names becomes an OR
of what was typed and every other name of the concept, each matched by its stems (`concepts.py`).
A quoted phrase is what the user wants as written, so it is never expanded, and a prefix (`CST*`)
names no whole word. The names added are reported, for the hit list to say what else it searched.
"""

from __future__ import annotations

from press_archive.archive.analysis import stem, words
from press_archive.archive.concepts import Concept, Concepts, name_stems
from press_archive.archive.query_tree import And, Node, Not, Or, Phrase, Word


class _Expander:
    def __init__(self, concepts: Concepts) -> None:
        self.concepts = concepts
        self.also: dict[str, None] = {}

    def node(self, node: Node) -> Node:
        if isinstance(node, Word):
            return self.run((node,))
        if isinstance(node, Not):
            return Not(self.node(node.child))
        if isinstance(node, Or):
            return Or(tuple(self.node(child) for child in node.children))
        if isinstance(node, And):
            return self.conjunction(node.children)
        return node

    def conjunction(self, children: tuple[Node, ...]) -> Node:
        """An AND with each longest run of plain words that names a concept expanded."""
        expanded: list[Node] = []
        index = 0
        while index < len(children):
            run = self.named_run(children, index)
            if run:
                expanded.append(self.run(run))
                index += len(run)
            else:
                expanded.append(self.node(children[index]))
                index += 1
        return expanded[0] if len(expanded) == 1 else And(tuple(expanded))

    def named_run(self, children: tuple[Node, ...], start: int) -> tuple[Word, ...]:
        """The longest run of plain words from `start` that is a concept's name, or none."""
        run: list[Word] = []
        for child in children[start : start + self.concepts.longest]:
            if not isinstance(child, Word) or child.prefix or (run and child.field != run[0].field):
                break
            run.append(child)
        for size in range(len(run), 0, -1):
            if self.concepts.find(tuple(stem(word.text) for word in run[:size])) is not None:
                return tuple(run[:size])
        return ()

    def run(self, run: tuple[Word, ...]) -> Node:
        typed: Node = run[0] if len(run) == 1 else And(run)
        if run[0].prefix:
            return typed
        stems = tuple(stem(word.text) for word in run)
        concept = self.concepts.find(stems)
        if concept is None:
            return typed
        others = _other_names(concept, stems)
        self.also.update(dict.fromkeys(others))
        return Or((typed, *(_name_node(name, run[0].field) for name in others)))


def _other_names(concept: Concept, typed: tuple[str, ...]) -> list[str]:
    """The concept's names other than the one typed, each form once."""
    seen = {typed}
    others = []
    for name in concept.names:
        stems = name_stems(name)
        if stems not in seen:
            seen.add(stems)
            others.append(name)
    return others


def _name_node(name: str, field: str | None) -> Node:
    terms = words(name)
    if len(terms) == 1:
        return Word(terms[0], False, field)
    return Phrase(tuple(terms), field, by_stem=True)


def expand_concepts(root: Node | None, concepts: Concepts) -> tuple[Node | None, tuple[str, ...]]:
    """The tree with its concepts' other names ORed in, and those names, in the order added."""
    if root is None:
        return None, ()
    expander = _Expander(concepts)
    expanded = expander.node(root)
    return expanded, tuple(expander.also)
