"""The command line run in-process, as the CLI tests drive it."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from press_archive.cli import main


def run_cli(db: Path, *args: str, stdin: str | None = None) -> tuple[int, str, str]:
    """`press-archive --db DB ARGS…`: the exit code, standard output and standard error."""
    result = CliRunner().invoke(main, ["--db", str(db), *args], input=stdin, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr
