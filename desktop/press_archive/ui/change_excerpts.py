"""The places where two versions of a text differ, each in the sentence around it.

A corrected name in a long article is one word among hundreds: the whole text marked up would leave
the reader hunting for it. An excerpt keeps what changed with the rest of its sentence (up to a
paragraph break, and no more than `CONTEXT_WORDS` words either side), as an editor quotes a
correction; changes close together share one excerpt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from press_archive.archive.word_diff import PARAGRAPH, Change, DiffPart

#: Words of unchanged text kept on either side of a change when no sentence ends sooner.
CONTEXT_WORDS = 30
_SENTENCE_END = re.compile(r"[.!?…][\"'»”’)\]]*$")

Word = tuple[Change, str]


@dataclass(frozen=True)
class Excerpt:
    """A run of the diff: changed words with unchanged ones around them."""

    parts: tuple[DiffPart, ...]
    cut_before: bool  # its paragraph has text before it, left out (shown as "…", as a quotation does)
    cut_after: bool


def _ends_sentence(word: str) -> bool:
    return _SENTENCE_END.search(word) is not None


def _start(words: list[Word], first_changed: int) -> int:
    """Where the context before a change begins: at its sentence's start, at most so far back.

    A change that opens with a paragraph break (a paragraph added, or one split in two) keeps the
    sentence it follows, to show where it went.
    """
    opens_paragraph = words[first_changed][1] == PARAGRAPH
    start = first_changed
    while start > 0 and first_changed - start < CONTEXT_WORDS:
        change, word = words[start - 1]
        if change is not Change.SAME or word == PARAGRAPH:
            break
        if _ends_sentence(word) and not (opens_paragraph and start == first_changed):
            break
        start -= 1
    return start


def _end(words: list[Word], last_changed: int) -> int:
    """Where the context after a change ends: with its sentence, before a paragraph break."""
    end = last_changed + 1
    if _ends_sentence(words[last_changed][1]):
        return end
    while end < len(words) and end - last_changed <= CONTEXT_WORDS:
        change, word = words[end]
        if change is not Change.SAME or word == PARAGRAPH:
            break
        end += 1
        if _ends_sentence(word):
            break
    return end


def _parts(words: list[Word]) -> tuple[DiffPart, ...]:
    parts: list[DiffPart] = []
    for change, word in words:
        if parts and parts[-1].change is change:
            parts[-1] = DiffPart(change, (*parts[-1].words, word))
        else:
            parts.append(DiffPart(change, (word,)))
    return tuple(parts)


def change_excerpts(diff: list[DiffPart]) -> list[Excerpt]:
    """The excerpts of a word diff, in the order of the text; none when nothing changed."""
    words = [(part.change, word) for part in diff for word in part.words]
    changed = [index for index, (change, _word) in enumerate(words) if change is not Change.SAME]
    spans: list[list[int]] = []
    for index in changed:
        start, end = _start(words, index), _end(words, index)
        if spans and start <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], end)
        else:
            spans.append([start, end])
    return [
        Excerpt(
            parts=_parts(words[start:end]),
            cut_before=start > 0 and words[start - 1][1] != PARAGRAPH,
            cut_after=end < len(words) and words[end][1] != PARAGRAPH,
        )
        for start, end in spans
    ]
