"""The site's dates: the DD.MM.YYYY stamps on its lines, and the dates written out in a body's lead.

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
_WHOLE_STAMP = re.compile(_STAMP)
_LEADING_STAMP = re.compile(rf"\s*{_STAMP}(?![0-9])")
_TRAILING_STAMP = re.compile(rf"\s{_STAMP}\s*\Z")

LEAD_LENGTH = 300
"""Only a date that starts within this many characters of a body counts: the lead says when the
event happened, while later dates in a body are usually other events (anniversaries, plans)."""
_LONGEST_PROSE_DATE = 40  # room for a date that starts inside the lead but ends after it

_EN_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_EN_PROSE_DATE = re.compile(
    rf"\b(?:{_EN_MONTHS})\s+[0-9]{{1,2}}(?:st|nd|rd|th)?(?![0-9])(?:,?\s+[0-9]{{4}}(?![0-9]))?"
    rf"|(?<![0-9])[0-9]{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_EN_MONTHS})\b(?:,?\s+[0-9]{{4}}(?![0-9]))?"
)
_NO_YEAR = dt.datetime(dt.MINYEAR, 1, 1)
"""dateutil fills what a span lacks from its default; a year no press release is dated with shows
that the span had none."""

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
_RU_PROSE_DATE = re.compile(
    rf"(?<![0-9])(?P<day>[0-9]{{1,2}})\s+(?P<month>{'|'.join(_RU_MONTHS)})\b"
    rf"(?:\s+(?P<year>[0-9]{{4}})(?![0-9]))?",
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


def _english_prose_date(span: str) -> dt.date | None:
    """Let dateutil read the span the month regex found; a span without a year gives None."""
    try:
        parsed = dateutil_parser.parse(span, default=_NO_YEAR)
    except (ValueError, OverflowError):
        return None
    return None if parsed.year == _NO_YEAR.year else parsed.date()


def _russian_prose_date(match: re.Match[str]) -> dt.date | None:
    """Russian dates name the month in the genitive ("14 августа 2023 года"), which dateutil cannot read."""
    if match["year"] is None:
        return None
    try:
        return dt.date(int(match["year"]), _RU_MONTHS[match["month"].lower()], int(match["day"]))
    except ValueError:
        return None


def find_lead_date(text: str, language: Language) -> dt.date | None:
    """The date the lead of a body gives in words, for an item the page printed no stamp for.

    Only the first date mentioned in the lead counts: when it has no year ("On December 4, at the
    invitation…") the answer is None even if a later date has one, because that later date is
    usually another event (an anniversary, a treaty) and would date the item wrongly.
    """
    pattern = _RU_PROSE_DATE if language is Language.RU else _EN_PROSE_DATE
    match = pattern.search(text, 0, LEAD_LENGTH + _LONGEST_PROSE_DATE)
    if match is None or match.start() >= LEAD_LENGTH:
        return None
    if language is Language.RU:
        return _russian_prose_date(match)
    return _english_prose_date(match[0])
