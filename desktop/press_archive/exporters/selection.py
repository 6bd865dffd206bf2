"""What to export, and the ordered item ids it stands for: one function for the window and the command line.

A selection is the current search (with its filters and order), the items the user picked, a tag or a
collection. Items the user data still names but the archive no longer holds are left out: the user
data keeps them for when they are imported again, but there is nothing to export.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from press_archive.archive import Archive, ItemNotFound, QueryError
from press_archive.archive.userdata import UserDataError
from press_archive.exporters.errors import ExportError
from press_archive.model import SearchRequest, SortOrder

SORT_WORDS = {
    SortOrder.RELEVANCE: "best matches first",
    SortOrder.NEWEST: "newest first",
    SortOrder.OLDEST: "oldest first",
}


@dataclasses.dataclass(frozen=True)
class QuerySelection:
    """Every result of a search, in the search's order; an empty query is the whole archive."""

    request: SearchRequest = dataclasses.field(default_factory=SearchRequest)

    def describe(self) -> str:
        words = [f'search "{self.request.query}"' if self.request.query.strip() else "all items"]
        if self.request.language:
            words.append(f"in {self.request.language.value}")
        if self.request.date_from:
            words.append(f"from {self.request.date_from.isoformat()}")
        if self.request.date_to:
            words.append(f"to {self.request.date_to.isoformat()}")
        return " ".join(words) + f" ({SORT_WORDS[self.request.sort]})"


@dataclasses.dataclass(frozen=True)
class IdSelection:
    """Items the user picked, in the order given; ids may be unique prefixes."""

    item_ids: tuple[str, ...]

    def describe(self) -> str:
        return f"{len(self.item_ids)} picked item" + ("" if len(self.item_ids) == 1 else "s")


@dataclasses.dataclass(frozen=True)
class TagSelection:
    """The items carrying a tag, newest first."""

    name: str

    def describe(self) -> str:
        return f'tag "{self.name}"'


@dataclasses.dataclass(frozen=True)
class CollectionSelection:
    """The items of a collection, in the user's order."""

    name: str

    def describe(self) -> str:
        return f'collection "{self.name}"'


Selection = QuerySelection | IdSelection | TagSelection | CollectionSelection


def selection_query(selection: Selection) -> str | None:
    """The search query behind a selection, for the heading of a report."""
    return selection.request.query if isinstance(selection, QuerySelection) else None


def _picked_ids(archive: Archive, item_ids: tuple[str, ...]) -> list[str]:
    found, missing = [], []
    for item_id in item_ids:
        try:
            found.append(archive.item(item_id).id)
        except ItemNotFound as error:
            missing.append(f"{item_id} ({error.reason})")
    if missing:
        raise ExportError("the picked items", "no such item: " + ", ".join(missing))
    return found


def _held_ids(archive: Archive, item_ids: list[str] | tuple[str, ...], newest_first: bool) -> list[str]:
    """The ids the archive holds, in the order given or by date, newest first."""
    held: list[tuple[dt.date, str]] = []
    for item_id in item_ids:
        try:
            held.append((archive.item(item_id).date or dt.date.min, item_id))
        except ItemNotFound:
            continue
    if newest_first:
        held.sort(key=lambda pair: pair[0], reverse=True)
    return [item_id for _date, item_id in held]


def select_item_ids(archive: Archive, selection: Selection) -> list[str]:
    """The full ids of the selected items, in export order, each once; raises `ExportError`."""
    try:
        if isinstance(selection, QuerySelection):
            # Taken whole before any item is read: one moment of the archive, whatever an import
            # adds meanwhile (pages read by offset would shift under it, skipping or repeating).
            ids = archive.hit_list(selection.request).read_all_ids()
        elif isinstance(selection, IdSelection):
            ids = _picked_ids(archive, selection.item_ids)
        elif isinstance(selection, TagSelection):
            ids = _held_ids(archive, archive.user.tagged(selection.name), newest_first=True)
        else:
            ids = _held_ids(archive, archive.user.collection(selection.name).item_ids, newest_first=False)
    except QueryError as error:
        where = f"{error.reason} at character {error.position + 1}"
        raise ExportError(f"query {error.query!r}", where) from error
    except UserDataError as error:
        raise ExportError(error.subject, error.reason) from error
    return list(dict.fromkeys(ids))
