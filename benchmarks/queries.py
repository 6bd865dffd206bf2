"""The fixed query set, by class, each query with its bare FTS5 equivalent for the raw floor.

The raw floor indexes title and body only, so its equivalent of a query is what a plain FTS5 user
would type: the words as written (no stems, no spelling variants) and, for date filters, the same
rowid range the archive uses (the raw table keeps the archive's date-ordered keys as rowids).
Queries that are filters only (no text) have no raw equivalent.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from benchmarks.vocabulary import build_vocabulary
from press_archive.archive.schema import date_key_range

#: Classes whose p95 must stay within the "selective" target (a name in 0.7% of items, rare words, two words).
SELECTIVE_CLASSES = frozenset({"name", "name-variant", "rare-word", "two-words"})


@dataclass(frozen=True)
class QueryCase:
    query_class: str
    query: str  # as a user types it into the archive
    raw_match: str | None  # the FTS5 MATCH of the raw floor; None when the query has no text
    raw_key_range: tuple[int, int] | None = None  # half-open rowid range for date-filtered queries


def _years(first: int, last: int) -> tuple[int, int]:
    return date_key_range(dt.date(first, 1, 1))[0], date_key_range(dt.date(last, 12, 31))[1]


def query_set() -> list[QueryCase]:
    """Every case, grouped by class; rare words are picked by their Zipf rank in the vocabulary."""
    vocabulary = build_vocabulary()
    english, russian = vocabulary.english.words, vocabulary.russian.words
    rare = [english[2_000], english[6_000], english[16_000], russian[3_000]]
    pair = f"{english[700]} {english[900]}"
    cases = [
        QueryCase("common-word", "CSTO", "CSTO"),
        QueryCase("common-word", "ОДКБ", "ОДКБ"),
        QueryCase("common-word", "security", "security"),
        QueryCase("common-word", "CSTO OR ОДКБ", "CSTO OR ОДКБ"),
        *(QueryCase("rare-word", word, word) for word in rare),
        QueryCase("two-words", "Masadykov Geneva", "Masadykov Geneva"),
        QueryCase("two-words", "Serdyukov Dushanbe", "Serdyukov Dushanbe"),
        QueryCase("two-words", pair, pair),
        QueryCase("name", "Masadykov", "Masadykov"),
        QueryCase("name", "Serdyukov", "Serdyukov"),
        QueryCase("name", "Шойгу", "Шойгу"),
        QueryCase("name-variant", "Masadikov", "Masadikov"),
        QueryCase("name-variant", "Shoygu", "Shoygu"),
        QueryCase("name-variant", "Сердюкова", "Сердюкова"),
        QueryCase("phrase", '"Joint Staff"', '"Joint Staff"'),
        QueryCase("phrase", '"Council of Foreign Ministers"', '"Council of Foreign Ministers"'),
        QueryCase("phrase", '"совета министров"', '"совета министров"'),
        QueryCase("prefix", "secur*", "secur*"),
        QueryCase("prefix", "terror*", "terror*"),
        QueryCase("prefix", "миграц*", "миграц*"),
        QueryCase("russian-morphology", "учениях", "учениях"),
        QueryCase("russian-morphology", "переговорах", "переговорах"),
        QueryCase("russian-morphology", "безопасности", "безопасности"),
        QueryCase("date-filtered", "security date:2014", "security", _years(2014, 2014)),
        QueryCase("date-filtered", "Serdyukov date:2019..2020", "Serdyukov", _years(2019, 2020)),
        QueryCase("date-filtered", "CSTO date:2025", "CSTO", _years(2025, 2025)),
        QueryCase("facet-heavy", "lang:ru kind:article", None),
        QueryCase("facet-heavy", "date:2010..2015", None),
        QueryCase("facet-heavy", "name:Masadykov", None),
        QueryCase("no-hit", "xylophone", "xylophone"),
        QueryCase("no-hit", "Masadykov xylophone", "Masadykov xylophone"),
    ]
    return cases
