"""The user's edits of items (star, tags, note), written with undo, then shown as they were stored.

Every edit goes through `UserDataWrites`: it is written on a pool thread, and its undo command is
built from what the archive says changed. What the rows and the reading pane show is always the
state read back after a write, whether the write was an edit, an undo or a redo.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from press_archive.archive.userdata import UserData, UserDataError
from press_archive.ui.detail_pane import DetailPane
from press_archive.ui.result_model import ResultListModel
from press_archive.ui.tag_picker import TagPicker
from press_archive.ui.undo_commands import NoteCommand, StarCommand, TagCommand, UntagCommand
from press_archive.ui.user_writes import Change, Stored, UserDataWrites


class Tagging(NamedTuple):
    """What tagging did: the ids that gained the tag, its name as stored, and whether it is new."""

    added: list[str]
    name: str
    created: bool


def tag_items(user: UserData, item_ids: tuple[str, ...], name: str) -> Tagging:
    """Runs on a pool thread: tag the items, noting whether the tag had to be created (undo deletes it)."""
    try:
        user.get_tag(name)
    except UserDataError:
        created = True
    else:
        created = False
    added = user.tag(item_ids, name)
    return Tagging(added, user.get_tag(name).name, created)


class AnnotationFlow(QObject):
    """Connects the reading pane's edits (and the window's commands) to `Archive.user`."""

    def __init__(self, writes: UserDataWrites, detail: DetailPane, model: ResultListModel) -> None:
        super().__init__(detail)
        self._writes = writes
        self._detail = detail
        self._model = model
        detail.star_toggled.connect(lambda item_id, starred: self.star([item_id], starred))
        detail.tag_added.connect(lambda item_id, name: self.tag([item_id], name))
        detail.tag_removed.connect(lambda item_id, name: self.untag([item_id], name))
        detail.note_changed.connect(self.set_note)
        writes.stored.connect(self._show)

    @property
    def tag_names(self) -> list[str]:
        """Every tag, as last read."""
        return self._detail.annotation_bar.tag_names

    def star(self, item_ids: list[str], starred: bool) -> None:
        ids, writes = tuple(item_ids), self._writes
        writes.write(
            Change(lambda user: user.star(ids, starred), ids),
            lambda changed: StarCommand(writes, changed, starred) if changed else None,
        )

    def tag(self, item_ids: list[str], name: str) -> None:
        """One transaction and one undo step, however many items."""
        ids, writes = tuple(item_ids), self._writes
        writes.write(
            Change(lambda user: tag_items(user, ids, name), ids, touches_tags=True),
            lambda done: TagCommand(writes, done.added, done.name, done.created) if done.added else None,
        )

    def untag(self, item_ids: list[str], name: str) -> None:
        ids, writes = tuple(item_ids), self._writes
        writes.write(
            Change(lambda user: user.untag(ids, name), ids, touches_tags=True),
            lambda removed: UntagCommand(writes, removed, name) if removed else None,
        )

    def set_note(self, item_id: str, text: str) -> None:
        """An autosave of the note: one undo step, merged with the saves of the same note before it."""
        if not item_id:
            return
        writes = self._writes
        writes.write(
            Change(lambda user: user.set_note(item_id, text), (item_id,)),
            lambda old: NoteCommand(writes, item_id, old, text) if old != text else None,
        )

    def ask_and_tag(self, item_ids: list[str], parent: QWidget) -> None:
        """Ask for a tag (an existing one, or a new name) and put it on the items."""
        prompt = self.tr("Tag for %Ln items:", "", len(item_ids))
        picker = TagPicker(self.tr("Tag Items"), prompt, self.tr("Tag"), self.tag_names, False, parent)
        picker.picked.connect(lambda name: self.tag(item_ids, name))
        picker.open()

    def ask_and_untag(self, item_ids: list[str], names: list[str], parent: QWidget) -> None:
        """Ask which of `names` (the tags the items carry) to take off them."""
        prompt = self.tr("Tag to remove from %Ln items:", "", len(item_ids))
        picker = TagPicker(self.tr("Remove Tag"), prompt, self.tr("Remove"), names, True, parent)
        picker.picked.connect(lambda name: self.untag(item_ids, name))
        picker.open()

    def _show(self, stored: Stored) -> None:
        self._model.update_annotations(stored.annotations)
        shown = self._detail.detail
        for annotation in stored.annotations.values():
            self._detail.update_annotation(annotation)
            if stored.change.replaces_note and shown is not None and shown.item.id == annotation.item_id:
                self._detail.note.replace_note(annotation.note)
        if stored.tag_names is not None:
            self._detail.annotation_bar.set_tag_names(stored.tag_names)
