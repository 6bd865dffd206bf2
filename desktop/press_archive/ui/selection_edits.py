"""The commands on the picked items: star, tag, remove a tag, add to or take out of a collection.

They are offered by the Edit menu, by their keys and by the result list's right-click menu, and
act on the selected results, or on the item in the reading pane when no result is selected.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Qt, Signal, Slot
from PySide6.QtWidgets import QWidget

from press_archive.model import Annotation
from press_archive.ui.actions import WindowActions
from press_archive.ui.annotation_flow import AnnotationFlow
from press_archive.ui.collection_flow import CollectionFlow
from press_archive.ui.detail_pane import DetailPane
from press_archive.ui.result_menu import ResultMenu
from press_archive.ui.results_pane import ResultsPane


class SelectionEdits(QObject):
    """Turns the window's commands into edits of the picked items; `menu` is the list's right-click menu."""

    #: A command could not act (nothing picked): the message for the status bar.
    message = Signal(str)

    def __init__(
        self, results: ResultsPane, detail: DetailPane, annotations: AnnotationFlow,
        collections: CollectionFlow, commands: WindowActions, window: QWidget,
    ) -> None:
        super().__init__(window)
        self._results = results
        self._detail = detail
        self._annotations = annotations
        self._collections = collections
        self._commands = commands
        self._window = window
        self.menu = ResultMenu(commands, window)
        self.menu.add_to_collection.connect(lambda name: collections.add(name, self.picked()))
        self.menu.new_collection.connect(lambda: collections.ask_new(self.picked()))
        self.menu.remove_from_collection.connect(lambda name: collections.remove(name, self.picked()))
        results.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        results.list.customContextMenuRequested.connect(self._open_menu)
        commands.toggle_star.triggered.connect(self.toggle_star)
        commands.tag_selection.triggered.connect(self.tag)
        commands.remove_tag.triggered.connect(self.remove_tag)

    def picked(self) -> list[str]:
        """The selected results; else the item in the reading pane."""
        picked = self._results.selected_item_ids()
        if not picked and self._detail.detail is not None:
            picked = [self._detail.detail.item.id]
        return picked

    def toggle_star(self) -> None:
        """Star the picked items, or unstar them when every one is starred already."""
        picked = self.picked()
        if picked:
            self._annotations.star(picked, not self._all_starred(picked))
        else:
            self.message.emit(self.tr("Select the items to star first."))

    def tag(self) -> None:
        picked = self.picked()
        if picked:
            self._annotations.ask_and_tag(picked, self._window)
        else:
            self.message.emit(self.tr("Select the items to tag first."))

    def remove_tag(self) -> None:
        """Offer the tags the picked items carry."""
        picked = self.picked()
        carried = {name for annotation in self._annotations_of(picked) for name in annotation.tags}
        names = sorted(carried, key=str.casefold)
        if names:
            self._annotations.ask_and_untag(picked, names, self._window)
        elif picked:
            self.message.emit(self.tr("The selected items have no tags."))
        else:
            self.message.emit(self.tr("Select the items to take a tag off first."))

    def name_star_command(self) -> None:
        """Call the star command what it will do to the picked items: star them, or unstar them."""
        picked = self.picked()
        starring = not (picked and self._all_starred(picked))
        self._commands.toggle_star.setText(self.tr("&Star") if starring else self.tr("Un&star"))

    def _annotations_of(self, item_ids: list[str]) -> list[Annotation]:
        """What the user added to these items, as the list (or the reading pane) last read it."""
        shown = self._detail.detail
        found = []
        for item_id in item_ids:
            if shown is not None and shown.item.id == item_id:
                found.append(shown.annotation)
            else:
                found.append(self._results.model.annotation(item_id))
        return found

    def _all_starred(self, item_ids: list[str]) -> bool:
        return all(annotation.starred for annotation in self._annotations_of(item_ids))

    @Slot(QPoint)
    def _open_menu(self, position: QPoint) -> None:
        self.name_star_command()
        self.menu.show_collections(self.picked(), self._collections.collections)
        self.menu.popup(self._results.list.viewport().mapToGlobal(position))
