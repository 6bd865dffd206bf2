"""Everything the reading pane shows about one item, gathered in one background job."""

from __future__ import annotations

from dataclasses import dataclass

from press_archive.archive.query import parse_query
from press_archive.archive.snippets import match_spans
from press_archive.model import Annotation, Item, RelatedItem
from press_archive.ui.jobs import JobContext

Spans = tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class ItemDetail:
    item: Item
    query: str  # the search the item was opened from ("" when opened from a link)
    via_variant: bool  # matched only through a stem or a spelling variant
    title_spans: Spans  # the query's words in the title
    paragraph_spans: tuple[Spans, ...]  # and in each paragraph of the body
    annotation: Annotation  # what the user added: tags, star, note
    related: tuple[RelatedItem, ...] = ()  # its article or teasers, its twin, items like it


def load_detail(context: JobContext, item_id: str, query: str, via_variant: bool) -> ItemDetail:
    """Read an item with its user data and related items, and find the query's words in it.

    The words are found the way the result snippets find them, so what lit up in the list lights
    up here too.
    """
    archive = context.archive
    item = archive.item(item_id)
    terms = parse_query(query).terms if query.strip() else ()
    return ItemDetail(
        item=item,
        query=query,
        via_variant=via_variant,
        title_spans=tuple(match_spans(item.title, terms)),
        paragraph_spans=tuple(tuple(match_spans(paragraph, terms)) for paragraph in item.body),
        annotation=archive.user.annotations([item.id])[item.id],
        related=tuple(archive.related(item.id)),
    )
