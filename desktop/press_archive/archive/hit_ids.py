"""A search's hits named by id: stretches of ids in the search's order, and the hits of given ids.

What `HitList` reads when it needs ids rather than hits: the ids of rows never shown (a "select
all" over a million rows, a shift-click far down), read by a query naming only the id column, so
no snippet is made and no body is read; and a ranked search's whole order, read once, after which
its pages are read here by id instead of ranking every match again at each offset.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence

import sqlite_utils

from press_archive.archive.concepts import Concepts
from press_archive.archive.plan import plan_request
from press_archive.archive.query import parse_query
from press_archive.archive.search import HIT_COLUMNS, hit_from_row, hit_order
from press_archive.model import SearchHit, SearchRequest


def _ordered_ids(request: SearchRequest, concepts: Concepts) -> tuple[str, list[object]]:
    """SQL naming the id of every hit, in the order the search gives them, and its parameters."""
    plan = plan_request(request, concepts).plan
    score, order = hit_order(plan, request)
    where, params = plan.where()
    ordering = order.format(key=plan.key_column, score=score)
    return f"SELECT i.id FROM {plan.source()} WHERE {where} ORDER BY {ordering}", params


def hit_ids(
    db: sqlite_utils.Database, request: SearchRequest, concepts: Concepts, offset: int, limit: int
) -> list[str]:
    """The ids of hits `offset` to `offset + limit - 1` of the request's search (its own paging ignored)."""
    sql, params = _ordered_ids(request, concepts)
    return [row[0] for row in db.execute(f"{sql} LIMIT ? OFFSET ?", (*params, limit, offset))]


def hit_id_numbers(db: sqlite_utils.Database, request: SearchRequest, concepts: Concepts) -> array[int]:
    """Every hit's id in the search's order, each as the 64-bit number its 16 hex digits write.

    Eight bytes a hit, built row by row: a million hits never exist as a million strings.
    """
    sql, params = _ordered_ids(request, concepts)
    return array("Q", (int(row[0], 16) for row in db.execute(sql, params)))


def hits_of(db: sqlite_utils.Database, request: SearchRequest, item_ids: Sequence[str]) -> list[SearchHit]:
    """The hits of these items for the request's query (snippets and all), in the order given.

    Their `score` is 0.0: the order they are asked for in stands for it.
    """
    parsed = parse_query(request.query)
    marks = ", ".join("?" for _ in item_ids)
    rows = db.execute(f"SELECT {HIT_COLUMNS}, 0.0 FROM items i WHERE i.id IN ({marks})", list(item_ids))
    by_id = {hit.item_id: hit for hit in (hit_from_row(row, parsed) for row in rows)}
    return [by_id[item_id] for item_id in item_ids if item_id in by_id]
