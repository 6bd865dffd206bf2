"""Writing the user's edits (star, tags, note) in the background, then showing what was stored.

Edits run as serial jobs, so they reach the archive in the order they were made; each job reads the
items' annotations back, and the list rows and the reading pane show that stored state.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QInputDialog, QWidget

from press_archive.archive.userdata import UserData
from press_archive.model import Annotation
from press_archive.ui.detail_pane import DetailPane
from press_archive.ui.formatting import count_phrase
from press_archive.ui.jobs import JobContext, JobRunner
from press_archive.ui.result_model import ResultListModel


class AnnotationFlow(QObject):
    """Connects the reading pane's edits (and the window's commands) to `Archive.user`."""

    #: An edit could not be stored: the message for the status bar.
    failed = Signal(str)

    def __init__(self, runner: JobRunner, detail: DetailPane, model: ResultListModel) -> None:
        super().__init__(detail)
        self._runner = runner
        self._detail = detail
        self._model = model
        detail.star_toggled.connect(lambda item_id, starred: self.star([item_id], starred))
        detail.tag_added.connect(lambda item_id, name: self.tag([item_id], name))
        detail.tag_removed.connect(lambda item_id, name: self.untag([item_id], name))
        detail.note_changed.connect(self.set_note)

    def star(self, item_ids: list[str], starred: bool) -> None:
        self._write(item_ids, lambda user: user.star(item_ids, starred))

    def tag(self, item_ids: list[str], name: str) -> None:
        self._write(item_ids, lambda user: user.tag(item_ids, name), tags_changed=True)

    def ask_and_tag(self, item_ids: list[str], parent: QWidget) -> None:
        """Ask for a tag (an existing one, or a new name) and put it on the items."""
        name, accepted = QInputDialog.getItem(
            parent, "Tag Items", f"Tag for {count_phrase(len(item_ids), 'item')}:",
            self._detail.annotation_bar.tag_names, 0, True,
        )
        name = " ".join(name.split())
        if accepted and name:
            self.tag(item_ids, name)

    def untag(self, item_ids: list[str], name: str) -> None:
        self._write(item_ids, lambda user: user.untag(item_ids, name), tags_changed=True)

    def set_note(self, item_id: str, text: str) -> None:
        if item_id:
            self._write([item_id], lambda user: user.set_note(item_id, text))

    def refresh_tag_names(self) -> None:
        """Offer the archive's tags while the user types one."""
        def names(context: JobContext) -> list[str]:
            return [tag.name for tag in context.archive.user.tags()]

        self._runner.submit(names, self._detail.annotation_bar.set_tag_names, self._failed)

    def _write(
        self, item_ids: list[str], edit: Callable[[UserData], object], tags_changed: bool = False
    ) -> None:
        def work(context: JobContext) -> dict[str, Annotation]:
            edit(context.archive.user)
            return context.archive.user.annotations(item_ids)

        def stored(annotations: dict[str, Annotation]) -> None:
            self._model.update_annotations(annotations)
            for annotation in annotations.values():
                self._detail.update_annotation(annotation)
            if tags_changed:
                self.refresh_tag_names()

        self._runner.submit(work, stored, self._failed, serial=True)

    def _failed(self, error: Exception) -> None:
        self.failed.emit(f"Not saved: {error}")
