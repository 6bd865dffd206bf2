"""How dates, counts and durations read on screen; one place, so every widget agrees."""

from __future__ import annotations

import datetime as dt
import re

from press_archive.model import DateSource, Kind, Language

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)

_MONTH_TERM = re.compile(r"(\d{4})-(\d{2})")

LANGUAGE_NAMES = {Language.EN: "English", Language.RU: "Russian"}
KIND_NAMES = {Kind.ARTICLE: "Article", Kind.TEASER: "Teaser"}
DATE_SOURCE_NAMES = {
    DateSource.LINE: "from the date line",
    DateSource.TITLE: "from the title",
    DateSource.PROSE: "read from the first sentence",
    DateSource.NONE: "no date on the page",
}


def format_date(date: dt.date | None) -> str:
    """A short date that reads the same in every locale: "05 Dec 2025" (never 12/5/25)."""
    if date is None:
        return "undated"
    return f"{date.day:02d} {_MONTHS[date.month - 1]} {date.year}"


def format_long_date(date: dt.date | None) -> str:
    if date is None:
        return "Undated"
    return f"{date.day} {MONTH_NAMES[date.month - 1]} {date.year}"


def month_name(year: int, month: int) -> str:
    return f"{MONTH_NAMES[month - 1]} {year}"


def term_month(term: str) -> tuple[int, int] | None:
    """(year, month) of a month's query term ("date:2025-12"), as the month facets give them."""
    found = _MONTH_TERM.search(term)
    if found is None or not 1 <= int(found.group(2)) <= 12:
        return None
    return int(found.group(1)), int(found.group(2))


def count_phrase(count: int, noun: str) -> str:
    """ "1 item", "1,234 items": a thousands separator, and the plural only where it belongs."""
    return f"{count:,} {noun}" + ("" if count == 1 else "s")


def format_elapsed(milliseconds: float) -> str:
    return f"{milliseconds:.0f} ms" if milliseconds >= 1 else "<1 ms"
