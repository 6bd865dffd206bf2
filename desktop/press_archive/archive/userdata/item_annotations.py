"""Everything the user added to items, read in one go for a list of ids (a page of results)."""

from __future__ import annotations

import json
from collections.abc import Iterable

import sqlite_utils

from press_archive.model import Annotation

_IDS = "(SELECT value FROM json_each(?))"


def annotations_of(db: sqlite_utils.Database, item_ids: Iterable[str]) -> dict[str, Annotation]:
    """An `Annotation` for every id given, empty for items the user has not touched."""
    wanted = list(dict.fromkeys(item_ids))
    ids = json.dumps(wanted)
    tags: dict[str, list[str]] = {}
    for item_id, name in db.execute(
        f"SELECT it.item_id, t.name FROM user.item_tags it JOIN user.tags t ON t.id = it.tag_id "
        f"WHERE it.item_id IN {_IDS} ORDER BY t.name COLLATE NOCASE",
        (ids,),
    ):
        tags.setdefault(item_id, []).append(name)
    starred = {row[0] for row in db.execute(f"SELECT item_id FROM user.stars WHERE item_id IN {_IDS}", [ids])}
    note_rows = db.execute(f"SELECT item_id, text FROM user.notes WHERE item_id IN {_IDS}", [ids])
    notes = {item_id: text for item_id, text in note_rows}
    return {
        item_id: Annotation(
            item_id=item_id,
            tags=tuple(tags.get(item_id, ())),
            starred=item_id in starred,
            note=notes.get(item_id, ""),
        )
        for item_id in wanted
    }


def orphaned_items(db: sqlite_utils.Database) -> list[str]:
    """Ids that carry user data but name no item in the archive (kept, never dropped)."""
    return [
        row[0]
        for row in db.execute(
            "SELECT item_id FROM (SELECT item_id FROM user.item_tags UNION SELECT item_id FROM user.stars "
            "UNION SELECT item_id FROM user.notes UNION SELECT item_id FROM user.collection_items) "
            "WHERE item_id NOT IN (SELECT id FROM items) ORDER BY item_id"
        )
    ]
