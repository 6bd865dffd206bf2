"""Facet counts for a search: how its hits divide by year, month, language, kind, tag and name.

Each value carries the exact query term that picking it adds (`date:2025-12`, `lang:ru`,
`tag:"Iran talks"`, `name:"Masadykov"`), so the GUI never builds query syntax itself. Facets are
counted apart from the page of hits, over every match: slower than a page on a large archive, and
asked for separately for that reason. The facets of the whole archive (the window's opening view)
read the entity and tag tables alone, through their indexes, rather than walking every item.

A search with up to `FROM_KEYS_UP_TO` hits is run once, for its keys with their dates, languages
and kinds, and the tag and name facets seek its hits by key: running the search again for each of
three facets cost more than the counting (a name filter with 7,000 hits at a million items: 130 ms,
against 60 ms).
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence

import sqlite_utils

from press_archive.archive.plan import SearchPlan
from press_archive.model import FacetCount

MAX_VALUES = 30  # the most frequent tags and names; years and months are all shown
#: The most hits whose facets are counted from the list of their keys (about 100 ms at most).
FROM_KEYS_UP_TO = 12_000
_LANGUAGES = {"en": "English", "ru": "Russian"}
_KINDS = {"article": "Article", "teaser": "Teaser"}


def _quoted(value: str) -> str:
    return '"' + value.replace('"', '""') + '"'


def _has_tagged_items(db: sqlite_utils.Database) -> bool:
    """Whether any item carries a tag: without, the tag facet need not look at the hits at all."""
    if not any(row[1] == "user" for row in db.execute("PRAGMA database_list")):
        return False
    return bool(db.execute("SELECT EXISTS (SELECT 1 FROM user.item_tags)").fetchone()[0])


def _calendar_facets(db: sqlite_utils.Database, plan: SearchPlan) -> dict[str, tuple[FacetCount, ...]]:
    """Year, month, language and kind in one pass over the matches."""
    where, params = plan.where()
    source = plan.source(facet_columns_only=True)
    return _calendar_from_rows(
        db.execute(
            f"SELECT substr(i.date, 1, 7), i.language, i.kind, count(*) FROM {source} WHERE {where} "
            "GROUP BY 1, 2, 3",
            params,
        ),
        with_months=True,
    )


def _calendar_from_rows(
    rows: Iterable[tuple[str | None, str, str, int]], with_months: bool
) -> dict[str, tuple[FacetCount, ...]]:
    """The year, month, language and kind facets from (period, language, kind, count) rows.

    A period is a month ("2025-12") or a year; `with_months` False leaves the months out.
    """
    periods: Counter[str] = Counter()
    languages: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    for period, language, kind, count in rows:
        if period:
            periods[period] += count
        languages[language] += count
        kinds[kind] += count
    years: Counter[str] = Counter()
    for period, count in periods.items():
        years[period[:4]] += count
    facets = {
        "year": tuple(
            FacetCount(f"date:{year}", year, count) for year, count in sorted(years.items(), reverse=True)
        ),
        "language": tuple(
            FacetCount(f"lang:{code}", _LANGUAGES.get(code, code), count)
            for code, count in _by_count(languages)
        ),
        "kind": tuple(
            FacetCount(f"kind:{kind}", _KINDS.get(kind, kind), count) for kind, count in _by_count(kinds)
        ),
    }
    if with_months:
        months = sorted(periods.items(), reverse=True)
        facets["month"] = tuple(FacetCount(f"date:{month}", month, count) for month, count in months)
    return facets


def _by_count(counts: Counter[str]) -> list[tuple[str, int]]:
    """Most first, ties in the values' order, whatever order they were counted in."""
    return sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))


def _tag_facet(db: sqlite_utils.Database, plan: SearchPlan) -> tuple[FacetCount, ...]:
    """Driven from the user's tags, which are few next to the hits of a broad search."""
    if plan.is_everything:
        return _tags_weighted(db, None, [], "1")
    keys, params = plan.matching_keys()
    return _tags_weighted(db, keys, params, "1")


def _tags_weighted(
    db: sqlite_utils.Database, keys: str | None, params: list[object], weight: str
) -> tuple[FacetCount, ...]:
    """The tags of the items whose keys `keys` selects (None: every item), each counting `weight`.

    `weight` is an SQL expression of the item's key, `items.date_key`.
    """
    if not _has_tagged_items(db):
        return ()
    hits = "" if keys is None else f"WHERE items.date_key IN ({keys}) "
    rows = db.execute(
        f"SELECT t.name, sum({weight}) AS hits FROM user.item_tags it JOIN user.tags t ON t.id = it.tag_id "
        f"JOIN items ON items.id = it.item_id {hits}"
        "GROUP BY t.id ORDER BY hits DESC, t.name LIMIT ?",
        (*params, MAX_VALUES),
    )
    return tuple(FacetCount(f"tag:{_quoted(name)}", name, count) for name, count in rows)


def _name_facet(db: sqlite_utils.Database, plan: SearchPlan) -> tuple[FacetCount, ...]:
    """People and organisations; an entity is shown by the spelling most of its hits use."""
    where, params = plan.where()
    mentions = (
        "item_entities e"
        if plan.is_everything
        else f"{plan.source(plan.needs_items, facet_columns_only=True)} "
        f"CROSS JOIN item_entities e ON e.item_key = {plan.key_column} WHERE {where}"
    )
    return _names_from_rows(
        db.execute(
            f"SELECT e.entity, e.label, count(*) FROM {mentions} GROUP BY e.entity, e.label",
            [] if plan.is_everything else params,
        )
    )


def _names_from_rows(rows: Iterable[tuple[str, str, int]]) -> tuple[FacetCount, ...]:
    """The name facet from (entity, spelling, count) rows: the most frequent entities."""
    counts: Counter[str] = Counter()
    spellings: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for entity, label, count in rows:
        counts[entity] += count
        spellings[entity][label] += count
    top = sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))[:MAX_VALUES]
    facets = []
    for entity, count in top:
        label = min(spellings[entity].items(), key=lambda pair: (-pair[1], len(pair[0]), pair[0]))[0]
        facets.append(FacetCount(f"name:{_quoted(label)}", label, count))
    return tuple(facets)


def sampled_facets(
    db: sqlite_utils.Database, keys: Sequence[int], weight: Callable[[str], str]
) -> dict[str, tuple[FacetCount, ...]]:
    """The year, language, kind, tag and name facets of a sample of hits, each counting `weight(key)`.

    `weight` turns the SQL name of an item's key into an SQL expression of how many hits the item
    stands for. The keys go to SQLite as one JSON array, which each facet reads with a seek per
    key. Months are left out: a sample of days holds too few of each.
    """
    array = json.dumps(list(keys))
    facets = _calendar_from_rows(
        db.execute(
            f"SELECT substr(i.date, 1, 4), i.language, i.kind, sum({weight('k.value')}) FROM json_each(?) k "
            "CROSS JOIN items i INDEXED BY items_facets ON i.date_key = k.value GROUP BY 1, 2, 3",
            [array],
        ),
        with_months=False,
    )
    return facets | _mentions_of_keys(db, array, weight)


def _mentions_of_keys(
    db: sqlite_utils.Database, array: str, weight: Callable[[str], str]
) -> dict[str, tuple[FacetCount, ...]]:
    """The tag and name facets of the items whose keys the JSON `array` holds."""
    return {
        "tag": _tags_weighted(db, "SELECT value FROM json_each(?)", [array], weight("items.date_key")),
        "name": _names_from_rows(
            db.execute(
                f"SELECT e.entity, e.label, sum({weight('k.value')}) FROM json_each(?) k "
                "CROSS JOIN item_entities e ON e.item_key = k.value GROUP BY e.entity, e.label",
                [array],
            )
        ),
    }


def _few_hits_facets(db: sqlite_utils.Database, plan: SearchPlan) -> dict[str, tuple[FacetCount, ...]] | None:
    """Every facet of a search with at most `FROM_KEYS_UP_TO` hits, else None.

    One pass reads each hit's key with its month, language and kind, which are tallied here; the
    tags and names are then read by key.
    """
    where, params = plan.where()
    rows = db.execute(
        f"SELECT {plan.key_column}, substr(i.date, 1, 7), i.language, i.kind "
        f"FROM {plan.source(facet_columns_only=True)} WHERE {where} LIMIT ?",
        [*params, FROM_KEYS_UP_TO + 1],
    ).fetchall()
    if len(rows) > FROM_KEYS_UP_TO:
        return None
    tally = Counter((month, language, kind) for _key, month, language, kind in rows)
    facets = _calendar_from_rows(((*values, count) for values, count in tally.items()), with_months=True)
    return facets | _mentions_of_keys(db, json.dumps([row[0] for row in rows]), lambda _key: "1")


def count_facets(db: sqlite_utils.Database, plan: SearchPlan) -> dict[str, tuple[FacetCount, ...]]:
    """Every facet of the plan's matches, keyed "year", "month", "language", "kind", "tag", "name"."""
    if not plan.is_everything and (facets := _few_hits_facets(db, plan)) is not None:
        return facets
    facets = _calendar_facets(db, plan)
    facets["tag"] = _tag_facet(db, plan)
    facets["name"] = _name_facet(db, plan)
    return facets
