"""Tags: many per item, renamable, mergeable, coloured. Names are unique regardless of case.

The writing functions return exactly what they changed, so the window's undo can reverse a change
by applying its mirror (`untag_items` what `tag_items` tagged, and the other way round).
"""

from __future__ import annotations

import re

import sqlite_utils

from press_archive.archive.userdata.errors import UserDataError
from press_archive.archive.userdata.names import clean_name
from press_archive.model import Tag

_COLOR = re.compile(r"#[0-9a-fA-F]{6}")


def clean_color(color: str | None) -> str | None:
    """A colour as "#rrggbb" in lower case, or None for no colour."""
    if color is None:
        return None
    if not _COLOR.fullmatch(color.strip()):
        raise UserDataError(f"colour {color!r}", 'a colour is written "#rrggbb", for example "#3a7bd5"')
    return color.strip().lower()


def find_tag(db: sqlite_utils.Database, name: str) -> tuple[int, str] | None:
    """The tag's id and its name as stored (case may differ from the name given)."""
    row = db.execute("SELECT id, name FROM user.tags WHERE name = ?", (name.strip(),)).fetchone()
    return (int(row[0]), str(row[1])) if row else None


def _existing_tag(db: sqlite_utils.Database, name: str) -> tuple[int, str]:
    found = find_tag(db, name)
    if found is None:
        raise UserDataError(f"tag {name!r}", "no such tag")
    return found


def _tag_id_creating(db: sqlite_utils.Database, name: str) -> int:
    found = find_tag(db, name)
    if found is not None:
        return found[0]
    cursor = db.execute("INSERT INTO user.tags (name) VALUES (?)", (clean_name("tag", name),))
    return int(cursor.lastrowid or 0)


def list_tags(db: sqlite_utils.Database) -> list[Tag]:
    """Every tag with the number of items carrying it, by name."""
    return [
        Tag(name=name, color=color, count=count)
        for name, color, count in db.execute(
            "SELECT t.name, t.color, count(it.item_id) FROM user.tags t "
            "LEFT JOIN user.item_tags it ON it.tag_id = t.id GROUP BY t.id ORDER BY t.name COLLATE NOCASE"
        )
    ]


def get_tag(db: sqlite_utils.Database, name: str) -> Tag:
    tag_id, stored = _existing_tag(db, name)
    color, count = db.execute(
        "SELECT color, (SELECT count(*) FROM user.item_tags WHERE tag_id = :id) "
        "FROM user.tags WHERE id = :id",
        {"id": tag_id},
    ).fetchone()
    return Tag(name=stored, color=color, count=count)


def tagged(db: sqlite_utils.Database, name: str) -> list[str]:
    tag_id, _ = _existing_tag(db, name)
    return [
        row[0]
        for row in db.execute(
            "SELECT item_id FROM user.item_tags WHERE tag_id = ? ORDER BY item_id", (tag_id,)
        )
    ]


def tag_items(db: sqlite_utils.Database, item_ids: list[str], name: str) -> list[str]:
    """Give the items the tag, creating it if new; returns the ids that did not have it yet."""
    tag_id = _tag_id_creating(db, name)
    added = []
    for item_id in item_ids:
        cursor = db.execute(
            "INSERT OR IGNORE INTO user.item_tags (item_id, tag_id) VALUES (?, ?)", (item_id, tag_id)
        )
        if cursor.rowcount:
            added.append(item_id)
    return added


def untag_items(db: sqlite_utils.Database, item_ids: list[str], name: str) -> list[str]:
    """Take the tag off the items (the tag itself stays); returns the ids that had it."""
    tag_id, _ = _existing_tag(db, name)
    removed = []
    for item_id in item_ids:
        cursor = db.execute("DELETE FROM user.item_tags WHERE item_id = ? AND tag_id = ?", (item_id, tag_id))
        if cursor.rowcount:
            removed.append(item_id)
    return removed


def rename_tag(db: sqlite_utils.Database, old: str, new: str) -> str:
    """Rename a tag (a change of case only is allowed); returns the name it had, for undo."""
    tag_id, stored = _existing_tag(db, old)
    cleaned = clean_name("tag", new)
    clash = find_tag(db, cleaned)
    if clash is not None and clash[0] != tag_id:
        raise UserDataError(f"tag {new!r}", "a tag of this name exists already; merge the two tags instead")
    db.execute("UPDATE user.tags SET name = ? WHERE id = ?", (cleaned, tag_id))
    return stored


def merge_tags(db: sqlite_utils.Database, names: list[str], into: str) -> list[str]:
    """Give the items of every tag in `names` the tag `into` (created if new), then delete those tags.

    Returns the ids that gained `into`.
    """
    sources = [_existing_tag(db, name) for name in names]
    target_id = _tag_id_creating(db, into)
    source_ids = [tag_id for tag_id, _ in sources if tag_id != target_id]
    if not source_ids:
        return []
    marks = ", ".join("?" for _ in source_ids)
    gained = [
        row[0]
        for row in db.execute(
            f"SELECT DISTINCT item_id FROM user.item_tags WHERE tag_id IN ({marks}) AND item_id NOT IN "
            "(SELECT item_id FROM user.item_tags WHERE tag_id = ?) ORDER BY item_id",
            (*source_ids, target_id),
        )
    ]
    db.conn.executemany(
        "INSERT INTO user.item_tags (item_id, tag_id) VALUES (?, ?)",
        [(item_id, target_id) for item_id in gained],
    )
    db.execute(f"DELETE FROM user.item_tags WHERE tag_id IN ({marks})", source_ids)
    db.execute(f"DELETE FROM user.tags WHERE id IN ({marks})", source_ids)
    return gained


def delete_tag(db: sqlite_utils.Database, name: str) -> list[str]:
    """Delete a tag from every item; returns the ids it was on, for undo."""
    tag_id, _ = _existing_tag(db, name)
    item_ids = tagged(db, name)
    db.execute("DELETE FROM user.item_tags WHERE tag_id = ?", (tag_id,))
    db.execute("DELETE FROM user.tags WHERE id = ?", (tag_id,))
    return item_ids


def set_tag_color(db: sqlite_utils.Database, name: str, color: str | None) -> str | None:
    """Set or clear a tag's colour; returns the colour it had, for undo."""
    tag_id, _ = _existing_tag(db, name)
    old = db.execute("SELECT color FROM user.tags WHERE id = ?", (tag_id,)).fetchone()[0]
    db.execute("UPDATE user.tags SET color = ? WHERE id = ?", (clean_color(color), tag_id))
    return str(old) if old is not None else None
