"""The command line as users script it: exit codes, JSON fields, one-line errors, help on every verb."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import click
import pytest

from helpers.cli import run_cli as run
from press_archive.cli import main


def _commands(group: click.Group, prefix: str = "") -> list[tuple[str, click.Command]]:
    found = []
    for name, command in group.commands.items():
        found.append((prefix + name, command))
        if isinstance(command, click.Group):
            found.extend(_commands(command, prefix + name + " "))
    return found


@pytest.mark.parametrize("name,command", _commands(main), ids=lambda value: str(value))
def test_every_command_and_option_has_help(name: str, command: click.Command) -> None:
    assert command.help, f"command {name!r} has no help text"
    for param in command.params:
        if isinstance(param, click.Option) and not param.hidden:
            assert param.help, f"option {param.opts} of {name!r} has no help text"


def test_import_prints_a_summary(tmp_path: Path, seeds_dir: Path) -> None:
    code, out, _err = run(tmp_path / "a.db", "import", str(seeds_dir))
    assert code == 0
    assert "3 files read, 0 skipped as unchanged, 11 items new, 3 seen again, 0 failed" in out


def test_import_with_a_failing_file_exits_1_and_names_it(db: Path, tmp_path: Path) -> None:
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    missing = tmp_path / "nowhere.html"
    code, out, err = run(db, "import", str(bad), str(missing))
    assert code == 1
    assert "2 failed" in out
    assert f"error: {bad}: " in err and "empty" in err
    assert f"error: {missing}: " in err


def test_search_json_has_the_documented_fields(db: Path) -> None:
    code, out, _err = run(db, "search", "Geneva", "--format", "json")
    assert code == 0
    (hit,) = json.loads(out)
    assert {"id", "date", "title", "language", "kind", "snippet", "score"} <= hit.keys()
    assert hit["date"] == "2025-12-05"
    assert hit["language"] == "en" and hit["kind"] == "teaser"
    assert "Geneva" in hit["snippet"]


def test_search_filters_by_date_and_language(db: Path) -> None:
    code, out, _err = run(db, "search", "CSTO", "--from", "2026-01-01", "--format", "json", "--limit", "50")
    assert code == 0
    dates = [hit["date"] for hit in json.loads(out)]
    assert dates and all(date >= "2026-01-01" for date in dates)
    code, out, _err = run(db, "search", "CSTO", "--lang", "ru", "--format", "json")
    assert (code, json.loads(out)) == (0, [])


def test_search_csv_has_a_header_and_a_row_per_hit(db: Path) -> None:
    code, out, _err = run(db, "search", "Masadykov", "--format", "csv")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("id,date,title")
    assert len(lines) >= 2


def test_bad_query_is_one_line_on_stderr(db: Path) -> None:
    code, out, err = run(db, "search", '"open quote')
    assert code != 0
    assert out == ""
    assert "open quote" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_show_prints_the_item_with_its_sightings(db: Path) -> None:
    _code, out, _err = run(db, "search", "Sahand", "--format", "json")
    item_id = json.loads(out)[0]["id"]
    code, out, _err = run(db, "show", item_id[:6], "--format", "json")
    assert code == 0
    item = json.loads(out)
    assert item["id"] == item_id
    assert len(item["sightings"]) == 2
    code, out, _err = run(db, "show", item_id)
    assert code == 0 and "seen on 2 page(s)" in out


def test_show_unknown_id_is_a_clear_error(db: Path) -> None:
    code, _out, err = run(db, "show", "ffffffffffff")
    assert code == 1
    assert "ffffffffffff: no item with this id" in err


def test_stats_of_an_empty_archive_says_so(tmp_path: Path) -> None:
    """It printed "None to None"."""
    code, out, _err = run(tmp_path / "new.db", "stats")
    assert code == 0
    assert out.startswith("empty archive") and "None" not in out


def test_stats_json(db: Path) -> None:
    code, out, _err = run(db, "stats", "--format", "json")
    assert code == 0
    stats = json.loads(out)
    assert stats["items"] == 11 and stats["sources"] == 3
    assert stats["by_language"] == {"en": 11}
    assert (stats["first_date"], stats["last_date"]) == ("2025-06-26", "2026-02-13")
    assert set(stats["by_year"]) == {"2025", "2026"}


def test_foreign_database_is_a_one_line_error(tmp_path: Path) -> None:
    path = tmp_path / "not-a-db.db"
    path.write_text("hello")
    code, _out, err = run(path, "stats")
    assert code == 1
    assert f"{path}: not a Press Archive database" in err


@pytest.mark.slow
def test_installed_entry_point_runs(tmp_path: Path, seeds_dir: Path) -> None:
    """The console script users type, not just the click object."""
    command = [sys.executable, "-m", "press_archive", "--db", str(tmp_path / "e.db")]
    done = subprocess.run([*command, "import", str(seeds_dir)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    version = subprocess.run([*command, "--version"], capture_output=True, text=True, check=False)
    assert version.stdout.startswith("press-archive, version ")
