"""The site's furniture: navigation, section headings, salutations and signatures, read from data.

What the lines are lives in `boilerplate.toml`, per language, so that a line newly seen on the site is
one entry there; this module only compiles it and answers "what is this line". Every answer is for a
whole line, white space folded and case ignored, so a sentence that merely contains "Go back" or
"News" is never taken for one.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

#: Longer lines are text, whatever they say: the site's links and headings are short.
LONGEST_NAVIGATION_LINE = 60
LONGEST_HEADING = 60
LONGEST_FURNITURE = 300
_DECORATION = "←→‹›<>|·•«»▸►▶ \t"


@dataclass(frozen=True)
class Furniture:
    """The compiled lists: exact lines (folded) and whole-line patterns, all languages together."""

    navigation: frozenset[str]
    item_links: frozenset[str]
    navigation_patterns: re.Pattern[str]
    headings: frozenset[str]
    salutations: re.Pattern[str]
    closings: re.Pattern[str]
    signatures: re.Pattern[str]
    boilerplate: re.Pattern[str]
    boilerplate_words: re.Pattern[str]
    breadcrumb: re.Pattern[str]


def _compile(patterns: list[str]) -> re.Pattern[str]:
    """One pattern of all of them: a line is tried once, not once per entry."""
    return re.compile("|".join(f"(?:{pattern})" for pattern in patterns), re.IGNORECASE)


def _gather(data: dict[str, Any], key: str) -> list[str]:
    return [entry for section in data.values() for entry in section.get(key, [])]


@cache
def furniture() -> Furniture:
    """The lists from the package's data file, read once per process."""
    with resources.files(__package__).joinpath("boilerplate.toml").open("rb") as file:
        data = tomllib.load(file)
    return Furniture(
        navigation=frozenset(fold(line) for line in _gather(data, "navigation")),
        item_links=frozenset(fold(line) for line in _gather(data, "item_links")),
        navigation_patterns=_compile(_gather(data, "navigation_patterns")),
        headings=frozenset(fold(line) for line in _gather(data, "headings")),
        salutations=_compile(_gather(data, "salutation_patterns")),
        closings=_compile(_gather(data, "closing_patterns")),
        signatures=_compile(_gather(data, "signature_patterns")),
        boilerplate=_compile(_gather(data, "boilerplate_patterns")),
        boilerplate_words=re.compile(
            r"\b(?:" + "|".join(map(re.escape, _gather(data, "boilerplate_words"))) + r")\b", re.IGNORECASE
        ),
        breadcrumb=re.compile(data["any"]["breadcrumb_pattern"], re.IGNORECASE),
    )


def fold(line: str) -> str:
    """The comparable form of a line: decoration stripped, white space folded, case folded."""
    return " ".join(line.strip(_DECORATION).split()).casefold()


def _matches(patterns: re.Pattern[str], line: str) -> bool:
    return patterns.fullmatch(line) is not None


def is_navigation(line: str) -> bool:
    """A link back to a list, or to another page of it ("Go back", "Все новости ОДКБ")."""
    if len(line) > LONGEST_NAVIGATION_LINE:
        return False
    folded = fold(line)
    table = furniture()
    return folded in table.navigation or _matches(table.navigation_patterns, folded)


def is_known_heading(line: str) -> bool:
    """A section heading the site is known to print above its lists and articles."""
    return len(line) <= LONGEST_HEADING and fold(line) in furniture().headings


def is_breadcrumb(line: str) -> bool:
    """A trail of links ("Home / News / Joint Staff") at the top of a page."""
    return len(line) <= 2 * LONGEST_NAVIGATION_LINE and bool(furniture().breadcrumb.fullmatch(line.strip()))


def furniture_reason(line: str) -> str | None:
    """Why a line is the page's furniture (an image name, pagination, the copyright), or None."""
    if len(line) > LONGEST_FURNITURE:
        return None
    table = furniture()
    if len(line) <= LONGEST_NAVIGATION_LINE and fold(line) in table.item_links:
        return "a link or button beside an item (read more, print, share)"
    folded = " ".join(line.split())
    if table.boilerplate.fullmatch(folded) or table.boilerplate_words.search(folded):
        return "page furniture (image name, pagination, copyright or cookie notice)"
    return None


def is_salutation(line: str) -> bool:
    """An address that opens a speech or a letter ("Dear colleagues!", "Уважаемые участники!")."""
    return len(line) <= 200 and _matches(furniture().salutations, " ".join(line.split()))


def is_closing(line: str) -> bool:
    """A line that closes a speech ("Thank you for your attention!")."""
    return len(line) <= 80 and _matches(furniture().closings, " ".join(line.split()))


def is_signature(line: str) -> bool:
    """The press service's signature under a release ("Press Service of the CSTO Secretariat")."""
    return len(line) <= 160 and _matches(furniture().signatures, " ".join(line.split()))
