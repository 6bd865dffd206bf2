"""Facets of a search with many hits, estimated from a sample of its days in a fraction of the time.

Counting the facets of a word found in half of a million items joins half a million hits to their
dates, languages, kinds and names: seconds. The window wants them at once and exact soon after, so
it asks for an estimate first. Item keys are date-ordered, so one day is one range of keys, which
FTS5 and the items table seek to directly: the estimate reads the hits of one day in every 32 or 64
(and every undated hit), keeps at most `MAX_SAMPLED_HITS` of them, evenly spread, and counts each
for the hits it stands for. Months are left out, since a month holds a sampled day or two at best,
and counts are rounded to two significant figures, as precise as such a sample is.

A search with few hits is counted exactly instead: that is as fast, and its facets are final.
"""

from __future__ import annotations

import json
from math import ceil, floor, log10

import sqlite_utils

from press_archive.archive.facets import calendar_from_rows, names_from_rows, tag_facet
from press_archive.archive.plan import SearchPlan
from press_archive.archive.schema import DAY_SHIFT
from press_archive.model import FacetCount

#: A search with at most this many hits has its facets counted exactly (about 120 ms at most).
EXACT_UP_TO = 12_000
#: Up to this many hits, one day in `DENSE_EVERY` is read, so the sample is not too thin; beyond,
#: one in `SPARSE_EVERY`. Each day is a seek per term of the query (more for a phrase): one day in
#: 16 took up to 170 ms at a million items.
DENSE_SAMPLE_UP_TO = 60_000
DENSE_EVERY = 32
SPARSE_EVERY = 64
#: The most sampled hits joined to their dates and names; more are thinned out evenly.
MAX_SAMPLED_HITS = 5_000
#: The fewest days a sample reads: an archive spanning fewer days is sampled more densely.
MIN_SAMPLED_DAYS = 128
_FIRST_DATED_KEY = 1 << DAY_SHIFT


def estimate_facets(db: sqlite_utils.Database, plan: SearchPlan) -> dict[str, tuple[FacetCount, ...]] | None:
    """The year, language, kind, tag and name facets, estimated; None when they should be counted.

    None means the search has at most `EXACT_UP_TO` hits, or the archive's dates span too few days
    to sample: `count_facets` is then the way, and is quick enough.
    """
    hits = _hits_up_to(db, plan, DENSE_SAMPLE_UP_TO + 1)
    if hits <= EXACT_UP_TO:
        return None
    days = _sampled_days(db, DENSE_EVERY if hits <= DENSE_SAMPLE_UP_TO else SPARSE_EVERY)
    if days is None:
        return None
    sampled = _sampled_keys(db, plan, days)
    thinning = max(1, ceil(len(sampled) / MAX_SAMPLED_HITS))
    keys = json.dumps(sampled[::thinning])

    def weight(key: str) -> str:
        return f"CASE WHEN {key} < {_FIRST_DATED_KEY} THEN {thinning} ELSE {thinning * days.step} END"

    facets = calendar_from_rows(
        db.execute(
            f"SELECT substr(i.date, 1, 4), i.language, i.kind, sum({weight('k.value')}) FROM json_each(?) k "
            "CROSS JOIN items i INDEXED BY items_facets ON i.date_key = k.value GROUP BY 1, 2, 3",
            [keys],
        ),
        with_months=False,
    )
    facets["tag"] = tag_facet(db, "SELECT value FROM json_each(?)", [keys], weight("items.date_key"))
    facets["name"] = names_from_rows(
        db.execute(
            f"SELECT e.entity, e.label, sum({weight('k.value')}) FROM json_each(?) k "
            "CROSS JOIN item_entities e ON e.item_key = k.value GROUP BY e.entity, e.label",
            [keys],
        )
    )
    return {group: tuple(_rounded(facet) for facet in values) for group, values in facets.items()}


def _hits_up_to(db: sqlite_utils.Database, plan: SearchPlan, limit: int) -> int:
    """The search's hits, counted no further than `limit`."""
    keys, params = plan.matching_keys()
    (hits,) = db.execute(f"SELECT count(*) FROM ({keys} LIMIT ?)", [*params, limit]).fetchone()
    return int(hits)


def _sampled_days(db: sqlite_utils.Database, every: int) -> range | None:
    """One day in `every` of the archive's dates, or fewer when it spans too few days to sample."""
    first = db.execute(
        "SELECT date_key FROM items WHERE date_key >= ? ORDER BY date_key LIMIT 1", [_FIRST_DATED_KEY]
    ).fetchone()
    if first is None:
        return None
    first_day = first[0] >> DAY_SHIFT
    last_day = db.execute("SELECT max(date_key) FROM items").fetchone()[0] >> DAY_SHIFT
    every = min(every, (last_day - first_day + 1) // MIN_SAMPLED_DAYS)
    return range(first_day + every // 2, last_day + 1, every) if every >= 2 else None


def _sampled_keys(db: sqlite_utils.Database, plan: SearchPlan, days: range) -> list[int]:
    """The keys of the hits that are undated or dated on one of `days`."""
    key = plan.key_column
    source = plan.source(plan.needs_items, facet_columns_only=True)
    if plan.has_prefix:
        # FTS5 expands a prefix anew each time it is asked: once per day would be a hundred times.
        # Reading every hit once and keeping the sampled days' costs about as much as the count.
        on_sampled_day = f"({key} < {_FIRST_DATED_KEY} OR ({key} >> {DAY_SHIFT}) % ? = ?)"
        where, params = plan.where(on_sampled_day)
        rows = db.execute(
            f"SELECT {key} FROM {source} WHERE {where}", [*params, days.step, days.start % days.step]
        )
        return [row[0] for row in rows]
    ranges = [(0, _FIRST_DATED_KEY)] + [(day << DAY_SHIFT, (day + 1) << DAY_SHIFT) for day in days]
    where, params = plan.where(f"{key} >= s.lo", f"{key} < s.hi", key=f"+{key}")
    values = ", ".join("(?, ?)" for _ in ranges)
    rows = db.execute(
        f"WITH sample(lo, hi) AS (VALUES {values}) "
        f"SELECT {key} FROM sample s CROSS JOIN {source} WHERE {where}",
        [*(bound for pair in ranges for bound in pair), *params],
    )
    return [row[0] for row in rows]


def _rounded(facet: FacetCount) -> FacetCount:
    """The count to two significant figures: 12,352 → 12,000."""
    if facet.count < 100:
        return facet
    unit = 10 ** (floor(log10(facet.count)) - 1)
    return FacetCount(facet.value, facet.label, round(facet.count / unit) * unit)
