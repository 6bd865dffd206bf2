"""Titles for items the page gave none: a teaser is shown, cited and exported by its first sentence."""

from __future__ import annotations

import re
from typing import Final

from press_archive.importer.boilerplate import is_salutation

TITLE_LIMIT: Final = 120
_ELLIPSIS: Final = "…"
_DANGLING: Final = " ,;:-–—"
_OPENING_MARKS: Final = "«“„\"'("
_SENTENCE_BREAK: Final = re.compile(r"[.!?…][»”\"')]*(?=\s+[«“„\"'(]*[A-ZА-ЯЁ0-9])")


def _is_abbreviation(paragraph: str, stop: int) -> bool:
    """A full stop after an initial or a short title ("A. Serdyukov", "Col. Gen.") ends no sentence."""
    word = paragraph[paragraph.rfind(" ", 0, stop) + 1 : stop].lstrip(_OPENING_MARKS)
    return len(word) <= 1 or "." in word or (len(word) <= 3 and word[0].isupper() and not word.isupper())


def first_sentence(paragraph: str) -> str:
    """The paragraph's first sentence, after any greeting that opens it ("Dear colleagues!")."""
    start = 0
    for match in _SENTENCE_BREAK.finditer(paragraph):
        if paragraph[match.start()] == "." and _is_abbreviation(paragraph, match.start()):
            continue
        sentence = paragraph[start : match.end()].strip()
        if not is_salutation(sentence):
            return sentence
        start = match.end()
    return paragraph[start:].strip() or paragraph


def sentence_title(paragraph: str, limit: int | None = None) -> str:
    """A paragraph's first sentence as a title, without its full stop; cut at a word to fit within
    `limit`, when one is given, and marked cut with "…"."""
    sentence = first_sentence(paragraph)
    if limit is None or len(sentence) <= limit:
        if sentence.endswith(".") and not sentence.endswith(".."):
            return sentence[:-1] or sentence
        return sentence
    cut = sentence.rfind(" ", 0, limit)
    head = sentence[:cut] if cut > 0 else sentence[: limit - 1]
    return (head.rstrip(_DANGLING) or head) + _ELLIPSIS


def derive_title(paragraph: str) -> str:
    """A teaser has no title on the page; its first sentence, cut to fit a list row, stands in."""
    return sentence_title(paragraph, TITLE_LIMIT)
