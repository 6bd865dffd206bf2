"""`press-archive search`: the archive's search from the shell, as a table, JSON or CSV."""

from __future__ import annotations

import csv
import datetime as dt
import json
import shutil
import sys
import time
from collections.abc import Callable

import click
from click.decorators import FC

from press_archive.archive import QueryError
from press_archive.archive.hit_list import Understood
from press_archive.cli.app import ArchiveContext, main, pass_archive
from press_archive.cli.params import Choice, Day
from press_archive.model import (
    FacetCount,
    Language,
    SearchHit,
    SearchRequest,
    Snippet,
    SortOrder,
)


def sort_option(help_text: str = "Order of the results.") -> Callable[[FC], FC]:
    """`--sort`, as every command reading a search's results takes it (search, saved run, export)."""
    return click.option(
        "--sort",
        type=Choice([order.value for order in SortOrder]),
        default="relevance",
        show_default=True,
        help=help_text,
    )


SORT_OPTION = sort_option()
LIMIT_OPTION = click.option(
    "--limit",
    type=click.IntRange(1, 100_000),
    default=20,
    show_default=True,
    help="How many results to print.",
)
RESULTS_FORMAT_OPTION = click.option(
    "--format",
    "output",
    type=Choice(["table", "json", "csv"]),
    default="table",
    show_default=True,
    help="Terminal table, JSON array, or CSV with a header row.",
)

FACET_HEADINGS = {
    "year": "Year",
    "month": "Month",
    "language": "Language",
    "kind": "Kind",
    "tag": "Tag",
    "name": "People and organisations",
}


def _highlighted(snippet: Snippet) -> str:
    parts, cursor = [], 0
    for start, end in snippet.highlights:
        parts.append(snippet.text[cursor:start])
        parts.append(click.style(snippet.text[start:end], bold=True, fg="yellow"))
        cursor = end
    parts.append(snippet.text[cursor:])
    return "".join(parts)


RECORD_FIELDS = [
    "id",
    "date",
    "title",
    "title_derived",
    "language",
    "kind",
    "snippet",
    "highlights",
    "score",
    "via_variant",
]


def _record(hit: SearchHit) -> dict[str, object]:
    return {
        "id": hit.item_id,
        "date": hit.date.isoformat() if hit.date else None,
        "title": hit.title,
        "title_derived": hit.title_derived,
        "language": hit.language.value,
        "kind": hit.kind.value,
        "snippet": hit.snippet.text,
        "highlights": [list(span) for span in hit.snippet.highlights],
        "score": round(hit.score, 4),
        "via_variant": hit.via_variant,
    }


def _print_table(hits: tuple[SearchHit, ...], total: int, elapsed_ms: float, understood: Understood) -> None:
    width = shutil.get_terminal_size((100, 20)).columns
    for hit in hits:
        date = hit.date.isoformat() if hit.date else "undated  "
        title = hit.title if not hit.title_derived else f"{hit.title} (derived title)"
        variant = click.style(" ≈ by stem or spelling variant", dim=True) if hit.via_variant else ""
        click.echo(
            f"{click.style(hit.item_id[:10], fg='cyan')} {date} {hit.language.value} "
            + click.style(title[: max(20, width - 26)], bold=True)
            + variant
        )
        click.echo("    " + _highlighted(hit.snippet))
    click.echo(
        f"{total} items · showing {len(hits)} · {elapsed_ms:.0f} ms · query: {understood.query}"
        + (f" · also searched: {', '.join(understood.also_searched)}" if understood.also_searched else ""),
        err=True,
    )


def _print_facets(facets: dict[str, tuple[FacetCount, ...]]) -> None:
    """Each facet on a line of its own, its values with their counts."""
    for key, heading in FACET_HEADINGS.items():
        values = facets.get(key, ())
        if values:
            click.echo(
                click.style(f"{heading}: ", bold=True)
                + ", ".join(f"{facet.label} ({facet.count})" for facet in values)
            )


def _facets_record(facets: dict[str, tuple[FacetCount, ...]]) -> dict[str, list[dict[str, object]]]:
    return {
        key: [{"value": f.value, "label": f.label, "count": f.count} for f in values]
        for key, values in facets.items()
    }


class QueryCommand(click.Command):
    """A command whose words are a query, where `-Minsk` means NOT Minsk rather than an option.

    Click takes any word starting with "-" for an option (and `-Lhasa` for `-h`, help). Here only
    the command's own options are options; every other word, wherever it stands, goes to the query
    in its order, as if it were written after `--`.
    """

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        takes_value = {
            name: not (param.is_flag or param.count)
            for param in self.get_params(ctx)
            if isinstance(param, click.Option)
            for name in (*param.opts, *param.secondary_opts)
        }
        options: list[str] = []
        words: list[str] = []
        remaining = iter(args)
        for arg in remaining:
            if arg == "--":
                words.extend(remaining)
            elif arg in takes_value:
                options.append(arg)
                value = next(remaining, None) if takes_value[arg] else None
                if value is not None:
                    options.append(value)
            elif arg.startswith("--") and arg.partition("=")[0] in takes_value:
                options.append(arg)
            else:
                words.append(arg)
        return super().parse_args(ctx, [*options, "--", *words])


@main.command("search", cls=QueryCommand)
@click.argument("query", nargs=-1)
@click.option(
    "--lang", type=Choice([lang.value for lang in Language]), help="Only items in this language."
)
@click.option(
    "--from", "date_from", type=Day(), help="Only items on or after this date."
)
@click.option("--to", "date_to", type=Day(), help="Only items on or before this date.")
@SORT_OPTION
@LIMIT_OPTION
@click.option(
    "--offset",
    type=click.IntRange(0),
    default=0,
    show_default=True,
    help="Skip this many results first (for paging).",
)
@RESULTS_FORMAT_OPTION
@click.option(
    "--facets",
    "with_facets",
    is_flag=True,
    help="Also count the results by year, month, language, kind, tag and person/organisation. "
    'With --format json the output becomes an object: {"total", "hits", "facets", "also_searched"}.',
)
@pass_archive
def search_command(
    context: ArchiveContext,
    query: tuple[str, ...],
    lang: str | None,
    date_from: dt.date | None,
    date_to: dt.date | None,
    sort: str,
    limit: int,
    offset: int,
    output: str,
    with_facets: bool,
) -> None:
    """Search the archive.

    QUERY is words (all must match), "exact phrases", OR, -word, prefix*, (groups) and fields such
    as title:, lang:en, kind:article, date:2025-12, before:/after:, name:, tag:, is:starred; see
    docs/query-syntax.md. Words match by stem and names in any spelling or script. The words may be
    given as one argument or several, and a word starting with - excludes it (search -Minsk).
    """
    if with_facets and output == "csv":
        raise click.UsageError("--facets cannot be combined with --format csv; use table or json")
    request = SearchRequest(
        query=" ".join(query),
        sort=SortOrder(sort),
        language=Language(lang) if lang else None,
        date_from=date_from,
        date_to=date_to,
    )
    archive = context.open()
    started = time.perf_counter()
    try:
        hit_list = archive.hit_list(request, page_size=limit)
        understood = hit_list.understood()
        hits = hit_list.read_rows(offset, limit).hits
        total = hit_list.read_count() if output == "table" or with_facets else None
        facets = hit_list.read_facets() if with_facets else {}
    except QueryError as error:
        raise click.ClickException(
            f"query {error.query!r}: {error.reason} at character {error.position + 1}"
        ) from error
    elapsed_ms = (time.perf_counter() - started) * 1000
    if output == "json":
        records = [_record(hit) for hit in hits]
        record: object = (
            {
                "total": total,
                "hits": records,
                "facets": _facets_record(facets),
                "also_searched": list(understood.also_searched),
            }
            if with_facets
            else records
        )
        click.echo(json.dumps(record, ensure_ascii=False, indent=2))
    elif output == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=RECORD_FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(_record(hit) for hit in hits)
    else:
        assert total is not None  # counted for the table
        _print_table(hits, total, elapsed_ms, understood)
        if with_facets:
            _print_facets(facets)
