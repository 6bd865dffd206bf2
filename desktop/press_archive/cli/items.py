"""`press-archive show` and `press-archive stats`: one item in full, and the archive in figures."""

from __future__ import annotations

import datetime as dt
import json

import click

from press_archive.archive import ItemNotFound
from press_archive.archive.word_diff import PARAGRAPH, Change, word_diff
from press_archive.cli.app import FORMAT_OPTION, ArchiveContext, main, pass_archive
from press_archive.model import Item, ItemVersion


def _moment(moment: dt.datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def _seen(version: ItemVersion) -> str:
    if version.first_seen is None:
        return "on a page saved by hand (no capture time)"
    first, last = f"{version.first_seen:%Y-%m-%d %H:%M:%S} UTC", f"{version.last_seen:%Y-%m-%d %H:%M:%S} UTC"
    return f"captured {first}" if first == last else f"captured {first} to {last}"


def _marked_diff(old: ItemVersion, new: ItemVersion) -> str:
    """The word diff as wdiff marks it: [-removed-] {+added+}, readable without colour."""
    marks = {Change.SAME: "{}", Change.REMOVED: "[-{}-]", Change.ADDED: "{{+{}+}}"}
    text = ""
    for part in word_diff(f"{old.title}\n\n{old.text}", f"{new.title}\n\n{new.text}"):
        words = part.text
        breaks = PARAGRAPH if words.startswith(PARAGRAPH) else " " if text else ""
        text = text.rstrip(" ") + breaks + marks[part.change].format(words.removeprefix(PARAGRAPH))
    return text


def _print_versions(item: Item) -> None:
    if not item.changed_on_site:
        click.echo("the site never changed this item: one version")
        return
    total = len(item.versions)
    for number, version in enumerate(item.versions, start=1):
        state = " (shown)" if version.current else ""
        click.secho(f"version {number} of {total}{state}, {_seen(version)}", bold=True)
        if number == 1:
            click.echo(version.title)
            click.echo()
            click.echo(version.text)
        else:
            click.echo(_marked_diff(item.versions[number - 2], version))
        click.echo()


@main.command("show")
@click.argument("item_id")
@click.option("--versions", is_flag=True, help="Print every text the site showed for it, with its changes.")
@FORMAT_OPTION
@pass_archive
def show_command(context: ArchiveContext, item_id: str, versions: bool, output: str) -> None:
    """Show one item in full, with every page it was seen on. ITEM_ID may be a unique prefix."""
    try:
        item = context.open().item(item_id)
    except ItemNotFound as error:
        raise click.ClickException(str(error)) from error
    if output == "json":
        record = {
            "id": item.id,
            "date": item.date.isoformat() if item.date else None,
            "date_source": item.date_source.value,
            "title": item.title,
            "title_derived": item.title_derived,
            "language": item.language.value,
            "kind": item.kind.value,
            "body": list(item.body),
            "attachments": list(item.attachments),
            "lead_of": item.lead_of,
            "sightings": [
                {
                    "source": s.source,
                    "position": s.position,
                    "kind": s.kind.value,
                    "url": s.url,
                    "captured_at": _moment(s.captured_at),
                }
                for s in item.sightings
            ],
            "versions": [
                {
                    "version_id": v.version_id,
                    "current": v.current,
                    "title": v.title,
                    "date": v.date.isoformat() if v.date else None,
                    "body": list(v.body),
                    "first_seen": _moment(v.first_seen),
                    "last_seen": _moment(v.last_seen),
                }
                for v in item.versions
            ],
        }
        click.echo(json.dumps(record, ensure_ascii=False, indent=2))
        return
    date = item.date.isoformat() if item.date else "undated"
    click.secho(item.title, bold=True)
    click.echo(
        f"{date} (date from {item.date_source.value}) · {item.language.value} · {item.kind.value} · {item.id}"
    )
    if item.lead_of:
        click.echo(f"lead of article {item.lead_of}")
    if versions:
        click.echo()
        _print_versions(item)
        return
    if item.changed_on_site:
        changed = item.versions[-1].first_seen
        when = f" on {changed:%Y-%m-%d}" if changed else ""
        click.echo(f"changed on the site{when}: {len(item.versions)} versions kept (--versions prints them)")
    click.echo()
    for paragraph in item.body:
        click.echo(click.wrap_text(paragraph, width=100, preserve_paragraphs=False))
        click.echo()
    for name in item.attachments:
        click.echo(f"attachment: {name}")
    click.echo(f"seen on {len(item.sightings)} page(s):")
    for sighting in item.sightings:
        where = f"{sighting.source} #{sighting.position + 1} ({sighting.kind.value})"
        captured = f" captured {sighting.captured_at:%Y-%m-%d %H:%M:%S} UTC" if sighting.captured_at else ""
        click.echo(f"  {where}" + (f" {sighting.url}" if sighting.url else "") + captured)


@main.command("stats")
@FORMAT_OPTION
@pass_archive
def stats_command(context: ArchiveContext, output: str) -> None:
    """Count the items and pages in the archive, by language and by year."""
    stats = context.open().stats()
    record = {
        "items": stats.items,
        "sources": stats.sources,
        "by_language": stats.by_language,
        "by_year": stats.by_year,
        "first_date": stats.first_date.isoformat() if stats.first_date else None,
        "last_date": stats.last_date.isoformat() if stats.last_date else None,
    }
    if output == "json":
        click.echo(json.dumps(record, ensure_ascii=False, indent=2))
        return
    if not stats.items:
        click.echo("empty archive: no items yet; add pages with press-archive import")
        return
    click.echo(
        f"{stats.items} items from {stats.sources} pages, {record['first_date']} to {record['last_date']}"
    )
    click.echo("by language: " + ", ".join(f"{k} {v}" for k, v in stats.by_language.items()))
    click.echo("by year: " + ", ".join(f"{k} {v}" for k, v in stats.by_year.items()))
