"""What changed between two versions of an item's text, word by word, as an editor's mark-up shows it.

A corrected name or an added paragraph is what the site changes; a line diff would mark a whole
paragraph for one letter, so the texts are compared as words. Paragraph breaks are words of their
own, so a paragraph added or split shows as such. Matching uses difflib's longest-common-block
search, whose cost grows with the product of the lengths only where the texts differ throughout;
two versions of one article differ in a few places.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from enum import StrEnum

#: The word standing for a paragraph break in a diff's parts.
PARAGRAPH = "\n\n"
_TOKEN = re.compile(r"\n\s*\n|\S+")


class Change(StrEnum):
    SAME = "same"
    REMOVED = "removed"
    ADDED = "added"


@dataclass(frozen=True)
class DiffPart:
    """A run of words both versions share, or that only one of them has."""

    change: Change
    words: tuple[str, ...]  # a paragraph break is `PARAGRAPH`

    @property
    def text(self) -> str:
        """The words as text: single spaces between words, a blank line for a paragraph break."""
        text = ""
        for word in self.words:
            if word == PARAGRAPH:
                text = text.rstrip(" ") + PARAGRAPH
            else:
                text += word + " "
        return text.rstrip(" ")


def _words(text: str) -> list[str]:
    return [PARAGRAPH if token.isspace() else token for token in _TOKEN.findall(text)]


def word_diff(old: str, new: str) -> list[DiffPart]:
    """The new text as runs of words kept, removed and added; removals come before the additions
    that replace them, as a reader reads a correction."""
    before, after = _words(old), _words(new)
    parts: list[DiffPart] = []
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    for tag, first, last, start, end in matcher.get_opcodes():
        if tag == "equal":
            parts.append(DiffPart(Change.SAME, tuple(before[first:last])))
            continue
        if last > first:
            parts.append(DiffPart(Change.REMOVED, tuple(before[first:last])))
        if end > start:
            parts.append(DiffPart(Change.ADDED, tuple(after[start:end])))
    return parts
