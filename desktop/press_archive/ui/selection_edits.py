"""The commands on the picked items: star, tag, remove a tag, add to or take out of a collection.

They are offered by the Edit menu, by their keys and by the result list's right-click menu, and
act on the selected results, or on the item in the reading pane when no result is selected. The
ids of selected rows never shown (a select-all over a million hits) are read in the background
first, and the command acts when they arrive; a menu being opened never waits for them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

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
        self.menu.add_to_collection.connect(
            lambda name: self.with_picked(lambda picked: collections.add(name, picked))
        )
        self.menu.new_collection.connect(lambda: self.with_picked(collections.ask_new))
        self.menu.remove_from_collection.connect(
            lambda name: self.with_picked(lambda picked: collections.remove(name, picked))
        )
        results.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        results.list.customContextMenuRequested.connect(self._open_menu)
        commands.toggle_star.triggered.connect(self.toggle_star)
        commands.tag_selection.triggered.connect(self.tag)
        commands.remove_tag.triggered.connect(self.remove_tag)

    def with_picked(self, then: Callable[[list[str]], None]) -> None:
        """Call `then` with the selected results, else the item in the reading pane ([] when neither).

        At once when their ids are in memory; else once the results pane has read them in the
        background, and not at all if the user picks something else meanwhile.
        """
        def picked(selected: list[str]) -> None:
            then(selected or self._reading_pane_item())

        self._results.with_selected_ids(picked)

    def toggle_star(self) -> None:
        """Star the picked items, or unstar them when every one is starred already."""
        self.with_picked(self._toggle_star)

    def tag(self) -> None:
        self.with_picked(self._tag)

    def remove_tag(self) -> None:
        """Offer the tags the picked items carry."""
        self.with_picked(self._remove_tag)

    def name_star_command(self) -> None:
        """Call the star command what it will do to the picked items: star them, or unstar them."""
        self._name_star_command(self._known_picked())

    def _toggle_star(self, picked: list[str]) -> None:
        if picked:
            self._annotations.star(picked, not self._all_starred(picked))
        else:
            self.message.emit(self.tr("Select the items to star first."))

    def _tag(self, picked: list[str]) -> None:
        if picked:
            self._annotations.ask_and_tag(picked, self._window)
        else:
            self.message.emit(self.tr("Select the items to tag first."))

    def _remove_tag(self, picked: list[str]) -> None:
        carried = {name for annotation in self._annotations_of(picked) for name in annotation.tags}
        names = sorted(carried, key=str.casefold)
        if names:
            self._annotations.ask_and_untag(picked, names, self._window)
        elif picked:
            self.message.emit(self.tr("The selected items have no tags."))
        else:
            self.message.emit(self.tr("Select the items to take a tag off first."))

    def _known_picked(self) -> list[str] | None:
        """What `with_picked` would give, from memory only; None when some ids were never read."""
        selected = self._results.known_selected_ids()
        if selected is None:
            return None
        return selected or self._reading_pane_item()

    def _reading_pane_item(self) -> list[str]:
        return [self._detail.detail.item.id] if self._detail.detail is not None else []

    def _name_star_command(self, picked: list[str] | None) -> None:
        """Picked items whose ids are not read have no annotation in memory either: "Star", which
        is what the command does to items it does not know to be starred."""
        starring = picked is None or not (picked and self._all_starred(picked))
        self._commands.toggle_star.setText(self.tr("&Star") if starring else self.tr("Un&star"))

    def _annotations_of(self, item_ids: list[str]) -> Iterator[Annotation]:
        """What the user added to these items, as the list (or the reading pane) last read it.

        One at a time, so that asking whether a million items are all starred stops at the first not.
        """
        shown = self._detail.detail
        for item_id in item_ids:
            if shown is not None and shown.item.id == item_id:
                yield shown.annotation
            else:
                yield self._results.model.annotation(item_id)

    def _all_starred(self, item_ids: list[str]) -> bool:
        return all(annotation.starred for annotation in self._annotations_of(item_ids))

    @Slot(QPoint)
    def _open_menu(self, position: QPoint) -> None:
        picked = self._known_picked()
        self._name_star_command(picked)
        self.menu.show_collections(picked, self._collections.collections)
        self.menu.popup(self._results.list.viewport().mapToGlobal(position))
