"""Named searches the user keeps: saved from the search field, run again from a menu or the completer."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QInputDialog, QMenu, QWidget

from press_archive.model import SavedSearch
from press_archive.ui.jobs import JobContext, JobRunner


class SavedSearches(QObject):
    """Keeps the Saved Searches menus in step with `Archive.user`'s saved searches."""

    #: The saved searches, after a change or the first read.
    changed = Signal(list)
    #: The user picked a saved search to run (its query).
    chosen = Signal(str)
    failed = Signal(str)

    def __init__(self, runner: JobRunner, run_menu: QMenu, delete_menu: QMenu, window: QWidget) -> None:
        super().__init__(window)
        self._runner = runner
        self._run_menu = run_menu
        self._delete_menu = delete_menu
        self._window = window
        self.searches: list[SavedSearch] = []

    def refresh(self) -> None:
        def read(context: JobContext) -> list[SavedSearch]:
            return context.archive.user.saved_searches()

        self._runner.submit(read, self._show, self._failed)

    def save(self, query: str) -> None:
        """Ask for a name, then save `query` under it (a name already used is replaced)."""
        if not query.strip():
            self.failed.emit(self.tr("Type a search first; an empty search shows every item."))
            return
        name, accepted = QInputDialog.getText(
            self._window, self.tr("Save Search"), self.tr("Name of the saved search:"), text=query
        )
        name = " ".join(name.split())
        if not accepted or not name:
            return

        def save(context: JobContext) -> None:
            context.archive.user.save_search(name, query)

        self._runner.submit(save, lambda _result: self.refresh(), self._failed, serial=True)

    def delete(self, name: str) -> None:
        def delete(context: JobContext) -> None:
            context.archive.user.delete_saved_search(name)

        self._runner.submit(delete, lambda _result: self.refresh(), self._failed, serial=True)

    def _show(self, searches: list[SavedSearch]) -> None:
        self.searches = searches
        for menu in (self._run_menu, self._delete_menu):
            menu.clear()
            menu.setEnabled(bool(searches))
        for search in searches:
            run = self._run_menu.addAction(search.name)
            run.setToolTip(search.query)
            run.triggered.connect(lambda _checked=False, query=search.query: self.chosen.emit(query))
            delete = self._delete_menu.addAction(search.name)
            delete.triggered.connect(lambda _checked=False, name=search.name: self.delete(name))
        self.changed.emit(searches)

    def _failed(self, error: Exception) -> None:
        self.failed.emit(self.tr("Saved searches: {error}").format(error=error))
