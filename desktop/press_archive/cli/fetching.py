"""`press-archive fetch`: crawl the site, keep every raw response, import the pages as they arrive."""

from __future__ import annotations

import json
import sys

import click

from press_archive.cli.app import FORMAT_OPTION, ArchiveContext, main, pass_archive, program_version
from press_archive.cli.progress import changed_on_site, duration
from press_archive.web.errors import UrlError
from press_archive.web.report import CrawlReport
from press_archive.web.run import FetchRequest, fetch_site
from press_archive.web.urls import parse_start_url


def _show_progress(report: CrawlReport) -> None:
    """One status line on the terminal, rewritten after every URL."""
    eta = f" · ETA {duration(report.eta_s)}" if report.eta_s is not None else ""
    click.echo(
        f"\r\033[KFetched: {report.requests} · {report.queued} queued · {report.items_new} new items · "
        f"{report.pages_failed} errors · {report.rate:.1f}/s{eta}",
        nl=False,
        err=True,
    )


def _print_summary(report: CrawlReport, captures: str) -> None:
    stopped = "" if report.complete else f", stopped with {report.queued} queued for the next run"
    changed = changed_on_site(report.items_changed)
    click.echo(
        f"{report.pages_fetched} pages fetched, {report.pages_unchanged} unchanged, "
        f"{report.pages_failed} failed, {report.attachments_fetched} attachments, "
        f"{report.items_new} items new, {report.items_seen_again} seen again{changed}{stopped}; "
        f"captures in {captures}"
    )
    for failure in report.failed:
        click.echo(f"error: {failure.url}: {failure.error}", err=True)


def _start_urls(urls: tuple[str, ...]) -> list[str]:
    try:
        return [parse_start_url(url) for url in urls]
    except UrlError as error:
        raise click.BadParameter(f"{error.url!r}: {error.reason}", param_hint="URL") from error


@main.command("fetch")
@click.argument("urls", nargs=-1, metavar="[URL]...")
@click.option(
    "--delay",
    type=click.FloatRange(min=0),
    default=1.0,
    show_default=True,
    help="Seconds between two requests to one host (a longer Crawl-delay in its robots.txt wins).",
)
@click.option(
    "--max-pages",
    type=click.IntRange(min=1),
    default=None,
    help="Stop after asking for this many URLs; the next fetch goes on from there.",
)
@click.option("--user-agent", default=None, help="The User-Agent sent (default: PressArchive/<version> …).")
@click.option(
    "--full",
    is_flag=True,
    help="Check every known page again (conditionally), not only listings up to the known news.",
)
@FORMAT_OPTION
@pass_archive
def fetch_command(
    context: ArchiveContext,
    urls: tuple[str, ...],
    delay: float,
    max_pages: int | None,
    user_agent: str | None,
    full: bool,
    output: str,
) -> None:
    """Fetch the site into the archive, politely, and keep every raw response.

    With no URL, the site's English and Russian editions and their sub-sites; with URLs, the sites
    (hosts) of those URLs only, never another. Honours robots.txt, waits between requests, keeps
    every response in .warc.gz files beside the archive (archive.db: archive-captures/) and imports
    each page as it arrives. A later fetch asks only for what changed; a fetch that was stopped goes
    on where it stopped. Exits 0 when the crawl completed (failed URLs are listed), 1 when it could
    not run at all.
    """
    request = FetchRequest(tuple(_start_urls(urls)), delay, max_pages, full, user_agent)
    archive = context.open()
    progress = _show_progress if sys.stderr.isatty() else None
    try:
        report = fetch_site(archive, request, program_version(), progress)
    finally:
        if progress is not None:
            click.echo("\r\033[K", nl=False, err=True)
    if report.unreachable:
        raise click.ClickException(f"nothing could be fetched: {report.unreachable}")
    if output == "json":
        click.echo(json.dumps(report.as_json(str(archive.captures_dir)), ensure_ascii=False, indent=2))
    else:
        _print_summary(report, str(archive.captures_dir))
