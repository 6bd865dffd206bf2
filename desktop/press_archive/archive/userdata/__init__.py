"""The user's own data (tags, stars, notes, collections, saved searches), kept apart from the archive.

Stored in `<archive stem>-user.db`, attached to every archive connection as schema `user` and
keyed by the items' stable ids, so re-importing, rebuilding or migrating the archive keeps it.
"""

from press_archive.archive.userdata.errors import BackupError, UnknownItems, UserDataError
from press_archive.archive.userdata.filters import user_filter
from press_archive.archive.userdata.store import UserData

__all__ = ["BackupError", "UnknownItems", "UserData", "UserDataError", "user_filter"]
