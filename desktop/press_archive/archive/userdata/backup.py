"""All user data as one versioned JSON document, and merging such a document back in.

A restore merges by item id and never removes anything: what the archive already holds stays,
what the backup adds is added, and data of items the archive does not hold (a smaller rebuild,
another machine's archive) is stored all the same and reported, so it reappears once those items
are imported again.
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

import sqlite_utils

from press_archive.archive.userdata import collections, notes, saved, tags
from press_archive.archive.userdata.errors import BackupError, UserDataError
from press_archive.archive.userdata.items import missing_items
from press_archive.archive.userdata.names import clean_name
from press_archive.archive.userdata.schema import timestamp
from press_archive.atomic import WriteError, atomic_file
from press_archive.model import RestoreReport

BACKUP_FORMAT = "press-archive/user-data"
BACKUP_VERSION = 1
NOTE_MERGE_SEPARATOR = "\n\n---\n\n"
BYTE_ORDER_MARK = "\ufeff"
#: The folder of the automatic backups holds private notes, like the files in it.
PRIVATE_FOLDER_MODE = 0o700


def export_document(db: sqlite_utils.Database) -> dict[str, Any]:
    """Every piece of user data, with the title of each item it concerns (to report missing ones)."""
    tagged = {tag: tags.tagged(db, tag.name) for tag in tags.list_tags(db)}
    star_rows = db.execute("SELECT item_id, starred_at FROM user.stars ORDER BY item_id").fetchall()
    note_rows = db.execute("SELECT item_id, text, updated_at FROM user.notes ORDER BY item_id").fetchall()
    collection_list = collections.list_collections(db)
    referenced = sorted(
        {item_id for item_ids in tagged.values() for item_id in item_ids}
        | {row[0] for row in star_rows}
        | {row[0] for row in note_rows}
        | {item_id for collection in collection_list for item_id in collection.item_ids}
    )
    titles = {
        item_id: {"title": title, "date": date}
        for item_id, title, date in db.execute(
            "SELECT id, title, date FROM items WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id",
            [json.dumps(referenced)],
        )
    }
    return {
        "format": BACKUP_FORMAT,
        "version": BACKUP_VERSION,
        "exported_at": timestamp(),
        "items": titles,
        "tags": [{"name": tag.name, "color": tag.color, "items": ids} for tag, ids in tagged.items()],
        "stars": [{"item": item_id, "starred_at": starred_at} for item_id, starred_at in star_rows],
        "notes": [{"item": item, "text": text, "updated_at": updated} for item, text, updated in note_rows],
        "collections": [{"name": c.name, "items": list(c.item_ids)} for c in collection_list],
        "saved_searches": [{"name": s.name, "query": s.query} for s in saved.list_saved_searches(db)],
    }


def dump_document(document: dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"


def write_document(document: dict[str, Any], path: Path) -> None:
    """Write the file whole or not at all, readable by the user alone (it holds private notes)."""
    try:
        path.parent.mkdir(mode=PRIVATE_FOLDER_MODE, parents=True, exist_ok=True)
        with atomic_file(path, force=True, private=True) as temporary:
            temporary.write_text(dump_document(document), encoding="utf-8")
    except OSError as error:
        raise BackupError(str(path), f"cannot write the backup: {error.strerror}") from error
    except WriteError as error:
        raise BackupError(str(path), f"cannot write the backup: {error.reason}") from error


def read_document(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise BackupError(str(path), f"cannot read the backup: {error.strerror}") from error
    except UnicodeDecodeError as error:
        raise BackupError(str(path), "not a Press Archive backup (not UTF-8 text)") from error
    return parse_document(text, str(path))


def parse_document(text: str, source: str) -> dict[str, Any]:
    """The document, checked to be a backup this version can read; `source` names it in errors."""
    try:
        document = json.loads(text.removeprefix(BYTE_ORDER_MARK))  # as Windows editors write it
    except json.JSONDecodeError as error:
        where = f"line {error.lineno}, column {error.colno}"
        raise BackupError(source, f"not valid JSON: {error.msg}", where) from error
    except RecursionError as error:
        reason = "not a Press Archive backup (its JSON is nested too deeply to read)"
        raise BackupError(source, reason) from error
    if not isinstance(document, dict) or document.get("format") != BACKUP_FORMAT:
        raise BackupError(source, "not a Press Archive user data backup")
    version = document.get("version")
    if not isinstance(version, int) or version < 1:
        raise BackupError(source, "the backup has no valid format version", "version")
    if version > BACKUP_VERSION:
        raise BackupError(
            source,
            f"made by a newer Press Archive (backup format {version}; this version reads up to "
            f"{BACKUP_VERSION})",
        )
    return document


class _Reader:
    """Typed access to the parsed JSON, so a hand-edited backup fails with the place that is wrong."""

    def __init__(self, source: str) -> None:
        self.source = source

    def records(self, document: dict[str, Any], key: str) -> list[tuple[str, dict[str, Any]]]:
        value = document.get(key, [])
        if not isinstance(value, list):
            raise BackupError(self.source, "expected a list", key)
        for index, record in enumerate(value):
            if not isinstance(record, dict):
                raise BackupError(self.source, "expected an object", f"{key}[{index}]")
        return [(f"{key}[{index}]", record) for index, record in enumerate(value)]

    def text(self, record: dict[str, Any], key: str, where: str) -> str:
        value = record.get(key)
        if not isinstance(value, str) or not value.strip():
            raise BackupError(self.source, "expected text", f"{where}.{key}")
        return value

    def optional_text(self, record: dict[str, Any], key: str, where: str) -> str | None:
        return None if record.get(key) is None else self.text(record, key, where)

    def name(self, record: dict[str, Any], kind: str, where: str) -> str:
        try:
            return clean_name(kind, self.text(record, "name", where))
        except UserDataError as error:
            raise BackupError(self.source, str(error), f"{where}.name") from error

    def color(self, record: dict[str, Any], where: str) -> str | None:
        try:
            return tags.clean_color(self.optional_text(record, "color", where))
        except UserDataError as error:
            raise BackupError(self.source, str(error), f"{where}.color") from error

    def item_id(self, record: dict[str, Any], where: str) -> str:
        return self.text(record, "item", where).strip().lower()

    def item_ids(self, record: dict[str, Any], where: str) -> list[str]:
        value = record.get("items", [])
        if not isinstance(value, list) or not all(isinstance(item, str) and item.strip() for item in value):
            raise BackupError(self.source, "expected a list of item ids", f"{where}.items")
        return [item.strip().lower() for item in value]


def restore_document(db: sqlite_utils.Database, document: dict[str, Any], source: str) -> RestoreReport:
    """Merge a parsed backup into the user data, inside the caller's transaction."""
    reader = _Reader(source)
    counts = dict.fromkeys(
        ("item_tags", "stars", "notes", "notes_merged", "collections", "collection_items", "saved"), 0
    )
    referenced: list[str] = []
    for where, record in reader.records(document, "tags"):
        name = reader.name(record, "tag", where)
        item_ids = reader.item_ids(record, where)
        color = reader.color(record, where)
        counts["item_tags"] += len(tags.tag_items(db, item_ids, name))
        if color is not None and tags.get_tag(db, name).color is None:
            tags.set_tag_color(db, name, color)
        referenced += item_ids
    for where, record in reader.records(document, "stars"):
        item_id = reader.item_id(record, where)
        starred_at = reader.optional_text(record, "starred_at", where) or timestamp()
        cursor = db.execute(
            "INSERT OR IGNORE INTO user.stars (item_id, starred_at) VALUES (?, ?)", (item_id, starred_at)
        )
        counts["stars"] += cursor.rowcount
        referenced.append(item_id)
    for where, record in reader.records(document, "notes"):
        item_id = reader.item_id(record, where)
        _merge_note(db, item_id, reader.text(record, "text", where), counts)
        referenced.append(item_id)
    for where, record in reader.records(document, "collections"):
        name = reader.name(record, "collection", where)
        item_ids = reader.item_ids(record, where)
        if collections.find_collection(db, name) is None:
            collections.create_collection(db, name)
            counts["collections"] += 1
        counts["collection_items"] += len(collections.add_to_collection(db, name, item_ids))
        referenced += item_ids
    renamed = [
        new_name
        for where, record in reader.records(document, "saved_searches")
        if (new_name := _merge_saved_search(db, reader, where, record, counts)) is not None
    ]
    titles = document.get("items", {})
    return RestoreReport(
        item_tags_added=counts["item_tags"],
        stars_added=counts["stars"],
        notes_added=counts["notes"],
        notes_merged=counts["notes_merged"],
        collections_added=counts["collections"],
        collection_items_added=counts["collection_items"],
        saved_searches_added=counts["saved"],
        saved_searches_renamed=tuple(renamed),
        missing_items={item_id: _title(titles, item_id) for item_id in missing_items(db, referenced)},
    )


def _merge_note(db: sqlite_utils.Database, item_id: str, text: str, counts: dict[str, int]) -> None:
    """An empty note takes the backup's; a different one keeps its text and gets the backup's appended."""
    current = notes.get_note(db, item_id)
    if not current.strip():
        notes.set_note(db, item_id, text)
        counts["notes"] += 1
    elif text.strip() not in current:
        notes.set_note(db, item_id, current.rstrip() + NOTE_MERGE_SEPARATOR + text)
        counts["notes_merged"] += 1


def _merge_saved_search(
    db: sqlite_utils.Database, reader: _Reader, where: str, record: dict[str, Any], counts: dict[str, int]
) -> str | None:
    """Add a backed-up search; when its name is taken by another query, keep both under a new name.

    Returns the new name when one was needed.
    """
    name = reader.name(record, "saved search", where)
    query = record.get("query")
    if not isinstance(query, str):
        raise BackupError(reader.source, "expected text", f"{where}.query")
    renamed = (f"{name} (restored {number})" for number in itertools.count(2))
    for candidate in itertools.chain([name, f"{name} (restored)"], renamed):
        existing = saved.find_saved_search(db, candidate)
        if existing is None:
            break
        if existing.query == query:
            return None
    saved.save_search(db, candidate, query)
    counts["saved"] += 1
    return candidate if candidate != name else None


def _title(titles: object, item_id: str) -> str:
    entry = titles.get(item_id) if isinstance(titles, dict) else None
    title = entry.get("title") if isinstance(entry, dict) else None
    return title if isinstance(title, str) else ""
