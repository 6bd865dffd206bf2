"""Stage "split", first half: what each line of a page is, before any line is given to an item.

A saved page of the site has one block per line (a paragraph, a heading, a stamp, a link), so lines,
not paragraphs, are the units: two teasers printed on consecutive lines are two blocks, whatever the
blank lines say. Each line is read on its own here; how lines make items is `split`'s business.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import Enum
from typing import Final

from press_archive.importer.boilerplate import (
    furniture_reason,
    is_closing,
    is_navigation,
    is_salutation,
    is_signature,
)
from press_archive.importer.dates import split_leading_date, split_trailing_date

_ATTACHMENT: Final = re.compile(
    r"(?:Download|Скачать)\s+(?:the\s+)?(?:document|file|документ|файл)\s*:?\s+"
    r"(?P<name>\S(?:.*\S)?\.[0-9A-Za-z]{1,5})",
    re.IGNORECASE,
)
_RUSSIAN_YEAR_WORD: Final = re.compile(r"\s*(?:г\.|года?\b)", re.IGNORECASE)
_OPENING_MARKS: Final = "«“„\"'("
_CLOSING_MARKS: Final = "»”\"')"
#: Headlines end without a full stop; sentences end with one of these.
_SENTENCE_FINAL: Final = ".…:;,"
_LONGEST_HEADLINE: Final = 300


class LineKind(Enum):
    TEXT = "text"
    STAMP = "stamp"  # starts with the site's DD.MM.YYYY stamp: alone, with a time, glued or spaced
    TITLED_STAMP = "titled stamp"  # "Title DD.MM.YYYY": a title with its stamp appended
    ATTACHMENT = "attachment"  # "Download document <name>" with no stamp
    NAVIGATION = "navigation"
    FURNITURE = "furniture"  # image names, pagination, copyright: dropped wherever they stand


@dataclass(frozen=True, slots=True)
class Line:
    """One non-blank line of a page, read.

    `text` is the line with white space folded; for a STAMP it is what follows the stamp (the body's
    first words, or ""), for a TITLED_STAMP the title before it. `number` is 1-based, for explaining.
    """

    number: int
    kind: LineKind
    text: str
    blanks_before: int
    date: dt.date | None = None
    attachment: str | None = None
    glued: bool = False  # a STAMP with its text glued on: "14.06.2019On 13 June…"
    reason: str = ""  # why a FURNITURE line is furniture
    is_salutation: bool = False  # a TEXT line that opens a speech or a letter ("Dear colleagues!")
    is_closing: bool = False  # a TEXT line that closes one ("Thank you for your attention!", a signature)

    def reads_like_headline(self, *, exclaiming: bool = False) -> bool:
        """Whether the line could be a title: short, no full stop at its end, no salutation.

        `exclaiming` admits titles ending in "!" or "?", as a title above a stamp may; a line judged
        with no stamp to vouch for it must not end like a sentence at all.
        """
        if self.kind is not LineKind.TEXT or len(self.text) > _LONGEST_HEADLINE:
            return False
        trimmed = self.text.rstrip(_CLOSING_MARKS)
        if not trimmed or self.is_salutation or self.is_closing:
            return False
        final = _SENTENCE_FINAL if exclaiming else _SENTENCE_FINAL + "!?"
        return trimmed[-1] not in final


def _fold(text: str) -> str:
    return " ".join(text.split())


def _read_stamped(number: int, line: str, blanks: int) -> Line | None:
    """A line starting with a stamp, read; None when the date is the first word of a sentence.

    The site prints a stamp alone, with a time, glued to the body ("14.06.2019On 13 June"), before
    "Download document …", or followed by a space and a capitalised sentence ("25.03.2019 An OSCE
    conference…"). A stamp followed by a lower-case word or the Russian word for year is a writer's
    date in prose ("12.03.2024 the council noted…", "05.12.2024г. состоялось…").
    """
    stamped = split_leading_date(line)
    if stamped is None:
        return None
    rest = stamped.rest
    body = _fold(rest)
    if not body:
        return Line(number, LineKind.STAMP, "", blanks, stamped.date)
    attachment = _ATTACHMENT.fullmatch(body)
    if attachment is not None:
        return Line(number, LineKind.STAMP, "", blanks, stamped.date, attachment=attachment["name"])
    year_word = _RUSSIAN_YEAR_WORD.match(rest)
    if year_word is not None:
        # "15.04.2024 г." alone is a stamp; "05.12.2024г. состоялось…" begins a sentence.
        alone = not rest[year_word.end() :].strip()
        return Line(number, LineKind.STAMP, "", blanks, stamped.date) if alone else None
    glued = not rest[0].isspace()
    first = body[0]
    if first.isupper() or first.isdigit() or first in _OPENING_MARKS or (glued and first.isalpha()):
        return Line(number, LineKind.STAMP, body, blanks, stamped.date, glued=glued)
    return None


def read_line(number: int, raw: str, blanks: int) -> Line:
    """What one non-blank line is."""
    line = _fold(raw)
    if line[0].isdigit():
        stamped = _read_stamped(number, line, blanks)
        if stamped is not None:
            return stamped
    attachment = _ATTACHMENT.fullmatch(line)
    if attachment is not None:
        return Line(number, LineKind.ATTACHMENT, line, blanks, attachment=attachment["name"])
    if is_navigation(line):
        return Line(number, LineKind.NAVIGATION, line, blanks)
    reason = furniture_reason(line)
    if reason is not None:
        return Line(number, LineKind.FURNITURE, line, blanks, reason=reason)
    if line[-1].isdigit() or line[-1] == ")":
        titled = split_trailing_date(line)
        if titled is not None and titled.text:
            return Line(number, LineKind.TITLED_STAMP, titled.text, blanks, titled.date)
    closing = is_closing(line) or is_signature(line)
    return Line(number, LineKind.TEXT, line, blanks, is_salutation=is_salutation(line), is_closing=closing)


def read_lines(text: str) -> list[Line]:
    """Every non-blank line of a page with the count of blank lines before it.

    A line of nothing but white space (spaces, tabs, no-break spaces) is blank.
    """
    lines: list[Line] = []
    blanks = 0
    for number, raw in enumerate(text.removeprefix("\ufeff").splitlines(), start=1):
        if not raw.strip():
            blanks += 1
            continue
        lines.append(read_line(number, raw, blanks))
        blanks = 0
    return lines
