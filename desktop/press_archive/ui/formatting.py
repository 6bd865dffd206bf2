"""How dates, counts and durations read on screen; one place, so every widget agrees.

Names of months come from the interface's locale (`QLocale()`, set by `translator`), which knows
that Russian writes "5 декабря" but "декабрь 2025"; every other word is translated with Qt's tools.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication, QLocale

from press_archive.model import DateSource, Kind, Language

_MONTH_TERM = re.compile(r"(\d{4})-(\d{2})")
_SHORT = QLocale.FormatType.ShortFormat
_LONG = QLocale.FormatType.LongFormat
translate = QCoreApplication.translate


def language_name(language: Language) -> str:
    names = {Language.EN: translate("Formatting", "English"), Language.RU: translate("Formatting", "Russian")}
    return names[language]


def kind_name(kind: Kind) -> str:
    names = {Kind.ARTICLE: translate("Formatting", "Article"), Kind.TEASER: translate("Formatting", "Teaser")}
    return names[kind]


def date_source_phrase(source: DateSource) -> str:
    """How the item's date was found, said after the date: "5 December 2025 · date from the title"."""
    phrases = {
        DateSource.LINE: translate("Formatting", "date from the date line"),
        DateSource.TITLE: translate("Formatting", "date from the title"),
        DateSource.PROSE: translate("Formatting", "date read from the first sentence"),
        DateSource.NONE: translate("Formatting", "no date on the page"),
    }
    return phrases[source]


def format_date(date: dt.date | None) -> str:
    """A short date with the month in letters: "05 Dec 2025", "05 дек. 2025" (never 12/5/25)."""
    if date is None:
        return translate("Formatting", "undated")
    return f"{date.day:02d} {QLocale().monthName(date.month, _SHORT)} {date.year}"


def short_date_samples() -> list[str]:
    """A short date in every month, to measure the widest: "May" and "сент." differ in width."""
    return [format_date(dt.date(2000, month, 28)) for month in range(1, 13)]


def format_long_date(date: dt.date | None) -> str:
    if date is None:
        return translate("Formatting", "Undated")
    return f"{date.day} {QLocale().monthName(date.month, _LONG)} {date.year}"


def month_title(month: int) -> str:
    """A month on its own, as a heading or a list entry: "December", "Декабрь"."""
    name = QLocale().standaloneMonthName(month, _LONG)
    return name[:1].upper() + name[1:]


def month_name(year: int, month: int) -> str:
    """A month of a year: "December 2025", "декабрь 2025"."""
    return f"{QLocale().standaloneMonthName(month, _LONG)} {year}"


def term_month(term: str) -> tuple[int, int] | None:
    """(year, month) of a month's query term ("date:2025-12"), as the month facets give them."""
    found = _MONTH_TERM.search(term)
    if found is None or not 1 <= int(found.group(2)) <= 12:
        return None
    return int(found.group(1)), int(found.group(2))


def format_moment(moment: dt.datetime, seconds: bool = False) -> str:
    """A moment in the user's own time zone, to the minute: "12 March 2025, 14:03" (or to the second,
    for moments that may fall within one minute, like backups taken edit after edit)."""
    local = moment.astimezone()
    clock = local.strftime("%H:%M:%S" if seconds else "%H:%M")
    return f"{format_long_date(local.date())}, {clock}"


def format_number(number: int) -> str:
    """With the locale's thousands separator: "1,234", "1 234"."""
    return QLocale().toString(number)


def format_elapsed(milliseconds: float) -> str:
    if milliseconds < 1:
        return translate("Formatting", "<1 ms")
    return translate("Formatting", "{ms} ms").format(ms=format_number(round(milliseconds)))
