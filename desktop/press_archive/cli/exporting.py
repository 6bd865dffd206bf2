"""`press-archive export`: the selected items into a file for a spreadsheet, notes, citations or a report."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import click

from press_archive.cli.app import ArchiveContext, main, pass_archive
from press_archive.cli.params import Choice
from press_archive.cli.searching import sort_option
from press_archive.exporters import (
    FORMATS,
    CollectionSelection,
    ExportError,
    IdSelection,
    QuerySelection,
    Selection,
    TagSelection,
    export_items,
)
from press_archive.model import SearchRequest, SortOrder

_ID_SEPARATORS = re.compile(r"[\s,]+")


def _show_progress(done: int, total: int) -> None:
    click.echo(f"\r\033[KExporting: {done}/{total} items", nl=False, err=True)


def _list_formats() -> None:
    width = max(len(name) for name in FORMATS)
    for fmt in FORMATS.values():
        click.echo(f"{fmt.name:<{width}}  {fmt.suffix or 'folder':<7} {fmt.label}: {fmt.description}")


def _given_ids(ids: tuple[str, ...], more_ids: tuple[str, ...]) -> tuple[str, ...]:
    """`--ids a b c`: the first value is the option's, the others come as arguments; `-` reads standard
    input. Separated by spaces, commas or new lines, as a script or `search --format csv` gives them."""
    if more_ids and not ids:
        raise click.UsageError(f"unexpected argument {more_ids[0]!r}: item ids go after --ids")
    values = [sys.stdin.read() if value == "-" else value for value in (*ids, *more_ids)]
    return tuple(found for value in values for found in _ID_SEPARATORS.split(value) if found)


def _selection(
    query: str | None, sort: str, ids: tuple[str, ...], tag: str | None, collection: str | None
) -> Selection:
    given = [
        name
        for name, value in (("--query", query), ("--ids", ids), ("--tag", tag), ("--collection", collection))
        if value
    ]
    if len(given) > 1:
        raise click.UsageError(f"give one selection, not {' and '.join(given)}")
    if ids:
        return IdSelection(ids)
    if tag is not None:
        return TagSelection(tag)
    if collection is not None:
        return CollectionSelection(collection)
    return QuerySelection(SearchRequest(query=query or "", sort=SortOrder(sort)))


@main.command("export")
@click.argument("more_ids", nargs=-1, metavar="")
@click.option(
    "--format",
    "format_name",
    type=Choice(list(FORMATS)),
    metavar="FMT",
    help="Format of the file; --list-formats shows them all.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(allow_dash=True, path_type=Path),
    help="File to write (a folder for the obsidian format); - writes to standard output.",
)
@click.option("--query", "-q", help="Export every result of this search (default: the whole archive).")
@sort_option("Order of the items of a --query export.")
@click.option(
    "--ids",
    multiple=True,
    metavar="ID...",
    help="Export these items in this order: ids or unique prefixes (--ids a b c, or separated by "
    "commas); --ids - reads them from standard input.",
)
@click.option("--tag", help="Export the items carrying this tag, newest first.")
@click.option("--collection", help="Export the items of this collection, in its order.")
@click.option("--with-user-data", is_flag=True, help="Add each item's tags, star and note.")
@click.option(
    "--raw-cells",
    is_flag=True,
    help="CSV: keep cells starting with = + - @ as they are (for scripts); by default they get a "
    "leading ' so that a spreadsheet never runs them as formulas.",
)
@click.option("--force", is_flag=True, help="Replace the file (or notes folder) if it exists.")
@click.option("--list-formats", is_flag=True, help="List the export formats and exit.")
@pass_archive
def export_command(
    context: ArchiveContext,
    more_ids: tuple[str, ...],
    format_name: str | None,
    output: Path | None,
    query: str | None,
    sort: str,
    ids: tuple[str, ...],
    tag: str | None,
    collection: str | None,
    with_user_data: bool,
    raw_cells: bool,
    force: bool,
    list_formats: bool,
) -> None:
    """Export items to a file other programs open: CSV, Excel, JSON, Markdown, BibTeX, RIS, CSL-JSON,
    an HTML or a PDF report.

    The file is written whole or not at all (Ctrl+C leaves nothing behind), and an existing file is
    only replaced with --force, never a device or a pipe.
    """
    if list_formats:
        _list_formats()
        return
    if format_name is None or output is None:
        raise click.UsageError("--format and -o/--output are needed (see --list-formats)")
    selection = _selection(query, sort, _given_ids(ids, more_ids), tag, collection)
    progress = _show_progress if sys.stderr.isatty() else None
    to_stdout = str(output) == "-"
    target = sys.stdout.buffer if to_stdout else output
    try:
        count = export_items(
            context.open(),
            selection,
            format_name,
            target,
            with_user_data=with_user_data,
            raw_cells=raw_cells,
            force=force,
            progress=progress,
        )
    except ExportError as error:
        raise click.ClickException(f"{error.target}: {error.reason}") from error
    finally:
        if progress is not None:
            click.echo("\r\033[K", nl=False, err=True)
    where = "standard output" if to_stdout else output
    click.echo(f"{count} item{'' if count == 1 else 's'} exported to {where} ({format_name})", err=to_stdout)
