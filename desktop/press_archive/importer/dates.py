"""The site's dates: the DD.MM.YYYY stamps on its lines, and the dates written out in an item's opening words.

A date is only ever read, never guessed: a stamp that is not a calendar date, or a prose date written
without its year, gives None, so the archive can say "undated" instead of being confidently wrong.
Every stamp pattern of the importer lives here, so the splitter and any other reader agree on it.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from dateutil import parser as dateutil_parser

from press_archive.model import Language

_STAMP = r"(?P<day>[0-9]{2})\.(?P<month>[0-9]{2})\.(?P<year>[0-9]{4})"
#: The hour some stamps carry, "28.11.2024 (21:00)": read past, never kept.
_TIME = r"\(\s*[0-9]{1,2}[:.][0-9]{2}\s*\)"
_WHOLE_STAMP = re.compile(_STAMP)
_LEADING_STAMP = re.compile(rf"\s*{_STAMP}(?![0-9])(?:\s*{_TIME})?")
_TRAILING_STAMP = re.compile(rf"\s{_STAMP}(?:\s*{_TIME})?\s*\Z")

_EN_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_ORDINAL = r"(?:st|nd|rd|th)?"
#: The words a lead opens with before its date: "On 12 May 2024, the…", "As of 1 June 2024 the…".
_EN_OPENING_DATE = re.compile(
    rf"(?:(?:On|By|As of|Since)\s+)?(?:the\s+)?"
    rf"(?P<date>[0-9]{{1,2}}{_ORDINAL}\s+(?:of\s+)?(?:{_EN_MONTHS}),?\s+[0-9]{{4}}"
    rf"|(?:{_EN_MONTHS})\s+[0-9]{{1,2}}{_ORDINAL},?\s+[0-9]{{4}})(?![0-9])",
    re.IGNORECASE,
)

_RU_MONTHS = {
    "января": 1,
    "февраля": 2,
    "марта": 3,
    "апреля": 4,
    "мая": 5,
    "июня": 6,
    "июля": 7,
    "августа": 8,
    "сентября": 9,
    "октября": 10,
    "ноября": 11,
    "декабря": 12,
}
_RU_OPENING_DATE = re.compile(
    rf"(?:В\s+)?(?P<day>[0-9]{{1,2}})\s+(?P<month>{'|'.join(_RU_MONTHS)})\s+(?P<year>[0-9]{{4}})(?![0-9])",
    re.IGNORECASE,
)


class LeadingDate(NamedTuple):
    """A line that begins with a stamp, cut after it."""

    date: dt.date
    rest: str  # the line after the stamp as written: "" for a date line, "On March…" when glued


class TrailingDate(NamedTuple):
    """A text that ends with a stamp after a space, as in the site's "Title DD.MM.YYYY" line."""

    text: str  # everything before the stamp, trailing whitespace removed
    date: dt.date


def _stamp_date(match: re.Match[str]) -> dt.date | None:
    """The calendar date a matched stamp names, or None for 31.02.2025, 00.01.2025 and the like."""
    try:
        return dt.date(int(match["year"]), int(match["month"]), int(match["day"]))
    except ValueError:
        return None


def parse_site_date(text: str) -> dt.date | None:
    """The date of a string that is nothing but a site stamp (surrounding whitespace allowed)."""
    match = _WHOLE_STAMP.fullmatch(text.strip())
    return None if match is None else _stamp_date(match)


def split_leading_date(line: str) -> LeadingDate | None:
    """Read the stamp a line starts with, keeping what follows it for the caller to judge.

    What follows decides what the line is (a date line, a date glued to a body, an attachment, or
    prose that merely begins with a date), and that is the splitter's call, not this module's.
    """
    match = _LEADING_STAMP.match(line)
    if match is None:
        return None
    date = _stamp_date(match)
    return None if date is None else LeadingDate(date, line[match.end() :])


def split_trailing_date(text: str) -> TrailingDate | None:
    """Read the stamp a text ends with, when a space separates it from the text before."""
    match = _TRAILING_STAMP.search(text)
    if match is None:
        return None
    date = _stamp_date(match)
    return None if date is None else TrailingDate(text[: match.start()].rstrip(), date)


def _english_date(span: str) -> dt.date | None:
    try:
        return dateutil_parser.parse(span).date()
    except (ValueError, OverflowError):
        return None


def _russian_date(match: re.Match[str]) -> dt.date | None:
    """Russian dates name the month in the genitive ("14 августа 2023 года"), which dateutil cannot read."""
    try:
        return dt.date(int(match["year"]), _RU_MONTHS[match["month"].lower()], int(match["day"]))
    except ValueError:
        return None


def find_opening_date(text: str, language: Language) -> dt.date | None:
    """The date an item's own opening words give ("On 12 May 2024, the…"), for an item with no stamp.

    Only a text that opens with a whole date (day, month and year) is dated: a date later in the
    sentence is often another event ("…met in Minsk on 12 May 2024 to review…" titles a listing
    entry, not a date of it), and a date with no year ("On 11 December") could only get its year
    from elsewhere, which would be a guess.
    """
    if language is Language.RU:
        match = _RU_OPENING_DATE.match(text)
        return None if match is None else _russian_date(match)
    match = _EN_OPENING_DATE.match(text)
    return None if match is None else _english_date(match["date"])
