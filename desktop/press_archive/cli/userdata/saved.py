"""`press-archive saved`: named queries, checked when saved and run like `press-archive search`."""

from __future__ import annotations

import json

import click

from press_archive.archive import QueryError
from press_archive.archive.userdata import UserDataError
from press_archive.cli.app import ArchiveContext, main, pass_archive
from press_archive.cli.searching import LIMIT_OPTION, RESULTS_FORMAT_OPTION, SORT_OPTION, search_command
from press_archive.cli.userdata.common import FORMAT_OPTION, reported, user_data
from press_archive.model import SearchRequest


@main.group("saved")
def saved_group() -> None:
    """Saved searches: list, add, delete, run."""


@saved_group.command("list")
@FORMAT_OPTION
@pass_archive
def saved_list(context: ArchiveContext, output: str) -> None:
    """List the saved searches with their queries."""
    searches = user_data(context).saved_searches()
    if output == "json":
        records = [{"name": entry.name, "query": entry.query} for entry in searches]
        click.echo(json.dumps(records, ensure_ascii=False, indent=2))
        return
    for entry in searches:
        click.echo(f"{entry.name}: {entry.query}")


@saved_group.command("add")
@click.argument("name")
@click.argument("query")
@click.option("--replace", is_flag=True, help="Replace the query of a saved search of the same name.")
@pass_archive
def saved_add(context: ArchiveContext, name: str, query: str, replace: bool) -> None:
    """Save QUERY under NAME. The query is checked first, so a saved search always runs."""
    archive = context.open()
    try:
        archive.search(SearchRequest(query=query, limit=1, with_total=False))
    except QueryError as error:
        reason = f"{error.reason} at character {error.position + 1}"
        raise click.ClickException(f"query {query!r}: {reason}") from error
    taken = {entry.name.casefold() for entry in archive.user.saved_searches()}
    with reported():
        if not replace and name.strip().casefold() in taken:
            raise UserDataError(f"saved search {name!r}", "exists already; give --replace to change it")
        archive.user.save_search(name, query)
    click.echo(f"saved search {name!r}: {query}")


@saved_group.command("delete")
@click.argument("name")
@pass_archive
def saved_delete(context: ArchiveContext, name: str) -> None:
    """Delete a saved search."""
    with reported():
        deleted = user_data(context).delete_saved_search(name)
    click.echo(f"saved search {deleted.name!r} deleted (it was: {deleted.query})")


@saved_group.command("run")
@click.argument("name")
@SORT_OPTION
@LIMIT_OPTION
@RESULTS_FORMAT_OPTION
@pass_archive
def saved_run(context: ArchiveContext, name: str, sort: str, limit: int, output: str) -> None:
    """Run a saved search, printing its results as `press-archive search` does."""
    with reported():
        entry = user_data(context).saved_search(name)
    ctx = click.get_current_context()
    ctx.invoke(search_command, query=(entry.query,), sort=sort, limit=limit, output=output)
