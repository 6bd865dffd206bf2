"""`press-archive tags`: list, rename, merge, colour and delete tags."""

from __future__ import annotations

import json

import click

from press_archive.cli.app import ArchiveContext, main, pass_archive
from press_archive.cli.userdata.common import FORMAT_OPTION, confirm, items_count, reported, user_data


@main.group("tags", invoke_without_command=True)
@click.pass_context
def tags_group(ctx: click.Context) -> None:
    """List tags (the default), rename, merge, colour or delete them."""
    if ctx.invoked_subcommand is None:
        ctx.invoke(tags_list)


@tags_group.command("list")
@FORMAT_OPTION
@pass_archive
def tags_list(context: ArchiveContext, output: str) -> None:
    """List every tag with its colour and the number of items carrying it."""
    tags = user_data(context).tags()
    if output == "json":
        records = [{"name": tag.name, "color": tag.color, "count": tag.count} for tag in tags]
        click.echo(json.dumps(records, ensure_ascii=False, indent=2))
        return
    for tag in tags:
        click.echo(f"{tag.count:6}  {tag.name}" + (f"  {tag.color}" if tag.color else ""))


@tags_group.command("rename")
@click.argument("old")
@click.argument("new")
@pass_archive
def tags_rename(context: ArchiveContext, old: str, new: str) -> None:
    """Rename tag OLD to NEW on every item. To fold it into an existing tag, use `tags merge`."""
    with reported():
        user_data(context).rename_tag(old, new)
    click.echo(f"tag {old!r} renamed to {new!r}")


@tags_group.command("merge")
@click.argument("names", nargs=-1, required=True, metavar="NAME...")
@click.option("--into", required=True, metavar="TARGET", help="The tag the items keep (created if new).")
@pass_archive
def tags_merge(context: ArchiveContext, names: tuple[str, ...], into: str) -> None:
    """Give every item carrying one of the tags NAME... the tag TARGET, then delete those tags."""
    with reported():
        gained = user_data(context).merge_tags(names, into)
    click.echo(f"merged {len(names)} tag(s) into {into!r}; {items_count(len(gained))} gained it")


@tags_group.command("color")
@click.argument("name")
@click.argument("color", metavar="#RRGGBB|none")
@pass_archive
def tags_color(context: ArchiveContext, name: str, color: str) -> None:
    """Set the colour a tag is shown in (as #rrggbb), or clear it with `none`."""
    with reported():
        user_data(context).set_tag_color(name, None if color.lower() == "none" else color)
    click.echo(f"tag {name!r}: colour {color}")


@tags_group.command("delete")
@click.argument("name")
@click.option("--yes", is_flag=True, help="Delete without asking.")
@pass_archive
def tags_delete(context: ArchiveContext, name: str, yes: bool) -> None:
    """Delete a tag from every item that carries it."""
    confirm(context, "Delete this tag from every item?", yes)
    with reported():
        removed = user_data(context).delete_tag(name)
    click.echo(f"tag {name!r} deleted from {items_count(len(removed))}")
