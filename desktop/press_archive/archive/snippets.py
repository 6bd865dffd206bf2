"""Snippets for the rows a user sees, computed in Python so stemmed and variant matches light up too.

FTS5's own snippet() can only mark tokens of the column that matched, and our index is contentless;
a page of 50 hits is cheap to scan here. The item view uses `match_spans` too, so a word lit up in
the result list is lit up in the item.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from press_archive.archive.analysis import stem, word_spans
from press_archive.archive.names import is_name_word, name_key
from press_archive.model import Snippet

SNIPPET_CHARS = 220


@dataclass(frozen=True)
class _Wanted:
    words: frozenset[str]
    stems: frozenset[str]
    prefixes: tuple[str, ...]
    name_keys: frozenset[str]

    @classmethod
    def of(cls, terms: Iterable[str]) -> _Wanted:
        lowered = [term.lower() for term in terms]
        plain = [term for term in lowered if not term.endswith("*")]
        return cls(
            words=frozenset(plain),
            stems=frozenset(stem(term) for term in plain),
            prefixes=tuple(term.rstrip("*") for term in lowered if term.endswith("*")),
            name_keys=frozenset(key for term in plain if (key := name_key(term)) is not None),
        )

    def matches(self, word: str, as_written: str) -> bool:
        return (
            word in self.words
            or stem(word) in self.stems
            or (bool(self.prefixes) and word.startswith(self.prefixes))
            or (bool(self.name_keys) and is_name_word(as_written) and name_key(as_written) in self.name_keys)
        )


def match_spans(text: str, terms: Iterable[str]) -> list[tuple[int, int]]:
    """Spans of the words of `text` that a query's terms (`ParsedQuery.terms`) find.

    A word is found as written, by its stem, by a prefix (a term ending in `*`), or, for a
    capitalised word, by its name key (`Masadikov` for `Masadykov`), the ways the index finds it.
    """
    wanted = _Wanted.of(terms)
    if not (wanted.words or wanted.prefixes):
        return []
    return [(start, end) for start, end, word in word_spans(text) if wanted.matches(word, text[start:end])]


def _best_window_start(spans: list[tuple[int, int]], width: int) -> int:
    best_start, best_count = 0, 0
    for index, (start, _end) in enumerate(spans):
        count = sum(1 for other in spans[index:] if other[1] <= start + width)
        if count > best_count:
            best_start, best_count = start, count
    return best_start


def make_snippet(text: str, terms: Iterable[str], width: int = SNIPPET_CHARS) -> Snippet:
    """The window of `text` with the most matches, cut at word boundaries, with its highlights."""
    flat = " ".join(text.split())
    spans = match_spans(flat, terms)
    if len(flat) <= width:
        return Snippet(flat, tuple(spans))
    start = max(0, _best_window_start(spans, width) - width // 4)
    if start:
        start = flat.find(" ", start) + 1 or start
    end = min(len(flat), start + width)
    if end < len(flat):
        cut = flat.rfind(" ", start, end)
        end = cut if cut > start else end
    prefix = "… " if start else ""
    suffix = " …" if end < len(flat) else ""
    shift = len(prefix) - start
    kept = tuple((a + shift, b + shift) for a, b in spans if a >= start and b <= end)
    return Snippet(prefix + flat[start:end] + suffix, kept)
