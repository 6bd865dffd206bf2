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


def _sentences(paragraph: str) -> list[str]:
    """The paragraph's sentences, as far as a title could reach."""
    sentences: list[str] = []
    start = 0
    for match in _SENTENCE_BREAK.finditer(paragraph):
        if match.end() - start > TITLE_LIMIT and not sentences:
            break
        if paragraph[match.start()] == "." and _is_abbreviation(paragraph, match.start()):
            continue
        sentences.append(paragraph[start : match.end()].strip())
        start = match.end()
    sentences.append(paragraph[start:].strip())
    return [sentence for sentence in sentences if sentence]


def first_sentence(paragraph: str) -> str:
    """The paragraph's first sentence, after any greeting that opens it ("Dear colleagues!")."""
    sentences = _sentences(paragraph)
    while len(sentences) > 1 and is_salutation(sentences[0]):
        sentences.pop(0)
    return sentences[0] if sentences else paragraph


def derive_title(paragraph: str) -> str:
    """A teaser has no title on the page; its first sentence, cut to fit a list row, stands in."""
    sentence = first_sentence(paragraph)
    if len(sentence) <= TITLE_LIMIT:
        if sentence.endswith(".") and not sentence.endswith(".."):
            return sentence[:-1] or sentence
        return sentence
    cut = sentence.rfind(" ", 0, TITLE_LIMIT)
    head = sentence[:cut] if cut > 0 else sentence[: TITLE_LIMIT - 1]
    return (head.rstrip(_DANGLING) or head) + _ELLIPSIS
