"""Notes: one Markdown text per item, indexed for search the way the archive indexes items.

The index is filled here rather than by triggers so that notes are folded and stemmed by the same
`analysis` functions as the archive: `note:учения` finds a note that says "учений".
"""

from __future__ import annotations

import sqlite_utils

from press_archive.archive.analysis import fold, stem, stemmed, words
from press_archive.archive.userdata.schema import timestamp


def get_note(db: sqlite_utils.Database, item_id: str) -> str:
    """The item's note, or "" when it has none."""
    row = db.execute("SELECT text FROM user.notes WHERE item_id = ?", (item_id,)).fetchone()
    return str(row[0]) if row else ""


def set_note(db: sqlite_utils.Database, item_id: str, text: str) -> str:
    """Replace the item's note (blank text deletes it); returns the text it had, for undo.

    The note's row in the full-text index is found by the note's number, never by item id (which
    the index cannot look up), so a restore of many notes costs the same for each.
    """
    row = db.execute("SELECT id, text FROM user.notes WHERE item_id = ?", (item_id,)).fetchone()
    number, old = row if row else (None, "")
    if text == old:
        return old
    if number is not None:
        db.execute("DELETE FROM user.notes_fts WHERE rowid = ?", (number,))
    if not text.strip():
        db.execute("DELETE FROM user.notes WHERE id = ?", (number,))
        return old
    if number is None:
        number = db.execute(
            "INSERT INTO user.notes (item_id, text, updated_at) VALUES (?, ?, ?)",
            (item_id, text, timestamp()),
        ).lastrowid
    else:
        db.execute("UPDATE user.notes SET text = ?, updated_at = ? WHERE id = ?", (text, timestamp(), number))
    db.execute(
        "INSERT INTO user.notes_fts (rowid, item_id, text, text_stem) VALUES (?, ?, ?, ?)",
        (number, item_id, fold(text), stemmed(text)),
    )
    return str(old)


def note_match(text: str) -> str | None:
    """The FTS5 expression for `note:TEXT`: one word as written or by stem, several as a phrase.

    None when the text holds no word at all.
    """
    tokens = words(text)
    if not tokens:
        return None
    if len(tokens) > 1:
        return "text : " + _quote(" ".join(tokens))
    return f"(text : {_quote(tokens[0])} OR text_stem : {_quote(stem(tokens[0]))})"


def _quote(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'
