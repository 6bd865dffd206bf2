"""Search conditions on the user's data, for the query compiler: `tag:`, `is:`, `has:`, `in:`, `note:`.

Each condition is an SQL expression on `i.id` (the searched items are aliased `i`) with its
parameters, so the compiler ANDs it with the text match and the other filters like any other.
Tag and collection names compare regardless of case, as they are stored.
"""

from __future__ import annotations

from press_archive.archive.userdata.notes import note_match

_HAS = {
    "note": "i.id IN (SELECT item_id FROM user.notes)",
    "tag": "i.id IN (SELECT item_id FROM user.item_tags)",
}


def user_filter(field: str, value: str) -> tuple[str, list[object]]:
    """The condition for `field:value`; raises ValueError with the reason for a value it cannot use."""
    field = field.lower()
    value = value.strip()
    if field == "tag":
        if not value:
            raise ValueError('tag: needs a tag name, as in tag:urgent or tag:"Iran talks"')
        return (
            "i.id IN (SELECT it.item_id FROM user.item_tags it JOIN user.tags t ON t.id = it.tag_id "
            "WHERE t.name = ?)",
            [value],
        )
    if field == "is":
        if value.lower() != "starred":
            raise ValueError(f"is:{value} is not known; is: takes only 'starred'")
        return "i.id IN (SELECT item_id FROM user.stars)", []
    if field == "has":
        condition = _HAS.get(value.lower())
        if condition is None:
            raise ValueError(f"has:{value} is not known; has: takes 'note' or 'tag'")
        return condition, []
    if field == "in":
        if not value:
            raise ValueError('in: needs a collection name, as in in:"Summit 2025"')
        return (
            "i.id IN (SELECT ci.item_id FROM user.collection_items ci "
            "JOIN user.collections c ON c.id = ci.collection_id WHERE c.name = ?)",
            [value],
        )
    if field == "note":
        match = note_match(value)
        if match is None:
            raise ValueError("note: needs a word to find in notes, as in note:follow-up")
        return "i.id IN (SELECT item_id FROM user.notes_fts WHERE notes_fts MATCH ?)", [match]
    raise ValueError(f"{field}: is not a field of the user's data (those are tag, is, has, in, note)")
