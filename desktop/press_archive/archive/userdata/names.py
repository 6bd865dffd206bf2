"""The names a user gives tags, collections and saved searches, checked once for all three."""

from __future__ import annotations

from press_archive.archive.userdata.errors import UserDataError

MAX_NAME_LENGTH = 200


def clean_name(kind: str, name: str) -> str:
    """The name with outer spaces removed; refuses what a query could not spell back.

    Tags and collections are picked in searches as `tag:"NAME"` and `in:"NAME"`, so a name may
    not hold a double quote, and a line break or other control character would break the sidebar.
    """
    cleaned = name.strip()
    if not cleaned:
        raise UserDataError(f"{kind} {name!r}", "a name cannot be empty")
    if '"' in cleaned:
        raise UserDataError(f"{kind} {name!r}", 'a name cannot contain a double quote (")')
    if any(ord(char) < 32 or ord(char) == 127 for char in cleaned):
        raise UserDataError(f"{kind} {name!r}", "a name cannot contain line breaks or control characters")
    if len(cleaned) > MAX_NAME_LENGTH:
        raise UserDataError(f"{kind} {name[:40]!r}…", f"a name can be at most {MAX_NAME_LENGTH} characters")
    return cleaned
