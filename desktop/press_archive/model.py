"""Plain values passed between the layers: no I/O, no SQL, no Qt.

The importer produces `ParsedPage`s, the archive stores them as `Item`s with their `Sighting`s and
answers searches with `SearchResult`s; the CLI, the exporters and the GUI only ever see these types.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


class Language(StrEnum):
    EN = "en"
    RU = "ru"


class Kind(StrEnum):
    """Where on a page an item stood: the page's main story, or a short item from the side column."""

    ARTICLE = "article"
    TEASER = "teaser"


class DateSource(StrEnum):
    """How an item's date was found, so a reader can judge how far to trust it."""

    LINE = "line"  # a DD.MM.YYYY line of its own (or glued to the body's first word)
    TITLE = "title"  # appended to the repeated title: "Title DD.MM.YYYY"
    PROSE = "prose"  # read from the lead sentence: "On January 9, 2022, ..."
    NONE = "none"  # no date anywhere: left empty, never invented


@dataclass(frozen=True)
class ParsedItem:
    """One news item as the importer read it from one page, before it is identified or stored."""

    title: str
    body: tuple[str, ...]  # paragraphs, navigation and attachment lines removed
    language: Language
    kind: Kind
    position: int  # 0-based order of the item on its page
    date: dt.date | None = None
    date_source: DateSource = DateSource.NONE
    title_derived: bool = False  # the page gave no title: it was cut from the first sentence
    attachments: tuple[str, ...] = ()  # file names from "Download document …" lines

    @property
    def text(self) -> str:
        return "\n\n".join(self.body)


@dataclass(frozen=True)
class ParsedPage:
    """All the items of one input document (a file, or a member of a zip)."""

    source: str  # path as given; zip members as "archive.zip!folder/page.html"
    language: Language
    items: tuple[ParsedItem, ...]
    url: str | None = None  # where it was fetched from, else the canonical URL an HTML page names
    captured_at: dt.datetime | None = None  # when it was fetched (UTC), for a page from the web


@dataclass(frozen=True)
class Sighting:
    """One place an item was seen: the same item appears on many pages of the site."""

    item_id: str
    source: str
    position: int
    kind: Kind
    url: str | None = None
    captured_at: dt.datetime | None = None  # when the page was fetched (UTC); None for a page saved by hand


@dataclass(frozen=True)
class ItemVersion:
    """One text the site showed for an item at its address, and when captures saw it showing it.

    An article the site corrected (a name spelled anew, a paragraph added) is one item with two
    versions: both texts are kept, the one seen last is the item's own.
    """

    version_id: str  # the id this text would have as an item of its own
    title: str
    body: tuple[str, ...]
    date: dt.date | None
    first_seen: dt.datetime | None  # the first capture showing this text (UTC); None for a page saved by hand
    last_seen: dt.datetime | None
    current: bool  # the text the item shows, found by a search without `version:all`

    @property
    def text(self) -> str:
        return "\n\n".join(self.body)


@dataclass(frozen=True)
class Item:
    """A stored news item, identified by a stable id computed from its date and text."""

    id: str
    title: str
    body: tuple[str, ...]
    language: Language
    kind: Kind
    date: dt.date | None
    date_source: DateSource
    title_derived: bool = False
    attachments: tuple[str, ...] = ()
    lead_of: str | None = None  # for a teaser: the id of the article it is the lead of
    sightings: tuple[Sighting, ...] = ()
    #: Every text the site showed for it, oldest first; empty when the site never changed it.
    versions: tuple[ItemVersion, ...] = ()

    @property
    def text(self) -> str:
        return "\n\n".join(self.body)

    @property
    def changed_on_site(self) -> bool:
        return len(self.versions) > 1


@dataclass(frozen=True)
class FileFailure:
    """A document that could not be imported, and why, in words a user can act on."""

    source: str
    reason: str


@dataclass
class ImportReport:
    """What one import run did; printed by the CLI and shown by the GUI at the end of an import."""

    files_read: int = 0
    files_skipped: int = 0  # unchanged since the last import (same size and content hash)
    items_new: int = 0
    items_seen_again: int = 0
    items_changed: int = 0  # seen again with a text the site changed: a new version kept
    failures: list[FileFailure] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures


@dataclass(frozen=True)
class ArchiveStats:
    items: int
    sources: int
    by_language: dict[str, int]
    by_year: dict[str, int]
    first_date: dt.date | None
    last_date: dt.date | None


class SortOrder(StrEnum):
    RELEVANCE = "relevance"  # bm25, the title weighted above the body
    NEWEST = "newest"
    OLDEST = "oldest"


@dataclass(frozen=True)
class SearchRequest:
    """What the user asked for. Filters given here are ANDed with those written in the query."""

    query: str = ""
    sort: SortOrder = SortOrder.RELEVANCE
    offset: int = 0
    limit: int = 50
    language: Language | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    with_total: bool = True
    with_facets: bool = False
    cursor: str | None = None  # a `SearchResult.next_cursor`: the page after that one (`offset` is ignored)
    #: With `with_facets`: a search with many hits may have its facets estimated from a sample of
    #: its days (`SearchResult.facets_estimated`), in a fraction of the time, without months.
    estimate_facets: bool = False


@dataclass(frozen=True)
class Snippet:
    """A short excerpt with the spans (start, end offsets into `text`) that matched the query."""

    text: str
    highlights: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class SearchHit:
    item_id: str
    date: dt.date | None
    title: str
    title_derived: bool
    language: Language
    kind: Kind
    snippet: Snippet
    score: float  # higher is better; 0.0 when the results are sorted by date and not ranked
    via_variant: bool = False  # matched only through a stem or a spelling variant, not as typed


@dataclass(frozen=True)
class FacetCount:
    """One value of a facet.

    `SearchResult.facets` is keyed "year", "month", "language", "kind", "tag" and "name".
    """

    value: str  # the query term that picking it adds, exactly: 'date:2025', 'lang:ru', 'tag:"Iran talks"'.
    label: str  # what the user sees
    count: int


@dataclass(frozen=True)
class SearchResult:
    request: SearchRequest
    hits: tuple[SearchHit, ...]
    total: int | None  # None when not asked for (with_total=False)
    parsed_query: str  # the query as it was understood, rebuilt, for display
    elapsed_ms: float
    facets: dict[str, tuple[FacetCount, ...]] = field(default_factory=dict)
    next_cursor: str | None = None  # for `SearchRequest.cursor`; None when this page is the last
    facets_estimated: bool = False  # the facet counts are scaled from a sample (`estimate_facets`)
    #: Other names of the concepts the query names, searched with them (`CSTO`: `ОДКБ`, ...).
    also_searched: tuple[str, ...] = ()


@dataclass(frozen=True)
class Suggestion:
    """A query close to one that found nothing (a word spelled as the archive spells it), and its hits."""

    query: str
    hits: int


@dataclass(frozen=True)
class Tag:
    name: str
    color: str | None = None  # "#rrggbb"
    count: int = 0  # items carrying it, where a listing counts them


@dataclass(frozen=True)
class Annotation:
    """What the user added to one item. Kept apart from the imported archive, keyed by the item id."""

    item_id: str
    tags: tuple[str, ...] = ()
    starred: bool = False
    note: str = ""  # Markdown


@dataclass(frozen=True)
class Collection:
    name: str
    item_ids: tuple[str, ...] = ()  # in the user's order


@dataclass(frozen=True)
class SavedSearch:
    name: str
    query: str


@dataclass(frozen=True)
class RestoreReport:
    """What restoring a user data backup changed. Nothing is dropped: data of items the archive
    does not hold is stored anyway, and those items are listed so the user knows why they do not show."""

    item_tags_added: int = 0  # (item, tag) pairs
    stars_added: int = 0
    notes_added: int = 0
    notes_merged: int = 0  # the item had a different note: the backup's text was appended to it
    collections_added: int = 0
    collection_items_added: int = 0
    saved_searches_added: int = 0
    saved_searches_renamed: tuple[str, ...] = ()  # new names of backed-up queries whose name was taken
    missing_items: dict[str, str] = field(default_factory=dict)  # item id -> title, as the backup had it


class Relation(StrEnum):
    """How a related item relates to the item it is shown for."""

    ARTICLE = "article"  # the item is a teaser, this is the article it is the lead of
    TEASER = "teaser"  # the item is an article, this is a teaser of it
    TWIN = "twin"  # the same event on the other language's edition
    SIMILAR = "similar"  # shares the item's most telling words ("more like this")


@dataclass(frozen=True)
class RelatedItem:
    relation: Relation
    hit: SearchHit  # its snippet is the item's lead
    reason: str  # why, in English words for scripts and logs: "2025-12-05, both name Masadykov"
    #: What the two share, for an interface to say why in its own language: the names (a twin) or
    #: the telling words (a similar item), and the figures both give (a twin).
    shared: tuple[str, ...] = ()
    numbers: tuple[str, ...] = ()


class UrlKind(StrEnum):
    """What a URL of the site is to a crawl: a page, a listing of pages (walked again for news), or a
    file a page links to (kept, never parsed for links)."""

    PAGE = "page"
    LISTING = "listing"
    ATTACHMENT = "attachment"


class UrlState(StrEnum):
    QUEUED = "queued"
    DONE = "done"
    FAILED = "failed"


@dataclass(frozen=True)
class FrontierEntry:
    """One URL a crawl knows, with what its last fetch answered (the validators for the next one)."""

    url: str
    kind: UrlKind
    state: UrlState
    run: int  # the run that last queued it
    first_run: int  # the run that found it
    etag: str | None = None
    last_modified: str | None = None
    status: int | None = None  # the HTTP status of the last answer, None if there was none
    error: str | None = None
    fetched_at: str | None = None  # ISO 8601, UTC


@dataclass(frozen=True)
class FetchRun:
    """A crawl's run: `resumed` when it goes on with an unfinished run of the same start URLs."""

    id: int
    resumed: bool
