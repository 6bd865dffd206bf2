"""Search latency per query class: `Archive.search` against bare FTS5 on the same data and machine.

For each query: the first page as the window first asks for it (50 hits with snippets, no total,
no facets) ranked by relevance and sorted newest first; the raw floor (`MATCH ... ORDER BY bm25
LIMIT 50` with `snippet()`); and, separately, the total count and the facets. The facets are
timed twice: as the window first asks for them ("facets": estimated from a sample for a search
with many hits, see `facet_estimate`) and counted over every hit ("exact facets", what the window
shows next and the command line prints). Every query runs once unmeasured first, so all figures
are for a warm cache, as in a session of searching.

"On screen" is when the window paints a first page. The window fetches the ranked and the
newest-first page together, on two threads, and shows the ranked page if it comes within its wait
(`PROVISIONAL_AFTER_MS`), else whichever comes first of the ranked page and the newest-first page
(held to the end of the wait). It is timed the same way, the two searches started together on two
threads, so they compete for the processor as they do in the window.
"""

from __future__ import annotations

import math
import sqlite3
import time
from collections import defaultdict
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path

from benchmarks.queries import QueryCase
from press_archive.archive import Archive
from press_archive.model import SearchRequest, SortOrder
from press_archive.ui.search_session import PROVISIONAL_AFTER_MS

PAGE = 50
RAW_PAGE_SQL = (
    "SELECT i.date_key, i.title, snippet(items_fts, 1, '[', ']', '…', 24) "
    "FROM items_fts JOIN items i ON i.date_key = items_fts.rowid WHERE items_fts MATCH ?{range} "
    "ORDER BY bm25(items_fts, 10.0, 1.0) LIMIT ?"
)


def percentile(samples: list[float], share: float) -> float:
    """Nearest-rank percentile: the smallest sample at or above `share` of them."""
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def _timed(call: Callable[[], object], repeats: int) -> list[float]:
    call()
    samples = []
    for _ in range(repeats):
        started = time.perf_counter()
        call()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def _raw_call(raw: sqlite3.Connection, case: QueryCase) -> Callable[[], object]:
    sql = RAW_PAGE_SQL.format(
        range=" AND items_fts.rowid >= ? AND items_fts.rowid < ?" if case.raw_key_range else ""
    )
    params = (case.raw_match, *(case.raw_key_range or ()), PAGE)
    return lambda: raw.execute(sql, params).fetchall()


def on_screen_ms(ranked_ms: float, newest_ms: float) -> float:
    """When the window paints a first page, given when each page came (see the module's docstring)."""
    if ranked_ms <= PROVISIONAL_AFTER_MS:
        return ranked_ms
    return min(ranked_ms, max(PROVISIONAL_AFTER_MS, newest_ms))


def _timed_on_screen(archive: Archive, query: str, repeats: int) -> list[float]:
    ranked = SearchRequest(query, limit=PAGE, with_total=False)
    newest = replace(ranked, sort=SortOrder.NEWEST)
    with ThreadPoolExecutor(2) as pool:

        def together() -> float:
            started = time.perf_counter()

            def done_ms(request: SearchRequest) -> float:
                archive.search(request)
                return (time.perf_counter() - started) * 1000

            ranked_done, newest_done = pool.submit(done_ms, ranked), pool.submit(done_ms, newest)
            return on_screen_ms(ranked_done.result(), newest_done.result())

        together()
        return [together() for _ in range(repeats)]


def _summary(samples: list[float]) -> dict[str, float] | None:
    if not samples:
        return None
    return {"p50_ms": round(percentile(samples, 0.5), 2), "p95_ms": round(percentile(samples, 0.95), 2)}


def measure_search(
    archive_path: Path, raw_path: Path, cases: list[QueryCase], repeats: int, count_repeats: int
) -> dict[str, dict[str, object]]:
    """Per query class: p50/p95 of each figure, and per query its hit count and medians."""
    samples: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    queries: dict[str, list[dict[str, object]]] = defaultdict(list)
    with Archive(archive_path) as archive, sqlite3.connect(raw_path) as raw:

        def asking(request: SearchRequest) -> Callable[[], object]:
            return lambda: archive.search(request)

        for case in cases:
            query = case.query
            facets = SearchRequest(query, limit=0, with_total=False, with_facets=True)
            figures = {
                "relevance": _timed(asking(SearchRequest(query, limit=PAGE, with_total=False)), repeats),
                "newest": _timed(
                    asking(SearchRequest(query, SortOrder.NEWEST, limit=PAGE, with_total=False)), repeats
                ),
                "raw": _timed(_raw_call(raw, case), repeats) if case.raw_match else [],
                "total": _timed(asking(SearchRequest(query, limit=0)), count_repeats),
                "facets": _timed(asking(replace(facets, estimate_facets=True)), count_repeats),
                "exact_facets": _timed(asking(facets), count_repeats),
            }
            figures["on_screen"] = _timed_on_screen(archive, query, repeats)
            for name, values in figures.items():
                samples[case.query_class][name].extend(values)
            total = archive.search(SearchRequest(case.query, limit=0)).total
            queries[case.query_class].append(
                {
                    "query": case.query,
                    "raw_match": case.raw_match,
                    "hits": total,
                    **{
                        f"{name}_p50_ms": round(percentile(values, 0.5), 2)
                        for name, values in figures.items()
                        if values
                    },
                }
            )
    return {
        query_class: {
            **{name: _summary(values) for name, values in by_figure.items()},
            "queries": queries[query_class],
        }
        for query_class, by_figure in samples.items()
    }
