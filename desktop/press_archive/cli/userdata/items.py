"""`press-archive tag`, `star` and `note`: the user's marks on single items, or on many at once."""

from __future__ import annotations

import sys

import click

from press_archive.cli.app import ArchiveContext, main, pass_archive
from press_archive.cli.userdata.common import items_count, read_item_ids, reported, user_data


@main.command("tag")
@click.argument("item_ids", nargs=-1, required=True, metavar="ID...")
@click.option("--add", "add", multiple=True, metavar="NAME", help="Give the items this tag (repeatable).")
@click.option("--remove", multiple=True, metavar="NAME", help="Take this tag off the items (repeatable).")
@pass_archive
def tag_command(
    context: ArchiveContext, item_ids: tuple[str, ...], add: tuple[str, ...], remove: tuple[str, ...]
) -> None:
    """Add tags to items, or remove them. A new tag is created on first use.

    ID may be a unique prefix of an item id; give - to read ids from stdin. Each tag is one
    transaction: if any id is unknown, nothing is changed.

    \b
    Example:
      press-archive tag 8bc6bb 139a0b --add "Iran talks" --remove draft
    """
    if not add and not remove:
        raise click.UsageError("give --add NAME or --remove NAME")
    ids = read_item_ids(item_ids)
    user = user_data(context)
    with reported():
        for name in add:
            added = user.tag(ids, name)
            had = len(ids) - len(added)
            click.echo(f"tag {name!r}: added to {items_count(len(added))} ({had} had it already)")
        for name in remove:
            removed = user.untag(ids, name)
            click.echo(f"tag {name!r}: removed from {items_count(len(removed))}")


@main.command("star")
@click.argument("item_ids", nargs=-1, required=True, metavar="ID...")
@click.option("--remove", is_flag=True, help="Take the star off instead.")
@pass_archive
def star_command(context: ArchiveContext, item_ids: tuple[str, ...], remove: bool) -> None:
    """Star items (or unstar them with --remove), to find them again with is:starred.

    ID may be a unique prefix of an item id; give - to read ids from stdin.
    """
    with reported():
        changed = user_data(context).star(read_item_ids(item_ids), starred=not remove)
    click.echo(f"{'unstarred' if remove else 'starred'} {items_count(len(changed))}")


@main.command("note")
@click.argument("item_id", metavar="ID")
@click.option(
    "--set",
    "text",
    metavar="TEXT",
    help='Replace the note with TEXT (Markdown); "-" reads it from stdin, "" deletes the note.',
)
@pass_archive
def note_command(context: ArchiveContext, item_id: str, text: str | None) -> None:
    """Print an item's note, or replace it with --set. ID may be a unique prefix of an item id."""
    user = user_data(context)
    with reported():
        if text is None:
            note = user.note(item_id)
            if note:
                click.echo(note, nl=not note.endswith("\n"))
            else:
                click.echo(f"{item_id}: no note", err=True)
            return
        if text == "-":
            text = sys.stdin.read()
        user.set_note(item_id, text)
    click.echo(f"{item_id}: note {'saved' if text.strip() else 'deleted'}")
