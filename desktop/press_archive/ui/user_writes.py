"""Writing the user's data from the window: one serial job per change, then the stored state announced.

A change the user makes is written first, and only then goes on the undo stack, as a command built
from what the archive says it changed (the ids that gained a tag, the note text it replaced), so
undo writes the mirror of exactly that. Every write is a serial job: new edits, undos and redos
reach the archive in the order they were made. Each job reads back, right after its write, what
the window must show again: the annotations of the items it touched, the tags, the collections.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from press_archive.archive.read_only import ReadOnlyArchive
from press_archive.archive.userdata import UserData
from press_archive.model import Annotation, Collection
from press_archive.ui.jobs import JobContext, JobRunner
from press_archive.ui.read_only_mode import refusal_of

T = TypeVar("T")


@dataclass(frozen=True)
class Change(Generic[T]):
    """One write to `Archive.user` (it runs on a pool thread), and what it touches."""

    write: Callable[[UserData], T]
    item_ids: tuple[str, ...] = ()  # the items whose star, tags or note it changes
    touches_tags: bool = False
    touches_collections: bool = False
    #: An undo or redo of a note: the note editor shows the stored text instead of keeping its own.
    replaces_note: bool = False


@dataclass(frozen=True)
class Stored:
    """The state after a change, read in the same job as the write."""

    change: Change[Any]
    annotations: dict[str, Annotation]
    tag_names: list[str] | None  # every tag, when the change touched tags
    collections: list[Collection] | None  # every collection, when the change touched collections


class UserDataWrites(QObject):
    """Runs every write of the user's data for the window, and fills its undo stack."""

    #: A change is in the archive (a `Stored`): the rows, the reading pane and the sidebar follow it.
    stored = Signal(object)
    #: A change could not be written: the message for the status bar.
    failed = Signal(str)

    def __init__(self, runner: JobRunner, undo_stack: QUndoStack) -> None:
        super().__init__(undo_stack)
        self._runner = runner
        self._undo_stack = undo_stack

    def write(self, change: Change[T], command: Callable[[T], QUndoCommand | None]) -> None:
        """Make a change the user asked for; once stored, push `command(result)` onto the undo stack.

        `command` returns None when the result shows that nothing changed: there is nothing to undo.
        """
        def done(outcome: tuple[T, Stored]) -> None:
            result, stored = outcome
            self.stored.emit(stored)
            undo = command(result)
            if undo is not None:
                self._undo_stack.push(undo)

        self._submit(change, done)

    def replay(self, change: Change[Any]) -> None:
        """Write an undo or a redo: the stack has moved already, so nothing is pushed."""
        self._submit(change, lambda outcome: self.stored.emit(outcome[1]))

    def reload(self, tags: bool = False, collections: bool = False) -> None:
        """Read the tags or the collections as they are (when the window opens), announced as stored.

        It queues behind the writes, so it never shows a state older than the last edit.
        """
        self.replay(Change(lambda _user: None, touches_tags=tags, touches_collections=collections))

    def _submit(self, change: Change[T], done: Callable[[tuple[T, Stored]], None]) -> None:
        def work(context: JobContext) -> tuple[T, Stored]:
            user = context.archive.user
            result = change.write(user)
            tag_names = [tag.name for tag in user.tags()] if change.touches_tags else None
            collections = user.collections() if change.touches_collections else None
            return result, Stored(change, user.annotations(change.item_ids), tag_names, collections)

        self._runner.submit(work, done, self._failed, serial=True)

    def _failed(self, error: Exception) -> None:
        if isinstance(error, ReadOnlyArchive):
            self.failed.emit(refusal_of(error))
        else:
            self.failed.emit(self.tr("Not saved: {error}").format(error=error))
