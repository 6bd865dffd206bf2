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
    runs: list[tuple[Change, list[str]]] = []
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    for tag, first, last, start, end in matcher.get_opcodes():
        if tag == "equal":
            runs.append((Change.SAME, before[first:last]))
            continue
        if last > first:
            runs.append((Change.REMOVED, before[first:last]))
        if end > start:
            runs.append((Change.ADDED, after[start:end]))
    for index in range(1, len(runs) - 1):
        if runs[index - 1][0] is Change.SAME and runs[index + 1][0] is Change.SAME:
            _slide_to_paragraphs(runs[index - 1][1], runs[index][1], runs[index + 1][1])
    return [DiffPart(change, tuple(words)) for change, words in runs if words]


def _fit(before: list[str], run: list[str], after: list[str]) -> int:
    """How well a run reads as paragraphs added or removed whole: best when it opens a paragraph
    and ends with the break after it, so its words sit together; next best when the breaks fall
    at its edges at all."""
    starts = 2 if not before or before[-1] == PARAGRAPH else run[0] == PARAGRAPH
    ends = 2 if run[-1] == PARAGRAPH or not after else after[0] == PARAGRAPH
    return starts + ends


def _slide_to_paragraphs(before: list[str], run: list[str], after: list[str]) -> None:
    """Move a run of words added (or removed) between two kept runs to where it reads as whole
    paragraphs, when the words around it allow: a paragraph added before one opening with the same
    word ("The") is matched from the wrong "The" ("The [next … 2026. ¶ The] consultations"). The
    lists are changed in place; the words of each version stay the same, in the same order."""
    while before and before[-1] == run[-1]:  # slide as far back as it goes, then try each place
        after.insert(0, run.pop())
        run.insert(0, before.pop())
    best, steps, step = _fit(before, run, after), 0, 0
    while after and after[0] == run[0]:
        before.append(run.pop(0))
        run.append(after.pop(0))
        step += 1
        if (fit := _fit(before, run, after)) > best:
            best, steps = fit, step
    for _ in range(step - steps):
        after.insert(0, run.pop())
        run.insert(0, before.pop())
