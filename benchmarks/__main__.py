"""`python -m benchmarks`: generate (or reuse) a corpus, import it, measure, print, save.

One run measures everything side by side on the same data and machine: the real import against
the raw floor, every query class against bare FTS5, the window, memory and size on disk. The
table goes to stdout and every figure to `benchmarks/results/<date>-<size>.json`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.corpus import CORPORA_DIR, SIZES, generate, pages_dir
from benchmarks.import_profile import ceiling, profile_import, profile_table
from benchmarks.machine import describe_code, describe_machine
from benchmarks.measure_import import build_raw_floor, files_bytes, run_cli_import
from benchmarks.measure_search import measure_search
from benchmarks.measure_window import measure_window
from benchmarks.queries import query_set
from benchmarks.report import checks_as_json, render

RESULTS_DIR = Path(__file__).resolve().parent / "results"
#: The query the window is relaunched with: a word in most items, ranked, the slowest first page.
COMMON_QUERY = "security"


def _say(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def _load() -> list[float]:
    """The 1, 5 and 15 minute load averages: other work on the machine skews every figure."""
    return [round(value, 2) for value in os.getloadavg()]


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--size", choices=sorted(SIZES), default="10k", help="distinct items in the corpus")
    parser.add_argument("--quick", action="store_true", help="the same as --size 10k")
    parser.add_argument("--seed", type=int, default=1, help="corpus seed (default 1)")
    parser.add_argument("--repeats", type=int, default=7, help="timed runs of each query's first page")
    parser.add_argument(
        "--count-repeats", type=int, default=3, help="timed runs of each total and facet count"
    )
    parser.add_argument(
        "--scroll-seconds",
        type=float,
        default=300.0,
        help="time allowed to scroll the whole list (default 300)",
    )
    parser.add_argument("--skip-window", action="store_true", help="do not open the window")
    parser.add_argument("--results", type=Path, default=RESULTS_DIR, help="folder for the JSON results")
    return parser.parse_args()


def run(arguments: argparse.Namespace) -> dict[str, Any]:
    size = "10k" if arguments.quick else arguments.size
    load_before = _load()
    code = describe_code()  # before the run: the code measured is the code that was there when it started
    _say(f"corpus: {size} items, seed {arguments.seed} (generated once, then cached)")
    corpus = generate(SIZES[size], arguments.seed)
    work = CORPORA_DIR / "runs" / f"{size}-seed{arguments.seed}"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    archive_path, raw_path = work / "archive.db", work / "raw.db"
    _say(f"import: {corpus.pages:,} pages through the command line")
    imported = run_cli_import(corpus, archive_path, work / "import.log")
    _say(f"import: {imported['items_per_second']} items/s; raw floor next")
    raw = build_raw_floor(archive_path, raw_path)
    _say(f"raw floor: {raw['items_per_second']} items/s; profiling the import's stages")
    profile = profile_import(pages_dir(corpus))
    profile["ceiling_items_per_second"] = ceiling(profile, os.cpu_count() or 1)
    _say("searching")
    search = measure_search(archive_path, raw_path, query_set(), arguments.repeats, arguments.count_repeats)
    window = []
    if not arguments.skip_window:
        _say("window: launch on the full list, then scroll it")
        window.append(measure_window(archive_path, work, "all", "", arguments.scroll_seconds))
        _say(f'window: launch with the last query "{COMMON_QUERY}"')
        window.append(measure_window(archive_path, work, "common", COMMON_QUERY, 0))
    items = int(imported["items_stored"])  # type: ignore[call-overload]
    disk = {
        "archive_bytes": files_bytes(archive_path),
        "raw_bytes": files_bytes(raw_path),
        "corpus_bytes": corpus.bytes,
        "archive_mb_per_1000": round(files_bytes(archive_path) / 1e6 / items * 1000, 3),
        "raw_mb_per_1000": round(files_bytes(raw_path) / 1e6 / items * 1000, 3),
    }
    corpus_figures = {
        "size": size, "items": corpus.items, "pages": corpus.pages, "sightings": corpus.sightings,
        "html_pages": corpus.html_pages, "bytes": corpus.bytes, "seed": corpus.seed,
    }  # fmt: skip
    return {
        "date": dt.date.today().isoformat(),
        "machine": {**describe_machine(), "load_average_before": load_before, "load_average_after": _load()},
        "code": code,
        "corpus": corpus_figures,
        "import": imported,
        "raw_floor": raw,
        "import_profile": profile,
        "search": search,
        "window": window,
        "disk": disk,
    }


def main() -> None:
    arguments = _arguments()
    results = run(arguments)
    results["targets"] = checks_as_json(results)
    print(render(results))
    print("\n" + "\n".join(profile_table(results["import_profile"], results["machine"]["cores"])))
    arguments.results.mkdir(parents=True, exist_ok=True)
    path = arguments.results / f"{results['date']}-{results['corpus']['size']}.json"
    path.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    _say(f"results written to {path}")


if __name__ == "__main__":
    main()
