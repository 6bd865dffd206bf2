"""The `press-archive` command group: options every verb shares, and how errors reach the user."""

from __future__ import annotations

import signal
import sqlite3
from contextlib import closing
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from types import FrameType
from typing import Any

import click

from press_archive.archive import Archive, ArchiveError, default_db_path
from press_archive.archive.location import DB_ENV_VAR
from press_archive.archive.userdata.errors import BackupError
from press_archive.cli.params import Choice


def program_version() -> str:
    try:
        return version("press-archive")
    except PackageNotFoundError:
        return "unknown"


class ArchiveContext:
    """The archive path from `--db`, opened only by the verbs that need it."""

    def __init__(self, db_path: Path | None) -> None:
        self.db_path = db_path or default_db_path()
        self._archive: Archive | None = None

    def open(self) -> Archive:
        if self._archive is None:
            try:
                self._archive = Archive(self.db_path)
            except ArchiveError as error:
                raise click.ClickException(f"{error.path}: {error.reason}") from error
        return self._archive

    def close(self) -> None:
        """Close the archive; a failed automatic backup is worth a warning, not a traceback."""
        if self._archive is not None:
            try:
                self._archive.close(detach_backup=True)
            except BackupError as error:
                click.echo(f"warning: {error}", err=True)


pass_archive = click.make_pass_decorator(ArchiveContext)

#: `--format text|json`, as every command that prints a record offers it.
FORMAT_OPTION = click.option(
    "--format",
    "output",
    type=Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Plain text for reading, or JSON for scripts.",
)


class ArchiveGroup(click.Group):
    """Damage SQLite finds only when a command reads the damaged part of the file is reported in one
    line, as a file refused on opening is, not as a traceback; so is a change refused by a read-only
    archive."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except ArchiveError as error:
            raise click.ClickException(str(error)) from error
        except sqlite3.DatabaseError as error:
            if type(error) not in (sqlite3.DatabaseError, sqlite3.OperationalError):
                raise  # IntegrityError and the like: a bug of ours, not a problem of the file
            context = ctx.find_object(ArchiveContext)
            path = context.db_path if context else "the archive"
            raise click.ClickException(f"{path}: {_problem(error)}") from error


def _problem(error: sqlite3.DatabaseError) -> str:
    if isinstance(error, sqlite3.OperationalError):  # locked for too long, disk full, I/O error
        return str(error)
    return (
        f"the archive file is damaged ({error}); restore it from a backup copy, "
        "or import the pages again into a new archive (--db NEW.db)"
    )


def _exit_on_terminate(signum: int, _frame: FrameType | None) -> None:
    """SIGTERM ends a command the way Ctrl+C does, through every cleanup on the way out: the
    temporary file of a half-written export or backup is removed, an open transaction rolled back."""
    raise SystemExit(128 + signum)


@click.group(
    cls=ArchiveGroup, invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]}
)
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help=f"Archive file to use (default: ${DB_ENV_VAR}, else archive.db in the user data directory).",
)
@click.version_option(program_version(), "-V", "--version", prog_name="press-archive")
@click.pass_context
def main(ctx: click.Context, db_path: Path | None) -> None:
    """Browse and search an archive of press releases. With no command, opens the window."""
    context = ctx.with_resource(closing(ArchiveContext(db_path)))
    ctx.obj = context
    if ctx.invoked_subcommand not in (None, "open"):  # the window ends as a window does
        signal.signal(signal.SIGTERM, _exit_on_terminate)
    elif ctx.invoked_subcommand is None:
        from press_archive.ui.launch import run_gui

        ctx.exit(run_gui(context.db_path))
