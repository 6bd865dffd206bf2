"""The one step from an archive item (and the user's annotation of it) to what every format writes.

Formats never look at `Item` or `Annotation` themselves: they read an `ExportRecord`, so a field is
worked out once (the citation key, the distinct URLs an item was seen at) and means the same in a
spreadsheet, a reference manager and a report.

A citation names its source as a web page is cited: the organisation is the group author, named in
the item's language, as APA and Chicago cite an organisation's own releases; its site is the
publisher; the URL is where the item was captured, with the capture time as the access date. An
item seen at several URLs is cited at its earliest capture, the first evidence of it on the site
(a URL with no capture time comes only when none has one). No record names a folder of this
machine: a document imported from disk is named by its file name alone.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from press_archive.importer.titles import sentence_title
from press_archive.model import Annotation, Item

#: The organisation whose press releases the archive holds, named as its own site names it in each
#: language; reference managers show it as the group author of every item.
ORGANISATION = {
    "en": "Collective Security Treaty Organization",
    "ru": "Организация Договора о коллективной безопасности",
}
#: The site of each edition, the publisher of an item whose URL is unknown (a page saved by hand).
SITE = {"en": "en.odkb-csto.org", "ru": "odkb-csto.org"}
CITATION_KEY_PREFIX = "csto"


@dataclass(frozen=True)
class ExportMeta:
    """What was exported, when and how: the heading of a report, the header of a JSON file."""

    selection: str  # in words: 'query "iran" (newest first)', 'tag "Iran talks"', '3 picked items'
    exported_at: dt.datetime
    item_count: int
    with_user_data: bool
    generator: str  # program and version, for whoever finds the file years later
    query: str | None = None  # the search query, when the selection was one
    raw_cells: bool = False  # CSV cells as stored, even those a spreadsheet would run as a formula


@dataclass(frozen=True)
class ExportRecord:
    """Every field any format may carry for one item; user fields are empty unless asked for."""

    id: str
    citation_key: str
    title: str
    title_derived: bool
    date: dt.date | None
    date_source: str
    language: str
    kind: str
    body: tuple[str, ...]
    urls: tuple[str, ...]  # distinct, in the order the item was seen
    sources: tuple[str, ...]  # the imported documents it was seen in, by file name, distinct
    attachments: tuple[str, ...]
    lead_of: str | None
    author: str  # the organisation, in the item's language
    publisher: str  # the site: the host of `url`, or the edition's
    citation_title: str  # the title, or a teaser's whole first sentence where the title was cut from it
    url: str | None = None  # the URL a citation gives: of the earliest capture
    accessed: dt.datetime | None = None  # when that capture was made (UTC)
    tags: tuple[str, ...] = ()
    starred: bool = False
    note: str = ""  # Markdown, as the user wrote it

    @property
    def text(self) -> str:
        return "\n\n".join(self.body)


def citation_key(item_id: str, date: dt.date | None) -> str:
    """A key a person can read in a manuscript and that stays the same in every export of the item."""
    day = date.isoformat() if date else "-undated"
    return f"{CITATION_KEY_PREFIX}{day}-{item_id[:8]}"


def _distinct(values: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(values))


def source_name(source: str) -> str:
    """A document as an export names it: a file by its name alone ("page.html", "pages.zip!a/b.html",
    "crawl.warc.gz#1234"), never by the folders it was in on this machine; a URL as it is."""
    if "://" in source.partition("!")[0]:
        return source
    path, bang, member = source.partition("!")
    return re.split(r"[/\\]", path)[-1] + bang + member


def cited_capture(item: Item) -> tuple[str | None, dt.datetime | None]:
    """The URL a citation gives and its access time: the earliest capture of the item at a URL,
    else the first URL it was seen at, with no time. Of an item the site changed, the earliest
    capture showing the text exported, its newest: a reader who follows the citation sees that text."""
    since = item.versions[-1].first_seen if item.changed_on_site else None
    captured = [
        sighting
        for sighting in item.sightings
        if sighting.url and sighting.captured_at and (since is None or sighting.captured_at >= since)
    ]
    if captured:
        earliest = min(captured, key=lambda s: s.captured_at or dt.datetime.max)
        return earliest.url, earliest.captured_at
    return next((s.url for s in item.sightings if s.url), None), None


def citation_title(item: Item) -> str:
    """A teaser's stored title was cut from its first sentence to fit a list row; a citation gives
    that sentence whole."""
    if item.title_derived and item.body:
        return sentence_title(item.body[0])
    return item.title


def make_record(item: Item, annotation: Annotation | None = None) -> ExportRecord:
    """The export record of an item, with the user's tags, star and note when `annotation` is given."""
    user = annotation or Annotation(item_id=item.id)
    url, accessed = cited_capture(item)
    language = item.language.value
    return ExportRecord(
        id=item.id,
        citation_key=citation_key(item.id, item.date),
        title=item.title,
        title_derived=item.title_derived,
        date=item.date,
        date_source=item.date_source.value,
        language=item.language.value,
        kind=item.kind.value,
        body=item.body,
        urls=_distinct([s.url for s in item.sightings if s.url]),
        sources=_distinct([source_name(s.source) for s in item.sightings]),
        attachments=item.attachments,
        lead_of=item.lead_of,
        author=ORGANISATION.get(language, ORGANISATION["en"]),
        publisher=(urlsplit(url).hostname if url else None) or SITE.get(language, SITE["en"]),
        citation_title=citation_title(item),
        url=url,
        accessed=accessed,
        tags=user.tags,
        starred=user.starred,
        note=user.note,
    )


def _iso(date: dt.date | None) -> str | None:
    return date.isoformat() if date else None


#: How each field of a record is written as a JSON-ready value, in the order of the columns.
_ITEM_FIELDS: dict[str, Callable[[ExportRecord], object]] = {
    "id": lambda r: r.id,
    "citation_key": lambda r: r.citation_key,
    "date": lambda r: _iso(r.date),
    "date_source": lambda r: r.date_source,
    "title": lambda r: r.title,
    "title_derived": lambda r: r.title_derived,
    "language": lambda r: r.language,
    "kind": lambda r: r.kind,
    "body": lambda r: list(r.body),
    "urls": lambda r: list(r.urls),
    "url": lambda r: r.url,
    "accessed": lambda r: r.accessed.isoformat() if r.accessed else None,
    "sources": lambda r: list(r.sources),
    "attachments": lambda r: list(r.attachments),
    "lead_of": lambda r: r.lead_of,
    "author": lambda r: r.author,
    "publisher": lambda r: r.publisher,
}
_USER_FIELDS: dict[str, Callable[[ExportRecord], object]] = {
    "tags": lambda r: list(r.tags),
    "starred": lambda r: r.starred,
    "note": lambda r: r.note,
}


def field_names(with_user_data: bool) -> list[str]:
    return [*_ITEM_FIELDS, *(_USER_FIELDS if with_user_data else ())]


def record_as_dict(record: ExportRecord, with_user_data: bool) -> dict[str, object]:
    """The record as JSON-ready values; JSON, JSON Lines and the spreadsheets all start from it."""
    fields = {**_ITEM_FIELDS, **(_USER_FIELDS if with_user_data else {})}
    return {name: value(record) for name, value in fields.items()}


def meta_as_dict(meta: ExportMeta) -> dict[str, object]:
    return {
        "selection": meta.selection,
        "query": meta.query,
        "exported_at": meta.exported_at.isoformat(timespec="seconds"),
        "item_count": meta.item_count,
        "with_user_data": meta.with_user_data,
        "generator": meta.generator,
    }
