"""Facets of a search with many hits, estimated from a sample of its days in a fraction of the time.

Counting the facets of a word found in half of a million items joins half a million hits to their
dates, languages, kinds and names: seconds. The window wants them at once and exact soon after, so
it asks for an estimate first. Item keys are date-ordered, so one day is one range of keys, which
FTS5 and the items table seek to directly: the estimate reads the hits of one day in every 32
(and every undated hit), keeps at most `MAX_SAMPLED_HITS` of them, evenly spread, and counts each
for the hits it stands for. Months are left out, since a month holds a sampled day or two at best,
and counts are rounded to two significant figures, as precise as such a sample is.

A search with few hits is counted exactly instead: that is as fast, and its facets are final.
"""

from __future__ import annotations

import json
from math import ceil, floor, log10

import sqlite_utils

from press_archive.archive.facets import FROM_KEYS_UP_TO, sampled_facets
from press_archive.archive.plan import SearchPlan
from press_archive.archive.schema import DAY_SHIFT
from press_archive.model import FacetCount

#: A search with at most this many hits has its facets counted exactly, from its keys.
EXACT_UP_TO = FROM_KEYS_UP_TO
#: One day in this many is read. Each day is a seek per term of the query (more for a phrase),
#: about 0.1 ms at a million items.
SAMPLE_EVERY = 32
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
    sample = _sample(db, plan)
    if sample is None:
        return None
    days, sampled = sample
    thinning = max(1, ceil(len(sampled) / MAX_SAMPLED_HITS))

    def weight(key: str) -> str:
        return f"CASE WHEN {key} < {_FIRST_DATED_KEY} THEN {thinning} ELSE {thinning * days.step} END"

    facets = sampled_facets(db, sampled[::thinning], weight)
    return {group: tuple(_rounded(facet) for facet in values) for group, values in facets.items()}


def _sample(db: sqlite_utils.Database, plan: SearchPlan) -> tuple[range, list[int]] | None:
    """The sampled days and the keys of the hits undated or dated on one of them; None when the
    search has too few hits to estimate, or the archive spans too few days.

    A search for words first counts its hits, no further than `EXACT_UP_TO`: the index answers in
    a few milliseconds, and a rare word is then never sampled. A search that only filters is
    judged by its sample instead, since counting its hits reads the items table from end to end
    when they are few (140 ms for `lang:ru kind:article` at a million items), and a prefix search
    counts them in the one pass that reads its sample.
    """
    counted_first = plan.match is not None and not plan.has_prefix
    if counted_first and _hits_up_to(db, plan, EXACT_UP_TO + 1) <= EXACT_UP_TO:
        return None
    days = _sampled_days(db, SAMPLE_EVERY)
    if days is None:
        return None
    hits, sampled = _scanned_sample(db, plan, days) if plan.has_prefix else _sought_sample(db, plan, days)
    return (days, sampled) if hits > EXACT_UP_TO else None


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


def _sought_sample(db: sqlite_utils.Database, plan: SearchPlan, days: range) -> tuple[int, list[int]]:
    """The hits the sample stands for, and the keys of those undated or dated on one of `days`,
    each day read as one range of keys."""
    key = plan.key_column
    source = plan.source(plan.needs_items, facet_columns_only=True)
    ranges = [(0, _FIRST_DATED_KEY)] + [(day << DAY_SHIFT, (day + 1) << DAY_SHIFT) for day in days]
    where, params = plan.where(f"{key} >= s.lo", f"{key} < s.hi", key=f"+{key}")
    values = ", ".join("(?, ?)" for _ in ranges)
    keys = [
        row[0]
        for row in db.execute(
            f"WITH sample(lo, hi) AS (VALUES {values}) "
            f"SELECT {key} FROM sample s CROSS JOIN {source} WHERE {where}",
            [*(bound for pair in ranges for bound in pair), *params],
        )
    ]
    undated = sum(1 for sampled in keys if sampled < _FIRST_DATED_KEY)
    return undated + (len(keys) - undated) * days.step, keys


def _scanned_sample(db: sqlite_utils.Database, plan: SearchPlan, days: range) -> tuple[int, list[int]]:
    """Every hit counted, and the keys of those undated or dated on one of `days`, in one pass.

    FTS5 expands a prefix anew each time it is asked: once per day would be a hundred times.
    """
    key = plan.key_column
    source = plan.source(plan.needs_items, facet_columns_only=True)
    on_sampled_day = f"{key} < {_FIRST_DATED_KEY} OR ({key} >> {DAY_SHIFT}) % ? = ?"
    where, params = plan.where()
    hits, keys = db.execute(
        f"SELECT count(*), json_group_array({key}) FILTER (WHERE {on_sampled_day}) "
        f"FROM {source} WHERE {where}",
        [days.step, days.start % days.step, *params],
    ).fetchone()
    return int(hits), json.loads(keys) if keys else []


def _rounded(facet: FacetCount) -> FacetCount:
    """The count to two significant figures: 12,352 → 12,000."""
    if facet.count < 100:
        return facet
    unit = 10 ** (floor(log10(facet.count)) - 1)
    return FacetCount(facet.value, facet.label, round(facet.count / unit) * unit)
