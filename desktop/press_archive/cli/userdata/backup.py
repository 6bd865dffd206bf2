"""`press-archive backup` and `restore`: all user data as one JSON document, and merged back in."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import click

from press_archive.archive.userdata import BackupError
from press_archive.archive.userdata.autobackup import backup_contents
from press_archive.archive.userdata.backup import dump_document, read_document
from press_archive.cli.app import ArchiveContext, main, pass_archive
from press_archive.cli.userdata.common import items_count, reported, user_data
from press_archive.model import RestoreReport


@main.command("backup")
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True, path_type=Path))
@click.option("--force", is_flag=True, help="Replace FILE if it exists.")
@pass_archive
def backup_command(context: ArchiveContext, file: Path, force: bool) -> None:
    """Write all tags, stars, notes, collections and saved searches to FILE as one JSON document.

    Give - to write to stdout. Read it back with `press-archive restore FILE`.
    """
    user = user_data(context)
    with reported():
        if str(file) == "-":
            click.echo(dump_document(user.backup_document()), nl=False)
            return
        if file.exists() and not force:
            raise BackupError(str(file), "exists already; give --force to replace it")
        user.backup(file)
    click.echo(f"user data backed up to {file}", err=True)


@main.command("restore")
@click.argument("file", required=False, type=click.Path(dir_okay=False, allow_dash=True, path_type=Path))
@click.option(
    "--list", "list_them", is_flag=True, help="List the automatic backups, newest first, and restore none."
)
@click.option(
    "--auto",
    "number",
    type=click.IntRange(min=1),
    help="Restore automatic backup N of `--list` (1 is the newest: the state as of the latest change).",
)
@pass_archive
def restore_command(context: ArchiveContext, file: Path | None, list_them: bool, number: int | None) -> None:
    """Merge a backup written by `press-archive backup` into the user data; nothing is removed.

    Give - to read from stdin. Notes of items this archive does not hold are kept, and listed.
    The automatic backups (taken as the user data changes) are listed by `--list` and restored by
    `--auto N`.
    """
    if sum((file is not None, list_them, number is not None)) != 1:
        raise click.UsageError("give one of FILE, --list or --auto N")
    user = user_data(context)
    with reported():
        if list_them:
            _print_automatic_backups(user.automatic_backups())
            return
        if number is not None:
            file = _automatic_backup(user.automatic_backups(), number)
        assert file is not None
        report = user.restore_text(sys.stdin.read(), "<stdin>") if str(file) == "-" else user.restore(file)
    _print_restore_report(report)


def _automatic_backup(backups: list[Path], number: int) -> Path:
    if number > len(backups):
        held = f"only {len(backups)}" if backups else "none"
        raise click.ClickException(f"no automatic backup {number}: there are {held} (see restore --list)")
    return backups[number - 1]


def _print_automatic_backups(backups: list[Path]) -> None:
    if not backups:
        click.echo("no automatic backups yet: one is taken once the user data changes")
    for number, path in enumerate(backups, start=1):
        taken = dt.datetime.fromtimestamp(path.stat().st_mtime).strftime("%Y-%m-%d %H:%M:%S")
        size = f"{path.stat().st_size / 1000:,.1f} kB"
        try:
            held = backup_contents(read_document(path)).describe()
        except BackupError as error:
            held = f"unreadable: {error.reason}"
        click.echo(f"{number:>3}  {taken}  {size:>10}  {held}  {path}")


def _print_restore_report(report: RestoreReport) -> None:
    click.echo(
        f"restored: {report.item_tags_added} tags on items, {report.stars_added} stars, "
        f"{report.notes_added} notes ({report.notes_merged} merged into a different note), "
        f"{report.collections_added} collections "
        f"({report.collection_items_added} items added to collections), "
        f"{report.saved_searches_added} saved searches"
    )
    for name in report.saved_searches_renamed:
        click.echo(f"saved search kept as {name!r}: its name was taken by a different query")
    if report.missing_items:
        click.echo(
            f"{items_count(len(report.missing_items))} not in this archive; their data was kept and "
            "shows again once their pages are imported:"
        )
        for item_id, title in report.missing_items.items():
            click.echo(f"  {item_id}  {title}")
