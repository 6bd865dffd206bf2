"""`press-archive import`: pages, folders and zips into the archive, with a summary of what happened."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

import click

from press_archive.archive.import_lock import ImportRunning, describe_holder
from press_archive.cli.app import ArchiveContext, main, pass_archive
from press_archive.cli.progress import Pace, changed_on_site
from press_archive.cli.rebuilding import print_trace
from press_archive.importer.discover import PAGE_SUFFIXES, ZIP_SUFFIX, iter_documents
from press_archive.importer.errors import PageError
from press_archive.importer.pipeline import explain_document
from press_archive.importer.webarchive import WACZ_SUFFIX, WARC_SUFFIXES
from press_archive.model import ImportReport

_CONTAINERS = (ZIP_SUFFIX, WACZ_SUFFIX, *WARC_SUFFIXES)


def count_documents(paths: Iterable[Path]) -> int | None:
    """How many documents importing `paths` reads, when a walk of names can tell: pages named or in
    folders (hidden ones skipped, as the import skips them). None once a zip or a web archive is
    among them: what they hold is known only by reading them, which the import itself does."""
    count = 0
    for path in paths:
        if not path.is_dir():
            if path.name.lower().endswith(_CONTAINERS):
                return None
            count += 1  # a file named is read whatever its extension (a missing one is an error)
            continue
        for _folder, folders, files in os.walk(path):
            for name in _visible(folders, files):
                lowered = name.lower()
                if lowered.endswith(_CONTAINERS):
                    return None
                if Path(lowered).suffix in PAGE_SUFFIXES:
                    count += 1
    return count


def _visible(folders: list[str], files: list[str]) -> list[str]:
    folders[:] = [folder for folder in folders if not folder.startswith(".")]  # os.walk skips them
    return [name for name in files if not name.startswith(".")]


def _progress_line(pace: Pace) -> Callable[[int, str], None]:
    def show(done: int, name: str) -> None:
        """One status line on the terminal, rewritten per document."""
        line = f"Importing: {pace.describe(done, 'documents')} · {Path(name).name[:50]}"
        click.echo(f"\r\033[K{line}", nl=False, err=True)

    return show


def _wait(holder: int | None, no_wait: bool) -> bool:
    """Say at once that another import holds the archive; wait for it unless told not to."""
    if not no_wait:
        click.echo(f"{describe_holder(holder)} is running into this archive; waiting for it…", err=True)
    return not no_wait


def print_report(report: ImportReport) -> None:
    click.echo(
        f"{report.files_read} files read, {report.files_skipped} skipped as unchanged, "
        f"{report.items_new} items new, {report.items_seen_again} seen again"
        f"{changed_on_site(report.items_changed)}, "
        f"{len(report.failures)} failed"
    )
    for failure in report.failures:
        click.echo(f"error: {failure.source}: {failure.reason}", err=True)


@main.command("import")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    help="Processes that read pages while this one stores them (default: one per spare core; "
    "1 reads them here).",
)
@click.option(
    "--explain",
    is_flag=True,
    help="Import nothing: print how each page is cut into items, with the rule behind each boundary, "
    "title and date (line numbers are of the page's text; for HTML, of the text read from it).",
)
@click.option(
    "--no-wait",
    is_flag=True,
    help="Stop at once, with status 1, when another import is running into the archive "
    "(by default this one says so and waits for it to finish).",
)
@pass_archive
def import_command(
    context: ArchiveContext, paths: tuple[Path, ...], jobs: int | None, explain: bool, no_wait: bool
) -> None:
    """Import saved pages (.txt, .html), folders of them (recursively) and .zip files.

    Unchanged files are skipped; a file that cannot be read is reported and the others go on.
    Exits with status 1 if any file failed.
    """
    if explain:
        _explain(paths)
        return
    archive = context.open()
    on_terminal = sys.stderr.isatty()
    progress = _progress_line(Pace(count_documents(paths))) if on_terminal else None
    try:
        report = archive.import_paths(paths, progress, jobs, lambda holder: _wait(holder, no_wait))
    except ImportRunning as error:
        raise click.ClickException(f"{error.path}: {error.reason}; stopped (--no-wait)") from error
    if on_terminal:
        click.echo("\r\033[K", nl=False, err=True)
    print_report(report)
    if not report.ok:
        raise SystemExit(1)


def _explain(paths: tuple[Path, ...]) -> None:
    failed = False
    for document in iter_documents(paths):
        try:
            if isinstance(document, PageError):
                raise document  # a file that could not be read: reported as one that cannot be split
            print_trace(document.source, explain_document(document))
        except PageError as error:
            click.echo(f"error: {error.source}: {error.reason}", err=True)
            failed = True
    if failed:
        raise SystemExit(1)
