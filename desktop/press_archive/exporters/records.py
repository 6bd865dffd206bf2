"""The one step from an archive item (and the user's annotation of it) to what every format writes.

Formats never look at `Item` or `Annotation` themselves: they read an `ExportRecord`, so a field is
worked out once (the citation key, the distinct URLs an item was seen at) and means the same in a
spreadsheet, a reference manager and a report.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from press_archive.model import Annotation, Item

#: The organisation whose press releases the archive holds, named as its own site names it in each
#: language; reference managers show it as the author and publisher of every item.
PUBLISHER = {
    "en": "Collective Security Treaty Organization",
    "ru": "Организация Договора о коллективной безопасности",
}
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
    sources: tuple[str, ...]  # the imported documents it was seen in, distinct
    attachments: tuple[str, ...]
    lead_of: str | None
    publisher: str
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


def make_record(item: Item, annotation: Annotation | None = None) -> ExportRecord:
    """The export record of an item, with the user's tags, star and note when `annotation` is given."""
    user = annotation or Annotation(item_id=item.id)
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
        sources=_distinct([s.source for s in item.sightings]),
        attachments=item.attachments,
        lead_of=item.lead_of,
        publisher=PUBLISHER.get(item.language.value, PUBLISHER["en"]),
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
    "sources": lambda r: list(r.sources),
    "attachments": lambda r: list(r.attachments),
    "lead_of": lambda r: r.lead_of,
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
