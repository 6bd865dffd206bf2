"""The undo stack's commands: one kind per change of the user's data.

A command is built after its change was written, from what the archive returned (the ids whose
star changed, the ids that gained a tag, the note text replaced, the collection as it was), so
it holds both directions of exactly that change. Undo and redo hand one of the two to
`UserDataWrites.replay`, which writes it on a pool thread; the command never touches the archive
itself, and never the widgets.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand

from press_archive.archive.userdata import UserData
from press_archive.model import Collection
from press_archive.ui.user_writes import Change, UserDataWrites

#: `QUndoCommand.id` of note edits: consecutive saves of one item's note merge into one step.
NOTE_EDIT_ID = 1


class UndoTexts(QObject):
    """The names of the steps in the Edit menu ("Undo Tag 3 items 'Iran'").

    A QObject for its `tr`: the translation tools mark a counted text for its plural forms only
    when `tr` is given the count.
    """

    def star(self, count: int, starred: bool) -> str:
        return self.tr("Star %Ln items", "", count) if starred else self.tr("Unstar %Ln items", "", count)

    def tag(self, count: int, tag: str) -> str:
        return self.tr("Tag %Ln items '{tag}'", "", count).format(tag=tag)

    def untag(self, count: int, tag: str) -> str:
        return self.tr("Remove tag '{tag}' from %Ln items", "", count).format(tag=tag)

    def note(self) -> str:
        return self.tr("Edit Note")

    def add(self, count: int, collection: str) -> str:
        return self.tr("Add %Ln items to '{collection}'", "", count).format(collection=collection)

    def remove(self, count: int, collection: str) -> str:
        return self.tr("Remove %Ln items from '{collection}'", "", count).format(collection=collection)

    def create(self, collection: str) -> str:
        return self.tr("New Collection '{collection}'").format(collection=collection)

    def delete(self, collection: str) -> str:
        return self.tr("Delete Collection '{collection}'").format(collection=collection)

    def rename(self, old: str, new: str) -> str:
        return self.tr("Rename Collection '{old}' to '{new}'").format(old=old, new=new)


class UserDataCommand(QUndoCommand):
    """A change already in the archive: undo writes `backward`, redo writes `forward` again."""

    def __init__(
        self, writes: UserDataWrites, text: str, forward: Change[Any], backward: Change[Any]
    ) -> None:
        super().__init__(text)
        self._writes = writes
        self.forward = forward
        self.backward = backward
        self._written = True  # `QUndoStack.push` calls redo() at once: skip that one, it is done

    def redo(self) -> None:
        if self._written:
            self._written = False
        else:
            self._writes.replay(self.forward)

    def undo(self) -> None:
        self._writes.replay(self.backward)


class StarCommand(UserDataCommand):
    def __init__(self, writes: UserDataWrites, changed: list[str], starred: bool) -> None:
        ids = tuple(changed)
        super().__init__(
            writes, UndoTexts().star(len(ids), starred),
            Change(lambda user: user.star(ids, starred), ids),
            Change(lambda user: user.star(ids, not starred), ids),
        )


class TagCommand(UserDataCommand):
    """Tagging; its undo also deletes the tag again when this change created it."""

    def __init__(self, writes: UserDataWrites, added: list[str], name: str, created: bool) -> None:
        ids = tuple(added)

        def untag(user: UserData) -> None:
            user.untag(ids, name)
            if created and user.get_tag(name).count == 0:
                user.delete_tag(name)

        super().__init__(
            writes, UndoTexts().tag(len(ids), name),
            Change(lambda user: user.tag(ids, name), ids, touches_tags=True),
            Change(untag, ids, touches_tags=True),
        )


class UntagCommand(UserDataCommand):
    def __init__(self, writes: UserDataWrites, removed: list[str], name: str) -> None:
        ids = tuple(removed)
        super().__init__(
            writes, UndoTexts().untag(len(ids), name),
            Change(lambda user: user.untag(ids, name), ids, touches_tags=True),
            Change(lambda user: user.tag(ids, name), ids, touches_tags=True),
        )


class NoteCommand(UserDataCommand):
    """One save of a note; saves of the same note that follow it merge into it."""

    def __init__(self, writes: UserDataWrites, item_id: str, old: str, new: str) -> None:
        self.item_id = item_id
        self.old = old
        self.new = new
        super().__init__(writes, UndoTexts().note(), self._set(new), self._set(old))

    def _set(self, text: str) -> Change[str]:
        item_id = self.item_id
        return Change(lambda user: user.set_note(item_id, text), (item_id,), replaces_note=True)

    def id(self) -> int:
        return NOTE_EDIT_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Typing on in the same note extends this step; typing back to where it began removes it."""
        if not isinstance(other, NoteCommand) or other.item_id != self.item_id:
            return False
        self.new = other.new
        self.forward = self._set(self.new)
        self.setObsolete(self.new == self.old)
        return True


class AddToCollectionCommand(UserDataCommand):
    def __init__(self, writes: UserDataWrites, name: str, added: list[str]) -> None:
        ids = tuple(added)
        super().__init__(
            writes, UndoTexts().add(len(ids), name),
            Change(lambda user: user.add_to_collection(name, ids), touches_collections=True),
            Change(lambda user: user.remove_from_collection(name, ids), touches_collections=True),
        )


class RemoveFromCollectionCommand(UserDataCommand):
    """Taking items out; undo puts back the whole order the collection had, so each returns to its place."""

    def __init__(self, writes: UserDataWrites, before: Collection, removed: list[str]) -> None:
        ids, name, order = tuple(removed), before.name, before.item_ids
        super().__init__(
            writes, UndoTexts().remove(len(ids), name),
            Change(lambda user: user.remove_from_collection(name, ids), touches_collections=True),
            Change(lambda user: user.set_collection_items(name, order), touches_collections=True),
        )


class CreateCollectionCommand(UserDataCommand):
    def __init__(self, writes: UserDataWrites, created: Collection) -> None:
        super().__init__(
            writes, UndoTexts().create(created.name),
            Change(lambda user: user.create_collection(created.name, created.item_ids),
                   touches_collections=True),
            Change(lambda user: user.delete_collection(created.name), touches_collections=True),
        )


class DeleteCollectionCommand(UserDataCommand):
    def __init__(self, writes: UserDataWrites, deleted: Collection) -> None:
        super().__init__(
            writes, UndoTexts().delete(deleted.name),
            Change(lambda user: user.delete_collection(deleted.name), touches_collections=True),
            Change(lambda user: user.create_collection(deleted.name, deleted.item_ids),
                   touches_collections=True),
        )


class RenameCollectionCommand(UserDataCommand):
    def __init__(self, writes: UserDataWrites, old: str, new: str) -> None:
        super().__init__(
            writes, UndoTexts().rename(old, new),
            Change(lambda user: user.rename_collection(old, new), touches_collections=True),
            Change(lambda user: user.rename_collection(new, old), touches_collections=True),
        )
