"""`python -m benchmarks.edit_cost`: what one edit from the command line costs as the user data grows.

An archive of the seed pages gets notes of 1 MB, 10 MB and 100 MB in all, one on each item (written
in one transaction, as a restore writes them). Then one tag is added two ways: as the command line
did before, the edit followed by the automatic backup written before the command ends; and with the
command line itself (`press-archive tag ID --add …`, in-process), whose backup is written by a
process of its own. The table shows both, and when that detached backup had landed. Then two tags
are added back to back with the command line, the second while the first one's backup is still
being written: how long each command took, and when both backups had landed. Prints the table and
writes `benchmarks/results/edit-cost-<date>.json`."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import tempfile
import time
from pathlib import Path

from click.testing import CliRunner

from benchmarks.machine import print_and_write
from press_archive.archive import Archive
from press_archive.archive.location import bundled_seeds_dir
from press_archive.archive.userdata.backup import BACKUP_FORMAT, BACKUP_VERSION
from press_archive.cli import main as cli_main

RESULTS_DIR = Path(__file__).resolve().parent / "results"
SIZES_MB = (1, 10, 100)
#: The sentence notes are made of, varied so that the notes' full-text index has work of a realistic kind.
SENTENCE = "Minsk summit talks on the security treaty, Moscow and Yerevan exercises, a council delegation. "


def _notes_document(item_ids: list[str], megabytes: int) -> str:
    """A backup document holding notes of `megabytes` in all, one on each item."""
    per_note = megabytes * 1_000_000 // len(item_ids)
    text = (SENTENCE * (per_note // len(SENTENCE) + 1))[:per_note]
    notes = [{"item": item_id, "text": text, "updated_at": "2026-12-01T00:00:00Z"} for item_id in item_ids]
    return json.dumps({"format": BACKUP_FORMAT, "version": BACKUP_VERSION, "notes": notes})


def _measure(folder: Path, megabytes: int) -> dict[str, float]:
    path = folder / f"archive-{megabytes}mb.db"
    archive = Archive(path)
    archive.import_paths([bundled_seeds_dir()])
    item_ids = [hit.item_id for hit in archive.search("").hits]
    start = time.perf_counter()
    archive.user.restore_text(_notes_document(item_ids, megabytes), "benchmark notes")
    fill_s = time.perf_counter() - start
    archive.close(backups_kept=None)

    start = time.perf_counter()
    archive = Archive(path)
    archive.user.tag(item_ids[:1], "before")
    archive.close()  # what the command line did: the backup written before the command ends
    before_s = time.perf_counter() - start

    start = time.perf_counter()
    after_s = _tag(path, item_ids[0], "after")
    landed_s = _backups_landed(path, start)

    start = time.perf_counter()
    first_s = _tag(path, item_ids[0], "first")
    second_s = _tag(path, item_ids[0], "second")  # the first one's backup is being written
    both_landed_s = _backups_landed(path, start)
    return {
        "notes": len(item_ids),
        "fill_s": fill_s,
        "before_s": before_s,
        "after_s": after_s,
        "backup_landed_s": landed_s,
        "first_s": first_s,
        "second_s": second_s,
        "both_landed_s": both_landed_s,
    }


def _tag(path: Path, item_id: str, name: str) -> float:
    """`press-archive tag ID --add NAME`, in-process; how long the command took (seconds)."""
    start = time.perf_counter()
    result = CliRunner().invoke(cli_main, ["--db", str(path), "tag", item_id, "--add", name])
    if result.exit_code != 0:
        raise SystemExit(f"{path}: the tag command failed: {result.output}")
    return time.perf_counter() - start


def _backups_landed(path: Path, start: float) -> float:
    """Seconds from `start` until the backups under way are written."""
    archive = Archive(path)
    archive.user.automatic_backups()  # waits for the backups under way
    archive.close(backups_kept=None)
    return time.perf_counter() - start


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:,.0f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.edit_cost", description=__doc__)
    parser.add_argument("--results", type=Path, default=RESULTS_DIR, help="folder for the JSON results")
    parser.add_argument("--sizes", type=int, nargs="+", default=SIZES_MB, help="sizes of the notes, in MB")
    arguments = parser.parse_args()
    runs: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as scratch:
        for megabytes in arguments.sizes:
            runs[f"{megabytes} MB"] = _measure(Path(scratch), megabytes)
    today = dt.date.today().isoformat()
    lines = [
        f"Press Archive edit cost, {today}: one `tag ID --add` on the seed archive with notes of each size.",
        "",
        "| notes | before: edit + backup | now: the command | its backup landed after "
        "| two back to back: first | second | both backups landed after |",
        "|--:|--:|--:|--:|--:|--:|--:|",
        *(
            f"| {size} in {run['notes']:,.0f} | {_ms(run['before_s'])} | {_ms(run['after_s'])} "
            f"| {_ms(run['backup_landed_s'])} | {_ms(run['first_s'])} | {_ms(run['second_s'])} "
            f"| {_ms(run['both_landed_s'])} |"
            for size, run in runs.items()
        ),
    ]
    print_and_write(lines, arguments.results, "edit-cost", runs)


if __name__ == "__main__":
    main()
