"""`python -m benchmarks.import_speed`: this checkout's import beside another's, on the same corpus.

A machine shared with other work is noisy: a run can take a third longer than the one before. So
the two checkouts are timed alternately, several rounds, each import a real `press-archive import`
into a fresh archive, and the medians are compared. `--baseline DIR` is the `desktop/` folder of the
other checkout (make one with `git worktree add /tmp/before <commit>`). Prints a table and writes
`benchmarks/results/import-speed-<date>.json`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.corpus import generate, pages_dir
from benchmarks.machine import describe_code, describe_machine

RESULTS_DIR = Path(__file__).resolve().parent / "results"
SOURCE_DIR = Path(__file__).resolve().parent.parent / "desktop"


def _import_once(source: Path, pages: Path, jobs: int) -> tuple[float, float, int]:
    """(wall seconds, processor seconds of the import and its workers, archive bytes)."""
    with tempfile.TemporaryDirectory() as folder:
        archive = Path(folder) / "archive.db"
        environment = {**os.environ, "PYTHONPATH": str(source)}
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                "-m",
                "press_archive",
                "--db",
                str(archive),
                "import",
                "--jobs",
                str(jobs),
                str(pages),
            ],
            env=environment,
            check=True,
            capture_output=True,
        )
        wall = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        processor = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        return wall, processor, archive.stat().st_size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", type=Path, required=True, help="the other checkout's desktop/ folder")
    parser.add_argument("--items", type=int, default=10_000, help="distinct items in the corpus")
    parser.add_argument("--rounds", type=int, default=6, help="imports of each checkout, alternating")
    parser.add_argument("--jobs", type=int, default=2, help="the import's --jobs")
    parser.add_argument("--results", type=Path, default=RESULTS_DIR, help="folder for the JSON results")
    arguments = parser.parse_args()
    pages = pages_dir(generate(arguments.items, 1))
    runs: dict[str, list[tuple[float, float, int]]] = {"baseline": [], "this checkout": []}
    for _round in range(arguments.rounds):
        runs["baseline"].append(_import_once(arguments.baseline, pages, arguments.jobs))
        runs["this checkout"].append(_import_once(SOURCE_DIR, pages, arguments.jobs))
    figures = {
        name: {
            "wall_s_median": statistics.median(run[0] for run in timed),
            "cpu_s_median": statistics.median(run[1] for run in timed),
            "items_per_s": arguments.items / statistics.median(run[0] for run in timed),
            "archive_bytes": timed[-1][2],
        }
        for name, timed in runs.items()
    }
    ratio = figures["this checkout"]["items_per_s"] / figures["baseline"]["items_per_s"]
    print(
        f"Import of {arguments.items:,} items, {arguments.rounds} alternating rounds, --jobs {arguments.jobs}"
    )
    print("| checkout | wall s (median) | processor s (median) | items/s | archive MB |")
    print("|---|--:|--:|--:|--:|")
    for name, values in figures.items():
        print(
            f"| {name} | {values['wall_s_median']:.2f} | {values['cpu_s_median']:.2f} | "
            f"{values['items_per_s']:,.0f} | {values['archive_bytes'] / 1e6:.1f} |"
        )
    print(f"throughput: {ratio:.2f}× the baseline's")
    arguments.results.mkdir(parents=True, exist_ok=True)
    path = arguments.results / f"import-speed-{dt.date.today().isoformat()}.json"
    record = {
        "machine": describe_machine(),
        "code": describe_code(),
        "baseline": str(arguments.baseline),
        "figures": figures,
        "throughput_ratio": ratio,
    }
    path.write_text(json.dumps(record, indent=2), encoding="utf-8")
    print(f"results written to {path}")


if __name__ == "__main__":
    main()
