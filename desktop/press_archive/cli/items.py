"""`press-archive show` and `press-archive stats`: one item in full, and the archive in figures."""

from __future__ import annotations

import json

import click

from press_archive.archive import ItemNotFound
from press_archive.cli.app import ArchiveContext, main, pass_archive
from press_archive.cli.params import Choice


@main.command("show")
@click.argument("item_id")
@click.option(
    "--format",
    "output",
    type=Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Plain text for reading, or JSON for scripts.",
)
@pass_archive
def show_command(context: ArchiveContext, item_id: str, output: str) -> None:
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
                    "captured_at": s.captured_at.isoformat() if s.captured_at else None,
                }
                for s in item.sightings
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
@click.option(
    "--format",
    "output",
    type=Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Plain text for reading, or JSON for scripts.",
)
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
