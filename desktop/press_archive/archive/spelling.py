"""Near misses for a search that found nothing: the query with its words spelled as the archive spells
them, or a concept's name close to what was typed.

A word's candidates are its spellings one edit away (a letter dropped, two swapped, one changed or
one added: `Tajikstan` to `tajikistan`, `CTSO` to `csto`), each looked up in the index's vocabulary
by an equality seek, never a scan: a few hundred seeks, some milliseconds, at any archive size. Only
the best-known candidates are then counted as whole queries, so a suggestion always finds something
and says how much.
"""

from __future__ import annotations

import dataclasses
import difflib
import string
import unicodedata
from collections.abc import Iterator

import sqlite_utils

from press_archive.archive.analysis import is_cyrillic, words
from press_archive.archive.concepts import Concepts
from press_archive.archive.errors import QueryError
from press_archive.archive.plan import plan_request
from press_archive.archive.query import parse_query
from press_archive.archive.query_tree import And, Node, Word, display
from press_archive.archive.search import count_matches
from press_archive.model import SearchRequest, Suggestion

#: Shorter words have too many neighbours one edit away to guess from.
MIN_WORD_LETTERS = 4
MAX_SUGGESTIONS = 3
#: Candidates of one word that are counted as whole queries, the most frequent first.
COUNTED_PER_WORD = 2
_LATIN = string.ascii_lowercase
_CYRILLIC = "абвгдежзийклмнопрстуфхцчшщъыьэюя"
# A temporary table of this connection (not of the archive file): the index's terms, per column.
_VOCABULARY = "CREATE VIRTUAL TABLE IF NOT EXISTS temp.items_vocabulary USING fts5vocab(main, items_fts, col)"


def suggest(db: sqlite_utils.Database, request: SearchRequest, concepts: Concepts) -> list[Suggestion]:
    """Queries close to the request's that find something, the most hits first; [] for a query that
    cannot be parsed (its error says more) or whose words are all known."""
    try:
        root = parse_query(request.query).root
    except QueryError:
        return []
    if root is None:
        return []
    db.execute(_VOCABULARY)
    queries: dict[str, None] = {}
    best: dict[Word, Word] = {}
    for word in _typed_words(root):
        for index, candidate in enumerate(_known_neighbours(db, word)):
            if index == 0:
                best[word] = candidate
            if index < COUNTED_PER_WORD:
                queries[display(_replaced(root, {word: candidate}))] = None
    if len(best) > 1:
        queries[display(_replaced(root, best))] = None
    for name in _close_concept_names(root, concepts):
        queries[name] = None
    counted = [
        Suggestion(query, hits)
        for query in queries
        if (hits := _count(db, dataclasses.replace(request, query=query), concepts))
    ]
    counted.sort(key=lambda suggestion: -suggestion.hits)
    return counted[:MAX_SUGGESTIONS]


def _typed_words(node: Node) -> Iterator[Word]:
    """The words the query looks for (not excluded, not prefixes), long enough to correct."""
    if isinstance(node, Word) and not node.prefix and len(node.text) >= MIN_WORD_LETTERS:
        yield node
    elif isinstance(node, And):
        for child in node.children:
            yield from _typed_words(child)


def _as_indexed(text: str) -> str:
    """A term as the index's tokenizer keeps it: lower case, diacritics removed (`й` is `и` there)."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _edits(term: str) -> set[str]:
    letters = _CYRILLIC if is_cyrillic(term) else _LATIN
    cuts = [(term[:index], term[index:]) for index in range(len(term) + 1)]
    dropped = {head + tail[1:] for head, tail in cuts if tail}
    swapped = {head + tail[1] + tail[0] + tail[2:] for head, tail in cuts if len(tail) > 1}
    changed = {head + letter + tail[1:] for head, tail in cuts if tail for letter in letters}
    added = {head + letter + tail for head, tail in cuts for letter in letters}
    return (dropped | swapped | changed | added) - {term}


def _documents(db: sqlite_utils.Database, terms: list[str]) -> dict[str, int]:
    """How many items have each term in their title or body, for the terms the index knows."""
    found: dict[str, int] = {}
    for term in terms:
        for (documents,) in db.execute(
            "SELECT doc FROM items_vocabulary WHERE term = ? AND col IN ('title', 'body')", (term,)
        ):
            found[term] = max(found.get(term, 0), documents)
    return found


def _known_neighbours(db: sqlite_utils.Database, word: Word) -> list[Word]:
    """The word's spellings one edit away that more items use than the word itself, most used first."""
    term = _as_indexed(word.text)
    own = _documents(db, [term]).get(term, 0)
    known = _documents(db, sorted(_edits(term)))
    better = sorted((-documents, candidate) for candidate, documents in known.items() if documents > own)
    return [dataclasses.replace(word, text=candidate) for _documents_used, candidate in better]


def _replaced(node: Node, replacements: dict[Word, Word]) -> Node:
    if isinstance(node, Word):
        return replacements.get(node, node)
    if isinstance(node, And):
        return And(tuple(_replaced(child, replacements) for child in node.children))
    return node


def _close_concept_names(root: Node, concepts: Concepts) -> list[str]:
    """Names of concepts spelled close to a query made of words only (`Colective Securty Treaty`)."""
    children = root.children if isinstance(root, And) else (root,)
    if not all(isinstance(child, Word) and not child.prefix for child in children):
        return []
    typed = " ".join(child.text for child in children if isinstance(child, Word))
    named = concepts.of_name(typed)  # already searched by all its names
    names = {
        " ".join(words(name)): name
        for concept in concepts.by_id.values()
        if concept != named
        for name in concept.names
    }
    return [names[close] for close in difflib.get_close_matches(typed, names, n=MAX_SUGGESTIONS, cutoff=0.8)]


def _count(db: sqlite_utils.Database, request: SearchRequest, concepts: Concepts) -> int:
    return count_matches(db, plan_request(request, concepts).plan)
