"""`UserData`: the user's tags, stars, notes, collections and saved searches, as `Archive.user`.

Each method that writes is one user action and one transaction: bulk tagging ten thousand items
commits all of them or none. Item ids may be given as unique prefixes; if any id is unknown,
nothing is written and `UnknownItems` names every unknown one. Writing methods return what they
replaced or changed, which is all the window's undo stack needs to reverse them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from press_archive.archive.userdata import backup, collections, item_annotations, notes, saved, stars, tags
from press_archive.archive.userdata.autobackup import (
    AUTO_BACKUP_KEEP,
    RestorePreview,
    auto_backups,
    backup_contents,
    backups_lock,
    due_revision,
    mark_backed_up,
    write_rolling_backup,
)
from press_archive.archive.userdata.backup_queue import backup_ticket, wait_for_earlier
from press_archive.archive.userdata.items import resolve_items
from press_archive.model import Annotation, Collection, RestoreReport, SavedSearch, Tag

if TYPE_CHECKING:  # the pool attaches the user schema, so it imports this package first
    from press_archive.archive.connection import ConnectionPool


class UserData:
    """The user's own data for one archive; safe to share between threads, like the archive."""

    def __init__(self, pool: ConnectionPool, backup_dir: Path) -> None:
        self._pool = pool
        self.backup_dir = backup_dir

    def require_writable(self) -> None:
        """Raise `ReadOnlyArchive` when the user's data cannot be changed: for a caller that asks the
        user to confirm a change, so that it is refused before the question, not after."""
        self._pool.require_writable(user_data_only=True)

    @property
    def migration_backup(self) -> Path | None:
        """The copy made before an older user data file was migrated on opening, if one was."""
        return self._pool.user_migration_backup

    def tags(self) -> list[Tag]:
        """Every tag with the number of items carrying it, by name."""
        return tags.list_tags(self._pool.db())

    def get_tag(self, name: str) -> Tag:
        return tags.get_tag(self._pool.db(), name)

    def tagged(self, name: str) -> list[str]:
        """Ids of the items carrying the tag."""
        return tags.tagged(self._pool.db(), name)

    def tag(self, item_ids: Iterable[str], name: str) -> list[str]:
        """Tag the items (the tag is created if new); returns the ids that did not have it yet."""
        with self._pool.user_transaction() as db:
            return tags.tag_items(db, resolve_items(db, item_ids), name)

    def untag(self, item_ids: Iterable[str], name: str) -> list[str]:
        """Take the tag off the items; returns the ids that had it."""
        with self._pool.user_transaction() as db:
            return tags.untag_items(db, resolve_items(db, item_ids), name)

    def rename_tag(self, old: str, new: str) -> str:
        """Returns the name the tag had."""
        with self._pool.user_transaction() as db:
            return tags.rename_tag(db, old, new)

    def merge_tags(self, names: Iterable[str], into: str) -> list[str]:
        """Fold the tags `names` into `into`; returns the ids that gained `into`."""
        with self._pool.user_transaction() as db:
            return tags.merge_tags(db, list(names), into)

    def delete_tag(self, name: str) -> list[str]:
        """Returns the ids the tag was on."""
        with self._pool.user_transaction() as db:
            return tags.delete_tag(db, name)

    def set_tag_color(self, name: str, color: str | None) -> str | None:
        """Set ("#rrggbb") or clear (None) a tag's colour; returns the colour it had."""
        with self._pool.user_transaction() as db:
            return tags.set_tag_color(db, name, color)

    def star(self, item_ids: Iterable[str], starred: bool = True) -> list[str]:
        """Star (or unstar) the items; returns the ids whose star changed."""
        with self._pool.user_transaction() as db:
            return stars.set_starred(db, resolve_items(db, item_ids), starred)

    def starred(self) -> list[str]:
        return stars.starred_items(self._pool.db())

    def note(self, item_id: str) -> str:
        """The item's note (Markdown), "" when it has none."""
        db = self._pool.db()
        return notes.get_note(db, resolve_items(db, [item_id])[0])

    def set_note(self, item_id: str, text: str) -> str:
        """Replace the item's note; blank text deletes it. Returns the text it had."""
        with self._pool.user_transaction() as db:
            return notes.set_note(db, resolve_items(db, [item_id])[0], text)

    def annotations(self, item_ids: Iterable[str]) -> dict[str, Annotation]:
        """Tags, star and note of each of these full ids (as search hits give them)."""
        return item_annotations.annotations_of(self._pool.db(), item_ids)

    def orphans(self) -> list[str]:
        """Ids with user data that the archive does not hold (kept until those items come back)."""
        return item_annotations.orphaned_items(self._pool.db())

    def collections(self) -> list[Collection]:
        return collections.list_collections(self._pool.db())

    def collection(self, name: str) -> Collection:
        return collections.get_collection(self._pool.db(), name)

    def create_collection(self, name: str, item_ids: Iterable[str] = ()) -> Collection:
        with self._pool.user_transaction() as db:
            return collections.create_collection(db, name, resolve_items(db, item_ids))

    def rename_collection(self, old: str, new: str) -> str:
        """Returns the name the collection had."""
        with self._pool.user_transaction() as db:
            return collections.rename_collection(db, old, new)

    def delete_collection(self, name: str) -> Collection:
        """Returns the collection as it was."""
        with self._pool.user_transaction() as db:
            return collections.delete_collection(db, name)

    def add_to_collection(self, name: str, item_ids: Iterable[str], position: int | None = None) -> list[str]:
        """Insert the items at `position` (default: the end); returns the ids that were not in it."""
        with self._pool.user_transaction() as db:
            return collections.add_to_collection(db, name, resolve_items(db, item_ids), position)

    def remove_from_collection(self, name: str, item_ids: Iterable[str]) -> list[str]:
        """Returns the ids that were in it."""
        with self._pool.user_transaction() as db:
            return collections.remove_from_collection(db, name, resolve_items(db, item_ids))

    def set_collection_items(self, name: str, item_ids: Iterable[str]) -> tuple[str, ...]:
        """Reorder (or replace) the collection's items; returns the order it had."""
        with self._pool.user_transaction() as db:
            return collections.set_collection_items(db, name, resolve_items(db, item_ids))

    def saved_searches(self) -> list[SavedSearch]:
        return saved.list_saved_searches(self._pool.db())

    def saved_search(self, name: str) -> SavedSearch:
        return saved.get_saved_search(self._pool.db(), name)

    def save_search(self, name: str, query: str) -> str | None:
        """Save (or replace) a named query; returns the query it replaced, if any."""
        with self._pool.user_transaction() as db:
            return saved.save_search(db, name, query)

    def rename_saved_search(self, old: str, new: str) -> str:
        with self._pool.user_transaction() as db:
            return saved.rename_saved_search(db, old, new)

    def delete_saved_search(self, name: str) -> SavedSearch:
        with self._pool.user_transaction() as db:
            return saved.delete_saved_search(db, name)

    @contextmanager
    def _snapshot(self) -> Iterator[Any]:
        """A read transaction: one consistent state of the user data, which edits never wait for."""
        db = self._pool.db()
        db.execute("BEGIN")
        try:
            yield db
        finally:
            db.execute("ROLLBACK")

    def backup_document(self) -> dict[str, Any]:
        """All user data as the JSON-ready document `backup` writes, read in one consistent snapshot."""
        with self._snapshot() as db:
            return backup.export_document(db)

    def backup(self, path: str | Path) -> None:
        """Write all user data to one JSON file, replacing it whole (never left half written)."""
        backup.write_document(self.backup_document(), Path(path))

    def restore(self, path: str | Path) -> RestoreReport:
        """Merge a backup file into the user data; raises `BackupError` naming the file and the problem."""
        document = backup.read_document(Path(path))
        with self._pool.user_transaction() as db:
            return backup.restore_document(db, document, str(path))

    def restore_text(self, text: str, source: str) -> RestoreReport:
        """Merge a backup given as text (read from a pipe); `source` names it in errors."""
        document = backup.parse_document(text, source)
        with self._pool.user_transaction() as db:
            return backup.restore_document(db, document, source)

    def preview_restore(self, path: str | Path) -> RestorePreview:
        """What restoring a backup file would change, found by restoring it and rolling that back,
        so the preview cannot disagree with `restore`; raises `BackupError` like it."""
        document = backup.read_document(Path(path))
        with self._pool.user_transaction() as db:
            now = backup_contents(backup.export_document(db))
            db.execute("SAVEPOINT preview")
            try:
                report = backup.restore_document(db, document, str(path))
                merged = backup_contents(backup.export_document(db))
            finally:
                db.execute("ROLLBACK TO preview")
                db.execute("RELEASE preview")
        return RestorePreview(backup=backup_contents(document), now=now, merged=merged, report=report)

    def automatic_backups(self) -> list[Path]:
        """The automatic backups of this archive's user data, newest first (`restore --auto 1`),
        once the ones under way are written."""
        stem = self._pool.path.stem
        if not self.backup_dir.is_dir():
            return []
        if self._pool.user_read_only:  # no backup is written through it; its lock cannot be made
            return [path for _stamp, path in reversed(auto_backups(self.backup_dir, stem))]
        wait_for_earlier(self.backup_dir, stem)
        with backups_lock(self.backup_dir, stem, shared=True):
            return [path for _stamp, path in reversed(auto_backups(self.backup_dir, stem))]

    def auto_backup(
        self,
        keep: int = AUTO_BACKUP_KEEP,
        now: dt.datetime | None = None,
        on_snapshot: Callable[[], None] | None = None,
    ) -> Path | None:
        """Write a rolling backup into `backup_dir` if anything changed since the last one.

        `on_snapshot` is called once the state to save is fixed and has its place among the backups
        (before any earlier one is written: see `backup_queue`), so edits from then on can go on (a
        detached backup lets the command that started it end).
        User data that cannot be written has no change of ours to save, and nothing is written.
        """
        if self._pool.user_read_only or due_revision(self._pool.db()) is None:
            return None  # nothing to save, and no backups folder made for it
        stem = self._pool.path.stem
        with (
            self._snapshot() as db,
            backup_ticket(self.backup_dir, stem, lambda: due_revision(db)) as revision,
        ):
            if revision is None:
                return None
            if on_snapshot is not None:
                on_snapshot()
            wait_for_earlier(self.backup_dir, stem, revision)
            with backups_lock(self.backup_dir, stem):
                document = backup.export_document(db)
                now = now or dt.datetime.now()
                written = write_rolling_backup(document, self.backup_dir, stem, keep, now)
                with self._pool.user_transaction() as writer:  # before the folder is free to list
                    mark_backed_up(writer, revision)
        return written
