"""Snippets for the rows a user sees, computed in Python so stemmed and variant matches light up too.

FTS5's own snippet() can only mark tokens of the column that matched, and our index is contentless.
Deciding whether a word matches (fold, stem, name key) costs microseconds, which over the 50 bodies
of a page was most of a selective search's time; a query's terms keep their verdicts per word as
written, so each distinct word of a page is judged once. The item view uses `match_spans` too, so a
word lit up in the result list is lit up in the item.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from press_archive.archive.analysis import WORD, fold, stem
from press_archive.archive.names import is_name_word, name_key
from press_archive.model import Snippet

SNIPPET_CHARS = 220
#: Verdicts a query keeps; past this (a long scroll through very varied text) they start over.
MAX_VERDICTS = 100_000


@dataclass(frozen=True)
class _Wanted:
    words: frozenset[str]
    stems: frozenset[str]
    prefixes: tuple[str, ...]
    name_keys: frozenset[str]
    verdicts: dict[str, bool] = field(default_factory=dict, compare=False, hash=False)

    def judge(self, as_written: str) -> bool:
        """Whether a word matches, remembered: `verdicts.get` is the fast path, this the slow one."""
        word = fold(as_written).lower()
        verdict = (
            word in self.words
            or stem(word) in self.stems
            or (bool(self.prefixes) and word.startswith(self.prefixes))
            or (bool(self.name_keys) and is_name_word(as_written) and name_key(as_written) in self.name_keys)
        )
        if len(self.verdicts) >= MAX_VERDICTS:
            self.verdicts.clear()
        self.verdicts[as_written] = verdict
        return verdict


@lru_cache(maxsize=32)
def _wanted(terms: tuple[str, ...]) -> _Wanted:
    """One per query, kept while it is being read, with the verdicts it gathered."""
    lowered = [term.lower() for term in terms]
    plain = [term for term in lowered if not term.endswith("*")]
    return _Wanted(
        words=frozenset(plain),
        stems=frozenset(stem(term) for term in plain),
        prefixes=tuple(term.rstrip("*") for term in lowered if term.endswith("*")),
        name_keys=frozenset(key for term in plain if (key := name_key(term)) is not None),
    )


def match_spans(text: str, terms: Iterable[str]) -> list[tuple[int, int]]:
    """Spans of the words of `text` that a query's terms (`ParsedQuery.terms`) find.

    A word is found as written, by its stem, by a prefix (a term ending in `*`), or, for a
    capitalised word, by its name key (`Masadikov` for `Masadykov`), the ways the index finds it.
    """
    wanted = _wanted(tuple(terms))
    if not (wanted.words or wanted.prefixes):
        return []
    known = wanted.verdicts.get
    spans = []
    for match in WORD.finditer(text):
        word = match.group()
        verdict = known(word)
        if verdict or (verdict is None and wanted.judge(word)):
            spans.append(match.span())
    return spans


def _best_window_start(spans: list[tuple[int, int]], width: int) -> int:
    """Where the window of `width` characters holding the most whole matches starts (at a match).

    One pass with two pointers: the window's last match only moves forward, so a long item full of
    matches costs time in proportion to its matches, not to their square.
    """
    best_start, best_count = 0, 0
    last = 0  # one past the last match inside the window that starts at the current match
    for index, (start, _end) in enumerate(spans):
        last = max(last, index)
        while last < len(spans) and spans[last][1] <= start + width:
            last += 1
        if last - index > best_count:
            best_start, best_count = start, last - index
    return best_start


def make_snippet(text: str, terms: Iterable[str], width: int = SNIPPET_CHARS, shown: str = "") -> Snippet:
    """The window of `text` with the most matches, cut at word boundaries, with its highlights.

    `shown` is the start of the text that the row shows already as its title (a teaser's title is
    its first sentence): the snippet is chosen from the text after it, so the row does not say the
    same thing twice. Only when the query's words are in that sentence alone does the snippet keep
    it, to show them lit up (the row cuts a long title short); so does a text of that sentence alone.
    """
    terms = tuple(terms)
    flat = " ".join(text.split())
    lead = " ".join(shown.split())
    rest = flat[len(lead) :].lstrip() if lead and flat.startswith(lead) else ""
    if rest and (match_spans(rest, terms) or not match_spans(lead, terms)):
        flat = rest
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
