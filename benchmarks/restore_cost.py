"""`python -m benchmarks.restore_cost`: restoring many small notes for items the archive lacks.

An empty archive gets a backup of 5,000, 20,000 and 50,000 short notes restored into it (none of
their items are in it, as on a new machine before its import), then a second backup with other
text for the same items, which the restore merges into each note (every note replaced, so every
note's row of the full-text index is found and rewritten). The time per note should not grow with
the count. Prints the table and writes `benchmarks/results/restore-cost-<date>.json`."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import tempfile
import time
from pathlib import Path

from benchmarks.machine import print_and_write
from press_archive.archive import Archive
from press_archive.archive.userdata.backup import BACKUP_FORMAT, BACKUP_VERSION

RESULTS_DIR = Path(__file__).resolve().parent / "results"
COUNTS = (5_000, 20_000, 50_000)


def _notes_document(count: int, text: str) -> str:
    """A backup of `count` notes on items no archive holds, each a short sentence with its number."""
    notes = [{"item": f"{number:016x}", "text": f"{text} {number}."} for number in range(count)]
    return json.dumps({"format": BACKUP_FORMAT, "version": BACKUP_VERSION, "notes": notes})


def _measure(folder: Path, count: int) -> dict[str, float]:
    archive = Archive(folder / f"archive-{count}.db")
    try:
        timings = {}
        for step, text in (("restore_s", "Minsk summit talks, note"), ("merge_s", "Checked again, note")):
            document = _notes_document(count, text)
            start = time.perf_counter()
            report = archive.user.restore_text(document, "benchmark notes")
            timings[step] = time.perf_counter() - start
            if len(report.missing_items) != count:
                missing = len(report.missing_items)
                raise SystemExit(f"expected {count:,} missing items, the restore reported {missing:,}")
        return {"notes": count, **timings}
    finally:
        archive.close(backups_kept=None)


def _per_note(run: dict[str, float], step: str) -> str:
    return f"{run[step] / run['notes'] * 1e6:.0f} µs"


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.restore_cost", description=__doc__)
    parser.add_argument("--results", type=Path, default=RESULTS_DIR, help="folder for the JSON results")
    parser.add_argument("--counts", type=int, nargs="+", default=COUNTS, help="numbers of notes to restore")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        runs = [_measure(Path(scratch), count) for count in arguments.counts]
    today = dt.date.today().isoformat()
    lines = [
        f"Press Archive restore cost, {today}: short notes for items the archive lacks.",
        "",
        "| notes | restore | per note | restore again, each note merged | per note |",
        "|--:|--:|--:|--:|--:|",
        *(
            f"| {run['notes']:,.0f} | {run['restore_s']:.2f} s | {_per_note(run, 'restore_s')} "
            f"| {run['merge_s']:.2f} s | {_per_note(run, 'merge_s')} |"
            for run in runs
        ),
    ]
    print_and_write(lines, arguments.results, "restore-cost", runs)


if __name__ == "__main__":
    main()
