"""`press-archive collection`: named, ordered sets of items."""

from __future__ import annotations

import json

import click

from press_archive.archive import Archive, ItemNotFound
from press_archive.cli.app import ArchiveContext, main, pass_archive
from press_archive.cli.userdata.common import (
    FORMAT_OPTION,
    confirm,
    items_count,
    read_item_ids,
    reported,
    user_data,
)


@main.group("collection")
def collection_group() -> None:
    """Named, ordered sets of items: list, create, add, remove, show, rename, delete."""


@collection_group.command("list")
@FORMAT_OPTION
@pass_archive
def collection_list(context: ArchiveContext, output: str) -> None:
    """List the collections with the number of items in each."""
    collections = user_data(context).collections()
    if output == "json":
        records = [{"name": c.name, "items": list(c.item_ids)} for c in collections]
        click.echo(json.dumps(records, ensure_ascii=False, indent=2))
        return
    for collection in collections:
        click.echo(f"{len(collection.item_ids):6}  {collection.name}")


@collection_group.command("create")
@click.argument("name")
@click.argument("item_ids", nargs=-1, metavar="[ID...]")
@pass_archive
def collection_create(context: ArchiveContext, name: str, item_ids: tuple[str, ...]) -> None:
    """Create a collection, holding the items given, in that order.

    ID may be a unique prefix of an item id; give - to read ids from stdin.
    """
    with reported():
        created = user_data(context).create_collection(name, read_item_ids(item_ids))
    click.echo(f"collection {created.name!r} created with {items_count(len(created.item_ids))}")


@collection_group.command("add")
@click.argument("name")
@click.argument("item_ids", nargs=-1, required=True, metavar="ID...")
@click.option(
    "--at",
    "position",
    type=click.IntRange(min=1),
    metavar="N",
    help="Insert at position N (1 is the first); by default at the end.",
)
@pass_archive
def collection_add(
    context: ArchiveContext, name: str, item_ids: tuple[str, ...], position: int | None
) -> None:
    """Add items to a collection; items already in it keep their place.

    ID may be a unique prefix of an item id; give - to read ids from stdin.
    """
    at = None if position is None else position - 1
    with reported():
        added = user_data(context).add_to_collection(name, read_item_ids(item_ids), at)
    click.echo(f"collection {name!r}: {items_count(len(added))} added")


@collection_group.command("remove")
@click.argument("name")
@click.argument("item_ids", nargs=-1, required=True, metavar="ID...")
@pass_archive
def collection_remove(context: ArchiveContext, name: str, item_ids: tuple[str, ...]) -> None:
    """Take items out of a collection (they stay in the archive).

    ID may be a unique prefix of an item id; give - to read ids from stdin.
    """
    with reported():
        removed = user_data(context).remove_from_collection(name, read_item_ids(item_ids))
    click.echo(f"collection {name!r}: {items_count(len(removed))} removed")


@collection_group.command("show")
@click.argument("name")
@FORMAT_OPTION
@pass_archive
def collection_show(context: ArchiveContext, name: str, output: str) -> None:
    """List a collection's items in order, with their dates and titles."""
    archive = context.open()
    with reported():
        collection = archive.user.collection(name)
    records = [_item_record(archive, item_id) for item_id in collection.item_ids]
    if output == "json":
        click.echo(json.dumps({"name": collection.name, "items": records}, ensure_ascii=False, indent=2))
        return
    for position, record in enumerate(records, start=1):
        click.echo(f"{position:4}. {record['id']} {record['date'] or 'undated   '} {record['title']}")


def _item_record(archive: Archive, item_id: str) -> dict[str, str | None]:
    try:
        item = archive.item(item_id)
    except ItemNotFound:
        return {"id": item_id, "date": None, "title": "(not in this archive; import its page to see it)"}
    return {"id": item.id, "date": item.date.isoformat() if item.date else None, "title": item.title}


@collection_group.command("rename")
@click.argument("old")
@click.argument("new")
@pass_archive
def collection_rename(context: ArchiveContext, old: str, new: str) -> None:
    """Rename collection OLD to NEW."""
    with reported():
        user_data(context).rename_collection(old, new)
    click.echo(f"collection {old!r} renamed to {new!r}")


@collection_group.command("delete")
@click.argument("name")
@click.option("--yes", is_flag=True, help="Delete without asking.")
@pass_archive
def collection_delete(context: ArchiveContext, name: str, yes: bool) -> None:
    """Delete a collection; its items stay in the archive."""
    confirm(context, "Delete this collection?", yes)
    with reported():
        deleted = user_data(context).delete_collection(name)
    click.echo(f"collection {deleted.name!r} deleted (it held {items_count(len(deleted.item_ids))})")
