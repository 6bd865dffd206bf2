"""The issue's targets, checked against one run's figures, and the run printed as Markdown tables.

The targets are stated for a million items; smaller runs are held to the same numbers, which they
should meet with room to spare.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from benchmarks.queries import SELECTIVE_CLASSES

IMPORT_RATIO = 0.5  # of the raw floor's items/s
IMPORT_STRETCH = 20_000  # items/s
SELECTIVE_P95_MS = 30.0
SELECTIVE_RAW_RATIO = 1.2
FIRST_PAGE_MS = 100.0
FACETS_MS = 150.0
FIRST_RESULTS_SECONDS = 1.5
PEAK_RSS_MB = 400.0


@dataclass(frozen=True)
class Check:
    figure: str
    target: str
    met: bool | None  # None: not measured

    @property
    def status(self) -> str:
        return "n/a" if self.met is None else "PASS" if self.met else "MISS"


def _mb(mib: object) -> float | None:
    return round(float(mib) * 1.048576, 1) if isinstance(mib, int | float) else None


def _p95(figures: dict[str, Any], name: str) -> float | None:
    summary = figures.get(name)
    return summary["p95_ms"] if summary else None


def check_targets(results: dict[str, Any]) -> list[Check]:
    imported, raw = results["import"], results["raw_floor"]
    ratio = imported["items_per_second"] / raw["items_per_second"]
    checks = [
        Check("import throughput", f"≥ {IMPORT_RATIO}× raw floor", ratio >= IMPORT_RATIO),
        Check(
            "import throughput (stretch)",
            f"≥ {IMPORT_STRETCH:,} items/s",
            imported["items_per_second"] >= IMPORT_STRETCH,
        ),
        Check(
            "import peak RSS", f"≤ {PEAK_RSS_MB:.0f} MB", (_mb(imported["peak_rss_mib"]) or 0) <= PEAK_RSS_MB
        ),
    ]
    for query_class, figures in results["search"].items():
        first_page = _p95(figures, "relevance")
        on_screen = _p95(figures, "on_screen")
        checks.append(
            Check(
                f"first page on screen p95, {query_class}",
                f"≤ {FIRST_PAGE_MS:.0f} ms",
                on_screen is not None and on_screen <= FIRST_PAGE_MS,
            )
        )
        if query_class in SELECTIVE_CLASSES:
            raw_p95 = _p95(figures, "raw")
            fast = first_page is not None and first_page <= SELECTIVE_P95_MS
            close = (
                first_page is not None and raw_p95 is not None and first_page <= SELECTIVE_RAW_RATIO * raw_p95
            )
            checks.append(
                Check(
                    f"selective p95, {query_class}",
                    f"≤ {SELECTIVE_P95_MS:.0f} ms and ≤ {SELECTIVE_RAW_RATIO}× raw",
                    fast and close,
                )
            )
        facets = _p95(figures, "facets")
        checks.append(
            Check(
                f"facets shown first p95, {query_class}",
                f"≤ {FACETS_MS:.0f} ms",
                facets is not None and facets <= FACETS_MS,
            )
        )
    for run in results.get("window", []):
        seconds = run.get("first_results_seconds")
        label = f'first results on screen after launch, query "{run["query"]}"'
        checks.append(
            Check(
                label,
                f"≤ {FIRST_RESULTS_SECONDS} s",
                None if seconds is None else seconds <= FIRST_RESULTS_SECONDS,
            )
        )
        peak = _mb(run.get("process_peak_rss_mib"))
        checks.append(
            Check(
                f'window peak RSS, query "{run["query"]}"',
                f"≤ {PEAK_RSS_MB:.0f} MB",
                None if peak is None else peak <= PEAK_RSS_MB,
            )
        )
    return checks


def _pair(figures: dict[str, Any], name: str) -> str:
    summary = figures.get(name)
    return f"{summary['p50_ms']:.1f} / {summary['p95_ms']:.1f}" if summary else "–"


def _median_hits(figures: dict[str, Any]) -> str:
    hits = sorted(query["hits"] for query in figures["queries"])
    return f"{hits[len(hits) // 2]:,}" if hits else "–"


def _status(checks: dict[str, Check], figure: str) -> str:
    check = checks.get(figure)
    return check.status if check else "–"


SEARCH_HEADER = (
    "| query class | hits (median) | on screen p50 / p95 ms | ranked page p50 / p95 ms "
    "| raw bm25 p50 / p95 ms | ×raw p95 "
    "| newest first p95 ms | total p50 ms | facets shown first p50 / p95 ms | exact facets p50 / p95 ms "
    "| on screen ≤ 100 ms "
    "| selective ≤ 30 ms, ≤ 1.2× raw | facets ≤ 150 ms |"
)


def search_table(results: dict[str, Any], checks: dict[str, Check]) -> list[str]:
    lines = [SEARCH_HEADER, "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|:-:|:-:|:-:|"]
    for query_class, figures in results["search"].items():
        page, raw = _p95(figures, "relevance"), _p95(figures, "raw")
        ratio = f"{page / raw:.2f}" if page is not None and raw else "–"
        total = figures.get("total")
        cells = [
            query_class,
            _median_hits(figures),
            _pair(figures, "on_screen"),
            _pair(figures, "relevance"),
            _pair(figures, "raw"),
            ratio,
            f"{_p95(figures, 'newest') or 0:.1f}",
            f"{total['p50_ms'] if total else 0:.1f}",
            _pair(figures, "facets"),
            _pair(figures, "exact_facets"),
            _status(checks, f"first page on screen p95, {query_class}"),
            _status(checks, f"selective p95, {query_class}"),
            _status(checks, f"facets shown first p95, {query_class}"),
        ]
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def _window_rows(results: dict[str, Any], checks: dict[str, Check]) -> list[str]:
    rows = []
    for run in results.get("window", []):
        query = run["query"]
        if "error" in run:
            rows.append(f'| window, query "{query}" | {run["error"]} | | | | n/a |')
            continue
        label = f'first results on screen after launch, query "{query}"'
        rows.append(
            f"| {label} | {run['first_results_seconds']} s | | | ≤ 1.5 s | {_status(checks, label)} |"
        )
        facets = run.get("facets_after_first_results_seconds")
        rows.append(f'| facets (≈ if estimated) shown after them, query "{query}" | {facets} s | | | – | – |')
        counts = run.get("counts_after_first_results_seconds")
        rows.append(f'| exact count and facets shown after them, query "{query}" | {counts} s | | | – | – |')
        if "scroll_rows" in run:
            bottom = "reached the bottom" if run["scroll_reached_bottom"] else "stopped before the bottom"
            total = run.get("total")
            reached = f"{run['scroll_rows']:,} of {total if total is not None else '?':,} rows"
            rows.append(
                f'| scroll the list top to bottom, query "{query}" '
                f"| {reached} in {run['scroll_seconds']} s ({bottom}) | | | – | – |"
            )
        peak = f'window peak RSS, query "{query}"'
        rows.append(
            f"| {peak} | {_mb(run['process_peak_rss_mib'])} MB | | | ≤ 400 MB | {_status(checks, peak)} |"
        )
    return rows


def summary_table(results: dict[str, Any], checks: dict[str, Check]) -> list[str]:
    imported, raw, disk = results["import"], results["raw_floor"], results["disk"]
    ratio = imported["items_per_second"] / raw["items_per_second"]
    throughput = f"{imported['items_per_second']:,.0f} items/s | {raw['items_per_second']:,.0f} items/s"
    statuses = f"{_status(checks, 'import throughput')} / {_status(checks, 'import throughput (stretch)')}"
    import_rss = f"{_mb(imported['peak_rss_mib'])} MB"
    per_1000 = f"{disk['archive_mb_per_1000']} MB | {disk['raw_mb_per_1000']} MB"
    size_ratio = disk["archive_mb_per_1000"] / disk["raw_mb_per_1000"]
    return [
        "| figure | archive | raw floor | ratio | target | status |",
        "|---|--:|--:|--:|---|:-:|",
        f"| import throughput | {throughput} | {ratio:.2f}× | ≥ 0.5× raw; stretch 20,000/s | {statuses} |",
        f"| import time | {imported['seconds']} s | {raw['seconds']} s | | | |",
        f"| import peak RSS | {import_rss} | | | ≤ 400 MB | {_status(checks, 'import peak RSS')} |",
        *_window_rows(results, checks),
        f"| archive size per 1,000 items | {per_1000} | {size_ratio:.2f}× | – | – |",
    ]


def render(results: dict[str, Any]) -> str:
    """The whole run as Markdown: what it ran on, the figures, and the targets with PASS/MISS."""
    checks = {check.figure: check for check in check_targets(results)}
    machine, corpus = results["machine"], results["corpus"]
    head = (
        f"Press Archive benchmark, {results['date']}: {corpus['items']:,} items ({corpus['pages']:,} pages, "
        f"{corpus['sightings']:,} sightings, {corpus['html_pages']:,} HTML), seed {corpus['seed']}.\n"
        f"Machine: {machine['cpu']}, {machine['cores']} cores, {machine['ram_gib']} GiB RAM, "
        f"{machine['os']}, Python {machine['python']}, SQLite {machine['sqlite']}; load average "
        f"{machine.get('load_average_before')} before the run, {machine.get('load_average_after')} after."
    )
    code = results.get("code")
    if code:
        head += f"\nCode: commit {code['commit']} with {code['changed_files']} files changed on top."
    missed = [check for check in checks.values() if check.met is False]
    tail = f"{len(checks) - len(missed)} of {len(checks)} targets met" + (
        "; missed: " + "; ".join(f"{check.figure} ({check.target})" for check in missed) if missed else ""
    )
    return "\n".join(
        [head, "", *summary_table(results, checks), "", *search_table(results, checks), "", tail]
    )


def checks_as_json(results: dict[str, Any]) -> list[dict[str, object]]:
    return [{**asdict(check), "status": check.status} for check in check_targets(results)]
