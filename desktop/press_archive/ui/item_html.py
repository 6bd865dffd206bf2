"""The detail pane's document: an item as escaped rich text, with the query's words marked.

Item text comes from web pages and is untrusted: every piece of it is escaped here, the document
links only to `item:` ids and to http(s) URLs, and it references no images or other resources.
"""

from __future__ import annotations

import datetime as dt
import html
from pathlib import PurePath
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication

from press_archive.model import Item, Kind, RelatedItem, Relation, Sighting
from press_archive.ui.appearance import Colors
from press_archive.ui.counted import COUNTED
from press_archive.ui.document_parts import muted, section
from press_archive.ui.formatting import (
    date_source_phrase,
    format_date,
    format_long_date,
    format_moment,
    kind_name,
    language_name,
)
from press_archive.ui.item_detail import ItemDetail, Spans
from press_archive.ui.version_html import changed_notice, version_changes

ITEM_SCHEME = "item"
_NEVER = dt.datetime.min.replace(tzinfo=dt.UTC)  # sorts a sighting with no capture time first
translate = QCoreApplication.translate


def item_link(item_id: str) -> str:
    return f"{ITEM_SCHEME}:{item_id}"


def is_web_url(url: str) -> bool:
    """Only these open, and only in the system browser, and only on a click."""
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def site_url(item: Item) -> str | None:
    """The item's own address on the site: the page it is the article of, else the page it was last
    seen on; None for an item seen only in files saved by hand."""
    web = [sighting for sighting in item.sightings if sighting.url and is_web_url(sighting.url)]
    if not web:
        return None
    articles = [sighting for sighting in web if sighting.kind is Kind.ARTICLE]
    newest = max(articles or web, key=lambda sighting: sighting.captured_at or _NEVER)
    return newest.url


def marked(text: str, spans: Spans, colors: Colors) -> str:
    """`text` escaped, with the spans wrapped in a highlight; spans out of range are ignored."""
    style = f"background-color:{colors.mark_background.name()}; color:{colors.mark_text.name()}"
    parts: list[str] = []
    cursor = 0
    for start, end in sorted(spans):
        if start < cursor or end > len(text):
            continue
        parts.append(html.escape(text[cursor:start]))
        parts.append(f'<span style="{style}">{html.escape(text[start:end])}</span>')
        cursor = end
    parts.append(html.escape(text[cursor:]))
    return "".join(parts)


def _header(detail: ItemDetail, colors: Colors) -> list[str]:
    item = detail.item
    kicker = " · ".join((kind_name(item.kind), language_name(item.language)))
    title_style = "font-size:x-large; font-weight:600"
    if item.title_derived:
        title_style = f"font-size:x-large; font-style:italic; color:{colors.muted.name()}"
    parts = [
        f'<p style="margin:0">{muted(html.escape(kicker.upper()), colors)}</p>',
        f'<p style="{title_style}; margin-top:4px; margin-bottom:6px">'
        f"{marked(item.title, detail.title_spans, colors)}</p>",
    ]
    date = html.escape(format_long_date(item.date))
    facts = [f"<b>{date}</b>", html.escape(date_source_phrase(item.date_source))]
    if item.title_derived:
        derived = translate("ItemDocument", "title cut from the first sentence (the page gave none)")
        facts.append(html.escape(derived))
    address = site_url(item)
    if address is not None:
        opener = html.escape(translate("ItemDocument", "Open on the site"))
        facts.append(f'<a href="{html.escape(address)}">{opener}&nbsp;↗</a>')
    parts.append(f'<p style="margin-top:0">{muted(" · ".join(facts), colors, "medium")}</p>')
    if detail.query.strip():
        if detail.via_variant:
            how = translate(
                "ItemDocument", "Found by the search “{query}”, through another form of a word (not as typed)"
            )
        else:
            how = translate("ItemDocument", "Found by the search “{query}”")
        how = html.escape(how.format(query=detail.query.strip()))
        parts.append(f'<p style="margin-top:0">{muted(how, colors)}</p>')
    return parts


def _body(detail: ItemDetail, colors: Colors) -> list[str]:
    style = "margin-top:0; margin-bottom:11px; line-height:145%"
    return [
        f'<p style="{style}">{marked(paragraph, spans, colors)}</p>'
        for paragraph, spans in zip(detail.item.body, detail.paragraph_spans, strict=False)
    ]


def relation_name(relation: Relation) -> str:
    names = {
        Relation.ARTICLE: translate("ItemDocument", "Full article"),
        Relation.TEASER: translate("ItemDocument", "Teaser"),
        Relation.TWIN: translate("ItemDocument", "Other edition"),
        Relation.SIMILAR: translate("ItemDocument", "Similar"),
    }
    return names[relation]


def _why(related: RelatedItem) -> str:
    """Why an item is related, in the interface's language (the archive says it in English)."""
    match related.relation:
        case Relation.ARTICLE:
            return translate("ItemDocument", "this item is the lead of the article")
        case Relation.TEASER:
            return translate("ItemDocument", "a teaser made of this article's lead")
        case Relation.TWIN:
            why = translate("ItemDocument", "both name {names}").format(names=", ".join(related.shared))
            if related.numbers:
                why += translate("ItemDocument", "; both give {numbers}").format(
                    numbers=", ".join(related.numbers)
                )
            return why
    return translate("ItemDocument", "shares {words}").format(words=", ".join(related.shared))


def _related(detail: ItemDetail, colors: Colors) -> list[str]:
    if not detail.related:
        return []
    parts = [section(translate("ItemDocument", "Related"), colors)]
    for related in detail.related:
        hit = related.hit
        style = "text-decoration:none" + ("; font-style:italic" if hit.title_derived else "")
        href = html.escape(item_link(hit.item_id))
        kind = html.escape(relation_name(related.relation))
        facts = html.escape(f"{format_date(hit.date)} · {hit.language.value.upper()} · {_why(related)}")
        parts.append(
            f'<p style="margin-top:0; margin-bottom:8px"><b>{kind}</b>: '
            f'<a href="{href}" style="{style}">{html.escape(hit.title)}</a><br>{muted(facts, colors)}</p>'
        )
    return parts


def _attachments(item: Item, colors: Colors) -> list[str]:
    if not item.attachments:
        return []
    rows = "".join(f"<li>{html.escape(name)}</li>" for name in item.attachments)
    heading = translate("ItemDocument", "Attachments (not stored)")
    return [section(heading, colors), f'<ul style="margin-top:0">{rows}</ul>']


def _sighting(sighting: Sighting, colors: Colors) -> str:
    name = PurePath(sighting.source.split("!")[-1]).name or sighting.source
    if sighting.kind is Kind.TEASER:
        where = translate("ItemDocument", "item {number} (side column)")
    else:
        where = translate("ItemDocument", "item {number}")
    where = where.format(number=sighting.position + 1)
    if sighting.url and is_web_url(sighting.url):
        # A fetched page: its address is what the user knows it by, and when it was captured.
        link = f'<a href="{html.escape(sighting.url)}">{html.escape(sighting.url)}</a>'
        lines = [f"{link} {muted(html.escape(where), colors)}"]
        if sighting.source != sighting.url:  # read from a web archive file: name it too
            lines.append(muted(html.escape(sighting.source), colors))
    else:
        lines = [
            f"{html.escape(name)} {muted(html.escape(where), colors)}",
            muted(html.escape(sighting.source), colors),
        ]
        if sighting.url:
            lines.append(muted(html.escape(sighting.url), colors))
    if sighting.captured_at is not None:
        when = translate("ItemDocument", "captured {moment}")
        lines.append(muted(html.escape(when.format(moment=format_moment(sighting.captured_at))), colors))
    return f'<p style="margin-top:0; margin-bottom:8px">{"<br>".join(lines)}</p>'


def _provenance(item: Item, colors: Colors) -> list[str]:
    parts = [section(COUNTED.seen_on_pages(len(item.sightings)), colors)]
    parts.extend(_sighting(sighting, colors) for sighting in item.sightings)
    item_id = html.escape(translate("ItemDocument", "Item id {id}").format(id=item.id))
    parts.append(f'<p style="margin-top:10px">{muted(item_id, colors)}</p>')
    return parts


def item_document(detail: ItemDetail, colors: Colors, changes_shown: bool = False) -> str:
    """The whole document for the detail pane; for an item the site changed, with what changed if
    `changes_shown`."""
    parts = [f'<html><body style="color:{colors.text.name()}">']
    parts += _header(detail, colors)
    parts += changed_notice(detail.item, changes_shown, colors)
    if changes_shown:
        parts += version_changes(detail.item, colors)
    parts += _body(detail, colors)
    parts += _related(detail, colors)
    parts += _attachments(detail.item, colors)
    parts += _provenance(detail.item, colors)
    parts.append("</body></html>")
    return "\n".join(parts)


def placeholder_document(message: str, colors: Colors) -> str:
    return (
        f'<html><body><p align="center" style="margin-top:40px; color:{colors.muted.name()}">'
        f"{html.escape(message)}</p></body></html>"
    )
