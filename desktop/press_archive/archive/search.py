"""The one search function: the GUI, the CLI and the tests all come through here.

A search is three separate questions, each asked only when wanted, so the GUI can paint the first
page at once and fill in the rest after: the page of hits (`limit` > 0), the total
(`with_total`), and the facets (`with_facets`). Sorted by date, the page walks the index in rowid
order and stops after `limit` rows; snippets and the as-typed check run on that page only.
"""

from __future__ import annotations

import time
from typing import Any

import sqlite_utils

from press_archive.archive.as_typed import matched_as_typed
from press_archive.archive.concepts import Concepts
from press_archive.archive.facet_estimate import estimate_facets
from press_archive.archive.facets import count_facets
from press_archive.archive.plan import SearchPlan, plan_request
from press_archive.archive.query import ParsedQuery
from press_archive.archive.reading import parse_date
from press_archive.archive.snippets import make_snippet
from press_archive.importer.titles import first_sentence
from press_archive.model import FacetCount, Kind, Language, SearchHit, SearchRequest, SearchResult, SortOrder

#: bm25 weights of the FTS columns (title, body, title_stem, body_stem, names): a word in the title
#: counts ten times one in the body; a match as typed also matches its stem, so it always outscores
#: a match by stem only, and a spelling variant (names) counts least of all.
BM25_WEIGHTS = (10.0, 1.0, 4.0, 0.4, 0.3)
#: The columns `hit_from_row` reads, followed by a score.
HIT_COLUMNS = "i.date_key, i.id, i.date, i.title, i.title_derived, i.language, i.kind, i.body"


def _cursor(request: SearchRequest, by_key: bool) -> tuple[str | None, int]:
    """(key condition, offset) for the page asked for: after a cursor, or at an offset."""
    if request.cursor is None:
        return None, request.offset
    kind, _, value = request.cursor.partition(":")
    if kind == "k" and by_key and value.lstrip("-").isdigit():
        newest_first = request.sort is not SortOrder.OLDEST
        return ("{key} < " if newest_first else "{key} > ") + str(int(value)), 0
    if kind == "o" and not by_key and value.isdigit():
        return None, int(value)
    raise ValueError(f"{request.cursor!r} is not a cursor of a search sorted by {request.sort.value}")


def is_ranked(plan: SearchPlan, request: SearchRequest) -> bool:
    """Whether the hits are ordered by score: sorted by relevance with text to match. Such a search
    has no key to continue a page from, only an offset."""
    return plan.match is not None and request.sort is SortOrder.RELEVANCE


def hit_order(plan: SearchPlan, request: SearchRequest) -> tuple[str, str]:
    """(score expression, ORDER BY template) of a search's hits: the one definition of their order.

    The template names the item key `{key}` and the score `{score}`, so a query that selects them
    under other names orders its rows exactly as the search does. Only a ranked search has a score.
    """
    ranked = is_ranked(plan, request)
    score = f"-bm25(items_fts, {', '.join(str(weight) for weight in BM25_WEIGHTS)})" if ranked else "0.0"
    order = {
        SortOrder.OLDEST: "{key} ASC",
        SortOrder.NEWEST: "{key} DESC",
        SortOrder.RELEVANCE: "{score} DESC, {key} DESC" if ranked else "{key} DESC",
    }[request.sort]
    return score, order


def _page(
    db: sqlite_utils.Database, parsed: ParsedQuery, plan: SearchPlan, request: SearchRequest
) -> tuple[list[SearchHit], str | None]:
    ranked = is_ranked(plan, request)
    key = plan.key_column
    after, offset = _cursor(request, by_key=not ranked)
    where, params = plan.where(*([after] if after else []))
    score, order = hit_order(plan, request)
    # The page's keys are chosen first, reading no more of each match than the conditions need,
    # and only those rows are read whole: ranking a common word would otherwise read every
    # matching item's body just to sort it away.
    matches = plan.source(plan.needs_items, facet_columns_only=True)
    page_keys = (
        f"SELECT {key} AS key, {score} AS score FROM {matches} WHERE {where} "
        f"ORDER BY {order.format(key=key, score='score')} LIMIT ? OFFSET ?"
    )
    page_order = order.format(key="page.key", score="page.score")
    rows = db.execute(
        f"SELECT {HIT_COLUMNS}, page.score FROM ({page_keys}) AS page "
        f"CROSS JOIN items i ON i.date_key = page.key ORDER BY {page_order}",
        (*params, request.limit, offset),
    ).fetchall()
    hits = [hit_from_row(row, parsed) for row in rows]
    if len(rows) < request.limit:
        return hits, None
    return hits, f"o:{offset + len(rows)}" if ranked else f"k:{rows[-1][0]}"


def hit_from_row(row: tuple[Any, ...], parsed: ParsedQuery | None = None) -> SearchHit:
    """A hit from a row of HIT_COLUMNS and a score; with no query, the snippet is the item's lead."""
    _key, item_id, date, title, derived, language, kind, body, score = row
    terms = parsed.terms if parsed else ()
    return SearchHit(
        item_id=item_id,
        date=parse_date(date),
        title=title,
        title_derived=bool(derived),
        language=Language(language),
        kind=Kind(kind),
        # A teaser's title is its first sentence (cut with "…" when long): the snippet goes on from there.
        snippet=make_snippet(body, terms, shown=first_sentence(body.split("\n\n", 1)[0]) if derived else ""),
        score=float(score),
        via_variant=parsed is not None and not matched_as_typed(parsed.root, title, body),
    )


def count_matches(db: sqlite_utils.Database, plan: SearchPlan) -> int:
    where, params = plan.where()
    matches = plan.source(plan.needs_items, facet_columns_only=True)
    return int(db.execute(f"SELECT count(*) FROM {matches} WHERE {where}", params).fetchone()[0])


def search(db: sqlite_utils.Database, request: SearchRequest, concepts: Concepts) -> SearchResult:
    """Run a search; raises `QueryError` for a query that cannot be understood, and only that."""
    started = time.perf_counter()
    planned = plan_request(request, concepts)
    parsed, plan = planned.parsed, planned.plan
    hits: list[SearchHit] = []
    next_cursor = None
    if request.limit > 0:
        hits, next_cursor = _page(db, parsed, plan, request)
    facets: dict[str, tuple[FacetCount, ...]] = {}
    estimated = False
    if request.with_facets:
        estimate = estimate_facets(db, plan) if request.estimate_facets else None
        facets, estimated = (estimate, True) if estimate is not None else (count_facets(db, plan), False)
    return SearchResult(
        request=request,
        hits=tuple(hits),
        total=count_matches(db, plan) if request.with_total else None,
        parsed_query=parsed.display,
        elapsed_ms=(time.perf_counter() - started) * 1000,
        facets=facets,
        next_cursor=next_cursor,
        facets_estimated=estimated,
        also_searched=planned.also_searched,
    )
