"""Where a selective search's first page goes: the SQL, and building its hits in Python.

The SQL is FTS5 scoring every match with bm25 and reading the page's 50 rows; building the hits is
the snippets that light up stems and spelling variants, and the check whether the query matched as
typed. The split shows what is left to gain against the raw floor, whose bare query does neither.
Run it on an archive the benchmark built:

    python -m benchmarks.search_profile --db benchmarks/corpora/runs/1m-seed1/archive.db
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from benchmarks.measure_search import PAGE
from benchmarks.queries import SELECTIVE_CLASSES, QueryCase, query_set
from press_archive.archive import Archive
from press_archive.archive import search as search_module
from press_archive.archive.query import ParsedQuery
from press_archive.model import SearchHit, SearchRequest

REPEATS = 15


@contextmanager
def _timing_hits(spent: list[float]) -> Iterator[None]:
    """Every hit the search builds adds its seconds to `spent`, while inside."""
    build = search_module.hit_from_row

    def timed(row: tuple[Any, ...], parsed: ParsedQuery | None = None) -> SearchHit:
        started = time.perf_counter()
        try:
            return build(row, parsed)
        finally:
            spent.append(time.perf_counter() - started)

    search_module.hit_from_row = timed
    try:
        yield
    finally:
        search_module.hit_from_row = build


def profile_search(
    archive_path: Path, cases: list[QueryCase], repeats: int = REPEATS
) -> list[dict[str, Any]]:
    """Per query: its hits, and the medians of the first page, the hits built, and the rest (SQL)."""
    profiled = []
    spent: list[float] = []
    with Archive(archive_path) as archive, _timing_hits(spent):
        for case in cases:
            request = SearchRequest(case.query, limit=PAGE, with_total=False)
            archive.search(request)  # warm, as the benchmark's figures are
            pages, hits = [], []
            for _ in range(repeats):
                spent.clear()
                started = time.perf_counter()
                archive.search(request)
                pages.append((time.perf_counter() - started) * 1000)
                hits.append(sum(spent) * 1000)
            page, built = statistics.median(pages), statistics.median(hits)
            profiled.append(
                {
                    "query_class": case.query_class,
                    "query": case.query,
                    "hits": archive.search(SearchRequest(case.query, limit=0)).total,
                    "page_p50_ms": round(page, 2),
                    "hits_built_p50_ms": round(built, 2),
                    "sql_p50_ms": round(page - built, 2),
                }
            )
    return profiled


def profile_table(profiled: list[dict[str, Any]]) -> list[str]:
    lines = [
        "| class | query | hits | first page p50 ms | SQL (bm25, rows) ms | hits built (snippets) ms |",
        "|---|---|--:|--:|--:|--:|",
    ]
    for row in profiled:
        lines.append(
            f"| {row['query_class']} | {row['query']} | {row['hits']:,} | {row['page_p50_ms']:.1f} "
            f"| {row['sql_p50_ms']:.1f} | {row['hits_built_p50_ms']:.1f} |"
        )
    return lines


def main() -> None:
    raw_text = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=raw_text)
    parser.add_argument("--db", required=True, type=Path, help="an archive the benchmark built")
    parser.add_argument("--repeats", type=int, default=REPEATS)
    arguments = parser.parse_args()
    cases = [case for case in query_set() if case.query_class in SELECTIVE_CLASSES]
    print("\n".join(profile_table(profile_search(arguments.db, cases, arguments.repeats))))


if __name__ == "__main__":
    main()
