"""`press-archive rebuild` and `import --explain`: cutting pages again, and saying how a page is cut."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict

import click

from press_archive.archive.rebuild import RebuildReport
from press_archive.cli.app import ArchiveContext, main, pass_archive
from press_archive.cli.params import Choice
from press_archive.importer.split import PageTrace


def _progress(done: int, total: int) -> None:
    click.echo(f"\r\033[KRe-splitting: {done:,} of {total:,} pages", nl=False, err=True)


def _summary(report: RebuildReport) -> str:
    return (
        f"{report.pages:,} pages re-split ({report.pages_without_bytes:,} imported before pages were kept "
        f"left as they were); items {report.items_before:,} → {report.items_after:,}: "
        f"{report.kept:,} unchanged ids, {report.retitled:,} re-titled, {report.redated:,} re-dated, "
        f"{report.split:,} split, {report.merged:,} merged, {report.new:,} new, {len(report.gone):,} gone"
    )


@main.command("rebuild")
@click.option(
    "--format",
    "output",
    type=Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="A summary line, or every figure and id change as JSON.",
)
@pass_archive
def rebuild_command(context: ArchiveContext, output: str) -> None:
    """Re-split every page the archive keeps with this version's rules.

    Runs in one transaction: interrupted, the archive stays as it was. Items whose text changed keep
    their old id as an alias (`show OLD` finds them), and your tags, stars, notes and collections
    move with them; items that no longer exist are listed, and a backup of your data is saved first.
    """
    archive = context.open()
    report = archive.rebuild(_progress if sys.stderr.isatty() else None)
    if sys.stderr.isatty():
        click.echo("\r\033[K", nl=False, err=True)
    if output == "json":
        figures = asdict(report)
        figures["gone"] = [{"id": item_id, "title": title} for item_id, title in report.gone]
        figures["failures"] = [{"source": error.source, "reason": error.reason} for error in report.failures]
        click.echo(json.dumps(figures, ensure_ascii=False, indent=2))
    else:
        click.echo(_summary(report))
        for item_id, title in report.gone:
            click.echo(f"gone: {item_id} {title}")
    for failure in report.failures:
        click.echo(f"error: {failure.source}: {failure.reason}", err=True)


def print_trace(source: str, trace: PageTrace) -> None:
    """How one page was cut, for a user to read or attach to a report of a mis-split page."""
    click.echo(f"{source}: {trace.layout}, {len(trace.items)} items")
    for trace_item in trace.items:
        item = trace_item.item
        date = f"{item.date.isoformat()} ({item.date_source.value})" if item.date else "undated"
        click.echo(f"  {item.position + 1}. {item.kind.value}, {date}, from line {trace_item.first_line}")
        click.echo(f"     title: {item.title}")
        click.echo(f"     starts: {trace_item.start}; title: {trace_item.title_rule}")
        click.echo(f"     date: {trace_item.date_rule}; kind: {trace_item.kind_rule}")
        if item.attachments:
            click.echo(f"     attachments: {', '.join(item.attachments)}")
        click.echo(f"     text: {len(item.body)} paragraphs, ends “{item.body[-1][-60:]}”")
    for number, line, why in trace.dropped:
        click.echo(f"  line {number} in no item ({why}): {line[:70]}")
