"""The user's own data from the shell: tag, star, note, tags, collection, saved, backup, restore.

Every verb is a thin shell over `Archive.user`; a failure becomes one line naming the item id, the
tag, the collection or the file at fault. Where a verb takes item ids, `-` reads them from stdin
(whitespace-separated), so the output of a search can be piped into a bulk edit.
"""

from press_archive.cli.userdata import backup, collections, items, saved, tags

__all__ = ["backup", "collections", "items", "saved", "tags"]
